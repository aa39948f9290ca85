import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MS, advance, ip4, mac, sendEcho, twoNamespaces } from '../ipv4/arp.testutil.js';
import { arpTbl } from '../ipv4/arp.js';
import { KError } from './errno.js';
import { NeighVar } from './neigh_parms.js';
import {
  NEIGH_UPDATE_F_ADMIN, NEIGH_UPDATE_F_OVERRIDE, NEIGH_UPDATE_F_WEAK_OVERRIDE, NUD_DELAY, NUD_FAILED, NUD_NOARP,
  NUD_PERMANENT, NUD_REACHABLE, NUD_STALE, NeighKeyMap, neighCreate, neighLookup, type Neighbour,
} from './neighbour.js';
import { neighUpdate } from './neigh_update.js';
import { macToString } from '../../wire/ethernet.js';

function create(L: ReturnType<typeof twoNamespaces>, addr: string): Neighbour {
  const n = neighCreate(arpTbl(L.a), ip4(addr), L.a0);
  if (n instanceof KError) throw n;
  return n;
}

test('arp_constructor: multicast and broadcast destinations need no resolution', () => {
  const L = twoNamespaces();
  const m = create(L, '224.0.0.251');
  assert.equal(m.nudState, NUD_NOARP);
  assert.equal(macToString(m.ha), '01:00:5e:00:00:fb');
  const b = create(L, '255.255.255.255');
  assert.equal(b.nudState, NUD_NOARP);
  assert.equal(macToString(b.ha), 'ff:ff:ff:ff:ff:ff');
  assert.equal(create(L, '10.0.0.7').nudState, 0);
  L.close();
});

test('neigh_update: override rules, weak override, admin-only changes of PERMANENT', () => {
  const L = twoNamespaces();
  const n = create(L, '10.0.0.7');
  const A = mac('02:00:00:00:00:0a');
  const B = mac('02:00:00:00:00:0b');
  assert.equal(neighUpdate(n, A, NUD_REACHABLE, 0), null);
  assert.equal(n.nudState, NUD_REACHABLE);
  // A different address without OVERRIDE is ignored...
  assert.equal(neighUpdate(n, B, NUD_REACHABLE, 0), null);
  assert.equal(macToString(n.ha), '02:00:00:00:00:0a');
  // ...WEAK_OVERRIDE on a connected entry only makes it STALE, keeping the address.
  assert.equal(neighUpdate(n, B, NUD_REACHABLE, NEIGH_UPDATE_F_WEAK_OVERRIDE), null);
  assert.equal(n.nudState, NUD_STALE);
  assert.equal(macToString(n.ha), '02:00:00:00:00:0a');
  // The same address reported STALE does not demote a valid entry (unless admin).
  assert.equal(neighUpdate(n, A, NUD_REACHABLE, NEIGH_UPDATE_F_OVERRIDE), null);
  assert.equal(neighUpdate(n, A, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE), null);
  assert.equal(n.nudState, NUD_REACHABLE);
  assert.equal(neighUpdate(n, B, NUD_PERMANENT, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN), null);
  const err = neighUpdate(n, A, NUD_REACHABLE, NEIGH_UPDATE_F_OVERRIDE);
  assert.ok(err instanceof KError && err.errno === 'EPERM');
  assert.equal(n.nudState, NUD_PERMANENT);
  const noaddr = neighUpdate(create(L, '10.0.0.8'), null, NUD_STALE, NEIGH_UPDATE_F_ADMIN);
  assert.ok(noaddr instanceof KError && noaddr.extack === 'No link layer address given');
  L.close();
});

test('no multicast or app probes: FAILED at once, the packet dropped with NEIGH_FAILED', async () => {
  const L = twoNamespaces();
  const drops: string[] = [];
  L.lab.tracer.sink = (ev) => void (ev.drop && drops.push(`${ev.fn} ${ev.drop}`));
  L.a0.ip!.arpParms.set(NeighVar.MCAST_PROBES, 0);
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  L.lab.tracer.sink = null;
  assert.equal(neighLookup(arpTbl(L.a), ip4('10.0.0.2'), L.a0)?.nudState, NUD_FAILED);
  assert.deepEqual(drops, ['__neigh_event_send NEIGH_FAILED']);
  assert.equal(L.frames.length, 0);
  L.close();
});

test('DELAY confirmed by a reply within delay_first_probe_time goes back to REACHABLE without a probe', async () => {
  const L = twoNamespaces();
  const n = create(L, '10.0.0.2');
  assert.equal(neighUpdate(n, L.b0.devAddr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE), null);
  sendEcho(L.a, '10.0.0.2');
  assert.equal(n.nudState, NUD_DELAY);
  await advance(L.lab, 1000 * MS);
  // b answered the echo; an ARP reply to us confirms the entry (as a TCP ACK would via neigh_confirm).
  assert.equal(neighUpdate(n, L.b0.devAddr, NUD_REACHABLE, 0), null);
  L.frames.length = 0;
  await advance(L.lab, 5 * 1000 * MS);
  assert.equal(n.nudState, NUD_REACHABLE);
  assert.equal(L.frames.filter((f) => f.type === 0x0806).length, 0);
  L.close();
});

test('forced gc beyond gc_thresh3: unreferenced FAILED entries make room, else the table is full', () => {
  const L = twoNamespaces();
  const tbl = arpTbl(L.a);
  tbl.gcThresh1 = 4;
  tbl.gcThresh2 = 4;
  tbl.gcThresh3 = 5;
  for (let i = 1; i <= 5; i++) {
    const n = create(L, `10.0.1.${i}`);
    neighUpdate(n, null, NUD_FAILED, NEIGH_UPDATE_F_ADMIN);
  }
  const more = neighCreate(tbl, ip4('10.0.2.1'), L.a0);
  assert.ok(!(more instanceof KError));
  assert.ok(tbl.entries <= 5);
  assert.equal(tbl.stats.forcedGcRuns, 1);
  for (const n of tbl.all) neighUpdate(n, mac('02:00:00:00:00:01'), NUD_PERMANENT, NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE);
  for (let i = 1; i <= 6; i++) neighCreate(tbl, ip4(`10.0.3.${i}`), L.a0);
  assert.ok(tbl.stats.tableFulls >= 1);
  L.close();
});

test('periodic gc above gc_thresh1: entries unused for gc_stale_time go, then the timer stops', async () => {
  const L = twoNamespaces();
  const tbl = arpTbl(L.a);
  tbl.gcThresh1 = 2;
  for (let i = 1; i <= 3; i++) neighUpdate(create(L, `10.0.1.${i}`), mac('02:00:00:00:00:01'), NUD_STALE, NEIGH_UPDATE_F_ADMIN);
  neighUpdate(create(L, '10.0.1.9'), mac('02:00:00:00:00:09'), NUD_PERMANENT, NEIGH_UPDATE_F_ADMIN);
  assert.ok(L.lab.sched.pending(tbl.gcTimer));
  await advance(L.lab, 59 * 1000 * MS);
  assert.equal(tbl.entries, 4);
  await advance(L.lab, 20 * 1000 * MS);
  assert.equal(tbl.entries, 1);
  assert.ok(!L.lab.sched.pending(tbl.gcTimer));
  assert.equal(L.lab.sched.nextExpiry(), Infinity);
  L.close();
});

test('NeighKeyMap: one key per address by its bytes, numbered in order, kept across table growth', () => {
  const keys = new NeighKeyMap();
  const addr = (i: number): Uint8Array => {
    const a = new Uint8Array(16);
    a[0] = 0xff;
    a[1] = 0x02;
    a[11] = 1;
    a[12] = 0xff;
    a[13] = (i >> 16) & 0xff;
    a[14] = (i >> 8) & 0xff;
    a[15] = i & 0xff;
    return a;
  };
  for (let i = 0; i < 1000; i++) assert.equal(keys.key(addr(i)), i);
  // another array with the same bytes: the same key; the table kept its own copy
  for (let i = 0; i < 1000; i++) assert.equal(keys.key(addr(i)), i);
  const a = addr(5);
  assert.equal(keys.key(a), 5);
  a[15] = 0xee;
  assert.deepEqual(keys.bytes(5), addr(5));
  assert.equal(keys.key(new Uint8Array(16)), 1000);
  assert.deepEqual(keys.bytes(1000), new Uint8Array(16));
});

test('neigh_add_timer: a move into a timer state pulls used up to confirmed, a bare re-arm does not', async () => {
  const L = twoNamespaces();
  const n = create(L, '10.0.0.7');
  const A = mac('02:00:00:00:00:0a');
  assert.equal(neighUpdate(n, A, NUD_STALE, NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE), null);
  const usedBefore = n.used;
  await advance(L.lab, 2000 * MS);
  // STALE -> REACHABLE: confirmed is now, and neigh_add_timer() moves used with it.
  assert.equal(neighUpdate(n, A, NUD_REACHABLE, NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE), null);
  assert.ok(n.used > usedBefore);
  assert.equal(n.used, n.confirmed);
  // REACHABLE -> REACHABLE arms no timer: confirmed moves, used stays.
  await advance(L.lab, 1000 * MS);
  assert.equal(neighUpdate(n, A, NUD_REACHABLE, NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE), null);
  assert.ok(n.used < n.confirmed);
  L.close();
});
