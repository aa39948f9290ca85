import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type FileOutcome, checkKnownFailures, parseKnownFailures } from './known_failures.js';

const LIST = [
  '# ratchet',
  '',
  'a.t:2  $ cmd 2  # neighbour GC missing',
  '  a.t:4\t$ echo "a  # b"  # no traceroute yet  ',
  'gone.t:1  $ cmd 1  # file not run',
].join('\n');

/** A file whose commands 1..n (text `cmd N`) pass except the listed ones. */
function outcome(name: string, n: number, failing: number[], text = (i: number): string => `cmd ${i}`): FileOutcome {
  return { name, commands: Array.from({ length: n }, (_, i) => ({ index: i + 1, text: text(i + 1), passed: !failing.includes(i + 1) })) };
}

const A = (i: number): string => (i === 4 ? 'echo "a  # b"' : `cmd ${i}`);

test('parse: entries with their command text, comments, blank lines, whitespace', () => {
  const l = parseKnownFailures(LIST, 'kf.txt');
  assert.deepEqual(l.errors, []);
  assert.deepEqual(l.entries, [
    { file: 'a.t', index: 2, command: 'cmd 2', reason: 'neighbour GC missing', line: 3 },
    { file: 'a.t', index: 4, command: 'echo "a  # b"', reason: 'no traceroute yet', line: 4 },
    { file: 'gone.t', index: 1, command: 'cmd 1', reason: 'file not run', line: 5 },
  ]);
});

test('parse: malformed lines, index 0, missing command or reason, wildcards and duplicates are errors', () => {
  const text = 'a.t:x  $ c  # bad\na.t:0  $ c  # zero\na.t:3  $ c\na.t:3  reason only\nb.t:*  no bridge\na.t:3  $ c  # ok\na.t:3  $ c  # again\n';
  const l = parseKnownFailures(text, 'kf');
  assert.equal(l.entries.length, 1);
  assert.equal(l.errors.length, 6);
  assert.match(l.errors[0]!, /^kf:1: expected "FILE\.t:N {2}\$ COMMAND {2}# reason"/);
  assert.match(l.errors[4]!, /^kf:5: .*wildcards are not allowed/);
  assert.match(l.errors[5]!, /^kf:7: a\.t:3 is already listed on line 6$/);
});

test('ratchet: listed failures are known, the run is clean', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 5, [2, 4], A)]);
  assert.deepEqual(r.problems, []);
  assert.equal(r.known, 2);
  assert.ok(r.isKnown('a.t', 2));
  assert.ok(!r.isKnown('a.t', 3));
});

test('ratchet: an unlisted failure is a problem', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 4, [1, 2, 4], A)]);
  assert.deepEqual(r.problems, ['a.t:1 fails and is not listed in kf: $ cmd 1']);
  assert.equal(r.known, 2);
});

test('ratchet: a listed command that passes is a problem', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 5, [4], A)]);
  assert.deepEqual(r.problems, ['a.t:2 passes now: remove it from kf (line 3)']);
});

test('ratchet: an entry naming another command (renumbered or misspelled) is a problem', () => {
  // a command inserted before: the failing commands are now 3 and 5
  const shifted = outcome('a.t', 6, [3, 5], (i) => (i === 5 ? 'echo "a  # b"' : i === 3 ? 'cmd 2' : `new ${i}`));
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [shifted]);
  assert.deepEqual(r.problems, [
    'a.t:2 is listed as `$ cmd 2` (kf line 3) but command 2 of a.t is `$ new 2`',
    'a.t:3 fails and is not listed in kf: $ cmd 2',
    'a.t:4 is listed as `$ echo "a  # b"` (kf line 4) but command 4 of a.t is `$ new 4`',
    'a.t:5 fails and is not listed in kf: $ echo "a  # b"',
  ]);
  assert.equal(r.known, 0);
});

test('ratchet: a listed command that crashed fails the run anyway', () => {
  const o = outcome('a.t', 4, [2, 4], A);
  const crashed: FileOutcome = { name: 'a.t', commands: o.commands.map((c) => (c.index === 2 ? { ...c, crashed: true } : c)) };
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [crashed]);
  assert.deepEqual(r.problems, ['a.t:2 crashed (a JavaScript exception or stack trace): a known failure must fail cleanly (kf line 3)']);
});

test('ratchet: an entry naming no command of a file that ran is stale', () => {
  const r = checkKnownFailures(parseKnownFailures(LIST, 'kf'), [outcome('a.t', 3, [2])]);
  assert.deepEqual(r.problems, ['a.t:4 is a stale entry (kf line 4): a.t has 3 commands']);
});

test('ratchet: files that did not run are not judged; list errors are problems', () => {
  assert.deepEqual(checkKnownFailures(parseKnownFailures(LIST, 'kf'), []).problems, []);
  const r = checkKnownFailures(parseKnownFailures('oops\n', 'kf'), [outcome('c.t', 1, [])]);
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0]!, /^kf:1: expected/);
});
