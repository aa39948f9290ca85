import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKET_OTHERHOST, SkBuff, allocSkbTruesize, skbRecycle, skbUnref } from './skbuff.js';

test('skbRecycle: a freed skb is as new as a fresh one with its headroom, buffer kept', () => {
  const skb = new SkBuff(100, 32);
  const buf = skb.buf;
  // every field away from its fresh value
  for (const key of Object.keys(skb) as (keyof SkBuff)[]) {
    const v: unknown = skb[key];
    const w = skb as unknown as Record<string, unknown>;
    if (typeof v === 'number') w[key] = v + 7;
    else if (typeof v === 'boolean') w[key] = !v;
    else if (v === null) w[key] = {};
  }
  skb.pktType = PACKET_OTHERHOST;
  skb.users = 1;
  assert.throws(() => skbRecycle(skb, 32), /still in use/);
  assert.equal(skbUnref(skb), true);
  skbRecycle(skb, 32);
  const fresh = new SkBuff(100, 32);
  assert.equal(skb.buf, buf);
  assert.deepEqual({ ...skb, buf: null, truesize: 0 }, { ...fresh, buf: null, truesize: 0 });
});

test('allocSkbTruesize: a small head costs the skb_small_head_cache object, a bigger one its kmalloc bucket', () => {
  // 68 bytes (a 9-byte UDP datagram with veth's headroom) and 256: the 576-byte small-head object.
  assert.equal(allocSkbTruesize(68), 832);
  assert.equal(allocSkbTruesize(256), 832);
  // 257 bytes: 320 + 320 = 640 > 576, kmalloc-1024.
  assert.equal(allocSkbTruesize(257), 1024 - 320 + 576);
  // A 1000-byte datagram (1059 bytes): 1088 + 320 in kmalloc-2048, as Linux charges it (2304).
  assert.equal(allocSkbTruesize(1059), 2304);
  // Past kmalloc-8192: whole pages in powers of two.
  assert.equal(allocSkbTruesize(9000), 16384 - 320 + 576);
});
