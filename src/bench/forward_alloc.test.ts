/**
 * The forward path allocates nothing per packet in steady state (issue 14):
 * 100k echo requests through router r, sent from a ring of recycled skbs
 * into a sink, with r's neighbours REACHABLE throughout. Asserts bytes, not
 * time: V8 heap bytes allocated (the sampling heap profiler, garbage
 * included) and the heap growth once collected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IpStat } from '../net/core/snmp.js';
import { allocatedBytes } from './alloc_sample.js';
import { EchoSource, SINK_SETUP, allReachable, forwardLab, sourceBatches } from './forward_lab.js';

const PACKETS = 100_000;

test('forwarding 100k packets in steady state allocates (almost) nothing and keeps nothing', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const fl = await forwardLab(SINK_SETUP);
  const src = new EchoSource(fl.a, 0x0a090001);
  sourceBatches(fl.lab, src, 10_000); // the ring is full, the code warm
  await fl.confirm();
  const fwd0 = fl.r.mib.ip[IpStat.OUTFORWDATAGRAMS]!;
  const ring = src.allocated;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const bytes = await allocatedBytes(async () => sourceBatches(fl.lab, src, PACKETS));
  gc();
  const grown = process.memoryUsage().heapUsed - heap0;
  assert.equal(fl.r.mib.ip[IpStat.OUTFORWDATAGRAMS]! - fwd0, PACKETS);
  assert.equal(src.allocated, ring, 'every skb came back to the sender');
  assert.ok(allReachable(fl.r), "r's neighbours stayed REACHABLE");
  // before: ~1.3 KB per forwarded packet; now a few timer objects per batch of 1000
  assert.ok(bytes / PACKETS < 16, `${(bytes / PACKETS).toFixed(1)} bytes allocated per forwarded packet`);
  assert.ok(grown < 1_000_000, `the heap grew by ${grown} bytes`);
});
