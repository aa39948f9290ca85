import { test } from 'node:test';
import assert from 'node:assert/strict';
// x_tables first: it and the extensions import each other, and its tables need them initialised.
import './x_tables.js';
import { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import { iphEmit } from '../../wire/ipv4.js';
import { hashlimitMatch, XT_HASHLIMIT_HASH_SIP } from './xt_hashlimit.js';
import type { XtActionParam, XtCheckParam } from './x_tables.js';

/** An ICMP header-only packet from `saddr`, its network header at 0. */
function packet(saddr: number): SkBuff {
  const skb = SkBuff.fromBytes(new Uint8Array(28), 0);
  skb.networkHeader = 0;
  iphEmit(skb.buf, 0, 0, 28, 0, 0, 64, 1, saddr, 0x0a000002);
  return skb;
}

test('hashlimit: a burst of 3 at 1/sec, then one credit per 250 jiffies (not 249), per source', () => {
  const net = { sched: { now: 0 }, nf: { hashlimit: null } } as unknown as Net;
  // 1/sec: avg = XT_HASHLIMIT_SCALE_v2 / 1; burst 3; expire 1000 ms.
  const info = { mode: XT_HASHLIMIT_HASH_SIP, avg: 1_000_000, burst: 3, size: 0, max: 0, gcInterval: 1000, expire: 1000, srcmask: 32, dstmask: 32, interval: 0, name: 't' };
  hashlimitMatch.check!(info, { net, table: 'filter', hookMask: 2, proto: 1, invProto: false } as XtCheckParam);
  const run = (saddr: number): boolean => {
    const par = { state: { net }, thoff: 20, fragoff: 0, hotdrop: false, priv: undefined } as unknown as XtActionParam;
    return hashlimitMatch.match(packet(saddr), par, info);
  };
  const a = 0x0a000001;
  assert.deepEqual([run(a), run(a), run(a), run(a)], [true, true, true, false], 'the burst, then over');
  assert.equal(run(0x0a00000b), true, 'another source has its own bucket');
  (net.sched as { now: number }).now = 249 * 4_000_000;
  assert.equal(run(a), false, '249 jiffies are not quite one second of credit');
  (net.sched as { now: number }).now = 250 * 4_000_000;
  assert.equal(run(a), true, 'a refused packet costs nothing: 249 + 1 jiffies of credit pay for one');
  assert.equal(run(a), false, 'and that was all');
  hashlimitMatch.destroy!(info, net);
});
