import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLongOpt, type LongOpt } from './getopt.js';

const OPTS: LongOpt<string>[] = [
  { name: 'source', hasArg: 1, id: 's' }, { name: 'src', hasArg: 1, id: 's' }, { name: 'set-counters', hasArg: 1, id: 'c' },
  { name: 'limit', hasArg: 1, id: 'l' }, { name: 'limit-burst', hasArg: 1, id: 'b' }, { name: 'list', hasArg: 2, id: 'L' },
];

test('findLongOpt: an exact name wins over the longer ones it abbreviates', () => {
  assert.equal(findLongOpt(OPTS, 'limit'), OPTS[3]);
  assert.equal(findLongOpt(OPTS, 'src'), OPTS[1]);
});

test('findLongOpt: a prefix of one option, or of synonyms (same has_arg and id), is that option', () => {
  assert.equal(findLongOpt(OPTS, 'limit-b'), OPTS[4]);
  assert.equal(findLongOpt(OPTS, 'sr'), OPTS[1]);
  assert.equal(findLongOpt(OPTS, 'so'), OPTS[0]);
});

test('findLongOpt: a prefix of different options is ambiguous, of none unknown', () => {
  assert.equal(findLongOpt(OPTS, 'lim'), 'ambiguous');
  assert.equal(findLongOpt(OPTS, 's'), 'ambiguous');
  assert.equal(findLongOpt(OPTS, 'li'), 'ambiguous');
  assert.equal(findLongOpt(OPTS, 'x'), null);
});
