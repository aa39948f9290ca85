/**
 * bash's notify_of_job_status() for a non-interactive shell (jobs.c): after
 * it waited for a child (wait_for(): a foreground command, the `wait`
 * builtin), bash reports each job that ended on a signal and forgets the
 * jobs that ended. Debian builds bash with DONT_REPORT_SIGPIPE and
 * DONT_REPORT_SIGTERM: SIGINT, SIGPIPE and SIGTERM are not reported, nor is
 * a signal the shell traps; a foreground job killed by SIGTERM gets only
 * strsignal()'s text.
 */
import type { Ctx } from './io.js';
import type { Node, Redir } from './ast.js';
import { signalName, SIGNALS, strsignal, termSignal } from './procs.js';

/** LONGEST_SIGNAL_DESC (jobs.c): the column the command starts at after the status. */
const LONGEST_SIGNAL_DESC = 24;

const NOT_REPORTED: ReadonlySet<number> = new Set([SIGNALS.INT!, SIGNALS.TERM!, SIGNALS.PIPE!]);

/** A foreground job bash waited for: its pid, its command as written, the signal that ended it. */
export interface Foreground {
  pid: number;
  text: string;
  sig: number;
}

/** Report and forget the background jobs of `ctx.sh` that ended (and `fg`, the job just waited for). */
export function notifyOfJobStatus(ctx: Ctx, fg: Foreground | null = null): void {
  const sh = ctx.sh;
  // a shell a signal killed reports nothing (the lab's kill reached its children too)
  if (sh.dash || !ctx.proc.alive) return;
  if (fg) reportDead(ctx, fg.pid, fg.sig, fg.text, true);
  const dead = sh.jobs.takeDead();
  for (let i = 0; i < dead.length; i++) {
    const j = dead[i]!;
    const sig = termSignal(j.entry);
    const wd = j.wd !== '' && j.wd !== sh.cwd ? `  (wd: ${j.wd})` : '';
    reportDead(ctx, j.entry.pid, sig, j.text.replace(/\s*&$/, '') + wd, false);
  }
}

/** The JDEAD case of notify_of_job_status(): `bash: line N: ` and pretty_print_job(JLIST_NONINTERACTIVE). */
function reportDead(ctx: Ctx, pid: number, sig: number, text: string, foreground: boolean): void {
  if (sig === 0) return;
  const sh = ctx.sh;
  if (!NOT_REPORTED.has(sig) && !sh.traps.has(signalName(sig) ?? '')) {
    const status = strsignal(sig);
    // print_pipeline(): "%5ld", a space, the status padded with "%*s" (a negative width pads too)
    const pad = ' '.repeat(Math.abs(LONGEST_SIGNAL_DESC - status.length));
    ctx.io.err.write(`${sh.errPrefix()}${String(pid).padStart(5)} ${status}${pad}${text}\n`);
  } else if (foreground && sig !== SIGNALS.INT && sig !== SIGNALS.PIPE) ctx.io.err.write(`${strsignal(sig)}\n`);
}

/**
 * make_command_string() of a job's command (print_cmd.c): a simple command
 * is its words as written, then each redirection as print_redirection()
 * spells it (`2> /dev/null`, `1>&2`); anything else (a list, a compound
 * command, a here-document) stays as written.
 */
export function commandString(node: Node, written: string): string {
  const s = node.t === 'pipeline' && node.cmds.length === 1 ? node.cmds[0]! : node;
  // print_cmd.c print_subshell_command(): "( ", the command, " )", then its redirections (one command inside)
  if (s.t === 'subshell') {
    const only = s.body.items.length === 1 && !s.body.items[0]!.bg ? s.body.items[0]! : null;
    if (!only) return written;
    const text = commandString(only.node, only.text);
    // a compound command inside is not reprinted: the text as written
    if (text === only.text && only.node.t !== 'simple' && only.node.t !== 'pipeline') return written;
    const words = [`( ${text} )`];
    for (const r of s.redirs) {
      const t = printRedirection(r);
      if (t === null) return written;
      words.push(t);
    }
    return words.join(' ');
  }
  if (s.t !== 'simple' || s.assigns.length > 0 || s.words.length === 0) return written;
  const redirs: string[] = [];
  for (const r of s.redirs) {
    const t = printRedirection(r);
    if (t === null) return written;
    redirs.push(t);
  }
  return [...s.words.map((w) => w.raw), ...redirs].join(' ');
}

/** print_redirection(): the descriptor unless it is the operator's default, the operator, a space, the word. */
function printRedirection(r: Redir): string | null {
  const t = r.target.raw;
  switch (r.op) {
    case '<':
    case '<>':
    case '<<<':
      return `${r.fd !== null && r.fd !== 0 ? r.fd : ''}${r.op} ${t}`;
    case '>':
    case '>>':
    case '>|':
      return `${r.fd !== null && r.fd !== 1 ? r.fd : ''}${r.op} ${t}`;
    case '&>':
    case '&>>':
      return `${r.op} ${t}`;
    case '<&':
    case '>&': {
      // r_duplicating_input/output "%d<&%d", "%d>&%d"; r_close_this "%d>&-" whichever way it was written
      const fd = r.fd ?? (r.op === '<&' ? 0 : 1);
      if (t === '-') return `${fd}>&-`;
      return /^\d+$/.test(t) ? `${fd}${r.op}${t}` : null;
    }
    default:
      return null;
  }
}
