import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import { iphEmit } from '../../wire/ipv4.js';
import { ipRouteMeHarder } from './nf_route.js';

/** A UDP header-only packet from `saddr` to 10.0.5.1 on `dev`, its network header at 0. */
function packet(saddr: number, dev: NetDevice): SkBuff {
  const skb = SkBuff.fromBytes(new Uint8Array(28), 0);
  skb.dev = dev;
  iphEmit(skb.buf, skb.networkHeader, 0, 28, 0, 0, 64, 17, saddr, 0x0a000501);
  return skb;
}

test('ip_route_me_harder keeps a unicast foreign source (a "from" rule still picks its table), drops a broadcast one', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add a0 type veth peer name b0; ip link add a1 type veth peer name c0
for d in a0 b0 a1 c0; do ip link set $d up; done
ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
ip route add 10.0.5.0/24 via 10.0.0.2
ip route add 10.0.5.0/24 via 10.0.1.2 table 100
ip rule add from 10.9.9.9 lookup 100
ip rule add from 255.255.255.255 lookup 100`);
  assert.equal(r.status, 0, r.output);
  const a0 = lab.initNet.devByName('a0')!;
  const foreign = packet(0x0a090909, a0);
  assert.equal(ipRouteMeHarder(lab.initNet, foreign), 0);
  assert.equal(foreign.dst?.dev.name, 'a1', 'the source selects table 100');
  const bcast = packet(0xffffffff | 0, a0);
  assert.equal(ipRouteMeHarder(lab.initNet, bcast), 0);
  assert.equal(bcast.dst?.dev.name, 'a0', 'a broadcast source is not kept: saddr 0, main');
});
