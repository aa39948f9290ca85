/**
 * The `trap` builtin (bash(1) "trap"): actions for EXIT and for signals.
 * An action runs before the shell's next command; '' ignores the signal.
 */
import { builtinError, type Ctx } from './io.js';
import { signalName, signalNumber } from './procs.js';
import { listSignals } from './jobctl.js';
import { shellQuote } from './quote.js';

/** The key of a signal spec in the traps table: EXIT, or the name without SIG; null if invalid. */
function trapKey(spec: string, dash: boolean): string | null {
  if (spec === '0' || spec.toUpperCase() === 'EXIT') return 'EXIT';
  // bash's pseudo-signals; dash has neither
  if (spec === 'ERR' || spec === 'RETURN') return dash ? null : spec;
  const n = signalNumber(spec);
  return n === null || n === 0 ? null : signalName(n) ?? null;
}

const PSEUDO: Record<string, number> = { EXIT: 0, ERR: 99, RETURN: 100 };

/** `trap -- 'action' SIGTERM` lines, EXIT first then by signal number, ERR and RETURN last (dash: no SIG prefix). */
function printTraps(ctx: Ctx, keys: string[]): void {
  const order = (k: string): number => PSEUDO[k] ?? signalNumber(k) ?? 99;
  for (const k of [...keys].sort((a, b) => order(a) - order(b))) {
    const action = ctx.sh.traps.get(k);
    const name = PSEUDO[k] !== undefined || ctx.sh.dash ? k : 'SIG' + k;
    if (action !== undefined) ctx.io.out.write(`trap -- ${shellQuote(action)} ${name}\n`);
  }
}

export async function trapBuiltin(ctx: Ctx, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  if (args[0] === '-l') return listSignals(ctx, args.slice(1));
  if (args[0] === '--') args.shift();
  if (args.length === 0 || args[0] === '-p') {
    const keys = args.slice(1).map((s) => trapKey(s, ctx.sh.dash)).filter((k): k is string => k !== null);
    printTraps(ctx, keys.length ? keys : [...ctx.sh.traps.keys()]);
    return 0;
  }
  // `trap SIG` and `trap - SIG...` reset; `trap ACTION SIG...` sets.
  const reset = args.length === 1 || args[0] === '-';
  const action = reset ? null : args[0]!;
  let st = 0;
  for (const spec of reset && args[0] !== '-' ? args : args.slice(1)) {
    const key = trapKey(spec, ctx.sh.dash);
    // dash trapcmd(): the first bad one ends it, and its message has no script prefix
    if (key === null && ctx.sh.dash) {
      ctx.io.err.write(`trap: ${spec}: bad trap\n`);
      return 1;
    }
    if (key === null) st = builtinError(ctx, 'trap', `${spec}: invalid signal specification`);
    else if (action === null) ctx.sh.traps.delete(key);
    else ctx.sh.traps.set(key, action);
  }
  return st;
}
