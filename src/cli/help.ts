/**
 * `tuxnet --help`, `tuxnet help [COMMAND]`, `tuxnet COMMAND --help` and
 * `--version`, with commander's conventions: help on stdout with status 0,
 * errors as `error: ...` on stderr with status 1, and for an unknown option
 * or command the nearest known one as a hint.
 */
import { readFileSync } from 'node:fs';

const HELP: Record<string, string> = {
  test: `usage: tuxnet test [-j N] [--out DIR] [--known-failures FILE] [--seed N] [--timeout SEC] [--watchdog SEC] [--time-limit SEC] [-v] FILE.t...
      run each transcript in a fresh lab (-j N: N files at a time on worker
      threads, default the number of cores; the output keeps file order); print a unified diff for every
      mismatching command, "FILE.t: N passed, M failed" per file and
      "N passed, M failed (K known failures)" as the last line; with
      --known-failures, the listed commands may fail (and must not pass);
      --out DIR writes DIR/FILE.t; --time-limit SEC is the CPU budget of
      each command (default 10); --timeout SEC is the wall-clock limit of a
      command (default 60); --watchdog SEC (or $TUXNET_TEST_WATCHDOG) stops
      the worker thread of a file that finishes no command for SEC s
      (default the timeout + 60; 0: off, and -j 1 runs in this thread);
      a file's prose line \`tuxnet kconfig: NAME=y\` builds its lab's kernel
      with that option (see run --kconfig)
`,
  run: `usage: tuxnet run [--seed N] [--trace [--trace-limit N]] [--time-limit SEC] [--kconfig NAME=y,...] SCRIPT|-
      run a bash script (- reads stdin) in a fresh lab; exit with its status;
      --trace prints each packet's walk after the script (the last N walks,
      default 10000; how many earlier ones were dropped); a script that uses
      more than SEC seconds of CPU (default 10) is stopped with status 124;
      --kconfig builds the lab's kernel with other options than the reference
      kernel's (BRIDGE_VLAN_FILTERING=y)
`,
  shell: `usage: tuxnet shell [--seed N] [--trace [--trace-limit N]] [--time-limit SEC]
      run the commands read from stdin in one lab session
`,
  web: `usage: tuxnet web [--seed N] [--port N] [SCRIPT]
      serve the browser playground (built by \`npm run build:web\`) on
      127.0.0.1, on a free port unless --port is given, and print its URL;
      the page runs SCRIPT in a fresh lab when it opens
`,
  bench: `usage: tuxnet bench [--json] [NAME...]
      run the registered benchmarks (all of them when none is named);
      --json prints one JSON document of their figures instead of lines
`,
};

export const COMMANDS = Object.keys(HELP);

/** The whole usage (`tuxnet --help`). */
export const USAGE = `usage: tuxnet COMMAND [OPTIONS]

${COMMANDS.map((c) => '  ' + (HELP[c] as string).slice('usage: '.length)).join('')}  tuxnet help [COMMAND]
      this text, or that of COMMAND
  tuxnet --version
      the version of tuxnet
`;

/** One subcommand's help, or the whole usage. */
export function helpOf(name?: string): string {
  return name !== undefined && Object.hasOwn(HELP, name) ? (HELP[name] as string) : USAGE;
}

/** The version of package.json (dist/cli/help.js → ../../package.json; the bundle dist/tuxnet.mjs → ../package.json). */
export function version(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'tuxnet') return typeof pkg.version === 'string' ? pkg.version : 'unknown';
    } catch {
      // not there: the other layout
    }
  }
  return 'unknown';
}

/** Optimal string alignment distance (commander's suggestSimilar.js editDistance). */
function editDistance(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, (d[i - 2] as number[])[j - 2]! + 1);
    }
  }
  return (d[a.length] as number[])[b.length]!;
}

/** commander suggestSimilar(): "\n(Did you mean X?)" for the closest candidates, or ''. */
export function suggestSimilar(word: string, candidates: readonly string[]): string {
  const options = word.startsWith('--');
  const w = options ? word.slice(2) : word;
  let similar: string[] = [];
  let best = 3;
  for (const c of new Set(candidates)) {
    const cand = options ? c.slice(2) : c;
    if (cand.length <= 1) continue;
    const dist = editDistance(w, cand);
    const len = Math.max(w.length, cand.length);
    if ((len - dist) / len <= 0.4) continue;
    if (dist < best) {
      best = dist;
      similar = [c];
    } else if (dist === best) similar.push(c);
  }
  similar.sort((x, y) => x.localeCompare(y));
  if (similar.length > 1) return `\n(Did you mean one of ${similar.join(', ')}?)`;
  return similar.length === 1 ? `\n(Did you mean ${similar[0]}?)` : '';
}
