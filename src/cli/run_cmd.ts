/**
 * `tuxnet run [--seed N] [--trace [--trace-limit N]] [--time-limit SEC] SCRIPT|-`
 * runs a bash script in a fresh lab, its output streamed to stdout, and
 * exits with the script's status (its EXIT trap runs at the end).
 * (`tuxnet shell` is shell_cmd.ts.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeBytes } from '../lab/bytes.js';
import { HelpRequest, LAB_OPTIONS, type Parsed, UsageError, intOption, parseOptions, secondsOption } from './args.js';
import { type CliEnv, type LabOptions, readAll } from './env.js';
import { topLevelCommands } from '../lab/script.js';
import { parseKConfig } from '../net/core/core_world.js';

/** `--trace` alone means `--trace=all` (parseArgs wants a value for a string option). */
export function traceArgs(args: readonly string[]): string[] {
  return args.map((a) => (a === '--trace' ? '--trace=all' : a));
}

export function labOptions(values: Parsed['values']): LabOptions {
  const opts: LabOptions = { seed: intOption(values, 'seed', 1) };
  const trace = values.trace;
  if (typeof trace === 'string') {
    opts.trace = true;
    if (trace === 'drops') opts.traceFilter = { kind: 'drops' };
    else if (trace !== 'all' && trace !== '') opts.traceFilter = { kind: 'ns', ns: trace };
  }
  const fmt = values['trace-format'];
  if (fmt !== undefined) {
    if (fmt !== 'text' && fmt !== 'json') throw new UsageError(`--trace-format wants text or json, got '${String(fmt)}'`);
    opts.traceFormat = fmt;
  }
  const limit = secondsOption(values, 'time-limit');
  if (limit !== undefined) opts.timeLimit = limit;
  if (values['trace-limit'] !== undefined) opts.traceLimit = Math.max(1, intOption(values, 'trace-limit', 0));
  if (typeof values.pcap === 'string') opts.pcap = true;
  if (typeof values.kconfig === 'string') {
    const k = parseKConfig(values.kconfig);
    if (typeof k === 'string') throw new UsageError(`--kconfig: ${k}`);
    opts.kconfig = k;
  }
  return opts;
}

export async function runCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseOptions(traceArgs(args), LAB_OPTIONS);
  if (values.help) throw new HelpRequest('run');
  if (positionals.length === 0) throw new UsageError("missing required argument 'SCRIPT'");
  if (positionals.length !== 1) throw new UsageError(`too many arguments for 'run'. Expected 1 argument but got ${positionals.length}.`);
  const path = positionals[0] as string;
  const script = path === '-' ? await readAll(env.stdin) : readScript(path);
  const opts = labOptions(values);
  const session = await env.createSession(opts);
  let status = 0;
  // With --trace, each top-level command runs on its own and its walks print right after it.
  for (const chunk of opts.trace ? topLevelCommands(script) : [script]) {
    status = await session.execStream(chunk, env.stdout);
    if (session.ended) break;
  }
  const final = session.end ? await session.end(env.stdout) : status;
  if (typeof values.pcap === 'string') writePcap(values.pcap, path, session.pcap?.() ?? null, env);
  return final;
}

/** --pcap DIR: DIR/SCRIPT.pcapng (stdin.pcapng for `-`), created with its directory. */
function writePcap(dir: string, script: string, data: Uint8Array | null, env: CliEnv): void {
  if (!data) return;
  const file = join(dir, `${script === '-' ? 'stdin' : basename(script).replace(/\.[^.]*$/, '')}.pcapng`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, data);
  } catch (e) {
    env.stderr(`tuxnet: --pcap: cannot write ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

export { topLevelCommands };

function readScript(path: string): string {
  try {
    return decodeBytes(readFileSync(path));
  } catch (e) {
    throw new UsageError(`run: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
