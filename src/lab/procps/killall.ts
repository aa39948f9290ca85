/**
 * psmisc 23.6's killall over the lab's process table: each NAME is matched
 * against task->comm (its first 15 bytes when longer, or the whole argv[0]
 * base name with -e), -I folding case, -r taking NAME as an ERE; the
 * matches get SIGTERM, or -s SIG / -SIG. `NAME: no process found` (not with
 * -q) and exit 1 when some NAME matched nothing; -v reports each kill; -w
 * has nothing to wait for (a killed lab process is gone at once). Never
 * kills itself.
 * @see psmisc src/killall.c kill_all()
 */
import type { Cmd } from '../coreutils/common.js';
import { getopt, type LongOpt } from '../coreutils/getopt.js';
import { compileRegex, RegexError } from '../coreutils/regex.js';
import { procTable, signalName, signalNumber, SIGNALS, type Task } from '../shell/procs.js';
import { entryOf } from '../shell/spawn.js';
import { KILLALL_USAGE } from './killall_usage.js';

const LONG: LongOpt[] = [
  ['exact', 'e', 0], ['ignore-case', 'I', 0], ['process-group', 'g', 0], ['younger-than', 'y', 1], ['older-than', 'o', 1],
  ['interactive', 'i', 0], ['list', 'l', 0], ['quiet', 'q', 0], ['regexp', 'r', 0], ['signal', 's', 1], ['user', 'u', 1],
  ['verbose', 'v', 0], ['wait', 'w', 0], ['ns', 'n', 1], ['context', 'Z', 1], ['version', 'V', 0], ['help', 'h', 0],
].map(([name, key, arg]) => ({ name: name as string, key: key as string, arg: arg as 0 | 1 }));

/** TASK_COMM_LEN - 1. */
const COMM_LEN = 15;

/** `killall -l`: psmisc's list (SIGIO as POLL), in two lines as it wraps them. */
function listSignals(c: Cmd): number {
  const names = [];
  for (let n = 1; n <= 31; n++) names.push(n === SIGNALS.IO ? 'POLL' : signalName(n)!);
  c.out(names.slice(0, 16).join(' ') + '\n' + names.slice(16).join(' ') + '\n');
  return 0;
}

/** killall's `-SIG` first argument (a digit or a capital after the dash, get_signal()): taken out before getopt. */
function takeSignal(args: string[]): string | null {
  if (!/^-[0-9A-Z]/.test(args[0] ?? '')) return null;
  return args.shift()!.slice(1);
}

export async function killall(c: Cmd): Promise<number> {
  const args = c.args;
  let sigSpec = takeSignal(args);
  const r = getopt(args, { short: 'eIgy:o:ilqrs:u:vwn:Z:Vh', long: LONG }, c.p.env);
  if (!r.ok) {
    // psmisc's getopt loop answers a bad option with the usage alone
    c.stderr(KILLALL_USAGE);
    return 1;
  }
  const has = (k: string): boolean => r.opts.some((o) => o.key === k);
  if (has('l')) return listSignals(c);
  const other = r.opts.find((o) => 'gyoiunZ'.includes(o.key));
  if (other) {
    c.error(`option -${other.key} is not implemented in tuxnet`);
    return 1;
  }
  for (const o of r.opts) if (o.key === 's') sigSpec = o.arg ?? '';
  const sig = sigSpec === null ? SIGNALS.TERM! : signalNumber(sigSpec);
  if (sig === null) {
    c.stderr(`${sigSpec}: unknown signal; killall -l lists signals.\n`);
    return 1;
  }
  if (!r.operands.length) {
    c.stderr(KILLALL_USAGE);
    return 1;
  }
  const table = procTable(c.p.lab);
  const self = entryOf(c.p)?.tgid ?? c.p.pid;
  const tasks = table.tasks().filter((t) => t.pid !== self);
  let st = 0;
  for (const name of r.operands) {
    let match: (t: Task) => boolean;
    if (has('r')) {
      try {
        const re = compileRegex(name, { extended: true, dialect: 'grep' }, { ignoreCase: has('I') });
        match = (t) => re.test(t.image.comm);
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        c.stderr(`Bad regular expression: ${name}\n`);
        return 1;
      }
    } else {
      const fold = (s: string): string => (has('I') ? s.toLowerCase() : s);
      const want = fold(name.length > COMM_LEN && !has('e') ? name.slice(0, COMM_LEN) : name);
      match = (t) => {
        const a0 = t.image.argv[0] ?? '';
        return fold(want.length > COMM_LEN ? a0.slice(a0.lastIndexOf('/') + 1) : t.image.comm) === want;
      };
    }
    const hits = tasks.filter(match);
    let killed = 0;
    for (const t of hits) {
      if (!table.get(t.pid)?.kill(sig)) continue;
      killed++;
      if (has('v')) c.stderr(`Killed ${t.image.comm}(${t.pid}) with signal ${sig}\n`);
    }
    if (killed === 0) {
      if (!has('q')) c.stderr(`${name}: no process found\n`);
      st = 1;
    }
  }
  return st;
}
