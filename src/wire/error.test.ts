import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WireError, assert as wireAssert, isWireError } from './error.js';

test('isWireError narrows exactly the WireError values', () => {
  for (const e of Object.values(WireError)) assert.ok(isWireError(e));
  assert.equal(new Set(Object.values(WireError)).size, Object.values(WireError).length);
  for (const x of ['', 'oops', 0, null, undefined, {}, new Uint8Array(1)]) assert.equal(isWireError(x), false);
});

test('assert throws on a programming mistake', () => {
  assert.throws(() => wireAssert(false, 'boom'), /wire: boom/);
  assert.doesNotThrow(() => wireAssert(1, 'fine'));
});
