import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { createLabSession } from '../../lab/boot.js';
import type { Net } from './net_namespace.js';
import { NetdevEvent } from './net_namespace.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_LIVE_ADDR_CHANGE, IFF_NO_QUEUE, IFF_PROMISC, IFF_ALLMULTI, IFF_UP, IFF_MULTICAST,
  NetDevice, type NetDeviceOps,
} from './netdevice.js';
import { SkBuff } from './skbuff.js';
import { KError, type Errno } from './errno.js';
import {
  devChangeFlags, devChangeName, devChangeNetNamespace, devChangeTxQueueLen, devSetAllmulti, devSetMacAddress,
  devSetPromiscuity, devValidName, registerNetdevice, unregisterNetdevice,
} from './dev.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';
import { RxHandlerResult, devAddPack, netifReceiveSkb, type PacketType } from './dev_rx.js';
import {
  netdevMasterUpperDevLink, netdevRxHandlerRegister, netdevRxHandlerUnregister, netdevUpperDevLink, netdevUpperDevUnlink,
} from './dev_upper.js';
import { vethNewlink } from '../../drivers/net/veth.js';

/** A fake link: frames it is asked to send are kept; `inject` receives one. */
const fakeOps: NetDeviceOps = { kind: 'fake', startXmit: () => {} };

function fakeDev(net: Net, name: string): NetDevice {
  const dev = new NetDevice(net, name, fakeOps, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: 1500, minMtu: 68, maxMtu: 9000, txQueueLen: 1000, addrLen: 6,
  });
  dev.devAddr.set([2, 0, 0, 0, 0, dev.name.length]);
  registerNetdevice(dev);
  return dev;
}

const ETH_P_TEST = 0x88b5;

function inject(dev: NetDevice, protocol = ETH_P_TEST): SkBuff {
  const skb = SkBuff.fromBytes(new Uint8Array(60), 16);
  skb.protocol = protocol;
  skb.dev = dev;
  netifReceiveSkb(skb);
  return skb;
}

function errnoOf(fn: () => void): Errno | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof KError) return e.errno;
    throw e;
  }
}

const EVENT_NAMES: ReadonlyMap<NetdevEvent, string> = new Map([
  [NetdevEvent.CHANGE, 'CHANGE'], [NetdevEvent.CHANGEADDR, 'CHANGEADDR'], [NetdevEvent.PRE_CHANGEADDR, 'PRE_CHANGEADDR'],
  [NetdevEvent.CHANGENAME, 'CHANGENAME'], [NetdevEvent.CHANGEUPPER, 'CHANGEUPPER'], [NetdevEvent.PRECHANGEUPPER, 'PRECHANGEUPPER'],
  [NetdevEvent.CHANGE_TX_QUEUE_LEN, 'CHANGE_TX_QUEUE_LEN'], [NetdevEvent.UP, 'UP'], [NetdevEvent.DOWN, 'DOWN'],
  [NetdevEvent.GOING_DOWN, 'GOING_DOWN'], [NetdevEvent.PRE_UP, 'PRE_UP'],
]);

function events(net: Net): string[] {
  const seen: string[] = [];
  net.netdevChain.register((ev, dev, info) => {
    const extra = typeof info === 'object' && info.kind === 'changeupper' ? ` ${info.linking ? '+' : '-'}${info.upperDev.name}${info.master ? ' master' : ''}` : '';
    seen.push(`${EVENT_NAMES.get(ev) ?? ev} ${dev.name}${extra}`);
  });
  return seen;
}

function recorder(seen: string[], label: string, type: number, dev: NetDevice | null = null): PacketType {
  return { type, dev, func: (_skb, d, orig) => void seen.push(`${label} dev=${d.name} orig=${orig.name}`) };
}

test('__netif_receive_skb_core: taps, then the rx_handler, then ptype_base; no handler counts rx_dropped', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const a = fakeDev(net, 'a');
  const seen: string[] = [];
  devAddPack(lab, recorder(seen, 'tap', ETH_P_ALL));
  devAddPack(lab, recorder(seen, 'base', ETH_P_TEST));
  netdevRxHandlerRegister(a, () => {
    seen.push('rx_handler');
    return RxHandlerResult.PASS;
  }, null);
  inject(a);
  assert.deepEqual(seen, ['tap dev=a orig=a', 'rx_handler', 'base dev=a orig=a']);
  seen.length = 0;
  inject(a, 0x1234);
  assert.deepEqual(seen, ['tap dev=a orig=a', 'rx_handler']);
  assert.equal(a.stats.rxDropped, 1, 'the tap had its copy before the handler: no protocol handler, a drop');
  const b = fakeDev(net, 'b');
  seen.length = 0;
  inject(b, 0x1234);
  assert.deepEqual(seen, ['tap dev=b orig=b']);
  assert.equal(b.stats.rxDropped, 0, 'without an rx_handler the last tap takes the skb itself (pt_prev): no drop');
});

test('rx_handler: CONSUMED stops, EXACT skips ptype_base, ANOTHER receives again on the new device', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const lower = fakeDev(net, 'lower');
  const upper = fakeDev(net, 'upper');
  const seen: string[] = [];
  devAddPack(lab, recorder(seen, 'base', ETH_P_TEST));
  devAddPack(lab, recorder(seen, 'upper-tap', ETH_P_ALL, upper));
  let verdict = RxHandlerResult.CONSUMED;
  netdevRxHandlerRegister(lower, (skb) => {
    seen.push(`handler on ${skb.dev!.name}`);
    if (verdict === RxHandlerResult.ANOTHER) skb.dev = upper;
    return verdict;
  }, 'port');
  assert.equal(lower.rxHandlerData, 'port');
  inject(lower);
  assert.deepEqual(seen, ['handler on lower']);

  seen.length = 0;
  verdict = RxHandlerResult.EXACT;
  inject(lower);
  assert.deepEqual(seen, ['handler on lower']);
  assert.equal(lower.stats.rxNohandler, 1, 'EXACT with no exact handler: rx_nohandler');
  devAddPack(lab, recorder(seen, 'exact', ETH_P_TEST, lower));
  seen.length = 0;
  inject(lower);
  assert.deepEqual(seen, ['handler on lower', 'exact dev=lower orig=lower']);

  seen.length = 0;
  verdict = RxHandlerResult.ANOTHER;
  inject(lower);
  assert.deepEqual(seen, ['handler on lower', 'upper-tap dev=upper orig=lower', 'base dev=upper orig=lower', 'exact dev=upper orig=lower']);
});

test('netdev_rx_handler_register: one per device (EBUSY), free again after unregister', () => {
  const net = new Lab(1).initNet;
  const a = fakeDev(net, 'a');
  const h = (): RxHandlerResult => RxHandlerResult.PASS;
  netdevRxHandlerRegister(a, h, null);
  assert.equal(errnoOf(() => netdevRxHandlerRegister(a, h, null)), 'EBUSY');
  netdevRxHandlerUnregister(a);
  assert.equal(errnoOf(() => netdevRxHandlerRegister(a, h, null)), null);
});

test('upper/lower links: PRECHANGEUPPER/CHANGEUPPER, master, and the kernel refusals', () => {
  const net = new Lab(1).initNet;
  const port = fakeDev(net, 'port');
  const br = fakeDev(net, 'br');
  const br2 = fakeDev(net, 'br2');
  const seen = events(net);
  assert.equal(errnoOf(() => netdevMasterUpperDevLink(port, port)), 'EBUSY', 'itself');
  netdevMasterUpperDevLink(port, br, 'priv');
  assert.deepEqual(seen, ['PRECHANGEUPPER port +br master', 'CHANGEUPPER port +br master']);
  assert.equal(port.master, br);
  assert.equal(port.masterIfindex, br.ifindex);
  assert.equal(br.adjLower[0]?.dev, port);
  assert.equal(errnoOf(() => netdevMasterUpperDevLink(port, br)), 'EEXIST', 'the same master again');
  assert.equal(errnoOf(() => netdevMasterUpperDevLink(port, br2)), 'EBUSY', 'a second master');
  assert.equal(errnoOf(() => netdevUpperDevLink(br, port)), 'EBUSY', 'a loop');
  netdevUpperDevLink(br, br2);
  assert.equal(errnoOf(() => netdevUpperDevLink(br2, port)), 'EBUSY', 'a longer loop');
  seen.length = 0;
  netdevUpperDevUnlink(port, br);
  assert.deepEqual(seen, ['PRECHANGEUPPER port -br master', 'CHANGEUPPER port -br master']);
  assert.equal(port.master, null);
  assert.equal(port.masterIfindex, 0);
  assert.equal(br.adjLower.length, 0);
});

test('NETDEV_PRECHANGEUPPER may refuse: no link is made', () => {
  const net = new Lab(1).initNet;
  const port = fakeDev(net, 'port');
  const br = fakeDev(net, 'br');
  net.netdevChain.register((ev) => {
    if (ev === NetdevEvent.PRECHANGEUPPER) throw new KError('EOPNOTSUPP');
  });
  assert.equal(errnoOf(() => netdevMasterUpperDevLink(port, br)), 'EOPNOTSUPP');
  assert.equal(port.master, null);
  assert.equal(br.adjLower.length, 0);
});

test('promiscuity and allmulti: counted users, the user flag counts once, overflow is EOVERFLOW', () => {
  const net = new Lab(1).initNet;
  const a = fakeDev(net, 'a');
  devSetPromiscuity(a, 1);
  assert.ok(a.flags & IFF_PROMISC);
  devChangeFlags(a, a.flags | IFF_PROMISC);
  devChangeFlags(a, a.flags | IFF_PROMISC);
  assert.equal(a.promiscuity, 2, 'the user flag is one user however often it is set');
  devSetPromiscuity(a, -1);
  assert.ok(a.flags & IFF_PROMISC, 'still the user');
  devChangeFlags(a, a.flags & ~IFF_PROMISC);
  assert.equal(a.promiscuity, 0);
  assert.equal(a.flags & IFF_PROMISC, 0);
  a.promiscuity = 0xffffffff;
  assert.equal(errnoOf(() => devSetPromiscuity(a, 1)), 'EOVERFLOW');
  assert.equal(a.promiscuity, 0xffffffff, 'untouched');
  devSetAllmulti(a, 1);
  assert.ok(a.flags & IFF_ALLMULTI);
  devSetAllmulti(a, -1);
  assert.equal(a.flags & IFF_ALLMULTI, 0);
  a.allmulti = 0xffffffff;
  assert.equal(errnoOf(() => devSetAllmulti(a, 1)), 'EOVERFLOW');
});

test('dev_set_mac_address: EBUSY while up without IFF_LIVE_ADDR_CHANGE; veth and lo have it', () => {
  const net = new Lab(1).initNet;
  const a = fakeDev(net, 'a');
  const seen = events(net);
  const mac = Uint8Array.from([2, 1, 2, 3, 4, 5]);
  devChangeFlags(a, a.flags | IFF_UP);
  seen.length = 0;
  assert.equal(errnoOf(() => devSetMacAddress(a, mac)), 'EBUSY');
  assert.equal(errnoOf(() => devSetMacAddress(a, a.devAddr.slice())), null, 'the same address needs no change');
  devChangeFlags(a, a.flags & ~IFF_UP);
  seen.length = 0;
  devSetMacAddress(a, mac);
  assert.deepEqual(seen, ['PRE_CHANGEADDR a', 'CHANGEADDR a']);
  assert.equal(errnoOf(() => devSetMacAddress(a, Uint8Array.from([1, 0, 0, 0, 0, 1]))), 'EADDRNOTAVAIL');
  const [v0] = vethNewlink({ net, name: 'v0' }, { net, name: 'v1' });
  assert.ok(v0.privFlags & IFF_LIVE_ADDR_CHANGE && v0.privFlags & IFF_NO_QUEUE);
  assert.ok(net.devByName('lo')!.privFlags & IFF_LIVE_ADDR_CHANGE);
  devChangeFlags(v0, v0.flags | IFF_UP);
  devSetMacAddress(v0, mac);
  assert.deepEqual([...v0.devAddr], [...mac]);
});

test('netdev events: CHANGE for a running device`s flags, CHANGE_TX_QUEUE_LEN, CHANGENAME', () => {
  const net = new Lab(1).initNet;
  const a = fakeDev(net, 'a');
  devChangeFlags(a, a.flags | IFF_UP);
  const seen = events(net);
  devChangeFlags(a, a.flags & ~IFF_MULTICAST);
  devChangeTxQueueLen(a, 500);
  devChangeTxQueueLen(a, 500);
  devChangeName(a, 'b');
  assert.deepEqual(seen, ['CHANGE a', 'CHANGE_TX_QUEUE_LEN a', 'CHANGENAME b']);
  assert.equal(errnoOf(() => devChangeTxQueueLen(a, 2 ** 32)), 'ERANGE');
});

test('__dev_get_by_name(): the name map follows rename, namespace moves and unregister', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const other = lab.newNet();
  const a = fakeDev(net, 'a');
  devChangeName(a, 'b');
  assert.equal(net.devByName('a'), null);
  assert.equal(net.devByName('b'), a);
  net.addAltname(a, 'alt-of-b');
  assert.equal(net.devByName('alt-of-b'), a);
  // The name is free in `other`: the pattern is not used.
  devChangeNetNamespace(a, other, 'c');
  assert.equal(net.devByName('b'), null);
  assert.equal(net.devByName('alt-of-b'), null);
  assert.equal(other.devByName('b'), a);
  assert.equal(other.devByName('alt-of-b'), a);
  unregisterNetdevice(a);
  assert.equal(other.devByName('b'), null);
  assert.equal(other.devByName('alt-of-b'), null);
});

test('__dev_change_net_namespace(): a name taken in the target needs the pattern; a taken altname refuses; __dev_alloc_name() skips altnames', () => {
  const lab = new Lab(1);
  const net = lab.initNet;
  const other = lab.newNet();
  const a = fakeDev(net, 't0');
  const b = fakeDev(other, 't0');
  other.addAltname(b, 't1');
  assert.equal(errnoOf(() => devChangeNetNamespace(a, other)), 'EEXIST');
  assert.equal(errnoOf(() => devChangeNetNamespace(a, other, 't1')), 'EEXIST');
  assert.equal(errnoOf(() => devChangeNetNamespace(a, other, 'bad/name')), 'EINVAL');
  net.addAltname(a, 'shared');
  other.addAltname(b, 'shared');
  assert.equal(errnoOf(() => devChangeNetNamespace(a, other, 't%d')), 'EEXIST');
  assert.equal(a.net, net);
  other.delAltname(b, 'shared');
  devChangeNetNamespace(a, other, 't%d');
  assert.equal(a.name, 't2');
  assert.equal(other.devByName('shared'), a);
});

test('dev_valid_name(): IFNAMSIZ counts bytes; no "/", ":", space, "." or ".."', () => {
  assert.ok(devValidName('a'.repeat(15)));
  assert.ok(!devValidName('a'.repeat(16)));
  assert.ok(devValidName('é'.repeat(7)), '14 bytes');
  assert.ok(!devValidName('é'.repeat(8)), '16 bytes');
  assert.ok(!devValidName('ééééééééé'), '18 bytes, 9 characters');
  for (const bad of ['', '.', '..', 'a/b', 'a:b', 'a b']) assert.ok(!devValidName(bad), bad);
});

test('ip link add: the name checks of iproute2 6.1, then the kernel`s', async () => {
  const s = createLabSession({ seed: 1 });
  const run = async (cmd: string): Promise<string> => {
    const r = await s.exec(`${cmd}; echo "rc=$?"`);
    return r.output;
  };
  assert.equal(await run('ip link add ééééééééé type veth peer name p0'), 'Error: Attribute failed policy validation.\nrc=2\n');
  assert.equal(await run('ip link add name ééééééééé type veth peer name p0'),
    'Error: argument "ééééééééé" is wrong: "name" not a valid ifname\nrc=255\n');
  assert.equal(await run('ip link add x0 type veth peer name ééééééééé'),
    'Error: argument "ééééééééé" is wrong: "name" not a valid ifname\nrc=255\n');
  assert.equal(await run('ip link add a:b type veth peer name p1'), 'RTNETLINK answers: Invalid argument\nrc=2\n');
  assert.equal(await run('ip link add éééééé type veth peer name p2'), 'rc=0\n');
});
