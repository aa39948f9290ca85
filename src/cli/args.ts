/** Option parsing shared by the subcommands (node:util parseArgs, strict). */
import { parseArgs } from 'node:util';

export type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export class UsageError extends Error {}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parses `args` (`-` is a positional, `--` ends the options); a bad option is a UsageError. */
export function parseOptions(args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** A non-negative integer option such as --seed or --timeout. */
export function intOption(values: Parsed['values'], name: string, dflt: number): number {
  const v = values[name];
  if (v === undefined) return dflt;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new UsageError(`--${name} wants a non-negative integer, got '${String(v)}'`);
  return Number(v);
}

/** The options every lab-starting subcommand takes. */
export const LAB_OPTIONS = {
  seed: { type: 'string' },
  trace: { type: 'string' },
  'trace-format': { type: 'string' },
  'time-limit': { type: 'string' },
  'trace-limit': { type: 'string' },
  pcap: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** A duration in seconds such as --time-limit 10 or 0.5. */
export function secondsOption(values: Parsed['values'], name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^(\d+\.?\d*|\.\d+)$/.test(v)) throw new UsageError(`--${name} wants a number of seconds, got '${String(v)}'`);
  return Number(v);
}
