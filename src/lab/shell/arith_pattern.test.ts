import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arithEval, ArithError } from './arith.js';
import { matchPattern, removePrefix, removeSuffix, replacePattern, escapeGlob, hasGlobChars } from './pattern.js';
import { braceExpand } from './brace.js';

function vars(init: Record<string, string> = {}): { get(n: string): string | undefined; set(n: string, v: string): void; m: Map<string, string> } {
  const m = new Map(Object.entries(init));
  return { m, get: (n) => m.get(n), set: (n, v) => void m.set(n, v) };
}

const ev = (s: string, v = vars()): string => String(arithEval(s, v));

test('arith: C precedence and operators', () => {
  assert.equal(ev('1+2*3'), '7');
  assert.equal(ev('(1+2)*3'), '9');
  assert.equal(ev('2**3**2'), '512');
  assert.equal(ev('-2**2'), '4');
  assert.equal(ev('7/-2'), '-3');
  assert.equal(ev('-7%3'), '-1');
  assert.equal(ev('1<<40'), '1099511627776');
  assert.equal(ev('~0'), '-1');
  assert.equal(ev('!5'), '0');
  assert.equal(ev('3>2 && 2>3 || 1'), '1');
  assert.equal(ev('5&3|8^1'), '9');
  assert.equal(ev('1 ? 2 : 3'), '2');
  assert.equal(ev('0 ? 2 : 0 ? 3 : 4'), '4');
  assert.equal(ev(''), '0');
});

test('arith: numbers in bases', () => {
  assert.equal(ev('0x1F + 010 + 2#101 + 36#z + 64#_'), String(31 + 8 + 5 + 35 + 63));
  assert.throws(() => ev('08'), ArithError);
});

test('arith: 64-bit wrap-around', () => {
  assert.equal(ev('0x7fffffffffffffff + 1'), '-9223372036854775808');
  assert.equal(ev('2**63'), '-9223372036854775808');
});

test('arith: variables, assignment and increments', () => {
  const v = vars({ x: '5', e: '1+2', z: '' });
  assert.equal(ev('x*2 + e*2 + z + unset', v), '16');
  assert.equal(ev('y = x += 2, y * 2', v), '14');
  assert.equal(v.m.get('x'), '7');
  assert.equal(ev('x++ + ++x', v), '16');
  assert.equal(v.m.get('x'), '9');
  assert.equal(ev('x-- , --x', v), '7');
});

test('arith: short-circuit does not assign', () => {
  const v = vars();
  ev('0 && (a = 1)', v);
  ev('1 || (b = 1)', v);
  ev('1 ? c = 1 : (d = 1)', v);
  assert.deepEqual([...v.m.keys()], ['c']);
});

test('arith: errors carry bash messages', () => {
  assert.throws(() => ev('1+'), { message: '1+: syntax error: operand expected (error token is "+")' });
  assert.throws(() => ev('1/0'), { message: '1/0: division by 0 (error token is "0")' });
  assert.throws(() => ev('2**-1'), /exponent less than 0/);
  assert.throws(() => ev('1 2'), /syntax error in expression/);
});

test('pattern: glob matching', () => {
  assert.ok(matchPattern('a*', 'abc'));
  assert.ok(matchPattern('?b?', 'abc'));
  assert.ok(matchPattern('[a-c]x', 'bx'));
  assert.ok(matchPattern('[!a-c]x', 'dx'));
  assert.ok(!matchPattern('[!a-c]x', 'ax'));
  assert.ok(matchPattern('[[:digit:]]*', '1abc'));
  assert.ok(matchPattern('[]]', ']'));
  assert.ok(matchPattern('a[', 'a['));
  assert.ok(matchPattern(escapeGlob('a*') + '?', 'a*x'));
  assert.ok(!matchPattern(escapeGlob('a*'), 'abc'));
  assert.ok(matchPattern('*.tar.gz', 'x.tar.gz'));
  assert.ok(hasGlobChars('a*') && !hasGlobChars('a\\*'));
});

test('pattern: prefix, suffix, replacement', () => {
  assert.equal(removePrefix('abc.tar.gz', '*.', false), 'tar.gz');
  assert.equal(removePrefix('abc.tar.gz', '*.', true), 'gz');
  assert.equal(removeSuffix('abc.tar.gz', '.*', false), 'abc.tar');
  assert.equal(removeSuffix('abc.tar.gz', '.*', true), 'abc');
  assert.equal(replacePattern('banana', 'a', 'o', '/'), 'bonana');
  assert.equal(replacePattern('banana', 'a', 'o', '//'), 'bonono');
  assert.equal(replacePattern('banana', 'b', 'B', '/#'), 'Banana');
  assert.equal(replacePattern('banana', 'a', 'A', '/%'), 'bananA');
  assert.equal(replacePattern('banana', 'a*', 'X', '/'), 'bX');
  assert.equal(replacePattern('abc', '', 'X', '//'), 'abc');
});

test('brace expansion', () => {
  const raw = (s: string): string[] =>
    braceExpand({ parts: [{ t: 'lit', v: s }], raw: s }).map((w) => w.parts.map((p) => (p.t === 'lit' ? p.v : '?')).join(''));
  assert.deepEqual(raw('a{b,c}d'), ['abd', 'acd']);
  assert.deepEqual(raw('{1..3}'), ['1', '2', '3']);
  assert.deepEqual(raw('{3..1}'), ['3', '2', '1']);
  assert.deepEqual(raw('{01..10..3}'), ['01', '04', '07', '10']);
  assert.deepEqual(raw('{a..c}'), ['a', 'b', 'c']);
  assert.deepEqual(raw('{a,b}{1,2}'), ['a1', 'a2', 'b1', 'b2']);
  assert.deepEqual(raw('x{a,{b,c}}'), ['xa', 'xb', 'xc']);
  assert.deepEqual(raw('{a}'), ['{a}']);
  assert.deepEqual(raw('{}'), ['{}']);
});
