import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { IFF_UP } from '../../uapi/linux/if.js';
import { NLM_F_CREATE, NLM_F_DUMP, NLM_F_EXCL, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import {
  RTM_DELADDR, RTM_DELLINK, RTM_GETADDR, RTM_GETLINK, RTM_NEWADDR, RTM_NEWLINK, RTM_NEWLINKPROP, RTNLGRP_IPV4_IFADDR, RTNLGRP_LINK,
} from '../../uapi/linux/rtnetlink.js';

const mac = (last: number): Uint8Array => Uint8Array.of(2, 0, 0, 0, 0, last);

/** The notifications queued on `sk`, as "TYPE name/index operstate" strings. */
async function drain(sk: NetlinkSock): Promise<string[]> {
  sk.close();
  const out: string[] = [];
  for (let m = await sk.recv(); m; m = await sk.recv()) {
    if (m.type === RTM_NEWLINK || m.type === RTM_DELLINK) {
      const b = (m as NlMsg<IfInfoMsg>).body;
      out.push(`${m.type === RTM_NEWLINK ? 'NEWLINK' : 'DELLINK'} ${b.ifname}@${b.link ?? '-'} up=${(b.flags ?? 0) & IFF_UP} oper=${b.operstate}`);
    } else {
      const b = (m as NlMsg<IfAddrMsg>).body;
      out.push(`${m.type === RTM_NEWADDR ? 'NEWADDR' : 'DELADDR'} ${b.index} ${(b.local ?? 0) >>> 24}/${b.prefixlen}`);
    }
  }
  return out;
}

function newVeth(sk: NetlinkSock, name: string, peer: string, peerExtra: Partial<IfInfoMsg> = {}): ReturnType<NetlinkSock['request']> {
  const body: IfInfoMsg = {
    family: 0, index: 0, ifname: name, address: mac(1),
    linkinfo: { kind: 'veth', data: { peer: { family: 0, index: 0, ifname: peer, address: mac(2), ...peerExtra } } },
  };
  return sk.request(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, body);
}

test('rtnl_newlink: veth pair announced peer first (unlinked), then the device; linkwatch runs at rtnl unlock', async () => {
  const lab = new Lab(1);
  const mon = new NetlinkSock(lab.initNet);
  mon.addMembership(RTNLGRP_LINK);
  const sk = new NetlinkSock(lab.initNet);
  assert.equal(newVeth(sk, 'a0', 'b0').ack.error, null);
  const up = (index: number): void => {
    assert.equal(sk.request(RTM_NEWLINK, NLM_F_REQUEST, { family: 0, index, flags: IFF_UP, change: IFF_UP } satisfies IfInfoMsg).ack.error, null);
  };
  up(3);
  up(2);
  assert.deepEqual(await drain(mon), [
    'NEWLINK b0@0 up=0 oper=2',
    'NEWLINK a0@2 up=0 oper=2',
    // a0 up while b0 is down: no carrier, LOWERLAYERDOWN (linkwatch ran after the creation).
    'NEWLINK a0@2 up=1 oper=3',
    // b0 up: announced with the old operstate, then linkwatch announces both ends' carrier.
    'NEWLINK b0@3 up=1 oper=3',
    'NEWLINK b0@3 up=1 oper=6',
    'NEWLINK a0@2 up=1 oper=6',
  ]);
});

test('rtnl_newlink/dellink errors: unknown kind with its extack, existing name, lo has no dellink, missing device', () => {
  const lab = new Lab(1);
  const sk = new NetlinkSock(lab.initNet);
  const unknown = sk.request(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, { family: 0, index: 0, ifname: 'x0', linkinfo: { kind: 'nosuch' } } satisfies IfInfoMsg);
  assert.deepEqual(unknown.ack, { error: 'EOPNOTSUPP', msg: 'Unknown device type' });
  assert.equal(newVeth(sk, 'lo', 'b0').ack.error, 'EEXIST');
  assert.equal(sk.request(RTM_DELLINK, NLM_F_REQUEST, { family: 0, index: 1 } satisfies IfInfoMsg).ack.error, 'EOPNOTSUPP');
  assert.equal(sk.request(RTM_DELLINK, NLM_F_REQUEST, { family: 0, index: 42 } satisfies IfInfoMsg).ack.error, 'ENODEV');
  // A peer asked up before the pair is tied: ENOTCONN, and nothing stays behind.
  assert.equal(newVeth(sk, 'a0', 'b0', { flags: IFF_UP, change: IFF_UP }).ack.error, 'ENOTCONN');
  assert.equal(newVeth(sk, 'a0', 'b0').ack.error, null);
  const dump = sk.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, index: 0 } satisfies IfInfoMsg);
  assert.deepEqual(dump.msgs.map((m) => (m.body as IfInfoMsg).ifname), ['lo', 'b0', 'a0']);
});

test('do_setlink: the mtu is applied before a failing rename stops the request', () => {
  const lab = new Lab(1);
  const sk = new NetlinkSock(lab.initNet);
  newVeth(sk, 'a0', 'b0');
  const r = sk.request(RTM_NEWLINK, NLM_F_REQUEST, { family: 0, index: 3, mtu: 1300, ifname: 'b0' } satisfies IfInfoMsg);
  assert.equal(r.ack.error, 'EEXIST');
  const got = sk.request(RTM_GETLINK, NLM_F_REQUEST, { family: 0, index: 3 } satisfies IfInfoMsg);
  assert.equal((got.msgs[0]!.body as IfInfoMsg).mtu, 1300);
  assert.equal((got.msgs[0]!.body as IfInfoMsg).ifname, 'a0');
  const tooSmall = sk.request(RTM_NEWLINK, NLM_F_REQUEST, { family: 0, index: 3, mtu: 10 } satisfies IfInfoMsg);
  assert.deepEqual(tooSmall.ack, { error: 'EINVAL', msg: 'mtu less than device minimum' });
});

test('addresses: RTM_NEWADDR/DELADDR notifications, a secondary deleted with its primary first, the dump', async () => {
  const lab = new Lab(1);
  const sk = new NetlinkSock(lab.initNet);
  newVeth(sk, 'a0', 'b0');
  const mon = new NetlinkSock(lab.initNet);
  mon.addMembership(RTNLGRP_IPV4_IFADDR);
  const add = (local: number): void => {
    const body: IfAddrMsg = { family: 2, prefixlen: 24, index: 3, local, address: local };
    assert.equal(sk.request(RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, body).ack.error, null);
  };
  add(0x0a000001);
  add(0x0a000002);
  const again = sk.request(RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, { family: 2, prefixlen: 24, index: 3, local: 0x0a000001 } satisfies IfAddrMsg);
  assert.deepEqual(again.ack, { error: 'EEXIST', msg: 'ipv4: Address already assigned' });
  const dump = sk.request(RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, prefixlen: 0, index: 0 } satisfies IfAddrMsg);
  assert.deepEqual(dump.msgs.map((m) => (m.body as IfAddrMsg).local), [0x0a000001, 0x0a000002]);
  const del = sk.request(RTM_DELADDR, NLM_F_REQUEST, { family: 2, prefixlen: 24, index: 3, local: 0x0a000001, address: 0x0a000001 } satisfies IfAddrMsg);
  assert.equal(del.ack.error, null);
  assert.deepEqual(await drain(mon), ['NEWADDR 3 10/24', 'NEWADDR 3 10/24', 'DELADDR 3 10/24', 'DELADDR 3 10/24']);
  const gone = sk.request(RTM_DELADDR, NLM_F_REQUEST, { family: 2, prefixlen: 24, index: 3, local: 0x0a000001 } satisfies IfAddrMsg);
  assert.deepEqual(gone.ack, { error: 'EADDRNOTAVAIL', msg: 'ipv4: Address not found' });
});

test('rtnl_linkprop: the property list is bounded (rtnl_prop_list_size(): ALTIFNAMSIZ each): 496 altnames, the 497th is EINVAL', () => {
  const lab = new Lab(1);
  const sk = new NetlinkSock(lab.initNet);
  const add = (name: string): ReturnType<NetlinkSock['request']> =>
    sk.request(RTM_NEWLINKPROP, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, { family: 0, index: 1, altnames: [name] } satisfies IfInfoMsg);
  for (let i = 0; i < 496; i++) assert.equal(add(`n${i}`).ack.error, null);
  const r = add('n496');
  assert.equal(r.ack.error, 'EINVAL');
  assert.equal(r.ack.msg, 'effective property list too long');
  assert.equal(lab.initNet.devByName('n495')?.name, 'lo');
  assert.equal(lab.initNet.devByName('n496'), null);
});
