import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';
import type { FibNet } from './fib_frontend.js';
import type { NetDevice } from '../core/netdevice.js';

/** The fib_info_devhash bucket of `dev` must be exactly the in-use fib_infos with a next hop on it. */
function assertDevhash(fib: FibNet, devs: NetDevice[]): void {
  for (const dev of devs) {
    const expected = new Set([...fib.infos()].filter((fi) => fi.nhs.some((nh) => nh.dev === dev)));
    assert.deepEqual(new Set(fib.infoHash.onDev(dev)), expected, dev.name);
  }
  for (const fi of fib.infos()) {
    if (fi.prefsrc) assert.ok(fib.infoHash.withPrefsrc(fi.prefsrc).has(fi));
  }
}

test('fib_info_devhash / laddrhash follow route, address and device changes', async () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  for (const c of [
    'ip link add a0 type veth peer name b0', 'ip link set a0 up', 'ip link set b0 up',
    'ip addr add 10.0.0.1/24 dev a0', 'ip addr add 10.0.0.2/24 dev a0', 'ip addr add 10.1.0.1/16 dev b0',
    'ip route add 10.9.0.0/16 via 10.0.0.9', 'ip route add 10.8.0.0/16 nexthop via 10.0.0.9 nexthop via 10.1.0.9',
    'ip route replace 10.9.0.0/16 via 10.1.0.9 src 10.1.0.1',
  ]) assert.equal(await ipIn(lab, c), '', c);
  const fib = net.ipv4.fib;
  const a0 = net.devByName('a0')!;
  const b0 = net.devByName('b0')!;
  assertDevhash(fib, [a0, b0]);
  assert.equal(await ipIn(lab, 'ip link set a0 down'), '');
  assertDevhash(fib, [a0, b0]);
  assert.equal(await ipIn(lab, 'ip link set a0 up'), '');
  assert.equal(await ipIn(lab, 'ip addr del 10.1.0.1/16 dev b0'), '');
  assertDevhash(fib, [a0, b0]);
  assert.equal(fib.infoHash.withPrefsrc(0x0a010001).size, 0, 'no route keeps 10.1.0.1 as its source');
  assert.equal(await ipIn(lab, 'ip link del a0'), '');
  assert.equal(fib.infoHash.onDev(a0).size, 0);
  assert.equal(fib.infoHash.onDev(b0).size, 0);
  assert.equal([...fib.infos()].length, [...fib.infos()].filter((fi) => fi.nhs.every((nh) => nh.dev?.name === 'lo' || !nh.dev)).length);
});
