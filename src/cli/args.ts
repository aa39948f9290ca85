/** Option parsing shared by the subcommands (node:util parseArgs, strict). */
import { parseArgs } from 'node:util';
import { suggestSimilar } from './help.js';

export type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** A usage error: printed as commander does, `error: MESSAGE` on stderr, status 1. */
export class UsageError extends Error {}

/** `COMMAND --help`: the subcommand's help goes to stdout, status 0. */
export class HelpRequest extends Error {
  constructor(readonly command: string) {
    super(command);
  }
}

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
    throw new UsageError(commanderMessage(e, options));
  }
}

/** node's parseArgs error in commander's words (`unknown option '--tarce'` + the nearest option). */
function commanderMessage(e: unknown, options: OptionSpec): string {
  const msg = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const flag = /'([^']*)'/.exec(msg)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const longs = Object.keys(options ?? {}).map((o) => `--${o}`);
    return `unknown option '${flag}'${suggestSimilar(flag, longs)}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && / argument missing$/.test(msg)) return `option '${flag}' argument missing`;
  return msg.charAt(0).toLowerCase() + msg.slice(1);
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
  kconfig: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** A duration in seconds such as --time-limit 10 or 0.5. */
export function secondsOption(values: Parsed['values'], name: string): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^(\d+\.?\d*|\.\d+)$/.test(v)) throw new UsageError(`--${name} wants a number of seconds, got '${String(v)}'`);
  return Number(v);
}
