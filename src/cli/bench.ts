/**
 * `tuxnet bench [--json] [NAME...]`: benchmarks register themselves here
 * (import the module that calls registerBench from ./benches.ts) and report
 * their own measurements as lines, and as named figures for --json (one
 * JSON document to compare across commits). Benchmarks measure; tests never
 * time anything.
 */

/** Named measurements (`fwdPps`, `lookupsPerSec`...): plain numbers for machines. */
export type BenchFigures = Record<string, number>;

/** What a bench reports: lines for people, and figures for --json. */
export interface BenchReport {
  readonly lines: readonly string[];
  readonly figures: BenchFigures;
}

/** Runs once and returns the report lines (e.g. "1000000 prefixes inserted in 812 ms"), or lines and figures. */
export type BenchFn = () => Promise<readonly string[] | BenchReport> | readonly string[] | BenchReport;

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

function reportOf(r: readonly string[] | BenchReport): BenchReport {
  return 'lines' in r ? r : { lines: r, figures: {} };
}

/**
 * Runs the benches named in `args` (all of them when none is named) in
 * registration order, printing each report line as `NAME: line` as it
 * comes, or with --json, one JSON document at the end:
 * `{"node": VERSION, "benches": {NAME: {"figures": {...}, "lines": [...]}}}`
 * (a bench that threw has "error" instead). Exit status 2 for an unknown
 * name, 1 if a bench threw.
 */
export async function runBench(argv: readonly string[], io: BenchIo): Promise<number> {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  const unknown = args.filter((a) => !benches.has(a));
  if (unknown.length > 0) {
    io.err(`bench: unknown benchmark ${unknown.join(', ')} (known: ${benchNames().join(', ') || 'none'})\n`);
    return 2;
  }
  if (benches.size === 0 && !json) io.out('bench: no benchmarks registered\n');
  let status = 0;
  const doc: Record<string, BenchReport | { error: string }> = {};
  for (const [name, fn] of benches) {
    if (args.length > 0 && !args.includes(name)) continue;
    try {
      const r = reportOf(await fn());
      doc[name] = r;
      if (!json) for (const line of r.lines) io.out(`${name}: ${line}\n`);
    } catch (e) {
      const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
      doc[name] = { error: msg };
      io.err(`${name}: failed: ${msg}\n`);
      status = 1;
    }
  }
  if (json) io.out(JSON.stringify({ node: process.version, benches: doc }, null, 1) + '\n');
  return status;
}
