/**
 * The shared pieces: glibc getopt_long, gnulib quoting, C printf number
 * formatting and the POSIX regex translation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFloat, formatInt } from './cformat.js';
import { getopt } from './getopt.js';
import { quote, quoteaf, quotef } from './quote.js';
import { RegexError, longestMatch, translate } from './regex.js';

const LONG = [
  { name: 'reverse', arg: 0, key: 'r' },
  { name: 'key', arg: 1, key: 'k' },
  { name: 'kind', arg: 2, key: 'K' },
] as const;

test('getopt permutes operands, clusters short options and stops at --', () => {
  const r = getopt(['a', '-rk2', 'b', '-k', '3', '--', '-r'], { short: 'rk:', long: LONG });
  assert.deepEqual(r, { ok: true, opts: [{ key: 'r', arg: undefined }, { key: 'k', arg: '2' }, { key: 'k', arg: '3' }], operands: ['a', 'b', '-r'] });
  const plus = getopt(['a', '-r'], { short: '+r' });
  assert.deepEqual(plus.ok && plus.operands, ['a', '-r']);
  const posix = getopt(['a', '-r'], { short: 'r' }, new Map([['POSIXLY_CORRECT', '1']]));
  assert.deepEqual(posix.ok && posix.operands, ['a', '-r']);
  const dash = getopt(['-'], { short: 'r' });
  assert.deepEqual(dash.ok && dash.operands, ['-']);
});

test('getopt long options: abbreviations, =value, glibc diagnostics', () => {
  const ok = getopt(['--rev', '--key=1', '--ke', '2', '--kind'], { short: '', long: LONG });
  assert.deepEqual(ok.ok && ok.opts, [{ key: 'r', arg: undefined }, { key: 'k', arg: '1' }, { key: 'k', arg: '2' }, { key: 'K', arg: undefined }]);
  const msg = (args: string[]): string => {
    const r = getopt(args, { short: 'k:', long: LONG });
    return r.ok ? '' : r.message;
  };
  assert.equal(msg(['-x']), "invalid option -- 'x'");
  assert.equal(msg(['-k']), "option requires an argument -- 'k'");
  assert.equal(msg(['--foo=1']), "unrecognized option '--foo=1'");
  assert.equal(msg(['--reverse=1']), "option '--reverse' doesn't allow an argument");
  assert.equal(msg(['--key']), "option '--key' requires an argument");
  assert.equal(msg(['--k']), "option '--k' is ambiguous; possibilities: '--key' '--kind'");
});

test('quote styles as coreutils prints names in the C locale', () => {
  assert.equal(quote("a'b\\c\n"), "'a\\'b\\\\c\\n'");
  assert.equal(quote('é'), "'\\303\\251'");
  assert.equal(quotef('plain.txt'), 'plain.txt');
  assert.equal(quotef('a b'), "'a b'");
  assert.equal(quotef('a:b'), "'a:b'");
  assert.equal(quotef("it's"), '"it\'s"');
  assert.equal(quotef('a\nb'), "'a'$'\\n''b'");
  assert.equal(quoteaf('x'), "'x'");
  assert.equal(quoteaf('é'), "''$'\\303\\251'");
});

test('printf number formatting rounds like glibc (half to even on the exact binary value)', () => {
  const f = (conv: string, v: number, precision?: number, flags = '', width?: number): string => formatFloat({ conv, flags, precision, width }, v);
  assert.equal(f('f', 2.5, 0), '2');
  assert.equal(f('f', 3.5, 0), '4');
  assert.equal(f('f', 0.125, 2), '0.12');
  assert.equal(f('f', 1.005, 2), '1.00');
  assert.equal(f('f', 1e22, 0), '10000000000000000000000');
  assert.equal(f('e', 0), '0.000000e+00');
  assert.equal(f('e', 9.9999999), '1.000000e+01');
  assert.equal(f('g', 100000), '100000');
  assert.equal(f('g', 1000000), '1e+06');
  assert.equal(f('g', 0.0001), '0.0001');
  assert.equal(f('g', 0.00001), '1e-05');
  assert.equal(f('g', 1, undefined, '#'), '1.00000');
  assert.equal(f('f', -0, 1), '-0.0');
  assert.equal(f('f', Infinity, undefined, '0', 6), '   inf');
  assert.equal(f('E', -Infinity), '-INF');
  assert.equal(formatInt({ conv: 'x', flags: '#', width: 8 }, 255n), '    0xff');
  assert.equal(formatInt({ conv: 'd', flags: '0', width: 5 }, -42n), '-0042');
  assert.equal(formatInt({ conv: 'd', flags: '0', width: 5, precision: 3 }, 7n), '  007');
  assert.equal(formatInt({ conv: 'u', flags: '' }, -1n), '18446744073709551615');
  assert.equal(formatInt({ conv: 'o', flags: '#' }, 0n), '0');
});

test('BRE and ERE translate to JavaScript with the same meaning', () => {
  const m = (p: string, s: string, extended = false): string | null => {
    const t = translate(p, { extended, dialect: 'sed' });
    return new RegExp(t.source).exec(s)?.[0] ?? null;
  };
  assert.equal(m('a\\{2\\}', 'aaa'), 'aa');
  assert.equal(m('a{2}', 'a{2}'), 'a{2}');
  assert.equal(m('\\(ab\\)*c', 'ababc'), 'ababc');
  assert.equal(m('(ab)+', 'abab', true), 'abab');
  assert.equal(m('a|b', 'a|b'), 'a|b');
  assert.equal(m('a\\|b', 'b'), 'b');
  assert.equal(m('*a', '*a'), '*a');
  assert.equal(m('x^y$z', 'x^y$z'), 'x^y$z');
  assert.equal(m('[]a]*', ']a]'), ']a]');
  assert.equal(m('[^[:space:]]*', 'ab c'), 'ab');
  assert.equal(m('[\\n]', '\\'), '\\');
  assert.equal(m('\\<cat\\>', 'concat cat'), 'cat');
  assert.equal(m('a**', 'aaa', true), 'aaa');
  assert.equal(m('a+?', 'aa', true), 'aa');
  assert.equal(m('\\(a\\)\\1', 'xaa'), 'aa');
  assert.equal(m('.', '\n'), '\n');
});

test('regex errors carry glibc messages; grep forgives what sed rejects', () => {
  const err = (p: string, extended = false, dialect: 'grep' | 'sed' = 'sed'): string => {
    try {
      translate(p, { extended, dialect });
      return '';
    } catch (e) {
      return e instanceof RegexError ? e.message : String(e);
    }
  };
  assert.equal(err('\\('), 'Unmatched ( or \\(');
  assert.equal(err('a)', true), 'Unmatched ) or \\)');
  assert.equal(err('a)', true, 'grep'), '');
  assert.equal(err('*a', true), 'Invalid preceding regular expression');
  assert.equal(err('*a', true, 'grep'), '');
  assert.equal(err('a{1', true), 'Unmatched \\{');
  assert.equal(err('a{1', true, 'grep'), '');
  assert.equal(err('[a'), 'Unmatched [, [^, [:, [., or [=');
  assert.equal(err('[[:nope:]]'), 'Invalid character class name');
  assert.equal(err('[z-a]'), 'Invalid range end');
  assert.equal(err('\\1'), 'Invalid back reference');
  assert.equal(err('a\\'), 'Trailing backslash');
  assert.equal(err('a\\{2,1\\}'), 'Invalid content of \\{\\}');
  assert.equal(err('[:space:]'), 'character class syntax is [[:space:]], not [:space:]');
  assert.deepEqual(translate('+a', { extended: true, dialect: 'grep' }).warnings, ['+ at start of expression']);
});

test('back-references shift with the group offset of earlier grep patterns', () => {
  const t = translate('\\(b\\)\\1', { extended: false, dialect: 'grep' }, 2);
  assert.equal(t.groups, 1);
  assert.ok(new RegExp(`(x)(y)?${t.source}`).test('xbb'));
});

test('longestMatch extends the JavaScript match to the POSIX leftmost-longest one', () => {
  const re = (p: string, extended = true): RegExp => new RegExp(translate(p, { extended, dialect: 'sed' }).source, 'g');
  assert.equal(longestMatch(re('a|ab'), 'xab', 0)?.[0], 'ab');
  assert.equal(longestMatch(re('x*(xy)?'), 'xxy', 0)?.[0], 'xxy');
  assert.equal(longestMatch(re('c|ca|cat'), 'the cat', 0)?.index, 4);
  assert.equal(longestMatch(re('c|ca|cat'), 'the cat', 0)?.[0], 'cat');
  assert.equal(longestMatch(re('b'), 'abc', 2), null);
});
