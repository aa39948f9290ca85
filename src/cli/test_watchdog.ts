/**
 * `tuxnet test`'s watchdog on its worker threads (test_jobs.ts): a file whose
 * worker finishes no command for the watchdog's time is stuck (kernel code in
 * a synchronous loop never yields, so the per-command --timeout, a timer of
 * the worker's own, never fires). The worker is stopped and the file
 * reported as far as it got: the commands it finished as they ran, the one
 * it was on failed with the watchdog's message, every later one with kt's
 * placeholder for a command that never finished.
 */
import { readFileSync } from 'node:fs';
import { commandsOf, parseTranscript } from '../lab/transcript.js';
import { type ExecFn, type TranscriptResult, runTranscript } from '../lab/transcript_runner.js';

/** What a finished command printed and its status, as its worker reported it. */
export interface Step {
  readonly output: string;
  readonly status: number;
}

/** The watchdog's words for the command `file` was on when its worker was stopped. */
export function stuckMessage(file: string, index: number, line: number, text: string, sec: number): string {
  return `tuxnet test: watchdog: ${file} finished no command for ${sec} s, stuck on command ${index} (line ${line}): ${text}; its worker thread was stopped\n`;
}

/** The result of a file stopped by the watchdog after its worker finished `steps`. */
export async function stuckResult(file: string, steps: readonly Step[], sec: number): Promise<TranscriptResult> {
  const items = parseTranscript(readFileSync(file, 'utf8'));
  const stuck = commandsOf(items)[steps.length];
  const message = stuck ? stuckMessage(file, stuck.index, stuck.line, stuck.lines[0] ?? '', sec) : '';
  let n = 0;
  // the file's run again, its commands answered from what the worker reported
  const replay: ExecFn = async () => {
    const i = n++;
    if (i < steps.length) return steps[i]!;
    return i === steps.length ? { output: message, status: 255 } : { output: '', status: 255, ended: true };
  };
  return runTranscript(file, items, replay);
}
