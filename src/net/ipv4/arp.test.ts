import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MS, SEC, advance, ip, sendEcho, twoNamespaces } from './arp.testutil.js';

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
  await advance(L.lab, 5 * SEC);
  const seen = L.frames.map((f) => `${Math.round(f.t / MS)} ${f.dev} ${f.dst} ${f.what}`);
  assert.deepEqual(seen, [
    '5000 a0 02:00:00:00:0a:01 who-has 10.0.0.1 tell 10.0.0.2 (02:00:00:00:0b:01 -> 00:00:00:00:00:00)',
    '5000 b0 02:00:00:00:0b:01 reply 10.0.0.1 is-at 02:00:00:00:0a:01 to 10.0.0.2 02:00:00:00:0b:01',
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
  await advance(L.lab, 30 * MS);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE \n');
  // Use moves it to DELAY, and the packet is sent to the known address at once.
  L.frames.length = 0;
  sendEcho(L.a, '10.0.0.2', 2);
  await advance(L.lab, 1 * MS);
  assert.equal(L.frames[0]?.what, 'ip 10.0.0.1 > 10.0.0.2 proto 1');
  assert.match(await ip(L.lab, 'ip -n a neigh show'), /DELAY/);
  L.close();
});

test('no answer: 3 broadcast requests 1 s apart, FAILED after 3 s with probes 6', async () => {
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
    '1000 ff:ff:ff:ff:ff:ff who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
    '2000 ff:ff:ff:ff:ff:ff who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)',
  ]);
  assert.equal(await ip(L.lab, 'ip -n a neigh show'), '10.0.0.99 dev a0 FAILED \n');
  L.close();
});
