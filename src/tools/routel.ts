/**
 * `routel`: iproute2's script that lists the routes of a table as aligned
 * columns, read from `ip -f FAMILY -j route list table TABLE [ARGS...]`
 * (table 0, all, by default). Python since iproute2 6.0: a failing `ip`
 * leaves it a JSON document it cannot decode, and it dies with Python's
 * traceback.
 * @iproute2 ip/routel
 */
import type { CommandFn, Proc } from '../lab/process.js';

const USAGE = 'Usage: /usr/bin/routel [tablenr [raw ip args...]]\n';

/** The ip route json keys, in column order. */
const KEYS = ['dst', 'gateway', 'prefsrc', 'protocol', 'scope', 'dev', 'table'] as const;

function usage(p: Proc): number {
  p.stdout.write(USAGE);
  return 64;
}

/** getopt.getopt(argv, "h46f:", ["help", "family="]): the family and the operands, or an exit status. */
function parseArgs(p: Proc): { family: string; args: string[] } | number {
  let family = 'inet';
  const argv = p.argv.slice(1);
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('--')) {
      const [name, val] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const long = ['help', 'family'].filter((n) => n.startsWith(name));
      if (long.length !== 1) {
        p.stdout.write(`option --${name} not ${long.length ? 'a unique prefix' : 'recognized'}\n`);
        return usage(p);
      }
      if (long[0] === 'help') {
        if (val !== undefined) {
          p.stdout.write('option --help must not have an argument\n');
          return usage(p);
        }
        return usage(p);
      }
      const v = val ?? argv[++i];
      if (v === undefined) {
        p.stdout.write('option --family requires argument\n');
        return usage(p);
      }
      family = v;
      continue;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k]!;
      if (c === 'h') return usage(p);
      if (c === '6') family = 'inet6';
      else if (c === '4') family = 'inet';
      else if (c === 'f') {
        const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
        if (v === undefined) {
          p.stdout.write('option -f requires argument\n');
          return usage(p);
        }
        family = v;
        break;
      } else {
        p.stdout.write(`option -${c} not recognized\n`);
        return usage(p);
      }
    }
  }
  const args = argv.slice(i);
  return { family, args: args.length ? args : ['0'] };
}

/** Python's JSONDecodeError position text for the document `s` at index `at`. */
function jsonErrorAt(s: string, at: number): string {
  const before = s.slice(0, at);
  const line = before.split('\n').length;
  const col = at - (before.lastIndexOf('\n') + 1) + 1;
  return `line ${line} column ${col} (char ${at})`;
}

/** The traceback json.load() ends the script with when `ip` wrote no complete document. */
function traceback(s: string): string {
  // raw_decode() reads one value: an empty document fails at its first
  // non-blank character, an array `ip` left open after its `[`.
  let at = s.length - s.trimStart().length;
  if (s[at] === '[') {
    at++;
    while (at < s.length && /\s/.test(s[at]!)) at++;
  }
  return [
    'Traceback (most recent call last):',
    '  File "/usr/bin/routel", line 62, in <module>',
    '    main()',
    '  File "/usr/bin/routel", line 46, in main',
    '    tbl = json.load(process.stdout)',
    '          ^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3.11/json/__init__.py", line 293, in load',
    '    return loads(fp.read(),',
    '           ^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads',
    '    return _default_decoder.decode(s)',
    '           ^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3.11/json/decoder.py", line 337, in decode',
    '    obj, end = self.raw_decode(s, idx=_w(s, 0).end())',
    '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode',
    '    raise JSONDecodeError("Expecting value", s, err.value) from None',
    `json.decoder.JSONDecodeError: Expecting value: ${jsonErrorAt(s, at)}`,
    '',
  ].join('\n');
}

/** `routel [-4|-6|-f FAMILY] [TABLE [IP ARGS...]]` */
export const routel: CommandFn = async (p) => {
  const o = parseArgs(p);
  if (typeof o === 'number') return o;
  let json = '';
  await p.exec(['ip', '-f', o.family, '-j', 'route', 'list', 'table', ...o.args], {
    stdout: { write: (s: string) => void (json += s) },
  });
  let tbl: Record<string, unknown>[];
  try {
    tbl = JSON.parse(json) as Record<string, unknown>[];
  } catch {
    p.stderr.write(traceback(json));
    return 1;
  }
  // fmt: '{:15} {:15} {:15} {:8} {:8}{:<16} {}' for inet, 32 wide for the addresses otherwise
  const w = o.family === 'inet' ? 15 : 32;
  const line = (f: string[]): string =>
    `${f[0]!.padEnd(w)} ${f[1]!.padEnd(w)} ${f[2]!.padEnd(w)} ${f[3]!.padEnd(8)} ${f[4]!.padEnd(8)}${f[5]!.padEnd(16)} ${f[6]}\n`;
  let out = line(KEYS.map((k) => k[0]!.toUpperCase() + k.slice(1)));
  for (const rec of tbl) out += line(KEYS.map((k) => (k in rec ? String(rec[k]) : '')));
  p.stdout.write(out);
  return 0;
};
