/**
 * `tuxnet bench [NAME...]`: benchmarks register themselves here (import the
 * module that calls registerBench from ./benches.ts) and report their own
 * measurements as lines. Benchmarks measure; tests never time anything.
 */

/** Runs once and returns the report lines (e.g. "1000000 prefixes inserted in 812 ms"). */
export type BenchFn = () => Promise<readonly string[]> | readonly string[];

const benches = new Map<string, BenchFn>();

export function registerBench(name: string, fn: BenchFn): void {
  if (benches.has(name)) throw new Error(`bench ${name} is registered twice`);
  benches.set(name, fn);
}

export function benchNames(): string[] {
  return [...benches.keys()];
}

export interface BenchIo {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Runs the benches named in `args` (all of them when none is named) in
 * registration order, printing each report line as `NAME: line`. Exit status
 * 2 for an unknown name, 1 if a bench threw.
 */
export async function runBench(args: readonly string[], io: BenchIo): Promise<number> {
  const unknown = args.filter((a) => !benches.has(a));
  if (unknown.length > 0) {
    io.err(`bench: unknown benchmark ${unknown.join(', ')} (known: ${benchNames().join(', ') || 'none'})\n`);
    return 2;
  }
  if (benches.size === 0) io.out('bench: no benchmarks registered\n');
  let status = 0;
  for (const [name, fn] of benches) {
    if (args.length > 0 && !args.includes(name)) continue;
    try {
      for (const line of await fn()) io.out(`${name}: ${line}\n`);
    } catch (e) {
      io.err(`${name}: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      status = 1;
    }
  }
  return status;
}
