/**
 * The `trap` builtin (bash(1) "trap"): actions for EXIT and for signals.
 * An action runs before the shell's next command; '' ignores the signal.
 */
import { builtinError, type Ctx } from './io.js';
import { signalName, signalNumber } from './procs.js';
import { listSignals } from './jobctl.js';
import { shellQuote } from './quote.js';

/** The key of a signal spec in the traps table: EXIT, or the name without SIG; null if invalid. */
function trapKey(spec: string): string | null {
  if (spec === '0' || spec.toUpperCase() === 'EXIT') return 'EXIT';
  if (spec === 'ERR') return 'ERR';
  const n = signalNumber(spec);
  return n === null || n === 0 ? null : signalName(n) ?? null;
}

/** `trap -- 'action' SIGTERM` lines, EXIT first then by signal number. */
function printTraps(ctx: Ctx, keys: string[]): void {
  const order = (k: string): number => (k === 'EXIT' ? 0 : k === 'ERR' ? 99 : signalNumber(k) ?? 99);
  for (const k of [...keys].sort((a, b) => order(a) - order(b))) {
    const action = ctx.sh.traps.get(k);
    if (action !== undefined) ctx.io.out.write(`trap -- ${shellQuote(action)} ${k === 'EXIT' || k === 'ERR' ? k : 'SIG' + k}\n`);
  }
}

export async function trapBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (args[0] === '-l') return listSignals(ctx, args.slice(1));
  if (args[0] === '--') args.shift();
  if (args.length === 0 || args[0] === '-p') {
    const keys = args.slice(1).map(trapKey).filter((k): k is string => k !== null);
    printTraps(ctx, keys.length ? keys : [...ctx.sh.traps.keys()]);
    return 0;
  }
  // `trap SIG` and `trap - SIG...` reset; `trap ACTION SIG...` sets.
  const reset = args.length === 1 || args[0] === '-';
  const action = reset ? null : args[0]!;
  let st = 0;
  for (const spec of reset && args[0] !== '-' ? args : args.slice(1)) {
    const key = trapKey(spec);
    if (key === null) st = builtinError(ctx, 'trap', `${spec}: invalid signal specification`);
    else if (action === null) ctx.sh.traps.delete(key);
    else ctx.sh.traps.set(key, action);
  }
  return st;
}
