/**
 * Runs a parsed transcript through one shell session, command after command
 * (kt run_kernel: one `bash -s` per file), and compares each command's output
 * with what the file expects (kt score).
 */
import {
  type Command,
  type DiffOp,
  type Item,
  actualLines,
  commandScript,
  commandsOf,
  diffLines,
  renderTranscript,
  transcriptOps,
  unifiedDiff,
} from './transcript.js';

/**
 * Runs one script in the file's session: stdout and stderr merged, and the
 * exit status; `ended` when the script ran `exit` (the session shell is gone).
 */
export type ExecFn = (script: string, line?: number) => Promise<{ output: string; status: number; ended?: boolean }>;

/**
 * The line of kt's script where the first command starts (after its
 * prelude and the first begin marker); each command then takes its own
 * lines and two marker lines, so bash's "line N:" in errors is the same.
 */
const KT_FIRST_LINE = 9;

export interface CommandResult {
  readonly command: Command;
  /** The merged stdout+stderr exactly as the session returned it. */
  readonly output: string;
  readonly status: number;
  /** The lines kt would record: output lines, " (no-eol)", `[N]`. */
  readonly actual: readonly string[];
  /** Expected lines aligned with actual lines (kept lines carry the expected text). */
  readonly ops: readonly DiffOp[];
  readonly passed: boolean;
  /** The lab threw (tuxnet's "internal error") or printed a JavaScript stack trace. */
  readonly crashed: boolean;
}

export interface TranscriptResult {
  /** The path as given. */
  readonly file: string;
  /** Its basename: the name used in summaries, diffs and the known-failures list. */
  readonly name: string;
  readonly items: readonly Item[];
  readonly commands: readonly CommandResult[];
  readonly passed: number;
  readonly failed: number;
}

export interface RunOptions {
  /**
   * Wall-clock limit per command, in ms. A lab runs in virtual time, so this
   * only catches a hung emulator: that command and every later one of the
   * file get kt's placeholder for commands that never finished.
   */
  readonly timeoutMs?: number;
  /** Called with each command's result as soon as it is known (a watchdog's sign of progress). */
  readonly onCommand?: (r: CommandResult) => void;
}

/** kt render: what a command that never finished records. */
const NOT_FINISHED = { output: '(no output: command did not finish)\n', status: 255 };

const TIMED_OUT = Symbol('timeout');

export async function runTranscript(file: string, items: readonly Item[], exec: ExecFn, opts: RunOptions = {}): Promise<TranscriptResult> {
  const commands: CommandResult[] = [];
  // kt feeds the whole file to one `bash -s`: once a command hangs or runs
  // `exit`, that command and every later one never print their end marker
  let gone = false;
  let line = KT_FIRST_LINE;
  for (const cmd of commandsOf(items)) {
    let res = NOT_FINISHED;
    const at = line;
    line += cmd.lines.length + 2;
    if (!gone) {
      const r = await execGuarded(exec, commandScript(cmd), at, opts.timeoutMs);
      if (r === TIMED_OUT || r.ended === true) gone = true;
      else res = r;
    }
    const result = compareCommand(cmd, res.output, res.status);
    commands.push(result);
    opts.onCommand?.(result);
  }
  const passed = commands.filter((c) => c.passed).length;
  return { file, name: basename(file), items, commands, passed, failed: commands.length - passed };
}

/** The last component of a path (basename(1) without a suffix). */
function basename(path: string): string {
  const p = path.replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1) || path;
}

/** A command's result against its expected lines. */
export function compareCommand(command: Command, output: string, status: number): CommandResult {
  const actual = actualLines(output, status);
  const ops = diffLines(command.expected, actual);
  // kt score: same number of lines and each pair matches, i.e. nothing but kept lines
  const passed = ops.every((op) => op.tag === ' ');
  return { command, output, status, actual, ops, passed, crashed: CRASH.test(output) };
}

/** tuxnet's report of an exception, or a V8 stack frame line ("    at fn (file.js:12:5)"). */
const CRASH = /tuxnet: (?:\S+: )?internal error:|^\s+at (?:.+ \()?\S+:\d+:\d+\)?$/m;

/** Runs `script`; an exception from the lab becomes output and status 255 so the file goes on. */
async function execGuarded(exec: ExecFn, script: string, line: number, timeoutMs: number | undefined): Promise<{ output: string; status: number; ended?: boolean } | typeof TIMED_OUT> {
  const run = exec(script, line).catch((e: unknown) => ({
    output: `tuxnet: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
    status: 255,
  }));
  if (timeoutMs === undefined) return run;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  try {
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function opsByCommand(result: TranscriptResult, show: (r: CommandResult) => boolean): (cmd: Command) => readonly DiffOp[] {
  const byCmd = new Map(result.commands.map((r) => [r.command, r]));
  return (cmd) => {
    const r = byCmd.get(cmd);
    if (!r || !show(r)) return cmd.expected.map((text) => ({ tag: ' ', text }));
    return r.ops;
  };
}

/** The actual transcript (what `--out` writes; cram's FILE.t.err). */
export function renderActual(result: TranscriptResult): string {
  return renderTranscript(result.items, opsByCommand(result, () => true));
}

/**
 * The unified diff of the file (`--- a/NAME` / `+++ b/NAME.err`), showing
 * only the mismatches of the commands `show` selects (the others are
 * rendered as expected); empty when none of them mismatches.
 */
export function transcriptDiff(result: TranscriptResult, show: (r: CommandResult) => boolean = () => true): string {
  const ops = transcriptOps(result.items, opsByCommand(result, show));
  return unifiedDiff(ops, `a/${result.name}`, `b/${result.name}.err`);
}
