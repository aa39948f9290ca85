/**
 * `iptables` of iptables 1.8.9 (nf_tables): parses the command line into a
 * rule (struct iptables_command_state), then adds, deletes, lists... over
 * nf_tables through a NETLINK_NETFILTER socket.
 * @iptables iptables/xshared.c do_parse(), iptables/iptables-nft.c, iptables/nft-cmd.c, iptables/nft.c
 */
import { strerror, type Errno } from '../../net/core/errno.js';
import { prefixToMask } from '../../wire/ipv4.js';
import { inetProtoA2n } from '../ip/inet_proto.js';
import { NftHandle } from './nft_handle.js';
import { IptTable, TABLES } from './ipt_cache.js';
import { MATCHES, inetAton, strtoui, type Ext, type Info } from './ipt_ext.js';
import { SET_TWO_WORDS } from './ipt_set.js';
import { xtablesParseInterface, xtoptFcheck, xtoptFlag, xtoptParseCheck } from './ipt_xtopt.js';
import { EXT_HELP } from './ipt_help.js';
import { TARGETS } from './ipt_targets.js';
import { lookupLong, type ArgKind, type LongOpt } from '../../lab/coreutils/getopt.js';
import { newRule, nftRuleNewError, type IptRule } from './ipt_rule.js';
import { FMT_KILOMEGAGIGA, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_OPTIONS, FMT_VIA } from './ipt_print.js';
import { xtablesParseProtocol } from './ipt_num.js';

export const PROG = 'iptables v1.8.9 (nf_tables)';

/** -h seen: parsing stops there. */
/**
 * load_proto(): the match named as the rule's protocol (proto_to_name(),
 * getprotobynumber()), when iptables has one: tcp, udp, icmp, dccp, esp, ah, ipcomp, sctp.
 */
function protoMatchName(proto: number): string | null {
  const name = ({ 6: 'tcp', 17: 'udp', 1: 'icmp', 33: 'dccp', 50: 'esp', 51: 'ah', 108: 'ipcomp', 132: 'sctp' } as Record<number, string>)[proto];
  return name !== undefined && MATCHES.has(name) ? name : null;
}

class HelpRequest extends Error {}

/** -6 in an iptables-restore line: do_parse() returns, the line does nothing (CMD_NONE). */
export class IgnoreLine extends Error {}

export class IptError extends Error {
  constructor(
    msg: string,
    readonly status: number,
  ) {
    super(msg);
  }
}

/** xtables_error(PARAMETER_PROBLEM, ...) */
export function paramProblem(msg: string): IptError {
  return new IptError(`${PROG}: ${msg}\nTry \`iptables -h' or 'iptables --help' for more information.\n`, 2);
}

/** nft_strerror(): "iptables: TEXT." exit 1 (`prog` is the program's name: arptables shares the table). */
export function nftError(fn: string, err: Errno, prog = 'iptables'): IptError {
  const table: [string | null, Errno, string][] = [
    ['chain_user_add', 'EEXIST', 'Chain already exists'], ['chain_user_del', 'EBUSY', 'Directory not empty'],
    ['chain_user_del', 'EINVAL', "Can't delete built-in chain"], ['chain_user_rename', 'EEXIST', 'File exists'],
    ['rule_insert', 'E2BIG', 'Index of insertion too big'], ['rule_check', 'ENOENT', 'Bad rule (does a matching rule exist in that chain?)'],
    ['rule_replace', 'E2BIG', 'Index of replacement too big'], ['rule_delete_num', 'E2BIG', 'Index of deletion too big'],
    ['rule_delete', 'ENOENT', 'Bad rule (does a matching rule exist in that chain?)'], ['chain_set', 'ENOENT', 'Bad built-in chain name'],
    ['chain_set', 'EINVAL', "Bad policy name. Run `dmesg' for more information"], ['chain_set', 'ENXIO', 'Bad built-in chain name'],
    [null, 'EPERM', 'Permission denied (you must be root)'], [null, 'ENOENT', 'No chain/target/match by that name'],
    [null, 'EEXIST', 'File exists'], [null, 'ENOMEM', 'Memory allocation problem'], [null, 'ELOOP', 'Loop found in table'],
  ];
  const e = table.find((t) => (t[0] === null || t[0] === fn) && t[1] === err);
  return new IptError(`${prog}: ${e ? e[2] : strerror[err]}.\n`, 1);
}

interface Cmd {
  cmd: string;
  /** -h: the extension helps to print after the general one (the target's, then each match's). */
  helps?: string[];
  chain: string;
  newName: string;
  rulenum: number;
  policy: string;
  table: string;
  format: number;
  verbose: boolean;
  /** -Z given with -L or -S (CMD_LIST|CMD_ZERO): the counters zeroed after the listing. */
  zero: boolean;
  rule: IptRule;
  /** The addresses of -s and -d (xtables_ipparse_multiple(): "a,b/24,..."): one rule per pair. */
  srcs: [number, number][];
  dsts: [number, number][];
}

/** The targets of iptables 1.8.9's extension libraries (libxt_*, libipt_* with an upper-case name) and the standard target's verdicts: no chain may take their names (xtables_find_target()). */
const TARGET_NAMES = new Set([
  'standard', 'ACCEPT', 'DROP', 'QUEUE', 'RETURN', 'AUDIT', 'CHECKSUM', 'CLASSIFY', 'CLUSTERIP', 'CONNMARK', 'CONNSECMARK',
  'CT', 'DNAT', 'DSCP', 'ECN', 'HMARK', 'IDLETIMER', 'LED', 'LOG', 'MARK', 'MASQUERADE', 'NETMAP', 'NFLOG', 'NFQUEUE',
  'NOTRACK', 'RATEEST', 'REDIRECT', 'REJECT', 'SECMARK', 'SET', 'SNAT', 'SYNPROXY', 'TCPMSS', 'TCPOPTSTRIP', 'TEE', 'TOS',
  'TPROXY', 'TRACE', 'TTL', 'ULOG',
]);

/** Targets whose library loads but whose kernel module this kernel lacks: the lookup warns first (xtables_find_target()). */
const TARGETS_WITHOUT_MODULE = new Set(['CLUSTERIP', 'ULOG']);

/** assert_valid_chain_name() (xshared.c) of -N: length, first character, a target's name, white space. */
export function assertValidChainName(name: string, warn: (s: string) => void): void {
  if (name.length >= 29) throw paramProblem(`chain name \`${name}' too long (must be under 29 chars)`);
  if (name.startsWith('-') || name.startsWith('!')) throw paramProblem(`chain name not allowed to start with \`${name[0]}'`);
  if (TARGETS_WITHOUT_MODULE.has(name)) warn(`Warning: Extension ${name} revision 0 not supported, missing kernel module?\n`);
  // xtables_find_target() takes "" for the standard target, which exists.
  if (name === '' || TARGET_NAMES.has(name)) throw paramProblem('chain name may not clash with target name');
  if (/\s/.test(name)) throw paramProblem(`Invalid chain name \`${name}'`);
}

/** The rules a command stands for: one per source and destination address, sources outermost (add_entry()). */
export function expandRules(c: Cmd): IptRule[] {
  const out: IptRule[] = [];
  for (const [src, smsk] of c.srcs) {
    // Each rule its own copy of the matches' and target's data, as each kernel rule has.
    for (const [dst, dmsk] of c.dsts) {
      const matches = c.rule.matches.map((m) => ({ ext: m.ext, info: { ...m.info } }));
      out.push({ ...c.rule, matches, targetInfo: c.rule.targetInfo && { ...c.rule.targetInfo }, src, smsk, dst, dmsk });
    }
  }
  return out;
}

/** xtables.c original_opts[]: the global long options (name, has_arg, the short option they stand for). */
const GLOBAL_OPTS: readonly LongOpt[] = ([
  ['append', 1, 'A'], ['delete', 1, 'D'], ['check', 1, 'C'], ['insert', 1, 'I'], ['replace', 1, 'R'], ['list', 2, 'L'],
  ['list-rules', 2, 'S'], ['flush', 2, 'F'], ['zero', 2, 'Z'], ['new-chain', 1, 'N'], ['delete-chain', 2, 'X'],
  ['rename-chain', 1, 'E'], ['policy', 1, 'P'], ['source', 1, 's'], ['destination', 1, 'd'], ['src', 1, 's'], ['dst', 1, 'd'],
  ['protocol', 1, 'p'], ['in-interface', 1, 'i'], ['jump', 1, 'j'], ['table', 1, 't'], ['match', 1, 'm'], ['numeric', 0, 'n'],
  ['out-interface', 1, 'o'], ['verbose', 0, 'v'], ['wait', 2, 'w'], ['wait-interval', 2, 'W'], ['exact', 0, 'x'],
  ['fragments', 0, 'f'], ['version', 0, 'V'], ['help', 2, 'h'], ['line-numbers', 0, '0'], ['modprobe', 1, 'M'],
  ['set-counters', 1, 'c'], ['goto', 1, 'g'], ['ipv4', 0, '4'], ['ipv6', 0, '6'],
] as const).map(([name, arg, key]) => ({ name, arg, key }));

/** optflags[] (xshared.c), the columns of COMMANDS_V_OPTIONS. */
const OPTFLAGS = 'nsdpjvxio0cf';
/** commands_v_options[][]: per command (D#, Z#: by rule number), 'x' under each option it refuses. */
const COMMANDS_V_OPTIONS: Record<string, string> = {
  I: 'x     x  x  ', D: 'x     x  xx ', 'D#': 'xxxxx xxxxxx', R: 'x     x  x  ', A: 'x     x  x  ', L: ' xxxx  xx xx',
  F: 'xxxxx xxxxxx', Z: 'xxxxx xxxxxx', N: 'xxxxx xxxxxx', X: 'xxxxx xxxxxx', P: 'xxxxx xxxx x', E: 'xxxxx xxxxxx',
  S: 'xxxxx xxxxxx', 'Z#': 'xxxxx xxxxxx', C: 'x     x  xx ',
};

/** An entry of getopt's table: a global option (its short letter) or an extension's. */
interface ExtLongOpt {
  readonly name: string;
  readonly arg: ArgKind;
  readonly key: string | { readonly ext: Ext };
}

/** The options do_parse() takes from argv[optind - 1]: the whole word when the value is attached ("-ptcp", "--protocol=tcp"). */
const WHOLE_WORD = 'psdjio';

/** xtables_parse_interface() of -i/-o. */
function parseIface(s: string, warn: (s: string) => void): string {
  const e = xtablesParseInterface(s, warn);
  if (e) throw paramProblem(e);
  return s;
}

/**
 * __numeric_to_ipaddr(): up to four dotted bytes (each 0-255 in any base); an address with fewer is
 * completed with zeros ("1.2.3" is 1.2.3.0), a mask must have all four.
 */
function numericToIpaddr(s: string, isMask: boolean): number | null {
  const parts = s.slice(0, 19).split('.');
  if (parts.length > 4 || (isMask && parts.length < 4)) return null;
  let a = 0;
  for (let k = 0; k < 4; k++) {
    const v = k < parts.length ? strtoui(parts[k]!, 0xff) : 0;
    if (v === null) return null;
    a = a * 256 + v;
  }
  return a;
}

/**
 * xtables_ipparse_any(): the dotted numbers, else what getaddrinfo() reads as a numeric host
 * (inet_aton(): "16909060", "0x01020304") or a name of the hosts file (xtables_host_to_ipaddr()), "/" and a dotted mask or
 * a prefix length 0-32 in any base (parse_ipmask()).
 */
function parseAddr(s: string, resolve: (name: string) => number | null): [number, number] {
  const slash = s.indexOf('/');
  const a = slash < 0 ? s : s.slice(0, slash);
  const m = slash < 0 ? undefined : s.slice(slash + 1);
  const addr = numericToIpaddr(a, false) ?? inetAton(a) ?? resolve(a);
  if (addr === null) throw paramProblem(`host/network \`${a}' not found`);
  if (m === undefined) return [addr, 0xffffffff];
  const dotted = numericToIpaddr(m, true);
  if (dotted !== null) return [addr, dotted];
  const bits = strtoui(m, 32);
  if (bits === null) throw paramProblem(`invalid mask \`${m}' specified`);
  return [addr, bits === 0 ? 0 : prefixToMask(bits)];
}

/** xtables_ipparse_multiple(): a comma-separated list of addresses. */
function parseAddrs(s: string, resolve: (name: string) => number | null): [number, number][] {
  return s.split(',').map((a) => parseAddr(a, resolve));
}

/** The long names set_option() reports an option by (xt_cmd_parse_ops option_name()). */
const OPTION_NAMES: Record<string, string> = { '0': '--line-numbers' };

class Parser {
  private i = 0;
  private inv = false;
  readonly c: Cmd = {
    cmd: '', chain: '', newName: '', rulenum: 0, policy: '', table: 'filter', format: 0, verbose: false, zero: false, rule: newRule(),
    srcs: [[0, 0]], dsts: [[0, 0]],
  };
  /** The options given so far (cs->options): each at most once. */
  private readonly seen = new Set<string>();
  private numeric = false;
  private exact = false;
  private lineNumbers = false;
  /** -w given (its seconds are not used: no other process holds the lock) / -W given. */
  private wait = false;
  private waitInterval = false;
  private jumpSeen = false;
  /** The extensions whose options are in getopt's table, the latest first (xtables_merge_options()). */
  private readonly loaded: Ext[] = [];
  /** cs->proto_used: the protocol's match was loaded for an option nothing else took. */
  private protoUsed = false;
  /** args->shostnetworkmask, dhostnetworkmask: parsed after the extensions' checks (ipv4_post_parse()). */
  private srcArg: string | undefined;
  private dstArg: string | undefined;
  /** cb->xflags of each extension instance with an option table: the option ids given. */
  private readonly xflags = new Map<Info, number>();

  /** `warn`: where the warnings of -N's checks go (stderr; the command goes on); `restoreTable`: a line of iptables-restore in that table (p->restore). */
  constructor(
    private readonly argv: readonly string[],
    private readonly warn: (s: string) => void = () => {},
    private readonly restoreTable?: string,
    /** getaddrinfo() of a name (the lab's hosts file). */
    private readonly resolve: (name: string) => number | null = () => null,
  ) {
    if (restoreTable !== undefined) this.c.table = restoreTable;
  }

  /** xs_has_arg(): the next word when it is not an option nor "!" (then it inverts what follows). */
  private next(): string | undefined {
    const a = this.argv[this.i];
    if (a === undefined || a.startsWith('-') || a.startsWith('!')) return undefined;
    this.i++;
    return a;
  }

  /** xs_has_arg(): the command's second word (not an option, not "!"), else `msg`. */
  private needArg(msg: string): string {
    const a = this.argv[this.i];
    if (a === undefined || a.startsWith('-') || a.startsWith('!')) throw paramProblem(msg);
    this.i++;
    return a;
  }

  private need(opt: string): string {
    const a = this.argv[this.i];
    if (a === undefined) throw paramProblem(`option "${opt}" requires an argument`);
    this.i++;
    return a;
  }

  /** add_command(): -L and -S allow -Z (CMD_ZERO) beside them, nothing else goes with another command. */
  private setCmd(c: string): void {
    const prev = this.c.cmd;
    const listZero = (x: string, y: string): boolean => (x === 'L' || x === 'S') && y === 'Z';
    if (prev && !listZero(prev, c) && !listZero(c, prev)) throw paramProblem(`Cannot use -${c} with -${prev}`);
    if (prev) this.c.zero = true;
    if (c !== 'Z' || !prev) this.c.cmd = c;
  }

  private command(k: string): void {
    this.setCmd(k);
    const c = this.c;
    switch (k) {
      case 'A': case 'C': c.chain = this.need('-' + k); break;
      case 'D': c.chain = this.need('-D'); { const n = this.next(); if (n !== undefined) c.rulenum = this.ruleNum(n); } break;
      case 'R': c.chain = this.need('-R'); c.rulenum = this.ruleNum(this.needArg('-R requires a rule number')); break;
      case 'I': { c.chain = this.need('-I'); const n = this.next(); c.rulenum = n === undefined ? 1 : this.ruleNum(n); break; }
      case 'F': case 'X': c.chain = this.next() ?? ''; break;
      case 'L': case 'Z': case 'S': { c.chain = this.next() ?? c.chain; const n = this.next(); if (n !== undefined) c.rulenum = this.ruleNum(n); break; }
      case 'N': c.chain = this.need('-N'); assertValidChainName(c.chain, this.warn); break;
      case 'E': c.chain = this.need('-E'); c.newName = this.needArg('-E requires old-chain-name and new-chain-name'); break;
      case 'P': c.chain = this.need('-P'); c.policy = this.needArg('-P requires a chain and a policy'); break;
    }
  }

  private ruleNum(s: string): number {
    if (!/^[0-9]+$/.test(s) || Number(s) < 1) throw paramProblem(`Invalid rule number \`${s}'`);
    return Number(s);
  }

  /**
   * xtables_find_match(): -m always adds an instance (a second "-m ttl"
   * is a second match, the options going to the latest); the protocol's
   * implicit match (`implicit`) is added only when the rule has none.
   */
  private loadMatch(name: string, implicit = false): Ext {
    const ext = MATCHES.get(name);
    if (!ext) {
      throw paramProblem(`Couldn't load match \`${name}':No such file or directory\n`);
    }
    if (!implicit || !this.c.rule.matches.some((m) => m.ext === ext)) this.c.rule.matches.push({ ext, info: ext.init() });
    // A second instance is a clone: its options are the first one's (command_match()).
    if (!this.loaded.includes(ext)) this.loaded.unshift(ext);
    return ext;
  }

  /** xtables_option_mfcheck()/tfcheck(): the extension's check, then its option table's. */
  private finalCheck(ext: Ext, info: Info): void {
    const xflags = this.xflags.get(info) ?? 0;
    const err = ext.final?.(info, { proto: this.c.rule.proto, xflags, warn: this.warn }) ?? (ext.xtopts ? xtoptFcheck(ext.name, ext.xtopts, xflags) : null);
    if (err) throw paramProblem(err);
  }

  /** set_option(): an option given twice is refused. */
  private setOption(k: string): void {
    if (this.seen.has(k)) throw paramProblem(`multiple ${OPTION_NAMES[k] ?? `-${k}`} flags not allowed`);
    this.seen.add(k);
  }

  /** -c PKTS BYTES or -c PKTS,BYTES (--set-counters): the new rule's counters. */
  private counters(word: string): void {
    const pcnt = this.need(word);
    const comma = pcnt.indexOf(',', 1);
    const bcnt = comma >= 0 ? pcnt.slice(comma + 1) : this.next();
    if (bcnt === undefined) throw paramProblem('-c requires packet and byte counter');
    // sscanf("%llu"): leading digits are enough.
    // sscanf("%llu") takes a sign too: -1 is 2^64 - 1.
    const lead = (x: string): number | null => {
      const m = /^\s*([+-]?)([0-9]+)/.exec(x);
      if (!m) return null;
      const v = Number(BigInt.asUintN(64, BigInt(m[1] === '-' ? `-${m[2]}` : m[2]!)));
      return v;
    };
    const pk = lead(comma >= 0 ? pcnt.slice(0, comma) : pcnt);
    if (pk === null) throw paramProblem('-c packet counter not numeric');
    const by = lead(bcnt);
    if (by === null) throw paramProblem('-c byte counter not numeric');
    this.c.rule.pkts = pk;
    this.c.rule.bytes = by;
  }

  private setTarget(name: string, isGoto: boolean): void {
    if (this.jumpSeen) throw paramProblem('multiple -j flags not allowed');
    // xt_parse_target(): any name of 1 to 28 characters without white space (a chain's existence is checked later).
    if (name === '') throw paramProblem('Invalid target name (too short)');
    if (name.length >= 29) throw paramProblem(`Invalid target name \`${name}' (28 chars max)`);
    if (/\s/.test(name)) throw paramProblem(`Invalid target name \`${name}'`);
    this.jumpSeen = true;
    const r = this.c.rule;
    r.target = name;
    r.goto = isGoto;
    const ext = TARGETS.get(name);
    if (ext && !isGoto) {
      r.targetExt = ext;
      r.targetInfo = ext.init();
      this.loaded.unshift(ext);
    }
  }

  /** The protocol's match (-p tcp, udp, icmp), if it has one. */
  private protoMatch(): string | null {
    return protoMatchName(this.c.rule.proto);
  }

  /** getopt_long()'s table now: the global options, then each loaded extension's, the latest first. */
  private longOpts(): ExtLongOpt[] {
    const opts: ExtLongOpt[] = [...GLOBAL_OPTS];
    // Each option its own val (the extension's option_offset + its id).
    for (const ext of this.loaded) for (const [name, arg] of Object.entries(ext.opts)) opts.push({ name, arg: arg ? 1 : 0, key: { ext } });
    return opts;
  }

  /**
   * command_default()'s "try loading protocol": an option no loaded
   * extension takes loads the protocol's match once, and getopt runs again.
   */
  private loadProto(): boolean {
    const pname = this.protoMatch();
    if (!pname || this.protoUsed) return false;
    this.protoUsed = true;
    this.loadMatch(pname, true);
    return true;
  }

  /** An extension's option: to the target, or to the latest instance of the match (earlier ones are completed). */
  private extOption(ext: Ext, name: string, arg: () => string): void {
    const r = this.c.rule;
    const m = r.targetExt === ext ? null : [...r.matches].reverse().find((x) => x.ext === ext);
    const info = m ? m.info : r.targetInfo!;
    const xflags = this.xflags.get(info) ?? 0;
    const pre = ext.xtopts ? xtoptParseCheck(ext.name, ext.xtopts, name, this.inv, xflags) : null;
    if (pre) throw paramProblem(pre);
    const two = name === 'tcp-flags' || (name === 'chunk-types' && ext.name === 'sctp') || ((ext.name === 'set' || ext.name === 'SET') && SET_TWO_WORDS.includes(name));
    const a = ext.opts[name] ? (two ? `${arg()} ${this.tcpFlagsComp(name)}` : arg()) : '';
    const err = ext.parse(name, a, this.inv, info, { proto: r.proto, invProto: r.invProto, warn: this.warn });
    if (err) throw paramProblem(err);
    if (ext.xtopts) this.xflags.set(info, xflags | xtoptFlag(ext.xtopts, name));
    this.inv = false;
  }

  /**
   * A "--NAME[=VALUE]" word: getopt_long() finds the option NAME names or
   * abbreviates (an ambiguous or unknown one, or a VALUE given to an
   * option without argument, is '?': the protocol's match may then be
   * loaded and the word read again).
   */
  private longOption(a: string): void {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const value = eq < 0 ? undefined : a.slice(eq + 1);
    for (;;) {
      const o = lookupLong(this.longOpts(), name);
      if (!Array.isArray(o) && !(o.arg === 0 && value !== undefined)) {
        if (typeof o.key !== 'string') return this.extOption(o.key.ext, o.name, () => (value !== undefined ? value : this.needExt(a)));
        if (value !== undefined) (this.argv as string[]).splice(this.i, 0, WHOLE_WORD.includes(o.key) ? a : value);
        return this.option(o.key, a);
      }
      if (!this.loadProto()) throw paramProblem(`unknown option "${a}"`);
    }
  }

  parse(): Cmd {
    try {
      return this.parseArgs();
    } catch (e) {
      if (!(e instanceof HelpRequest)) throw e;
      return this.help();
    }
  }

  /**
   * do_parse()'s -h: the help right away, whatever follows; the protocol's
   * match is loaded first when no -m was given ("iptables -p icmp -h"), and
   * print_help() adds the target's help, then each match's.
   */
  private help(): Cmd {
    const r = this.c.rule;
    const pname = protoMatchName(r.proto);
    if (r.matches.length === 0 && pname) this.loadMatch(pname, true);
    const exts = [...(r.targetExt ? [['target', r.targetExt.name]] : []), ...r.matches.map((m) => ['match', m.ext.name])];
    this.c.cmd = 'h';
    this.c.helps = exts.map(([kind, name]) => EXT_HELP.get(`${kind}:${name}`) ?? `${name} does not take any options\n`);
    return this.c;
  }

  private parseArgs(): Cmd {
    const argv = this.argv;
    while (this.i < argv.length) {
      const a = argv[this.i++]!;
      if (a === '!') {
        if (this.inv) throw paramProblem('multiple consecutive ! not allowed');
        this.inv = true;
        continue;
      }
      if (a.startsWith('--')) {
        this.longOption(a);
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        for (let k = 1; k < a.length; k++) {
          const ch = a[k]!;
          const rest = a.slice(k + 1);
          if ('ADCIRLSFZNXEPpsdjgiomtwWcM'.includes(ch) && rest) {
            (this.argv as string[]).splice(this.i, 0, WHOLE_WORD.includes(ch) ? a : rest);
            this.option(ch, '-' + ch);
            break;
          }
          this.option(ch, '-' + ch);
        }
        continue;
      }
      // do_parse()'s non-option case: printf() and exit_tryhelp(), without the program's prefix.
      throw new IptError(`Bad argument \`${a}'\nTry \`iptables -h' or 'iptables --help' for more information.\n`, 2);
    }
    return this.finish();
  }

  /** xs_has_arg(): a next word that is not an option nor "!" (an optional argument's), taken. */
  private optionalArg(): string | undefined {
    const a = this.argv[this.i];
    if (a === undefined || a.startsWith('-') || a.startsWith('!')) return undefined;
    this.i++;
    return a;
  }

  /** parse_wait_time(): an optional sscanf("%i") number of seconds. */
  private parseWaitTime(): void {
    const a = this.optionalArg();
    if (a !== undefined && !/^\s*[+-]?\d/.test(a)) throw paramProblem('wait seconds not numeric');
    this.wait = true;
  }

  /** parse_wait_interval(): sscanf("%u") microseconds up to 999999, deprecated and ignored. */
  private parseWaitInterval(): void {
    const a = this.optionalArg();
    if (a === undefined) throw paramProblem('wait interval value required');
    const m = /^\s*([+-]?)(\d+)/.exec(a);
    if (!m) throw paramProblem('wait interval not numeric');
    const usec = Number(BigInt.asUintN(32, m[1] === '-' ? -BigInt(m[2]!) : BigInt(m[2]!)));
    if (usec > 999999) throw paramProblem(`too long usec wait ${usec} > 999999 usec`);
    this.warn('Ignoring deprecated --wait-interval option.\n');
    this.waitInterval = true;
  }

  /** tcp_parse()'s --tcp-flags: the word after MASK is COMP, unless missing or an option ('-', '!'). */
  /** The second word of --tcp-flags MASK COMP, --chunk-types TYPE CHUNKS (libxt_sctp.c: no final dot), --match-set NAME FLAGS. */
  private tcpFlagsComp(name = 'tcp-flags'): string {
    const a = this.argv[this.i];
    if (a === undefined || a.startsWith('-') || a.startsWith('!')) throw paramProblem(name === 'chunk-types' ? `--${name} requires two args` : `--${name} requires two args.`);
    this.i++;
    return a;
  }

  private needExt(opt: string): string {
    const a = this.argv[this.i];
    if (a === undefined) throw paramProblem(`option "${opt}" requires an argument`);
    this.i++;
    // Old style "--opt ! value": the inversion after the option.
    if (a === '!') {
      this.inv = true;
      return this.needExt(opt);
    }
    return a;
  }

  private option(k: string, word: string): void {
    const r = this.c.rule;
    const inv = this.inv;
    this.inv = false;
    if (inv) this.invertBefore(k);
    if ('psdiofcnx0'.includes(k)) this.setOption(k);
    switch (k) {
      case 'A': case 'D': case 'C': case 'I': case 'R': case 'L': case 'S': case 'F': case 'Z': case 'N': case 'X': case 'E': case 'P':
        return this.command(k);
      case 'p': {
        const p = this.need(word).toLowerCase();
        const n = xtablesParseProtocol(p, inetProtoA2n);
        if (n < 0) throw paramProblem(`unknown protocol "${p}" specified`);
        // do_parse(): "! -p all" (or 0) would match nothing.
        if (n === 0 && inv) throw paramProblem('rule would never match protocol');
        r.proto = n;
        r.invProto = inv;
        return;
      }
      case 's': Object.assign(r, { invSrc: inv }), (this.srcArg = this.need(word)); return;
      case 'd': Object.assign(r, { invDst: inv }), (this.dstArg = this.need(word)); return;
      case 'i': Object.assign(r, { iniface: parseIface(this.need(word), this.warn), invIn: inv }); return;
      case 'o': Object.assign(r, { outiface: parseIface(this.need(word), this.warn), invOut: inv }); return;
      case 'j': return this.setTarget(this.need(word), false);
      case 'g': return this.setTarget(this.need(word), true);
      case 'm': this.loadMatch(this.need(word)); return;
      case 'n': this.numeric = true; return;
      case 'v': this.c.verbose = true; return;
      case 'x': this.exact = true; return;
      case '0': this.lineNumbers = true; return;
      case 't':
        if (this.restoreTable !== undefined) throw paramProblem('The -t option cannot be used in iptables-restore.\n');
        this.c.table = this.need(word);
        return;
      case 'w': return this.parseWaitTime();
      case 'W': return this.parseWaitInterval();
      case '4': return;
      // exit_tryhelp(2): an IPv6 rule is not for iptables.
      // In iptables-restore the line is for ip6tables-restore: do_parse() stops there (the command so far, none: the line is ignored).
      case '6':
        if (this.restoreTable !== undefined) throw new IgnoreLine();
        throw new IptError("Try `iptables -h' or 'iptables --help' for more information.\n", 2);
      case 'f': Object.assign(r, { frag: true, invFrag: inv }); return;
      case 'c': return this.counters(word);
      case 'V': this.c.cmd = 'V'; return;
      case 'M': this.need(word); return;
      case 'h': throw new HelpRequest();
      default: throw paramProblem(`unknown option "${word}"`);
    }
  }

  /**
   * A "!" before an option that takes none: a command's add_command(), -t,
   * -m and set_option() refuse it; -w, -W, -h, -M, -4, -6 let it go.
   */
  private invertBefore(k: string): void {
    if ('ADCIRLSFZNXEP'.includes(k)) throw paramProblem("unexpected '!' flag");
    if (k === 't') throw paramProblem('unexpected ! flag before --table');
    if (k === 'm') throw paramProblem('unexpected ! flag before --match');
    if ('njvxc0g'.includes(k)) throw paramProblem(`cannot have ! before -${k === 'g' ? 'j' : k}`);
  }

  /**
   * generic_opt_check(): each option given (in optflags[] order) must be
   * legal with one of the commands given (-L and -S take -Z beside them).
   */
  private genericOptCheck(): void {
    const c = this.c;
    if (c.cmd === 'h' || c.cmd === 'V') return;
    const cmds = [c.cmd === 'D' && c.rulenum ? 'D#' : c.cmd === 'Z' && c.rulenum ? 'Z#' : c.cmd, ...(c.zero ? ['Z'] : [])];
    [...OPTFLAGS].forEach((k, i) => {
      const given = k === 'j' ? this.jumpSeen : k === 'v' ? c.verbose : this.seen.has(k);
      if (given && cmds.every((cmd) => COMMANDS_V_OPTIONS[cmd]![i] === 'x')) throw paramProblem(`Illegal option \`-${k}' with this command`);
    });
  }

  private finish(): Cmd {
    const c = this.c;
    const r = c.rule;
    // do_parse()'s end, in its order: DROP in the nat table (as a policy or a jump), -W without -w, the extensions' checks...
    if (c.table === 'nat' && (c.policy === 'DROP' || r.target === 'DROP')) {
      throw paramProblem('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
    }
    if (this.waitInterval && !this.wait) throw paramProblem('--wait-interval only makes sense with --wait\n');
    for (const m of r.matches) this.finalCheck(m.ext, m.info);
    if (r.targetExt && r.targetInfo) this.finalCheck(r.targetExt, r.targetInfo);
    if (!c.cmd) throw paramProblem('no command specified');
    if (this.inv) throw paramProblem('nothing appropriate following !');
    // ...ipv4_post_parse(): the addresses (anywhere for a rule without them); "!" and several addresses do not go together...
    const ruleCmd = 'RIDAC'.includes(c.cmd);
    const src = this.srcArg ?? (ruleCmd ? '0.0.0.0/0' : undefined);
    const dst = this.dstArg ?? (ruleCmd ? '0.0.0.0/0' : undefined);
    if (src !== undefined) c.srcs = parseAddrs(src, this.resolve);
    if (dst !== undefined) c.dsts = parseAddrs(dst, this.resolve);
    if ((c.srcs.length > 1 || c.dsts.length > 1) && (r.invSrc || r.invDst)) throw paramProblem('! not allowed with multiple source or destination IP addresses');
    // ...a replacement is one rule...
    if (c.cmd === 'R' && (c.srcs.length !== 1 || c.dsts.length !== 1)) throw paramProblem('Replacement rule does not specify a unique address');
    Object.assign(r, { src: c.srcs[0]![0], smsk: c.srcs[0]![1], dst: c.dsts[0]![0], dmsk: c.dsts[0]![1] });
    // ...generic_opt_check().
    this.genericOptCheck();
    // Then nft_cmd_new()'s nft_rule_new() of a command with a rule, before any chain is looked up.
    if ('AIC'.includes(c.cmd) || c.cmd === 'R' || (c.cmd === 'D' && !c.rulenum)) {
      const err = nftRuleNewError(r);
      if (err) throw paramProblem(err);
    }
    let f = FMT_OPTIONS;
    if (!c.verbose) f |= FMT_NOCOUNTS;
    else f |= FMT_VIA;
    if (this.numeric) f |= FMT_NUMERIC;
    if (!this.exact) f |= FMT_KILOMEGAGIGA;
    if (this.lineNumbers) f |= FMT_LINENUMBERS;
    c.format = f;
    return c;
  }
}

/** The chain a rule jumps or goes to (cs->jumpto when no target took it: not a target extension, nor a verdict of the standard target), if any. */
export function jumpTarget(r: IptRule): string | null {
  // -g names a chain whatever the word: "-g ACCEPT" is a chain ACCEPT that does not exist.
  return r.target && !r.targetExt && (r.goto || !['ACCEPT', 'DROP', 'RETURN', 'QUEUE'].includes(r.target)) ? r.target : null;
}

/** generic_opt_check() bits: -i on OUTPUT/POSTROUTING, -o on INPUT/PREROUTING. */
export
function checkIfaces(c: Cmd): void {
  const r = c.rule;
  if (r.iniface && (c.chain === 'OUTPUT' || c.chain === 'POSTROUTING')) throw paramProblem(`Can't use -i with ${c.chain}\n`);
  if (r.outiface && (c.chain === 'INPUT' || c.chain === 'PREROUTING')) throw paramProblem(`Can't use -o with ${c.chain}\n`);
}

export { Parser };
export type { Cmd };

/** The table's cache, read as far as `level` (nft_cache_level_set()). */
export function tableOf(h: NftHandle, name: string, level: 'tables' | 'chains' | 'rules' = 'rules'): IptTable {
  if (!(name in TABLES)) throw new IptError(`${PROG}: table '${name}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`, 3);
  return new IptTable(h, name, level);
}
