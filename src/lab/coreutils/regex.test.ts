import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type RegexSyntax, compileGrep, compileRegex } from './regex.js';
import { runTool } from './testkit.testutil.js';
import fc from 'fast-check';

const ere: RegexSyntax = { extended: true, dialect: 'sed' };
const bre: RegexSyntax = { extended: false, dialect: 'sed' };

// Backtracking takes 2^n steps on these; the Pike VM at most text × program.
const PATHOLOGICAL: [string, boolean, string][] = [
  ['^(a+)+$', true, 'a'.repeat(40) + 'b'],
  ['(a|aa)+$', true, 'a'.repeat(40) + 'b'],
  ['^(a|a?)+$', true, 'a'.repeat(40) + 'b'],
  ['(x+x+)+y', true, 'x'.repeat(40)],
  ['^\\(a*\\)*$', false, 'a'.repeat(40) + 'b'],
  ['(.*a){12}', true, 'a'.repeat(40)],
];

test('pathological patterns run in linear steps (no backtracking blow-up)', () => {
  for (const [p, extended, text] of PATHOLOGICAL) {
    const re = compileRegex(p, extended ? ere : bre, { fastPath: false });
    re.test(text);
    re.exec(text, 0);
    const bound = 2 * (text.length + 1) * re.size;
    assert.ok(re.steps > 0 && re.steps <= bound, `${p}: ${re.steps} steps (bound ${bound})`);
  }
});

test('grep, sed and [[ =~ ]] complete on the catastrophic case of issue 13', async () => {
  const line = 'a'.repeat(29) + 'b\n';
  const grep = await runTool(['grep', '-E', '^(a+)+$'], { stdin: line });
  assert.deepEqual([grep.stdout, grep.status], ['', 1]);
  const sed = await runTool(['sed', '-E', 's/^(a|aa)+$/X/'], { stdin: line });
  assert.equal(sed.stdout, line);
});

test('POSIX leftmost-longest overall, submatches on the first path to that end (glibc)', () => {
  const m = (p: string, s: string, syn = ere): (string | undefined)[] | null => {
    const r = compileRegex(p, syn).exec(s, 0);
    return r ? [...r] : null;
  };
  assert.deepEqual(m('a|ab', 'xab'), ['ab']);
  assert.deepEqual(m('c|ca|cat', 'the cat'), ['cat']);
  assert.deepEqual(m('(a|ab)(c|bcd)(d*)', 'abcd'), ['abcd', 'a', 'bcd', '']);
  assert.deepEqual(m('\\(x*\\)*', 'xyz', bre), ['x', 'x']);
  assert.deepEqual(m('(a)|b', 'b'), ['b', undefined]);
  assert.deepEqual(m('abcd|c', 'abcd'), ['abcd']);
  assert.equal(compileRegex('b', ere).exec('abc', 2), null);
  assert.equal(compileRegex('^b', ere).exec('ab', 1), null);
});

test('assertions, case folding and multiline mode', () => {
  assert.equal(compileRegex('\\<cat\\>', bre).exec('concat cat', 0)?.index, 7);
  assert.equal(compileRegex('\\bx\\B', bre).exec('a xy', 0)?.index, 2);
  assert.equal(compileRegex('[a-c]+', ere, { ignoreCase: true }).exec('xAbC', 0)?.[0], 'AbC');
  assert.equal(compileRegex('[^a]', ere, { ignoreCase: true }).test('A'), false);
  assert.equal(compileRegex('^b$', ere, { multiline: true }).exec('a\nb\nc', 0)?.index, 2);
  assert.equal(compileRegex('^b$', ere).test('a\nb\nc'), false);
  assert.equal(compileRegex('a.b', ere, { multiline: true }).test('a\nb'), true);
  assert.equal(compileRegex('a.b', { ...ere, multiline: true }, { multiline: true }).test('a\nb'), false);
  assert.equal(compileRegex("\\`a\\'", bre).test('a'), true);
});

test('grep patterns: one alternation with own groups, -x and -w around each; back-references backtrack', () => {
  const g = (pats: string[], o: Partial<{ line: boolean; word: boolean; fixed: boolean }>, s: string): boolean =>
    compileGrep(pats, { extended: false, dialect: 'grep', fixed: false, line: false, word: false, ...o }, {}).test(s);
  assert.equal(g(['a', 'b'], { line: true }, 'b'), true);
  assert.equal(g(['a', 'b'], { line: true }, 'ab'), false);
  assert.equal(g(['foo'], { word: true }, 'a foo.'), true);
  assert.equal(g(['foo'], { word: true }, 'foobar'), false);
  assert.equal(g(['a.c'], { fixed: true }, 'abc'), false);
  assert.equal(g(['x', '\\(b\\)\\1'], {}, 'abb'), true);
  const br = compileRegex('\\(a*\\)b\\1', bre);
  assert.deepEqual([...br.exec('xaabaa', 0)!], ['aabaa', 'aa']);
});

test('literal fast paths: taken for literal and literal-bearing patterns, and they answer as the Pike VM alone', () => {
  assert.equal(compileRegex('timeout', ere).path, 'literal');
  assert.equal(compileRegex('error.*timeout', ere).path, 'prefilter');
  assert.equal(compileRegex('^eth[0-9]+$', ere).path, 'prefilter');
  assert.equal(compileRegex('(foo)', ere).path, 'prefilter');
  assert.equal(compileRegex('a|b', ere).path, 'vm');
  assert.equal(compileRegex('x', ere, { ignoreCase: true }).path, 'vm');
  assert.equal(compileRegex('\\(a\\)\\1', bre).path, 'backtrack');
  const atom = fc.oneof(fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '^', '$', 'ab', 'abc'), fc.constant('(a|bc)'));
  const piece = fc.tuple(atom, fc.constantFrom('', '', '*', '+', '?', '{2}', '{1,2}')).map(([a, q]) => (a === '^' || a === '$' ? a : a + q));
  const pattern = fc.array(fc.oneof(piece, fc.constant('|')), { minLength: 1, maxLength: 6 }).map((p) => p.join('')).filter((p) => !/^\||\|$|\|\|/.test(p));
  const text = fc.stringMatching(/^[abc\n]{0,12}$/);
  fc.assert(
    fc.property(pattern, text, fc.nat(12), (p, t, from) => {
      const fast = compileRegex(p, ere);
      const vm = compileRegex(p, ere, { fastPath: false });
      assert.equal(fast.test(t), vm.test(t), `${p} on ${JSON.stringify(t)}`);
      const f = Math.min(from, t.length);
      assert.deepEqual(fast.exec(t, f), vm.exec(t, f), `${p} on ${JSON.stringify(t)} from ${f}`);
    }),
    { numRuns: 3000 },
  );
});
