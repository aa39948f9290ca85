import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addrsInside, lengthCounts, NEXTHOPS, randomAddrs, synthTable } from './synth_table.js';

const mask = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);

test('same seed, same table; another seed, another table', () => {
  const a = synthTable(20_000, 5);
  const b = synthTable(20_000, 5);
  const c = synthTable(20_000, 6);
  assert.deepEqual(a.prefixes, b.prefixes);
  assert.deepEqual(a.lens, b.lens);
  assert.deepEqual(a.nexthops, b.nexthops);
  assert.notDeepEqual(a.prefixes, c.prefixes);
  assert.deepEqual(randomAddrs(100, 1), randomAddrs(100, 1));
  assert.deepEqual(addrsInside(a, 100, 1), addrsInside(b, 100, 1));
});

test('prefixes are masked, unique, unicast, with the requested length shares', () => {
  const n = 200_000;
  const t = synthTable(n, 1);
  const seen = new Set<number>();
  const hist = new Array<number>(33).fill(0);
  for (let i = 0; i < n; i++) {
    const p = t.prefixes[i]!;
    const l = t.lens[i]!;
    assert.equal((p & mask(l)) >>> 0, p);
    const o = p >>> 24;
    assert.ok(o >= 1 && o <= 223 && o !== 10 && o !== 127, `first octet ${o}`);
    const key = p * 64 + l;
    assert.ok(!seen.has(key));
    seen.add(key);
    hist[l]!++;
  }
  assert.deepEqual(hist, [...lengthCounts(n)]);
  const share = (l: number): number => hist[l]! / n;
  assert.ok(Math.abs(share(24) - 0.54) < 0.01);
  assert.ok(Math.abs(share(16) - 0.06) < 0.005);
  assert.ok(Math.abs(share(22) - 0.07) < 0.005);
  let longer = 0;
  for (let l = 25; l <= 32; l++) longer += hist[l]!;
  assert.ok(Math.abs(longer / n - 0.04) < 0.005);
  assert.ok(new Set(t.nexthops).size === NEXTHOPS);
  assert.deepEqual([...t.leaves.subarray(0, 5)], [0, 1, 2, 3, 4]);
});

test('most /24s sit inside a /16../22 aggregate, a few /16s hold many', () => {
  const t = synthTable(200_000, 2);
  const aggregates = new Map<string, number>();
  for (let i = 0; i < t.n; i++) if (t.lens[i]! >= 16 && t.lens[i]! <= 22) aggregates.set(`${t.prefixes[i]}/${t.lens[i]}`, 0);
  let n24 = 0;
  let nested = 0;
  for (let i = 0; i < t.n; i++) {
    if (t.lens[i] !== 24) continue;
    n24++;
    for (let l = 22; l >= 16; l--) {
      const k = `${(t.prefixes[i]! & mask(l)) >>> 0}/${l}`;
      const c = aggregates.get(k);
      if (c !== undefined) {
        aggregates.set(k, c + 1);
        nested++;
        break;
      }
    }
  }
  assert.ok(nested / n24 > 0.7, `nested ${nested}/${n24}`);
  // /24s under each announced /16: a few /16s are deaggregated by the hundred.
  const per16 = new Map<number, number>();
  for (let i = 0; i < t.n; i++) if (t.lens[i] === 16) per16.set(t.prefixes[i]! >>> 16, 0);
  for (let i = 0; i < t.n; i++) {
    const c = per16.get(t.prefixes[i]! >>> 16);
    if (t.lens[i] === 24 && c !== undefined) per16.set(t.prefixes[i]! >>> 16, c + 1);
  }
  assert.ok(Math.max(...per16.values()) >= 100);
});
