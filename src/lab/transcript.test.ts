import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Command,
  actualLines,
  commandScript,
  commandsOf,
  diffLines,
  expectedStatus,
  lineMatch,
  parseTranscript,
  pythonRegExp,
  renderTranscript,
  sideOf,
  unifiedDiff,
} from './transcript.js';

const SAMPLE = [
  'Prose first.',
  '  $ echo a',
  '  a',
  '  $ for i in 1 2; do',
  '  >   echo $i',
  '  > done',
  '  1',
  '  2',
  '',
  'More prose.',
  '  $ false',
  '  [1]',
  '  $ true',
  '',
].join('\n');

test('parse: prose, commands, continuations, [N], blank prose lines', () => {
  const items = parseTranscript(SAMPLE);
  assert.deepEqual(
    items.map((it) => (it.kind === 'prose' ? `P${it.line}:${it.text}` : `C${it.index}@${it.line}:${it.lines.join('|')}=>${it.expected.join('|')}`)),
    ['P1:Prose first.', 'C1@2:echo a=>a', 'C2@4:for i in 1 2; do|  echo $i|done=>1|2', 'P9:', 'P10:More prose.', 'C3@11:false=>[1]', 'C4@13:true=>'],
  );
  const cmds = commandsOf(items);
  assert.equal(commandScript(cmds[1] as Command), 'for i in 1 2; do\n  echo $i\ndone');
  assert.deepEqual(cmds.map(expectedStatus), [0, 0, 1, 0]);
});

test('parse: kt rules for edge lines', () => {
  // only one trailing empty line is the file's final newline
  assert.deepEqual(parseTranscript('x\n\n').map((it) => it.kind === 'prose' && it.text), ['x', '']);
  // an indented line before any command is prose; "  " is an empty expected line
  const items = parseTranscript('  lonely\n  $ echo\n  \n  > not a continuation\n   $ three spaces\n $ one space\n');
  assert.equal(items[0]?.kind, 'prose');
  const cmd = items[1] as Command;
  assert.deepEqual(cmd.expected, ['', '> not a continuation', ' $ three spaces']);
  assert.deepEqual(items[2], { kind: 'prose', text: ' $ one space', line: 6 });
  // "  $" without a space is output, not a command
  assert.deepEqual((parseTranscript('  $ a\n  $\n')[0] as Command).expected, ['$']);
});

test('actualLines: newline, no-eol, kt drops one trailing empty line, status', () => {
  assert.deepEqual(actualLines('', 0), []);
  assert.deepEqual(actualLines('a\n', 0), ['a']);
  assert.deepEqual(actualLines('a\nb', 0), ['a', 'b (no-eol)']);
  assert.deepEqual(actualLines('\n', 0), []);
  assert.deepEqual(actualLines('a\n\n', 0), ['a']);
  assert.deepEqual(actualLines('a\n\n\n', 0), ['a', '']);
  assert.deepEqual(actualLines('a\r\nb\rc\n', 2), ['a', 'b', 'c', '[2]']);
  assert.deepEqual(actualLines('', 127), ['[127]']);
});

test('lineMatch: exact and glob', () => {
  assert.ok(lineMatch('abc', 'abc'));
  assert.ok(!lineMatch('abc', 'abd'));
  assert.ok(lineMatch('time=* ms (glob)', 'time=0.041 ms'));
  assert.ok(lineMatch('time=* ms (glob)', 'time= ms'));
  assert.ok(!lineMatch('time=* ms (glob)', 'time=0.041 ms!'));
  assert.ok(lineMatch('a?c (glob)', 'abc'));
  assert.ok(!lineMatch('a?c (glob)', 'ac'));
  // \ escapes the next character; regex metacharacters are literal
  assert.ok(lineMatch('a\\*c (glob)', 'a*c'));
  assert.ok(!lineMatch('a\\*c (glob)', 'abc'));
  assert.ok(lineMatch('a\\?c (glob)', 'a?c'));
  assert.ok(!lineMatch('a\\?c (glob)', 'abc'));
  assert.ok(lineMatch('a\\\\* (glob)', 'a\\xyz'));
  assert.ok(lineMatch('1.2.3.[4] (glob)', '1.2.3.[4]'));
  assert.ok(!lineMatch('1.2.3.4 (glob)', '1x2x3x4'));
  assert.ok(lineMatch('(x)+{2}|^$ (glob)', '(x)+{2}|^$'));
  // a final backslash is a literal backslash (kt: only escapes when followed by a character)
  assert.ok(lineMatch('end\\ (glob)', 'end\\'));
  // the pattern must be followed by exactly " (glob)"
  assert.ok(!lineMatch('a*(glob)', 'abc'));
  // pattern text itself matches (a re-rendered transcript)
  assert.ok(lineMatch('x* (glob)', 'x* (glob)'));
});

test('lineMatch: Python regular expressions, full match', () => {
  assert.ok(lineMatch('v[0-9]+ (re)', 'v12'));
  assert.ok(!lineMatch('v[0-9]+ (re)', 'v12x'), 'full match, not search');
  assert.ok(!lineMatch('v[0-9]+ (re)', 'xv12'));
  assert.ok(lineMatch('^v\\d+$ (re)', 'v7'));
  assert.ok(lineMatch('a|b (re)', 'b'), 'alternation is inside the anchors');
  assert.ok(!lineMatch('a|b (re)', 'ab'));
  assert.ok(lineMatch('\\Afoo\\Z (re)', 'foo'));
  assert.ok(lineMatch('(?P<n>ab)-(?P=n) (re)', 'ab-ab'));
  assert.ok(!lineMatch('(?P<n>ab)-(?P=n) (re)', 'ab-ba'));
  assert.ok(lineMatch('(?i)HELLO (re)', 'hello'));
  assert.ok(lineMatch('[]a]+ (re)', ']a]'), '] first in a class is literal');
  assert.ok(lineMatch('[^]]+ (re)', 'abc'));
  assert.ok(lineMatch('a\\-b\\ c (re)', 'a-b c'), 'Python identity escapes');
  assert.ok(lineMatch('x{2} (re)', 'xx'));
  // invalid patterns never match (kt: re.error → False)
  assert.ok(!lineMatch('(unclosed (re)', '(unclosed'));
  assert.ok(!lineMatch('[abc (re)', 'a'));
  assert.equal(pythonRegExp('trailing\\'), null);
  assert.equal(pythonRegExp('(?x) a b'), null);
});

test('diffLines: LCS under lineMatch; kept lines carry the expected text', () => {
  const ops = diffLines(['a', 't=* (glob)', 'c', 'd'], ['a', 't=5', 'x', 'd', 'e']);
  assert.deepEqual(ops.map((o) => o.tag + o.text), [' a', ' t=* (glob)', '-c', '+x', ' d', '+e']);
  assert.deepEqual(sideOf(ops, '-'), ['a', 't=* (glob)', 'c', 'd']);
  assert.deepEqual(sideOf(ops, '+'), ['a', 't=* (glob)', 'x', 'd', 'e']);
  assert.deepEqual(diffLines([], []), []);
  assert.deepEqual(diffLines(['a'], []).map((o) => o.tag + o.text), ['-a']);
  // the longest alignment wins over the first one
  assert.deepEqual(diffLines(['x', 'a', 'b'], ['a', 'b', 'x']).map((o) => o.tag + o.text), ['-x', ' a', ' b', '+x']);
});

test('unifiedDiff: difflib hunk ranges, context, merging', () => {
  const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16'];
  const b = [...a];
  b[1] = 'two';
  b[14] = 'fifteen';
  assert.equal(
    unifiedDiff(diffLines(a, b), 'a/f.t', 'b/f.t.err'),
    ['--- a/f.t', '+++ b/f.t.err', '@@ -1,5 +1,5 @@', ' 1', '-2', '+two', ' 3', ' 4', ' 5',
      '@@ -12,5 +12,5 @@', ' 12', ' 13', ' 14', '-15', '+fifteen', ' 16', ''].join('\n'),
  );
  // changes 6 equal lines apart (2*context) share a hunk
  const c = [...a];
  c[1] = 'two';
  c[8] = 'nine';
  assert.match(unifiedDiff(diffLines(a, c), 'x', 'y'), /^--- x\n\+\+\+ y\n@@ -1,12 \+1,12 @@\n/);
  // a pure insertion into an empty side; ranges of length 1 and 0
  assert.equal(unifiedDiff(diffLines([], ['n']), 'x', 'y'), '--- x\n+++ y\n@@ -0,0 +1 @@\n+n\n');
  assert.equal(unifiedDiff(diffLines(['a', 'b'], ['a']), 'x', 'y'), '--- x\n+++ y\n@@ -1,2 +1 @@\n a\n-b\n');
  assert.equal(unifiedDiff(diffLines(a, a), 'x', 'y'), '');
});

test('renderTranscript: actual lines in place, patterns kept when they match', () => {
  const items = parseTranscript('P\n  $ ping\n  time=* ms (glob)\n  done\n  $ cat\n  > x\n');
  const outputs = new Map([[1, ['time=0.1 ms', 'done']], [2, ['new', '[1]']]]);
  const text = renderTranscript(items, (cmd) => diffLines(cmd.expected, outputs.get(cmd.index) ?? []));
  assert.equal(text, 'P\n  $ ping\n  time=* ms (glob)\n  done\n  $ cat\n  > x\n  new\n  [1]\n');
});

/** The recorded transcripts: the Linux ones and the project's own. */
function fixtures(): string[] {
  const dirs = ['../../test/conformance/linux/', '../../test/conformance/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.t')).sort().map((f) => d + f));
}

test('round trip: every fixture rendered with its own expected output is itself, byte for byte', () => {
  const files = fixtures();
  assert.ok(files.length > 0, 'no fixtures found');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const items = parseTranscript(text);
    const rendered = renderTranscript(items, (cmd) => diffLines(cmd.expected, cmd.expected));
    assert.equal(rendered, text, file);
  }
});
