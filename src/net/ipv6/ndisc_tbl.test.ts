import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { SEC, advance, mac, up } from '../ipv4/arp.testutil.js';
import { NUD_NOARP } from '../core/neighbour.js';
import { neighDelete, neighDump } from '../core/neigh_rtnl.js';
import { devChangeFlags } from '../core/dev.js';
import { IFF_UP } from '../core/netdevice.js';
import { macToString } from '../../wire/ethernet.js';
import { IN6ADDR_LL_MLDV2_ROUTERS, ipv6ToString } from '../../wire/ipv6.js';
import { AF_INET6 } from './ndisc_tbl.js';

function lab(): { lab: Lab; net: Net; rows: () => string[] } {
  const l = new Lab(1);
  const net = l.newNet();
  vethNewlink({ net, name: 'a0', address: mac('02:00:00:00:00:01') }, { net, name: 'b0', address: mac('02:00:00:00:00:02') });
  const rows = (): string[] =>
    neighDump(net, { family: AF_INET6, devIdx: 0, masterIdx: 0, proxy: false }).map(
      (m) => `${ipv6ToString(m.dst6!)} ${net.devByIndex(m.ifindex)!.name} ${macToString(m.lladdr!)} ${m.state === NUD_NOARP ? 'NOARP' : m.state}`,
    );
  return { lab: l, net, rows };
}

test('nd_tbl: each multicast destination sent to becomes a NOARP entry with its 33:33 address; newest first per address', async () => {
  const { lab: l, net, rows } = lab();
  const a0 = net.devByName('a0')!;
  const b0 = net.devByName('b0')!;
  up(a0);
  assert.deepEqual(rows(), [], 'no carrier, no MLD report');
  up(b0);
  await advance(l, 5 * SEC);
  const all = rows();
  assert.ok(all.includes('ff02::16 a0 33:33:00:00:00:16 NOARP'));
  assert.ok(all.includes('ff02::1:ff00:2 b0 33:33:ff:00:00:02 NOARP'));
  assert.ok(all.includes('ff02::2 a0 33:33:00:00:00:02 NOARP'));
  // ndisc_hashfn() ignores the device: one address's entries share a bucket, newest at its head.
  const mld = all.filter((r) => r.startsWith('ff02::16 '));
  assert.deepEqual(mld, ['ff02::16 a0 33:33:00:00:00:16 NOARP', 'ff02::16 b0 33:33:00:00:00:16 NOARP']);
  neighDelete(net, {
    family: AF_INET6, ifindex: b0.ifindex, state: 0, flags: 0, flagsExt: 0, protocol: 0, lladdr: null,
    dst: { addr: 0, len: 16, addr6: IN6ADDR_LL_MLDV2_ROUTERS },
  });
  assert.ok(!rows().includes('ff02::16 b0 33:33:00:00:00:16 NOARP'));
  // The peer going down takes a0's carrier: its entries go (ndisc_evict_nocarrier).
  devChangeFlags(b0, b0.flags & ~IFF_UP);
  assert.deepEqual(rows(), []);
});
