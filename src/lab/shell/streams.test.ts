/**
 * ShellIn: a command's stdin. Reading an endless input whole (`tail -c 4 <
 * /dev/urandom`, `sort < /dev/zero`) fails as xmalloc does once it outgrows
 * the lab's string limit, rather than filling node's heap until V8 aborts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AllocError, MAX_STRING } from './limits.js';
import { ShellIn } from './streams.js';

test('readAll of an endless input is an AllocError past the string limit', async () => {
  const chunk = 'x'.repeat(1 << 20);
  let reads = 0;
  const endless = new ShellIn({ read: () => (reads++, Promise.resolve(chunk)), readAll: () => Promise.reject(new Error('unused')) });
  await assert.rejects(endless.readAll(), (e: unknown) => e instanceof AllocError);
  assert.equal(reads, Math.floor(MAX_STRING / chunk.length) + 1);
});

test('readAll of a finite input is all of it', async () => {
  const parts = ['a', 'b\n', 'c'];
  const finite = new ShellIn({ read: () => Promise.resolve(parts.shift() ?? null), readAll: () => Promise.reject(new Error('unused')) });
  assert.equal(await finite.readAll(), 'ab\nc');
});
