/**
 * `tuxnet run [--seed N] [--trace [--trace-limit N]] SCRIPT|-` runs a bash script in a fresh
 * lab, its output streamed to stdout, and exits with the script's status.
 * `tuxnet shell [--seed N] [--trace]` reads commands from stdin, one line at
 * a time (a line ending in `\` continues), all in one session.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { LAB_OPTIONS, type Parsed, UsageError, intOption, parseOptions } from './args.js';
import { type CliEnv, type LabOptions, readAll } from './env.js';

function labOptions(values: Parsed['values']): LabOptions {
  const opts: LabOptions = { seed: intOption(values, 'seed', 1) };
  if (values.trace === true) opts.trace = true;
  if (values['trace-limit'] !== undefined) opts.traceLimit = Math.max(1, intOption(values, 'trace-limit', 0));
  return opts;
}

export async function runCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseOptions(args, LAB_OPTIONS);
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('run: give one script, or - for stdin');
  const path = positionals[0] as string;
  const script = path === '-' ? await readAll(env.stdin) : readScript(path);
  const session = await env.createSession(labOptions(values));
  return session.execStream(script, env.stdout);
}

function readScript(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`run: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const PROMPT = 'tuxnet# ';
const MORE = '> ';

/** Resolves with the status of the last command run (0 if none). */
export async function shellCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseOptions(args, LAB_OPTIONS);
  if (values.help) throw new UsageError('');
  if (positionals.length > 0) throw new UsageError('shell: reads its commands from stdin');
  const session = await env.createSession(labOptions(values));
  const prompt = (p: string): void => {
    if (env.interactive) env.stdout(p);
  };
  let status = 0;
  let pending = '';
  prompt(PROMPT);
  for await (const line of createInterface({ input: env.stdin, terminal: false, crlfDelay: Infinity })) {
    // bash: a backslash-newline continues the line
    pending += line + '\n';
    if (line.endsWith('\\')) {
      prompt(MORE);
      continue;
    }
    if (pending.trim() !== '') status = await session.execStream(pending, env.stdout);
    pending = '';
    prompt(PROMPT);
  }
  if (pending.trim() !== '') status = await session.execStream(pending, env.stdout);
  if (env.interactive) env.stdout('\n');
  return status;
}
