/**
 * `iptables-restore` of iptables 1.8.9 (nf_tables): reads the file line by
 * line, queues each table block's commands (the table's flush unless
 * --noflush, ":CHAIN" lines, and any iptables command: -A -I -R -D -C -F
 * -Z -N -X -E -P -L -S) and at COMMIT runs them against the cache and sends
 * the batch as one transaction: a table is restored whole or not at all.
 * @iptables iptables/xtables-restore.c xtables_restore_parse_line(), iptables/xtables.c do_commandx(), iptables/nft-cmd.c, iptables/xshared.c
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { getopt, type LongOpt } from '../../lab/coreutils/getopt.js';
import { StdioFile } from '../lib/stdio.js';
import { NftHandle } from './nft_handle.js';
import { IptTable, TABLES } from './ipt_cache.js';
import { IgnoreLine, IptError, PROG, Parser, checkIfaces, expandRules, jumpTarget, paramProblem, assertValidChainName, type Cmd } from './iptables.js';
import { IPTABLES_USAGE } from './ipt_usage.js';
import { list, listRules } from './ipt_cmd.js';
import { NftFail, NftPrepare } from './nft_prepare.js';
import { addParamToArgv, restoreInput } from './ipt_save.js';
import { Netdb } from '../lib/netdb.js';

/** A command of the block, queued (nft_cmd_new()) with its line; `rules`: it needs the rule cache (NFT_CL_RULES). */
interface Queued {
  readonly line: number;
  readonly rules: boolean;
  readonly run: (x: NftPrepare) => void;
}

interface Options {
  /** The program's name (basename(argv[0]): iptables-restore, iptables-nft-restore), in its messages. */
  readonly prog: string;
  counters: boolean;
  verbose: number;
  noflush: boolean;
  testing: boolean;
  only: string | null;
}

/** -V or -h as a line of the file: printed, and the program ends (exit 0). */
class VersionExit extends Error {}

/** xtables_restore_parse(): the state between lines. */
class Restore {
  line = 0;
  inTable = false;
  table: string | null = null;
  private queue: Queued[] = [];

  constructor(
    private readonly p: Proc,
    private readonly o: Options,
    /** stdout through stdio: a pipe or a file gets it at exit, after what went to stderr meanwhile. */
    private readonly out: StdioFile,
  ) {}

  private queueCmd(rules: boolean, run: (x: NftPrepare) => void): void {
    this.queue.push({ line: this.line, rules, run });
  }

  /**
   * xtables_restore_parse_line(): one line (`raw` without its newline, `nl`:
   * fgets() read one); false when it "failed" (no table, nothing done).
   */
  parseLine(raw: string, nl = true): boolean {
    if (raw === '') return true;
    if (raw.startsWith('#')) {
      // xtables_restore_parse_line(): a comment is echoed with -v, and stdout flushed.
      if (this.o.verbose) {
        this.out.write(raw + '\n');
        this.out.flush();
      }
      return true;
    }
    let ok = false;
    if (this.inTable && raw.startsWith('COMMIT') && raw.length === 6) {
      this.commit();
      ok = true;
    } else if (raw.startsWith('*') && !this.inTable) {
      ok = this.tableLine(raw);
    } else if (raw.startsWith(':') && this.inTable) {
      this.chainLine(raw);
      ok = true;
    } else if (this.inTable) {
      this.ruleLine(raw, nl);
      ok = true;
    }
    // Lines of a table -T leaves out are no error.
    if (this.o.only !== null && this.table !== null && this.table !== this.o.only) return true;
    return ok;
  }

  /** "*TABLE": a table of iptables; its flush queued first (nft_cmd_table_flush()). */
  private tableLine(raw: string): boolean {
    const name = raw.slice(1).split(/[ \t]/).find((w) => w !== '');
    if (name === undefined) throw paramProblem(`${this.o.prog}: line ${this.line} table name invalid`);
    if (!(name in TABLES)) throw paramProblem(`${this.o.prog}: line ${this.line} table name '${name}' invalid`);
    this.table = name;
    if (this.o.only !== null && this.o.only !== name) return true;
    if (!this.o.noflush) {
      const verbose = this.o.verbose > 0;
      // -v: each chain flushed, then each deleted, with their names said (nft_cmd_rule_flush() + nft_cmd_chain_del()).
      if (verbose) {
        this.queueCmd(false, (x) => x.ruleFlush(null, true));
        this.queueCmd(true, (x) => x.chainDel(null, true));
      } else this.queueCmd(false, (x) => x.tableFlush());
    }
    this.inTable = true;
    return true;
  }

  /** ":CHAIN POLICY [PKTS:BYTES]": a builtin chain's policy (and counters with -c), or a user chain made empty. */
  private chainLine(raw: string): void {
    const words = raw.slice(1).split(/[ \t]+/).filter((w) => w !== '');
    const [chain, policy, ctrs] = words;
    if (chain === undefined) throw paramProblem(`${this.o.prog}: line ${this.line} chain name invalid`);
    assertValidChainName(chain, (w) => this.p.stderr.write(w));
    if (policy === undefined) throw paramProblem(`${this.o.prog}: line ${this.line} policy invalid`);
    const builtin = TABLES[this.table!]!.some((b) => b.name === chain);
    if (!builtin) {
      this.queueCmd(false, (x) => x.chainRestore(chain));
      return;
    }
    let counters: [bigint, bigint] = [0n, 0n];
    if (this.o.counters) {
      // parse_counters(): sscanf("[%llu:%llu]") == 2, whatever follows the second number.
      const m = /^\[\s*\+?(\d+):\s*\+?(\d+)/.exec(ctrs ?? '');
      if (!m) throw paramProblem(`invalid policy counters for chain '${chain}'`);
      counters = [BigInt.asUintN(64, BigInt(m[1]!)), BigInt.asUintN(64, BigInt(m[2]!))];
    }
    this.queueCmd(false, (x) => x.chainSet(chain, policy, counters));
  }

  /** tokenize_rule_counters(): "[PKTS:BYTES]" before a rule (strtok(buffer + 1, ":"), strtok(NULL, "]")); the rest of the line to parse. */
  private ruleCounters(raw: string): { rest: string; ctr: [string, string] | null } {
    if (!raw.startsWith('[')) return { rest: raw, ctr: null };
    const close = raw.indexOf(']');
    if (close < 0) throw paramProblem(`Bad line ${this.line}: need ]`);
    const s = raw.slice(1).replace(/^:+/, '');
    if (s === '') throw paramProblem(`Bad line ${this.line}: need :`);
    const colon = s.indexOf(':');
    const after = colon < 0 ? '' : s.slice(colon + 1).replace(/^\]+/, '');
    if (after === '') throw paramProblem(`Bad line ${this.line}: need ]`);
    return { rest: raw.slice(close + 1), ctr: [s.slice(0, colon), after.split(']')[0]!] };
  }

  /** A command line: do_commandx() with "-t TABLE" (and -v, --set-counters) before the line's words. */
  private ruleLine(raw: string, nl: boolean): void {
    const { rest, ctr } = this.ruleCounters(raw);
    const pre: string[] = [];
    if (!this.o.noflush) for (let i = 0; i < this.o.verbose; i++) pre.push('-v');
    if (this.o.counters && ctr) pre.push('--set-counters', ctr[0], ctr[1]);
    let c: Cmd;
    try {
      // fgets() keeps the newline: a quote left open takes it into its word.
      c = new Parser([...pre, ...addParamToArgv(nl ? rest + '\n' : rest)], (w) => this.p.stderr.write(w), this.table!, (name) => new Netdb(this.p).hostByName(name)?.addr ?? null).parse();
    } catch (e) {
      if (e instanceof IgnoreLine) return;
      throw e;
    }
    if (c.cmd === 'V') {
      this.out.write(`${this.o.prog} v1.8.9 (nf_tables)\n`);
      throw new VersionExit();
    }
    if (c.cmd === 'h') {
      // xtables_printhelp() names the program it runs in.
      const usage = IPTABLES_USAGE.replace(/^(Usage: | {7})?iptables /gm, `$1${this.o.prog} `);
      this.out.write(usage + (c.helps ?? []).map((x) => `\n${x}`).join(''));
      throw new VersionExit();
    }
    this.queueCommand(c);
    // A rule line parsed, stdout is written out: what earlier tables printed at their COMMIT
    // comes before a later error on stderr, what this table prints at its own after it.
    this.out.flush();
  }

  /** do_commandx()'s switch: the nft_cmd_*() each command queues. */
  private queueCommand(c: Cmd): void {
    const v = c.verbose;
    const n = c.rulenum - 1;
    const jump = ['A', 'I', 'R', 'D', 'C'].includes(c.cmd) ? jumpTarget(c.rule) : null;
    // nft_prepare()'s assert_chain_exists(): a jump to a chain the table does not have.
    const jumpOk = (x: NftPrepare): void => {
      if (jump !== null && !x.exists(jump)) throw paramProblem(`Chain '${jump}' does not exist`);
    };
    if ('AIRDC'.includes(c.cmd)) checkIfaces(c);
    const each = (rules: boolean, f: (x: NftPrepare, r: Cmd['rule']) => void): void => {
      for (const r of expandRules(c)) this.queueCmd(rules, (x) => (jumpOk(x), f(x, r)));
    };
    switch (c.cmd) {
      case 'A': return each(false, (x, r) => x.ruleAppend(c.chain, r, v));
      case 'I': return each(n > 0, (x, r) => x.ruleInsert(c.chain, r, n, v));
      case 'R': return this.queueCmd(true, (x) => (jumpOk(x), x.ruleReplace(c.chain, c.rule, n, v)));
      case 'D':
        if (c.rulenum) return this.queueCmd(true, (x) => x.ruleDeleteNum(c.chain, n));
        return each(true, (x, r) => x.ruleDelete(c.chain, r, v));
      case 'C': return each(true, (x, r) => x.ruleCheck(c.chain, r, v));
      case 'F': return this.queueCmd(false, (x) => x.ruleFlush(c.chain || null, v));
      case 'Z': return this.queueCmd(true, (x) => (c.rulenum ? x.ruleZero(c.chain, n) : x.chainZero(c.chain || null, v)));
      case 'N': return this.queueCmd(false, (x) => x.chainUserAdd(c.chain));
      case 'X': return this.queueCmd(!c.chain, (x) => x.chainDel(c.chain || null, v));
      case 'E': return this.queueCmd(false, (x) => x.chainRename(c.chain, c.newName));
      case 'P': return this.queueCmd(false, (x) => x.chainSet(c.chain, c.policy, [0n, 0n]));
      case 'L': return this.queueCmd(true, (x) => (x.fakeBuiltins(c.chain || null), list(this.p, x.t, c, (s) => this.out.write(s))));
      case 'S': return this.queueCmd(true, (x) => (x.fakeBuiltins(c.chain || null), listRules(this.p, x.t, c, (s) => this.out.write(s))));
    }
  }

  /** COMMIT: nft_commit() (nft_prepare(), then the batch), or with --test nft_abort(). */
  private commit(): void {
    const queue = this.queue;
    this.queue = [];
    this.inTable = false;
    if (this.o.testing) return;
    const h = new NftHandle(this.p.net);
    try {
      // The cache: with the table flushed (and no -v) only whether the table exists (NFT_CL_FAKE); else its chains, and its rules if a command needs them.
      const level = !this.o.noflush && !this.o.verbose ? 'tables' : queue.some((q) => q.rules) ? 'rules' : 'chains';
      const x = new NftPrepare(h, new IptTable(h, this.table!, level), (s) => this.out.write(s));
      for (const q of queue) {
        x.line = q.line;
        try {
          q.run(x);
        } catch (e) {
          // xtables_error() of a command (-L of a chain nft made) says the program's own name.
          if (e instanceof IptError && e.status !== 2 && e.message.startsWith(`${PROG}: `)) {
            throw new IptError(`${this.o.prog} v1.8.9 (nf_tables): ${e.message.slice(PROG.length + 2)}`, e.status);
          }
          if (!(e instanceof NftFail)) throw e;
          throw new IptError(`${this.o.prog}: line ${q.line} failed: ${e.text((er) => strerror[er])}.\n`, 1);
        }
      }
      const errs = h.commitAll();
      if (errs.length === 0) return;
      // nft_action(): each failed message, with its line, type and object.
      const text = errs.map((e) => {
        const l = x.labels.get(e.item.body) ?? ['TABLE_ADD', `table ${this.table}`, this.line];
        return `\nline ${l[2]}: ${l[0]} failed (${strerror[e.errno]}): ${l[1]}`;
      });
      throw new IptError(`${this.o.prog} v1.8.9 (nf_tables): ${text.join('')}\n`, 4);
    } finally {
      h.close();
    }
  }
}

/** xtables_error() in iptables-restore: its own name, the line, and exit_tryhelp()'s hint (do_parse()'s bare messages stay bare). */
function restoreProblem(prog: string, msg: string, line: number): string {
  const prefix = `${PROG}: `;
  const text = msg.replace(/Try `iptables -h' or 'iptables --help' for more information\.\n$/, '');
  const body = text.startsWith(prefix) ? `${prog} v1.8.9 (nf_tables): ${text.slice(prefix.length)}` : text;
  return `${body}Error occurred at line: ${line}\nTry \`${prog} -h' or '${prog} --help' for more information.\n`;
}

/** xtables-restore.c options[] */
const RESTORE_OPTS: readonly LongOpt[] = [
  { name: 'counters', arg: 0, key: 'c' }, { name: 'verbose', arg: 0, key: 'v' }, { name: 'version', arg: 0, key: 'V' },
  { name: 'test', arg: 0, key: 't' }, { name: 'help', arg: 0, key: 'h' }, { name: 'noflush', arg: 0, key: 'n' },
  { name: 'modprobe', arg: 1, key: 'M' }, { name: 'table', arg: 1, key: 'T' }, { name: 'ipv4', arg: 0, key: '4' },
  { name: 'ipv6', arg: 0, key: '6' }, { name: 'wait', arg: 2, key: 'w' }, { name: 'wait-interval', arg: 2, key: 'W' },
];

/** print_usage() of -h. */
const restoreUsage = (prog: string): string =>
  `Usage: ${prog} [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n` +
  ['--counters', '--verbose', '--version', '--test', '--help', '--noflush', '--table=<TABLE>', '--modprobe=<command>', '--ipv4', '--ipv6']
    .map((o) => `\t   [ ${o}${o === '--version' ? '' : ' '}]\n`).join('');

/**
 * The words -w and -W take after them (xs_has_arg(): the next word when it
 * does not start with '-' or '!'), left out of the arguments; the options
 * with an argument (-T, -M) keep theirs.
 */
export function dropWaitArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  const longWait = (n: string): boolean => n === 'wait' || n === 'wait-interval' || (n.startsWith('wait-') && 'wait-interval'.startsWith(n));
  const longArg = (n: string): boolean => n.length > 0 && ['table', 'modprobe'].some((o) => o.startsWith(n));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    out.push(a);
    if (a === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    let takesNext = false;
    let wait = false;
    if (a.startsWith('--') && !a.includes('=')) {
      wait = longWait(a.slice(2));
      takesNext = longArg(a.slice(2));
    } else if (a.startsWith('-') && !a.startsWith('--')) {
      for (let k = 1; k < a.length; k++) {
        if ('MT'.includes(a[k]!)) {
          takesNext = k === a.length - 1;
          break;
        }
        if ('wW'.includes(a[k]!)) {
          wait = k === a.length - 1;
          break;
        }
      }
    }
    const next = argv[i + 1];
    if (takesNext && next !== undefined) out.push(argv[++i]!);
    else if (wait && next !== undefined && !next.startsWith('-') && !next.startsWith('!')) i++;
  }
  return out;
}

/** xtables_restore_main()'s options: the exit status when the command ends there, else the file to read (null: stdin). */
function restoreOptions(p: Proc, o: Options): { status: number } | { file: string | null } {
  const args = getopt(dropWaitArgs(p.argv.slice(1)), { short: 'bcvVthnM:T:wW', long: RESTORE_OPTS });
  if (!args.ok) {
    p.stderr.write(`${p.argv[0]}: ${args.message}\nTry \`${o.prog} -h' for more information.\n`);
    return { status: 1 };
  }
  for (const { key: c, arg } of args.opts) {
    if (c === 'b') p.stderr.write('-b/--binary option is not implemented\n');
    else if (c === 'V') {
      p.stdout.write(`${o.prog} v1.8.9 (nf_tables)\n`);
      return { status: 0 };
    } else if (c === 'h') {
      p.stderr.write(restoreUsage(o.prog));
      return { status: 0 };
    } else if (c === '4' || c === '6') {
      // --ipv4/--ipv6 are in options[] but not in the switch: its default case.
      p.stderr.write(`Try \`${o.prog} -h' for more information.\n`);
      return { status: 1 };
    } else if (c === 'c') o.counters = true;
    else if (c === 'v') o.verbose++;
    else if (c === 't') o.testing = true;
    else if (c === 'n') o.noflush = true;
    else if (c === 'T') o.only = arg!;
  }
  if (o.verbose > 1) {
    p.stderr.write(`${o.prog}: -vv (libnftnl's debug output) is not supported in tuxnet\n`);
    return { status: 1 };
  }
  if (args.operands.length > 1) {
    p.stderr.write('Unknown arguments found on commandline\n');
    return { status: 1 };
  }
  return { file: args.operands[0] ?? null };
}

export const iptablesRestore: CommandFn = async (p: Proc) => {
  const o: Options = { prog: p.argv[0]!.replace(/^.*\//, ''), counters: false, verbose: 0, noflush: false, testing: false, only: null };
  const opt = restoreOptions(p, o);
  if ('status' in opt) return opt.status;
  const text = await restoreInput(p, opt.file);
  if (text === null) return 1;
  // fgets(): the lines, the last one with or without its newline.
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out = new StdioFile(p.stdout);
  const st = new Restore(p, o, out);
  try {
    for (const [i, l] of lines.entries()) {
      st.line++;
      if (!st.parseLine(l, i < lines.length - 1 || text.endsWith('\n'))) throw new IptError(`${o.prog}: line ${st.line} failed\n`, 1);
    }
    if (st.inTable) throw new IptError(`${o.prog}: COMMIT expected at line ${st.line + 1}\n`, 1);
    return 0;
  } catch (e) {
    if (e instanceof VersionExit) return 0;
    if (!(e instanceof IptError)) throw e;
    p.stderr.write(e.status === 2 ? restoreProblem(o.prog, e.message, st.line) : e.message);
    return e.status;
  } finally {
    out.flush();
  }
};

