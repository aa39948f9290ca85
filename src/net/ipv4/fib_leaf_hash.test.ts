import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FibLeafHash, type FibLeaf } from './fib_leaf_hash.js';
import type { FibAlias } from './fib_trie.js';

/** A leaf of one alias, or of several, for key `dst` (only dst is read). */
function leafOf(dst: number, many: boolean): FibLeaf {
  const fa = { dst: dst >>> 0 } as FibAlias;
  return many ? [fa, { dst: dst >>> 0 } as FibAlias] : fa;
}

// Keys from a small pool (many collide on their home slot and form long
// probe runs), so deletions must shift runs back right.
const opArb = fc.tuple(fc.constantFrom('set', 'set', 'delete', 'get'), fc.integer({ min: 0, max: 63 }), fc.boolean());

test('sets, deletes and gets answer like a Map at every step, through growth and shrinking', () => {
  fc.assert(
    fc.property(fc.array(opArb, { maxLength: 400 }), fc.constantFrom(0, 0x10000, 0xc0a80000), (ops, base) => {
      const h = new FibLeafHash();
      const ref = new Map<number, FibLeaf>();
      for (const [op, k, many] of ops) {
        const key = (base + k * 0x100) | 0;
        if (op === 'set') {
          const leaf = leafOf(key, many);
          h.set(leaf);
          ref.set(key, leaf);
        } else if (op === 'delete') {
          assert.equal(h.delete(key), ref.delete(key));
        }
        assert.equal(h.get(key), ref.get(key));
        assert.equal(h.size, ref.size);
      }
      for (const [key, leaf] of ref) assert.equal(h.get(key), leaf);
      assert.deepEqual(h.keys().sort((a, b) => a - b), [...ref.keys()].sort((a, b) => a - b));
      assert.equal([...h.values()].length, ref.size);
    }),
    { numRuns: 300 },
  );
});

test('a key whose bits are all set (0xffffffff) and key 0 are keys like any other', () => {
  const h = new FibLeafHash();
  const a = leafOf(0, false);
  const b = leafOf(-1, true);
  h.set(a);
  h.set(b);
  assert.equal(h.get(0), a);
  assert.equal(h.get(0xffffffff), b);
  assert.equal(h.delete(0), true);
  assert.equal(h.get(0), undefined);
  assert.equal(h.get(-1), b);
});
