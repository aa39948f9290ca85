/**
 * do_commandarp() of arptables-nft 1.8.9: one command line (or one line of
 * an arptables-restore file) into a command, a chain and a rule.
 * @iptables iptables/xtables-arp.c, iptables/xshared.c, extensions/libarpt_mangle.c
 */
import { parseIp, prefixToMask } from '../../wire/ipv4.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import { IptError } from '../iptables/iptables.js';
import { FMT_KILOMEGAGIGA, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_VIA } from '../iptables/ipt_print.js';
import { OPCODES, newRule, type ArpRule, type DevAddr } from './arpt_rule.js';
import { scanHex } from '../ip/ll_addr.js';

export const PROG = 'arptables v1.8.9 (nf_tables)';

/** xtables_error(PARAMETER_PROBLEM, ...) of `prog` ("arptables" or "arptables-restore"). */
export function arpParamProblem(prog: string, msg: string): IptError {
  return new IptError(`${prog} v1.8.9 (nf_tables): ${msg}\nTry \`${prog} -h' or '${prog} --help' for more information.\n`, 2);
}

export interface ArpCmd {
  cmd: string;
  chain: string;
  /** -E's new name, -P's policy. */
  arg: string;
  rulenum: number;
  format: number;
  /** -t (only "filter" exists in the arp family) */
  table: string;
  /** -v (-S prints counters with it) */
  verbose: boolean;
  /** -Z with -L or -S: the counters zeroed after the listing. */
  zero: boolean;
  /** -s and -d lists (nft_arp_add_entry() and the others make one rule per pair); rule holds the first pair. */
  srcs: [number, number][];
  dsts: [number, number][];
  rule: ArpRule;
}

function parseMac(s: string): number[] | null {
  const p = s.split(':');
  if (p.length !== 6 || p.some((x) => !/^[0-9a-fA-F]{1,2}$/.test(x))) return null;
  return p.map((x) => parseInt(x, 16));
}

/** libxtables' mac_type_* / msk_type_* names of xtables_parse_mac_and_mask(). */
const MAC_TYPES: Record<string, [number[], number[]]> = {
  unicast: [[0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
  multicast: [[1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
  broadcast: [[255, 255, 255, 255, 255, 255], [255, 255, 255, 255, 255, 255]],
  bga: [[1, 0x80, 0xc2, 0, 0, 0], [255, 255, 255, 255, 255, 255]],
};

/** xtables_parse_mac_and_mask(): a name, or ADDR[/MASK] (ether_aton), the address masked. */
function parseMacAndMask(s: string, inv: boolean): DevAddr | null {
  const named = MAC_TYPES[s.toLowerCase()];
  if (named) return { addr: [...named[0]], mask: [...named[1]], inv };
  const slash = s.lastIndexOf('/');
  const mask = slash >= 0 ? parseMac(s.slice(slash + 1)) : [255, 255, 255, 255, 255, 255];
  const addr = parseMac(slash >= 0 ? s.slice(0, slash) : s);
  if (!mask || !addr) return null;
  return { addr: addr.map((x, i) => x & mask[i]!), mask, inv };
}

/** strtol() of the whole string in `base` (0: 0x hex, 0 octal, else decimal), or null. */
function strtolAll(s: string, base: number): number | null {
  const m = /^\s*([+-]?)(.*)$/.exec(s)!;
  let body = m[2]!;
  if ((base === 0 || base === 16) && /^0[xX][0-9a-fA-F]/.test(body)) [body, base] = [body.slice(2), 16];
  else if (base === 0) base = /^0/.test(body) ? 8 : 10;
  const digits = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!digits.test(body)) return null;
  const v = parseInt(body, base);
  return m[1] === '-' ? -v : v;
}

/** get16_and_mask(): VALUE[/MASK], each 0..65535 in `base`; the mask is not kept (nft_arp_add() compares whole fields). */
function get16AndMask(s: string, base: number): number | null {
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    const m = strtolAll(s.slice(slash + 1), base);
    if (m === null || m < 0 || m > 65535) return null;
  }
  const v = strtolAll(slash >= 0 ? s.slice(0, slash) : s, base);
  return v === null || v < 0 || v > 65535 ? null : v;
}

function parseAddr(s: string, prog: string): [number, number] {
  const [a, m] = s.split('/', 2) as [string, string | undefined];
  const ip = parseIp(a);
  if (ip === null) throw arpParamProblem(prog, `host/network \`${a}' not found`);
  let mask = 0xffffffff;
  if (m !== undefined && /^[0-9]+$/.test(m) && Number(m) <= 32) mask = prefixToMask(Number(m));
  else if (m !== undefined) {
    const mk = parseIp(m); // a dotted mask, contiguous or not
    if (mk === null) throw arpParamProblem(prog, `invalid mask \`${m}' specified`);
    mask = mk >>> 0;
  }
  return [(ip & mask) >>> 0, mask];
}

/** xtables_ipparse_multiple(): "a[/m],b[/m],...": arptables makes one rule per source and destination pair. */
function parseAddrs(s: string, prog: string): [number, number][] {
  return s.split(',').map((x) => parseAddr(x, prog));
}

/** The mangle target's options (libarpt_mangle.c arpmangle_parse). */
function mangleOpt(prog: string, r: ArpRule, o: string, arg: string): void {
  const m = r.xt!;
  const f = typeof m['flags'] === 'number' ? (m['flags'] as number) : 0;
  if (o === 'mangle-ip-s' || o === 'mangle-ip-d') {
    const ip = parseIp(arg);
    if (ip === null) throw arpParamProblem(prog, `Problem with specified source mangle ip address`);
    Object.assign(m, o === 'mangle-ip-s' ? { srcIp: ip, flags: f | 4 } : { tgtIp: ip, flags: f | 8 });
  } else if (o === 'mangle-mac-s' || o === 'mangle-mac-d') {
    const mac = parseMac(arg);
    if (!mac) throw arpParamProblem(prog, 'Problem with specified source mangle');
    Object.assign(m, o === 'mangle-mac-s' ? { srcMac: mac, flags: f | 1 } : { tgtMac: mac, flags: f | 2 });
  } else if (o === 'mangle-target') {
    if (arg !== 'DROP' && arg !== 'ACCEPT' && arg !== 'CONTINUE') throw arpParamProblem(prog, 'bad target for --mangle-target');
    m['target'] = arg === 'DROP' ? NF_DROP : arg === 'ACCEPT' ? NF_ACCEPT : 0xffffffff;
  }
}

/** mark_tg_arp_parse() (libxt_MARK.c, the arp family's revision 2): one of --set-mark, --and-mark, --or-mark, in hex. */
function markOpt(prog: string, r: ArpRule, o: string, arg: string): void {
  const m = r.xt!;
  const i = scanHex(arg);
  if (i === null) throw arpParamProblem(prog, `Bad mark value \`${arg}'`);
  if (o === 'set-mark') m['mark'] = i >>> 0; // the mask stays 0: the kernel XORs the value in
  else if (o === 'and-mark') Object.assign(m, { mark: 0, mask: ~i >>> 0 });
  else Object.assign(m, { mark: i >>> 0, mask: i >>> 0 });
  if (m['given']) throw arpParamProblem(prog, `MARK: Can't specify --${o} twice`);
  m['given'] = 1;
}

/** CLASSIFY_parse() (libxt_CLASSIFY.c): --set-class MAJOR:MINOR in hex, TC_H_MAKE(major << 16, minor). */
function classifyOpt(prog: string, r: ArpRule, arg: string): void {
  const m = /^\s*([0-9a-fA-F]+|0[xX][0-9a-fA-F]+):\s*([0-9a-fA-F]+|0[xX][0-9a-fA-F]+)/.exec(arg);
  const maj = m ? scanHex(m[1]!) : null;
  const min = m ? scanHex(m[2]!) : null;
  if (maj === null || min === null) throw arpParamProblem(prog, `Bad class value "${arg}"`);
  Object.assign(r.xt!, { priority: ((maj << 16) | (min & 0xffff)) >>> 0, given: 1 });
}

/** A target option: the loaded target's own (its parse()), else unknown. */
function targetOpt(prog: string, r: ArpRule, o: string, a: string, arg: () => string): void {
  if (r.target === 'mangle' && o.startsWith('mangle-')) return mangleOpt(prog, r, o, arg());
  if (r.target === 'MARK' && ['set-mark', 'and-mark', 'or-mark'].includes(o)) return markOpt(prog, r, o, arg());
  if (r.target === 'CLASSIFY' && o === 'set-class') return classifyOpt(prog, r, arg());
  throw arpParamProblem(prog, `unknown option "${a}"`);
}

const NEEDS_ARG = new Set(['s', 'd', 'i', 'o', 'j', 'c', 't', 'source-ip', 'destination-ip', 'in-interface', 'out-interface', 'jump', 'h-length', 'opcode',
  'src-mac', 'dst-mac', 'h-type', 'proto-type', 'p-length', 'mangle-ip-s', 'mangle-ip-d', 'mangle-mac-s', 'mangle-mac-d', 'mangle-target',
  'set-mark', 'and-mark', 'or-mark', 'set-class']);
const LONG: Record<string, string> = {
  'source-ip': 's', 'destination-ip': 'd', 'src-ip': 's', 'dst-ip': 'd', 'source-mac': 'src-mac', 'destination-mac': 'dst-mac', l: 'h-length',
  'in-interface': 'i', 'out-interface': 'o', jump: 'j', numeric: 'n', verbose: 'v', exact: 'x',
  'line-numbers': '0', append: 'A', delete: 'D', insert: 'I', flush: 'F', list: 'L', zero: 'Z', 'new-chain': 'N', 'delete-chain': 'X',
  'rename-chain': 'E', policy: 'P', check: 'C', replace: 'R', 'list-rules': 'S', 'set-counters': 'c', table: 't', version: 'V',
};
/** The commands, and what each takes: a chain (required, optional), then -E's name or -P's policy. */
const COMMANDS: Record<string, { chain: 'req' | 'opt'; arg: boolean }> = {
  A: { chain: 'req', arg: false }, D: { chain: 'req', arg: false }, I: { chain: 'req', arg: false }, N: { chain: 'req', arg: false },
  E: { chain: 'req', arg: true }, P: { chain: 'req', arg: true }, F: { chain: 'opt', arg: false }, L: { chain: 'opt', arg: false },
  Z: { chain: 'opt', arg: false }, X: { chain: 'opt', arg: false }, C: { chain: 'req', arg: false }, R: { chain: 'req', arg: false },
  S: { chain: 'opt', arg: false },
};

/** sscanf("%llu"): leading blanks and digits (a '-' wraps, as strtoull's). */
function scanLlu(s: string): number | null {
  const m = /^\s*([+-]?)([0-9]+)/.exec(s);
  if (!m) return null;
  const v = BigInt.asUintN(64, (m[1] === '-' ? -1n : 1n) * BigInt(m[2]!));
  return Number(v);
}

/** Parses one command line; `prog` names the program in its errors. */
export class ArpParser {
  private i = 0;
  private inv = false;
  private verbose = false;
  readonly c: ArpCmd = {
    cmd: '', chain: '', arg: '', rulenum: 0, format: FMT_NOCOUNTS | FMT_KILOMEGAGIGA, table: 'filter', verbose: false, zero: false, srcs: [[0, 0]], dsts: [[0, 0]], rule: newRule(),
  };

  constructor(private readonly argv: readonly string[], private readonly prog = 'arptables') {}

  private problem(msg: string): IptError {
    return arpParamProblem(this.prog, msg);
  }

  private val(a: string): string {
    const v = this.argv[++this.i];
    if (v === undefined) throw this.problem(`option "${a}" requires an argument`);
    return v;
  }

  private peek(): string | undefined {
    const v = this.argv[this.i + 1];
    return v !== undefined && !v.startsWith('-') ? v : undefined;
  }

  /** xs_has_arg() then parse_rulenumber(): a number 1..INT_MAX, or "Invalid rule number". */
  private rulenumber(): number | undefined {
    const v = this.argv[this.i + 1];
    if (v === undefined || v.startsWith('-') || v.startsWith('!')) return undefined;
    this.i++;
    if (!/^[0-9]+$/.test(v) || Number(v) < 1 || Number(v) > 0x7fffffff) throw this.problem(`Invalid rule number \`${v}'`);
    return Number(v);
  }

  /** A command letter with its chain, rule number, -E's name, -P's policy; -Z may join -L or -S (add_command()). */
  private command(opt: string, a: string): void {
    const c = this.c;
    const prev = c.cmd;
    if (prev) {
      const ok = (opt === 'Z' && 'LS'.includes(prev) && !c.zero) || ('LS'.includes(opt) && prev === 'Z');
      if (!ok) throw this.problem(`Cannot use -${opt} with -${opt === 'Z' && c.zero ? 'Z' : prev}`);
    }
    const spec = COMMANDS[opt]!;
    const ch = spec.chain === 'req' ? this.val(a) : this.peek();
    if (ch !== undefined && spec.chain === 'opt') this.i++;
    if (ch !== undefined || !prev) c.chain = ch ?? '';
    if (spec.arg) {
      const v = this.peek();
      if (v === undefined) throw this.problem(opt === 'P' ? '-P requires a chain and a policy' : '-E requires old-chain-name and new-chain-name');
      c.arg = v;
      this.i++;
    }
    if ('DIZRSL'.includes(opt)) c.rulenum = this.rulenumber() ?? (prev ? c.rulenum : opt === 'I' ? 1 : 0);
    if (opt === 'R' && !c.rulenum) throw this.problem('-R requires a rule number');
    if (prev) c.zero = true;
    if (!prev || opt !== 'Z') c.cmd = opt;
  }

  /** A rule option. */
  private option(opt: string, a: string): void {
    const c = this.c;
    const r = c.rule;
    switch (opt) {
      case 's': case 'd': {
        const list = parseAddrs(this.val(a), this.prog);
        const [ip, m] = list[0]!;
        if (opt === 's') [r.src, r.smsk, r.invSrc, c.srcs] = [ip, m, this.inv, list];
        else [r.tgt, r.tmsk, r.invTgt, c.dsts] = [ip, m, this.inv, list];
        break;
      }
      case 'i': [r.iniface, r.invIn] = [this.val(a), this.inv]; break;
      case 'o': [r.outiface, r.invOut] = [this.val(a), this.inv]; break;
      case 'h-length': {
        const v = this.val(a);
        if (!/^[0-9]+$/.test(v) || Number(v) > 255) throw this.problem(`Problem with specified hardware address length`);
        r.hln = Number(v);
        break;
      }
      case 'opcode': {
        const v = this.val(a);
        const k = OPCODES.findIndex((o) => o.toLowerCase() === v.toLowerCase());
        const n = get16AndMask(v, 10) ?? (k >= 0 ? k + 1 : null);
        if (n === null) throw this.problem(`Problem with specified opcode`);
        [r.op, r.invOp] = [n, this.inv];
        break;
      }
      case 'src-mac': case 'dst-mac': {
        const d = parseMacAndMask(this.val(a), this.inv);
        if (!d) throw this.problem(`Problem with specified ${opt === 'src-mac' ? 'source' : 'destination'} mac`);
        if (opt === 'src-mac') r.srcMac = d;
        else r.tgtMac = d;
        break;
      }
      case 'h-type': {
        const v = this.val(a);
        const n = get16AndMask(v, 16) ?? (v.toLowerCase() === 'ethernet' ? 1 : null);
        if (n === null) throw this.problem('Problem with specified hardware type');
        [r.hrd, r.invHrd] = [n, this.inv];
        break;
      }
      case 'proto-type': {
        const v = this.val(a);
        const n = get16AndMask(v, 0) ?? (v.toLowerCase() === 'ipv4' ? 0x0800 : null);
        if (n === null) throw this.problem('Problem with specified protocol type');
        [r.pro, r.invPro] = [n, this.inv];
        break;
      }
      case 'p-length': // "was never supported, not even in arptables-legacy"
        this.val(a);
        throw this.problem('not supported');
      case 'j':
        r.target = this.val(a);
        if (r.target === 'mangle') r.xt = { flags: 0, target: NF_ACCEPT, srcIp: 0, tgtIp: 0, srcMac: [0, 0, 0, 0, 0, 0], tgtMac: [0, 0, 0, 0, 0, 0] };
        else if (r.target === 'MARK') r.xt = { mark: 0, mask: 0 };
        else if (r.target === 'CLASSIFY') r.xt = { priority: 0 };
        break;
      case 'c': {
        // -c PKTS[,BYTES] or -c PKTS BYTES
        const pcnt = this.val(a);
        const comma = pcnt.indexOf(',', 1);
        let bcnt: string | undefined = comma >= 0 ? pcnt.slice(comma + 1) : undefined;
        if (bcnt === undefined && this.peek() !== undefined) bcnt = this.argv[++this.i];
        if (bcnt === undefined) throw this.problem('-c requires packet and byte counter');
        const pk = scanLlu(pcnt);
        if (pk === null) throw this.problem('-c packet counter not numeric');
        const by = scanLlu(bcnt);
        if (by === null) throw this.problem('-c byte counter not numeric');
        [r.pkts, r.bytes] = [pk, by];
        break;
      }
      case 't':
        if (this.inv) throw this.problem('unexpected ! flag before --table');
        c.table = this.val(a);
        break;
      case 'n': c.format |= FMT_NUMERIC; break;
      case 'v': this.verbose = true; break;
      case 'x': c.format &= ~FMT_KILOMEGAGIGA; break;
      case '0': c.format |= FMT_LINENUMBERS; break;
      default:
        targetOpt(this.prog, r, opt, a, () => this.val(a));
    }
  }

  parse(): ArpCmd {
    const argv = this.argv;
    for (this.i = 0; this.i < argv.length; this.i++) {
      const a = argv[this.i]!;
      if (a === '!') {
        this.inv = true;
        continue;
      }
      let opt: string;
      if (a.startsWith('--')) opt = a.slice(2);
      else if (a.startsWith('-') && a.length === 2) opt = a[1]!;
      else throw this.problem(`Bad argument \`${a}'`);
      opt = LONG[opt] ?? opt;
      if (opt === 'h' || opt === 'help') {
        // printhelp() and exit 0, whatever else the line holds; a -j before it names the target loaded last
        this.c.cmd = 'h';
        this.c.arg = this.c.rule.target;
        return this.c;
      }
      if (opt === 'V') {
        // "-V" prints the version and exits, whatever else the line holds
        this.c.cmd = 'V';
        this.c.arg = this.inv ? 'not' : '';
        return this.c;
      }
      if (opt.length === 1 && opt in COMMANDS) this.command(opt, a);
      else if (!NEEDS_ARG.has(opt) && !['n', 'v', 'x', '0'].includes(opt)) throw this.problem(`unknown option "${a}"`);
      else this.option(opt, a);
      this.inv = false;
    }
    const c = this.c;
    if (!c.cmd) throw this.problem('no command specified');
    if (this.verbose) c.format = (c.format & ~FMT_NOCOUNTS) | FMT_VIA;
    c.verbose = this.verbose;
    // xtables_option_tfcall(): CLASSIFY's --set-class is mandatory (XTOPT_MAND)
    if (c.rule.target === 'CLASSIFY' && c.rule.xt && !c.rule.xt['given']) {
      throw this.problem('CLASSIFY: option "--set-class" must be specified\n');
    }
    if (c.rule.xt) delete c.rule.xt['given'];
    const multi = c.srcs.length > 1 || c.dsts.length > 1;
    if (multi && (c.rule.invSrc || c.rule.invTgt)) throw this.problem('! not allowed with multiple source or destination IP addresses');
    if (multi && c.cmd === 'R') throw this.problem('Replacement rule does not specify a unique address');
    // do_parse(): "-o not valid with incoming packets", "-i not valid with outgoing packets"
    if ('ADCIR'.includes(c.cmd)) {
      if ((c.chain === 'PREROUTING' || c.chain === 'INPUT') && c.rule.outiface) throw this.problem(`Can't use -o with ${c.chain}\n`);
      if ((c.chain === 'POSTROUTING' || c.chain === 'OUTPUT') && c.rule.iniface) throw this.problem(`Can't use -i with ${c.chain}\n`);
    }
    return c;
  }
}
