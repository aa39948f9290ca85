import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKET_OTHERHOST, SkBuff, skbRecycle, skbUnref } from './skbuff.js';

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
