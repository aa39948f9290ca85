import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from '../../lab/boot.js';
import { Lab } from '../../lab/lab.js';
import { SkBuff, PACKET_OTHERHOST } from '../../net/core/skbuff.js';
import { devAddPack, netifReceiveSkb } from '../../net/core/dev_rx.js';
import { ETH_P_ALL, ETH_P_IP } from '../../wire/ethernet.js';
import { vethNewlink } from './veth.js';
import { devOpen } from '../../net/core/dev.js';
import { consumeSkb } from '../../net/core/drop_reason.js';
import { inetAllocIfa, inetInsertIfa } from '../../net/ipv4/devinet.js';
import { rtnlNewlinkForTest } from './virt.testutil.js';

/** An Ethernet + IPv4 header for `daddr`, received on `dev` as eth_type_trans leaves it (data past the MAC header). */
function ipFrame(daddr: number): SkBuff {
  const skb = SkBuff.fromBytes(new Uint8Array(14 + 20), 0);
  const b = skb.buf;
  b.set([2, 0, 0, 0, 0, 0x11], 0);
  b[12] = 0x08;
  b[14] = 0x45;
  new DataView(b.buffer).setUint32(14 + 16, daddr);
  skb.macHeader = 0;
  skb.pull(14);
  skb.protocol = ETH_P_IP;
  return skb;
}

test('virt: the ETH_P_ALL handler holds its own reference (skb_get) and drops it; frames for virt0 are taken', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const [eth0] = vethNewlink({ net, name: 'eth0' }, { net, name: 'c0' });
  const virt0 = rtnlNewlinkForTest(net, 'virt0', eth0);
  devOpen(eth0);
  devOpen(virt0);
  inetInsertIfa(inetAllocIfa(virt0.ip!, 0xc0a83865, 24));
  const users: number[] = [];
  // A second tap on eth0 records the count (its own reference + the one ip_rcv will get), then drops its own.
  devAddPack(lab, {
    type: ETH_P_ALL, dev: eth0, func: (skb) => {
      users.push(skb.users);
      consumeSkb(skb);
    },
  });
  const other = ipFrame(0xc0a83211);
  other.dev = eth0;
  netifReceiveSkb(other);
  assert.deepEqual(users, [2], 'virt took its reference (skb_get) and dropped it before the next handler ran');
  assert.equal(other.pktType, 0, 'a frame for another address is left to the parent as it was');
  assert.equal(virt0.stats.rxPackets, 0);
  const mine = ipFrame(0xc0a83865);
  mine.dev = eth0;
  netifReceiveSkb(mine);
  assert.equal(mine.pktType, PACKET_OTHERHOST, 'the parent\'s copy is marked: its IPv4 ignores it');
  assert.equal(virt0.stats.rxPackets, 1, 'virt0 received its own copy');
  assert.equal(mine.users, 0, 'ip_rcv dropped the parent\'s copy (OTHERHOST): every reference is gone');
});

test('virt: ip link add ... type virt shares the MAC, @PARENT, goes with the parent', async () => {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec([
    'ip link add eth0 address 02:00:00:00:00:11 type veth peer name c0',
    'ip link add link eth0 name virt0 type virt',
    'ip -br link show virt0',
    'ip link del eth0',
    'ip -br link',
  ].join('\n'));
  assert.equal(r.output, [
    'virt0@eth0       DOWN           02:00:00:00:00:11 <BROADCAST,MULTICAST,M-DOWN> ',
    'lo               DOWN           00:00:00:00:00:00 <LOOPBACK> ',
    '',
  ].join('\n'));
});

test('virt: its MTU stays within the parent\'s (macvlan_change_mtu), and follows the parent down', async () => {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec([
    'ip link add eth0 address 02:00:00:00:00:11 type veth peer name c0',
    'ip link add link eth0 name virt0 type virt',
    'ip link set virt0 mtu 9000; echo rc=$?',
    'ip link set virt0 mtu 1400; echo rc=$?',
    'ip link set eth0 mtu 9000',
    'ip link set virt0 mtu 9000; echo rc=$?',
    'ip link set eth0 mtu 1280',
    'ip -o link show virt0 | grep -o "mtu [0-9]*"',
  ].join('\n'));
  assert.equal(r.output, [
    'RTNETLINK answers: Invalid argument', 'rc=2', 'rc=0', 'rc=0', 'mtu 1280', '',
  ].join('\n'));
});
