/**
 * Fuzzing the shell (tracker issue 13): random bytes and random scripts
 * built from the parser's constructs (words, quotes, expansions,
 * redirections, compound commands, pipes, `&`) never let a JavaScript
 * exception out (no stack trace, no "internal error") and never hang:
 * each case runs with a small CPU budget and a virtual-time limit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeLab, FAKES } from './testkit.js';
import { Session } from '../session.js';
import { MemFs } from '../memfs.js';

/** A small deterministic generator (mulberry32), so a failure repeats. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Gen = (depth: number) => string;

function grammar(r: () => number): Gen {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const names = ['x', 'y', 'a', 'IFS', 'PIPESTATUS', '1', '@', '*', '#', '?', '!', '$', '_', 'RANDOM', 'LINENO'];
  const lits = ['echo', 'cat', 'status', 'args', 'first', 'gen', 'slp', 'err', 'true', 'false', ':', 'read', 'set', 'shift',
    'export', 'local', 'unset', 'eval', 'trap', 'wait', 'kill', 'exit', 'return', 'break', 'continue', 'printf', 'cd',
    'test', '[', ']', 'a', 'b*', '?', '[z-a]', '[!a-c]', '~', '-e', '-n', '0', '1', '3', '-1', '99999999999999999999', 'f',
    '{1..3}', '{a,b}', '{9..1..2}', "''", '""', "$'\\x41\\n'", '\\', '\\$', '#c', '%', '/dev/null', 'EXIT', 'PIPE', 'INT'];
  const ops = ['#', '##', '%', '%%', '/', '//', ':-', '-', ':=', ':+', '+', ':?', '^', '^^', ',', ',,', ':', ''];
  const word = (d: number): string => {
    const n = 1 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += part(d);
    return w;
  };
  const part = (d: number): string => {
    switch (Math.floor(r() * 11)) {
      case 0:
        return '$' + pick(names);
      case 1:
        return '${' + pick(['', '#', '!']) + pick(names) + pick(ops) + (r() < 0.5 ? pick(lits) : '') + '}';
      case 2:
        return d > 0 ? '$(' + list(d - 1) + ')' : '$x';
      case 3:
        return '$((' + pick(['1+', 'x*', '2**', '1/', '7%', '-', '~', '!', '1<<']) + pick(['0', '3', 'x', '64', '(1', '']) + '))';
      case 4:
        return '"' + part(d) + ' ' + pick(lits) + '"';
      case 5:
        return "'" + pick(lits) + "'";
      case 6:
        return d > 0 ? '`' + simple(d - 1) + '`' : 'w';
      default:
        return pick(lits);
    }
  };
  const redir = (d: number): string =>
    ' ' + pick(['>', '>>', '<', '2>&1', '>&2', '<<<', '&>', '<>', '3>', '>&-', '<&0']) + ' ' +
    (r() < 0.3 ? '/tmp/f' : r() < 0.5 ? '/dev/null' : word(d));
  const simple = (d: number): string => {
    let s = r() < 0.2 ? pick(['x', 'y', 'a']) + '=' + word(d) + ' ' : '';
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += word(d) + ' ';
    if (s === '') s = pick(lits);
    if (r() < 0.2) s += redir(d);
    return s;
  };
  const command = (d: number): string => {
    if (d <= 0) return simple(0);
    switch (Math.floor(r() * 14)) {
      case 0:
        return `if ${list(d - 1)}; then ${list(d - 1)}; ${r() < 0.5 ? 'else ' + list(d - 1) + ';' : ''} fi`;
      case 1:
        return `while ${list(d - 1)}; do ${list(d - 1)}; done`;
      case 2:
        return `for v in ${word(d - 1)} ${word(d - 1)}; do ${list(d - 1)}; done`;
      case 3:
        return `for ((i=0; i<${pick(['3', 'x', '1e', ''])}; i++)); do ${list(d - 1)}; done`;
      case 4:
        return `case ${word(d - 1)} in ${word(d - 1)}|${pick(lits)}) ${list(d - 1)} ;; *) ${list(d - 1)} ;${pick([';', '&', ';&'])} esac`;
      case 5:
        return `{ ${list(d - 1)}; }`;
      case 6:
        return `( ${list(d - 1)} )`;
      case 7:
        return `f() { ${list(d - 1)}; }`;
      case 8:
        return `[[ ${word(d - 1)} ${pick(['==', '!=', '=~', '<', '-eq', '-lt', '&&', '||'])} ${word(d - 1)} ]]`;
      case 9:
        return `(( ${pick(['x++', 'x=1/0', 'x+=2', '1?2:3', 'x<<65', 'y=(1', ''])} ))`;
      case 10:
        return `cat <<${pick(['E', "'E'", '-E'])}\n${word(d - 1)}\n${r() < 0.7 ? 'E' : ''}\n`;
      case 11:
        return pick(['a', 'm', 'PIPESTATUS']) + pick(['=(', '+=(', '=(\n']) + word(d - 1) + ' [' + pick(['1', 'k', '-1', '@', '']) + ']=' +
          word(d - 1) + pick([')', '']);
      case 12:
        return pick(['declare -A m', 'declare -a a', 'unset "a[1]"', 'a[$x]+=v', 'm[k]=1', 'read -a a <<< "p q"', 'read -n 2 -t 1 x',
          'echo "${a[@]:1:2}" ${#a[@]} ${!a[*]} "${a[-1]}" ${a[@]^^} ${m[${x}]}', 'timeout 1 slp 2', 'trap "echo e" ERR; set -E']);
      default:
        return simple(d);
    }
  };
  const pipeline = (d: number): string => {
    let s = (r() < 0.1 ? '! ' : '') + command(d);
    while (r() < 0.25) s += pick([' | ', ' |& ']) + command(d);
    return s;
  };
  const list = (d: number): string => {
    let s = pipeline(d);
    while (r() < 0.35) s += pick([' && ', ' || ', '; ', ' & ', '\n']) + pipeline(d);
    return s + (r() < 0.1 ? ' &' : '');
  };
  return list;
}

function randomBytes(r: () => number): string {
  const n = Math.floor(r() * 60);
  let s = '';
  const alphabet = ' \t\n;&|<>()[]{}$`"\'\\#*?!~=%^-+:,/@0123456789abcxyzEOF';
  for (let i = 0; i < n; i++) s += r() < 0.8 ? alphabet[Math.floor(r() * alphabet.length)] : String.fromCharCode(Math.floor(r() * 256));
  return s;
}

function session(): Session {
  const lab = fakeLab();
  for (const [name, fn] of Object.entries(FAKES)) lab.commands.set(name, fn);
  return new Session(lab, new MemFs(), { cpuLimitSec: 0.01, timeLimitNs: 100e9 });
}

/** Output that shows a JavaScript error got out. */
const LEAK = /internal error|\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError: Invalid|undefined is not/;

async function check(s: Session, script: string): Promise<void> {
  let out = '';
  let status: number;
  try {
    status = await s.exec(script, { write: (t) => void (out += t) });
  } catch (e) {
    assert.fail(`exec threw on ${JSON.stringify(script)}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  assert.ok(Number.isInteger(status) && status >= 0 && status <= 255, `status ${status} for ${JSON.stringify(script)}`);
  assert.doesNotMatch(out, LEAK, `script ${JSON.stringify(script)}`);
}

const CASES = 5000;

test('fuzz: random scripts of the shell grammar never throw or hang', async () => {
  const r = rng(13);
  const gen = grammar(r);
  let s = session();
  for (let i = 0; i < CASES; i++) {
    if (i % 50 === 0) s = session();
    await check(s, gen(2));
  }
});

test('fuzz: random bytes never throw or hang', async () => {
  const r = rng(31);
  let s = session();
  for (let i = 0; i < CASES; i++) {
    if (i % 50 === 0) s = session();
    await check(s, randomBytes(r));
  }
});
