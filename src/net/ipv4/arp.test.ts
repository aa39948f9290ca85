import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MS, SEC, addAddr, advance, ip, ip4, mac, sendEcho, twoNamespaces, up } from './arp.testutil.js';
import { arpTbl } from './arp.js';
import { devAddPack, devRemovePack } from '../core/dev_rx.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';
import { PACKET_OUTGOING, type SkBuff } from '../core/skbuff.js';
import { DevconfIdx } from './devconf.js';
import { inetDelIfa } from './devinet.js';
import { NeighVar } from '../core/neigh_parms.js';
import { neighLookupNoref } from '../core/neighbour.js';
import { devChangeFlags, devSetMacAddress } from '../core/dev.js';
import { IFF_NOARP, IFF_UP } from '../core/netdevice.js';

test('unresolved next hop: broadcast request, reply makes it REACHABLE and the queued packet goes', async () => {
  const L = twoNamespaces();
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  const seen = L.frames.map((f) => `${f.dev} ${f.dst} ${f.what}`);
  assert.deepEqual(seen, [
    'b0 ff:ff:ff:ff:ff:ff who-has 10.0.0.2 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
    'a0 02:00:00:00:0a:01 reply 10.0.0.2 is-at 02:00:00:00:0b:01 to 10.0.0.1 02:00:00:00:0a:01',
    'b0 02:00:00:00:0b:01 ip 10.0.0.1 > 10.0.0.2 proto 1',
    'a0 02:00:00:00:0a:01 ip 10.0.0.2 > 10.0.0.1 proto 1',
  ]);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE \n');
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 DELAY \n');
  assert.equal(await ip(L.lab, 'ip -n a -s neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used 0/0/0probes 4 REACHABLE \n');
  assert.equal(await ip(L.lab, 'ip -n b -s neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01  ref 1 used 0/60/0probes 0 DELAY \n');
  L.close();
});

test('DELAY becomes PROBE after delay_first_probe_time: a unicast probe, the reply makes it REACHABLE', async () => {
  const L = twoNamespaces();
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  L.frames.length = 0;
  // delay_first_probe_time (5 s, 1250 jiffies) lands on a level-2 bucket of the timer wheel (64 jiffies): 5.120 s
  await advance(L.lab, 5200 * MS);
  const seen = L.frames.map((f) => `${Math.round(f.t / MS)} ${f.dev} ${f.dst} ${f.what}`);
  assert.deepEqual(seen, [
    '5120 a0 02:00:00:00:0a:01 who-has 10.0.0.1 tell 10.0.0.2 (02:00:00:00:0b:01 -> 00:00:00:00:00:00)',
    '5120 b0 02:00:00:00:0b:01 reply 10.0.0.1 is-at 02:00:00:00:0a:01 to 10.0.0.2 02:00:00:00:0b:01',
  ]);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE \n');
  // a got a request for its own address from a known neighbour: same address, stays REACHABLE.
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE \n');
  L.close();
});

test('REACHABLE becomes STALE after reachable_time (base/2..3base/2) unless used', async () => {
  const L = twoNamespaces();
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  const p = L.a0.ip!.arpParms;
  assert.ok(p.reachableTime >= 15000 && p.reachableTime < 45000, `reachable_time ${p.reachableTime}`);
  assert.equal(p.reachableTime % 4, 0);
  await advance(L.lab, p.reachableTime * MS - 20 * MS);
  assert.match(await ip(L.lab, 'ip -n a neigh show'), /REACHABLE/);
  // never early, and late by up to the granularity of its wheel level (15-45 s: levels 2-3, 2.048 s at most)
  await advance(L.lab, 20 * MS + 2048 * MS);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE \n');
  // Use moves it to DELAY, and the packet is sent to the known address at once.
  L.frames.length = 0;
  sendEcho(L.a, '10.0.0.2', 2);
  await advance(L.lab, 1 * MS);
  assert.equal(L.frames[0]?.what, 'ip 10.0.0.1 > 10.0.0.2 proto 1');
  assert.match(await ip(L.lab, 'ip -n a neigh show'), /DELAY/);
  L.close();
});

test('no answer: 3 broadcast requests 1.024 s apart (1 s on level 1 of the timer wheel), FAILED at 3.072 s with probes 6', async () => {
  const L = twoNamespaces();
  sendEcho(L.a, '10.0.0.99');
  await advance(L.lab, 1 * MS);
  assert.equal(await ip(L.lab, 'ip -n a -s neigh show'), '10.0.0.99 dev a0  ref 1 used 0/60/0probes 4 INCOMPLETE \n');
  await advance(L.lab, 2500 * MS);
  assert.equal(await ip(L.lab, 'ip -n a -s neigh show'), '10.0.0.99 dev a0  ref 1 used 2/62/2probes 6 INCOMPLETE \n');
  await advance(L.lab, 1 * SEC);
  assert.equal(await ip(L.lab, 'ip -n a -s neigh show'), '10.0.0.99 dev a0  used 3/63/0probes 6 FAILED \n');
  const reqs = L.frames.filter((f) => f.dev === 'b0').map((f) => `${f.t / MS} ${f.dst} ${f.what}`);
  assert.deepEqual(reqs, [
    '0 ff:ff:ff:ff:ff:ff who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
    '1024 ff:ff:ff:ff:ff:ff who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
    '2048 ff:ff:ff:ff:ff:ff who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
  ]);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.99 dev a0 FAILED \n');
  L.close();
});

test('unres_qlen_bytes: the oldest queued packet is dropped (NEIGH_QUEUEFULL); FAILED reports the rest', async () => {
  const L = twoNamespaces();
  const drops: string[] = [];
  L.lab.tracer.sink = (ev) => {
    if (ev.drop) drops.push(`${ev.fn} ${ev.drop}`);
  };
  // arp_error_report() -> dst_link_failure(): ICMP host unreachable to the sender, over a's lo.
  const lo = L.a.devByName('lo')!;
  up(lo);
  const reported: number[] = [];
  const loTap = {
    type: ETH_P_ALL,
    dev: lo,
    // ip 20 + icmp 8 + quoted ip 20: the quoted echo's sequence number is at 54..55.
    func: (skb: SkBuff) => {
      if (skb.pktType === PACKET_OUTGOING) return;
      const b = skb.buf.subarray(skb.data, skb.tail);
      if (b[20] === 3 && b[21] === 1) reported.push(b[55]!);
    },
  };
  devAddPack(L.lab, loTap);
  L.a0.ip!.arpParms.set(NeighVar.QUEUE_LEN_BYTES, 2 * 768);
  for (let seq = 1; seq <= 3; seq++) sendEcho(L.a, '10.0.0.99', seq);
  assert.deepEqual(drops, ['__neigh_event_send NEIGH_QUEUEFULL']);
  await advance(L.lab, 3100 * MS);
  devRemovePack(L.lab, loTap);
  L.lab.tracer.sink = null;
  // ICMP sequence numbers 2 and 3 waited; both are reported (host unreachable back to a), then freed.
  assert.deepEqual(reported, [2, 3]);
  assert.deepEqual(drops, ['__neigh_event_send NEIGH_QUEUEFULL', 'arp_error_report NEIGH_FAILED', 'arp_error_report NEIGH_FAILED']);
  L.close();
});

test('ucast_solicit/mcast_solicit/retrans_time shape the retries; app_solicit adds silent ones', async () => {
  const L = twoNamespaces();
  const p = L.a0.ip!.arpParms;
  p.set(NeighVar.MCAST_PROBES, 5);
  // retrans_time_ms=250 is stored as 63 jiffies (reads back 252): the first timer lands on a level-1
  // bucket (64 jiffies), the re-armed ones 62 jiffies past their clock on level 0: 256 ms apart
  p.set(NeighVar.RETRANS_TIME, 252);
  sendEcho(L.a, '10.0.0.99');
  await advance(L.lab, 3 * SEC);
  const times = L.frames.filter((f) => f.dev === 'b0').map((f) => f.t / MS);
  assert.deepEqual(times, [0, 256, 512, 768, 1024]);
  assert.match(await ip(L.lab, 'ip -n a -s neigh show'), /probes 8 FAILED/);
  // app_solicit probes go to a user-space daemon (none here): the first two are silent.
  p.set(NeighVar.APP_PROBES, 2);
  p.set(NeighVar.MCAST_PROBES, 1);
  await ip(L.lab, 'ip -n a neigh flush all');
  L.frames.length = 0;
  const t0 = L.lab.sched.now;
  sendEcho(L.a, '10.0.0.99');
  await advance(L.lab, 3 * SEC);
  // t0 is jiffy 750: the silent ones at 0 and 264 ms (the level-1 bucket after 750 + 63), the third 256 ms later
  assert.deepEqual(L.frames.filter((f) => f.dev === 'b0').map((f) => (f.t - t0) / MS), [520]);
  assert.match(await ip(L.lab, 'ip -n a -s neigh show'), /probes 6 FAILED/);
  L.close();
});

test('device down, carrier loss, address change, arp off, last address gone: the kernel flushes', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  const fill = async (): Promise<void> => {
    await run('ip -n a neigh replace 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0');
    await run('ip -n a neigh replace 10.0.0.4 lladdr 02:00:00:00:00:04 dev a0 nud stale');
  };
  await fill();
  // The peer going down takes the carrier: only PERMANENT survives (neigh_carrier_down), once
  // linkwatch runs (a0 and b0 have the same index in their namespaces: not urgent, within a second).
  devChangeFlags(L.b0, L.b0.flags & ~IFF_UP);
  await advance(L.lab, SEC);
  assert.equal(await run('ip -n a neigh show'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 PERMANENT \n');
  up(L.b0);
  await fill();
  // arp_evict_nocarrier=0 keeps them.
  L.a0.ip!.cnf.set(DevconfIdx.ARP_EVICT_NOCARRIER, 0);
  devChangeFlags(L.b0, L.b0.flags & ~IFF_UP);
  await advance(L.lab, SEC);
  assert.equal((await run('ip -n a neigh show')).split('\n').length, 3);
  up(L.b0);
  // Down: everything goes (neigh_ifdown).
  devChangeFlags(L.a0, L.a0.flags & ~IFF_UP);
  assert.equal(await run('ip -n a neigh show'), '');
  up(L.a0);
  await fill();
  devSetMacAddress(L.a0, mac('02:00:00:00:0a:99'));
  assert.equal(await run('ip -n a neigh show'), '');
  await fill();
  devChangeFlags(L.a0, L.a0.flags | IFF_NOARP);
  assert.equal(await run('ip -n a neigh show'), '');
  devChangeFlags(L.a0, L.a0.flags & ~IFF_NOARP);
  await fill();
  inetDelIfa(L.a0.ip!.ifaList!);
  assert.equal(await run('ip -n a neigh show'), '');
  L.close();
});

test('deleting the device removes its entries and proxy entries', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  await run('ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0');
  await run('ip -n a neigh add proxy 10.0.0.8 dev a0');
  await run('ip -n a neigh add proxy 10.0.0.9');
  L.a0.ops.dellink!(L.a0);
  assert.equal(await run('ip -n a neigh show nud all'), '');
  assert.equal(await run('ip -n a neigh show proxy'), '10.0.0.9 proxy \n');
  assert.equal(arpTbl(L.a).entries, 0);
  L.close();
});

test('IFF_NOARP device: NOARP entry with its own address, nothing resolves, the peer drops the frame', async () => {
  const L = twoNamespaces();
  devChangeFlags(L.a0, L.a0.flags | IFF_NOARP);
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  assert.deepEqual(L.frames.map((f) => `${f.dev} ${f.dst} ${f.what}`), ['b0 02:00:00:00:0a:01 ip 10.0.0.1 > 10.0.0.2 proto 1']);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '');
  assert.equal(await ip(L.lab, 'ip -n a neigh show nud noarp'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0a:01 NOARP \n');
  // An ARP-off peer ignores requests: the entry stays INCOMPLETE.
  devChangeFlags(L.a0, L.a0.flags & ~IFF_NOARP);
  devChangeFlags(L.b0, L.b0.flags | IFF_NOARP);
  L.frames.length = 0;
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 2 * SEC);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.2 dev a0 INCOMPLETE \n');
  L.close();
});

test('a new broadcast address invalidates a stale unicast entry for it; arp_notify sends gratuitous ARP on up', async () => {
  const L = twoNamespaces();
  await ip(L.lab, 'ip -n a route add 10.0.1.0/24 dev a0');
  sendEcho(L.a, '10.0.1.255');
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n a neigh show 10.0.1.255'), '10.0.1.255 dev a0 INCOMPLETE \n');
  addAddr(L.a0, '10.0.1.1', 24);
  assert.equal(await ip(L.lab, 'ip -n a neigh show nud all 10.0.1.255'), '');
  L.b0.ip!.cnf.set(DevconfIdx.ARP_NOTIFY, 1);
  devChangeFlags(L.b0, L.b0.flags & ~IFF_UP);
  L.frames.length = 0;
  up(L.b0);
  await advance(L.lab, 1 * MS);
  assert.deepEqual(L.frames.map((f) => f.what), ['who-has 10.0.0.2 tell 10.0.0.2 (02:00:00:00:0b:01 -> 00:00:00:00:00:00)']);
  L.close();
});

test('connected fast path: the cached header is reused, no new entry per packet', async () => {
  const L = twoNamespaces();
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  const n = neighLookupNoref(arpTbl(L.a), ip4('10.0.0.2'), L.a0)!;
  assert.equal(n.hh?.len, 14);
  const hh = n.hh!.data;
  for (let i = 2; i < 50; i++) sendEcho(L.a, '10.0.0.2', i);
  await advance(L.lab, 10 * MS);
  assert.equal(arpTbl(L.a).entries, 1);
  assert.equal(neighLookupNoref(arpTbl(L.a), ip4('10.0.0.2'), L.a0), n);
  assert.equal(n.hh?.data, hh);
  assert.equal(L.frames.filter((f) => f.dev === 'b0' && f.type === 0x0800).length, 49);
  L.close();
});
