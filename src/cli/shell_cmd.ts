/**
 * `tuxnet shell [--seed N] [--trace] [--time-limit SEC]` reads commands from
 * stdin as bash reads input: each complete command (lines are read until an
 * open `if`, loop, function, quote or here-document is closed) runs in one
 * session; `exit N` ends it with N; Ctrl-C interrupts the foreground job only.
 * On a terminal: Node's readline line editing, history (up/down; kept in
 * $TUXNET_HISTFILE when set), tab completion (src/lab/shell/complete.ts),
 * and `ip netns exec NS bash` entering NS until `exit` (the prompt shows it).
 */
import { nodeBuiltin } from './node_builtin.js';
import type { Interface } from 'node:readline';
import { readFileSync, writeFileSync } from 'node:fs';
import { HelpRequest, LAB_OPTIONS, UsageError, parseOptions } from './args.js';
import type { CliEnv } from './env.js';
import { labOptions, traceArgs } from './run_cmd.js';
import { needsMoreInput } from '../lab/shell/parser.js';
import { ShellStack } from '../lab/shell/interactive.js';
import { complete } from '../lab/shell/complete.js';

const MORE = '> ';
const HISTORY_SIZE = 1000;

/** readline on the terminal: completion from the innermost shell, the history file when asked for. */
function terminalReader(env: CliEnv, stack: ShellStack, createInterface: typeof import('node:readline').createInterface): Interface {
  const histfile = process.env.TUXNET_HISTFILE;
  let history: string[] = [];
  if (histfile) {
    try {
      history = readFileSync(histfile, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
    } catch {
      history = [];
    }
  }
  const rl = createInterface({
    input: env.stdin, output: process.stdout, terminal: true, historySize: HISTORY_SIZE, history,
    completer: (line: string): [string[], string] => {
      const st = stack.top.completion?.();
      return st ? complete(line, st) : [[], line];
    },
  });
  if (histfile) {
    rl.on('history', (h: string[]) => {
      try {
        writeFileSync(histfile, [...h].reverse().join('\n') + '\n');
      } catch {
        /* a history file that cannot be written is not an error of the shell */
      }
    });
  }
  return rl;
}

/** Resolves with the status of the last command run (0 if none), or that of `exit`. */
export async function shellCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseOptions(traceArgs(args), LAB_OPTIONS);
  if (values.help) throw new HelpRequest('shell');
  if (positionals.length > 0) throw new UsageError(`too many arguments for 'shell'. Expected 0 arguments but got ${positionals.length}.`);
  // a terminal is a tty to the lab's tools too (line-buffered stdio, ip route save refusing it)
  const stack = new ShellStack(await env.createSession({ ...labOptions(values), tty: env.interactive === true }));
  const { createInterface } = nodeBuiltin<typeof import('node:readline')>('node:readline');
  const rl = env.interactive ? terminalReader(env, stack, createInterface) : createInterface({ input: env.stdin, terminal: false, crlfDelay: Infinity });
  const prompt = (p: string): void => {
    if (!env.interactive) return;
    rl.setPrompt(p);
    rl.prompt();
  };
  let pending = '';
  // Ctrl-C: the foreground job gets SIGINT; at the prompt, the line typed so far is dropped.
  const onInt = (): void => {
    if (stack.top.interrupt?.()) return;
    pending = '';
    if (env.interactive) env.stdout('^C\n');
    prompt(stack.prompt());
  };
  const off = env.interactive ? (rl.on('SIGINT', onInt), () => void rl.off('SIGINT', onInt)) : env.onInterrupt?.(onInt);
  try {
    let status = 0;
    const run = async (): Promise<void> => {
      const script = pending;
      pending = '';
      if (script.trim() === '') return;
      status = await stack.run(script, env.stdout);
    };
    prompt(stack.prompt());
    for await (const line of rl) {
      pending += line + '\n';
      if (line.endsWith('\\') || needsMoreInput(pending)) {
        prompt(MORE);
        continue;
      }
      await run();
      if (stack.done) return status;
      prompt(stack.prompt());
    }
    // End of input: what is left runs as it is (bash reports what is unfinished).
    await run();
    if (env.interactive) env.stdout('\n');
    return stack.done ? status : stack.end(env.stdout, status);
  } finally {
    off?.();
    rl.close();
  }
}
