import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addParamToArgv } from './ipt_save.js';
import { dropWaitArgs } from './ipt_restore.js';

test('addParamToArgv: blanks split, double quotes group with backslash escapes, a closing quote ends the word, single quotes are plain', () => {
  assert.deepEqual(addParamToArgv('  -A INPUT\t-j LOG --log-prefix "a b" '), ['-A', 'INPUT', '-j', 'LOG', '--log-prefix', 'a b']);
  assert.deepEqual(addParamToArgv('--comment "it\\"s" x\\y'), ['--comment', 'it"s', 'x\\y']);
  assert.deepEqual(addParamToArgv('a"b c"d'), ['ab c', 'd']);
  assert.deepEqual(addParamToArgv('--comment "" -j'), ['--comment', '', '-j']);
  assert.deepEqual(addParamToArgv("--comment 'a b'"), ['--comment', "'a", "b'"]);
});

test('dropWaitArgs: -w/-W take the next word unless it starts with - or !; -T/-M keep theirs', () => {
  assert.deepEqual(dropWaitArgs(['-w', '5', 'f']), ['-w', 'f']);
  assert.deepEqual(dropWaitArgs(['-w', 'f']), ['-w']);
  assert.deepEqual(dropWaitArgs(['-nw', 'f', '-c']), ['-nw', '-c']);
  assert.deepEqual(dropWaitArgs(['-w5', 'f']), ['-w5', 'f']);
  assert.deepEqual(dropWaitArgs(['--wait', '!x']), ['--wait', '!x']);
  assert.deepEqual(dropWaitArgs(['--wait=3', 'f']), ['--wait=3', 'f']);
  assert.deepEqual(dropWaitArgs(['-T', 'w', '-W', '1', 'f']), ['-T', 'w', '-W', 'f']);
  assert.deepEqual(dropWaitArgs(['--tab', 'nat', '--wait-i', '9']), ['--tab', 'nat', '--wait-i']);
  assert.deepEqual(dropWaitArgs(['--', '-w', '5']), ['--', '-w', '5']);
});
