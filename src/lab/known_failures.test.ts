import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type FileOutcome, checkKnownFailures, parseKnownFailures } from './known_failures.js';

const LIST = ['# ratchet', '', 'a.t:2  neighbour GC missing', '  a.t:4\tno traceroute yet  ', 'b.t:*  no bridge', 'gone.t:1  file not run'].join('\n');

/** A file whose commands 1..n pass except the listed ones. */
function outcome(name: string, n: number, failing: number[]): FileOutcome {
  return { name, commands: Array.from({ length: n }, (_, i) => ({ index: i + 1, passed: !failing.includes(i + 1) })) };
}

test('parse: entries, comments, blank lines, whitespace', () => {
  const l = parseKnownFailures(LIST, 'kf.txt');
  assert.deepEqual(l.errors, []);
  assert.deepEqual(l.entries, [
    { file: 'a.t', index: 2, reason: 'neighbour GC missing', line: 3 },
    { file: 'a.t', index: 4, reason: 'no traceroute yet', line: 4 },
    { file: 'b.t', index: '*', reason: 'no bridge', line: 5 },
    { file: 'gone.t', index: 1, reason: 'file not run', line: 6 },
  ]);
});

test('parse: malformed lines, index 0, missing reason and duplicates are errors', () => {
  const l = parseKnownFailures('a.t:x  bad\na.t:0  zero\na.t:3\nnot-a-transcript:1  r\na.t:3  ok\na.t:3  again\n', 'kf');
  assert.equal(l.entries.length, 1);
  assert.equal(l.errors.length, 5);
  assert.match(l.errors[0] as string, /^kf:1: expected/);
  assert.match(l.errors[4] as string, /^kf:6: a\.t:3 is already listed on line 5$/);
});

test('ratchet: listed failures are known, the run is clean', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 5, [2, 4]), outcome('b.t', 3, [1, 3])]);
  assert.deepEqual(r.problems, []);
  assert.equal(r.known, 4);
  assert.ok(r.isKnown('a.t', 2));
  assert.ok(!r.isKnown('a.t', 3));
  assert.ok(r.isKnown('b.t', 99));
});

test('ratchet: an unlisted failure is a problem', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [
    { name: 'a.t', commands: [{ index: 1, passed: false, text: 'ip route' }, { index: 2, passed: false }, { index: 3, passed: true }, { index: 4, passed: false }] },
  ]);
  assert.deepEqual(r.problems, ['a.t:1 fails and is not listed in kf: ip route']);
  assert.equal(r.known, 2);
});

test('ratchet: a listed command that passes is a problem', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 5, [4])]);
  assert.deepEqual(r.problems, ['a.t:2 passes now: remove it from kf (line 3)']);
});

test('ratchet: an entry naming no command of a file that ran is stale', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 3, [2])]);
  assert.deepEqual(r.problems, ['a.t:4 is a stale entry (kf line 4): a.t has 3 commands']);
});

test('ratchet: a whole-file entry allows failures, but not a fully passing file', () => {
  const list = parseKnownFailures(LIST, 'kf');
  assert.deepEqual(checkKnownFailures(list, [outcome('b.t', 4, [2])]).problems, []);
  assert.deepEqual(checkKnownFailures(list, [outcome('b.t', 4, [])]).problems, ['b.t:* passes now, every command of it: remove it from kf (line 5)']);
});

test('ratchet: files that did not run are not judged; list errors are problems', () => {
  assert.deepEqual(checkKnownFailures(parseKnownFailures(LIST, 'kf'), []).problems, []);
  const r = checkKnownFailures(parseKnownFailures('oops\n', 'kf'), [outcome('c.t', 1, [])]);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0] as string, /^kf:1: expected/);
});
