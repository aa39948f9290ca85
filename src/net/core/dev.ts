/**
 * Device lifecycle: register/unregister, open/close, flags, mtu, address,
 * name, namespace moves, carrier and RFC 2863 operstate.
 * @linux net/core/dev.c, net/core/link_watch.c
 */
import { registerNetdeviceFeatures } from './dev_features.js';
import {
  IFF_ALLMULTI, IFF_LIVE_ADDR_CHANGE, IFF_PROMISC, IFF_UP, IFF_USER_SETTABLE, IFF_LOOPBACK, IFNAMSIZ, NET_ADDR_SET, NET_NAME_RENAMED, NetDevice, Oper,
} from './netdevice.js';
import { NetdevEvent, type Net } from './net_namespace.js';
import { KError } from './errno.js';
import type { Rtnl } from './rtnetlink.js';
import { rtmsgDellink, rtmsgIfinfo, rtmsgIfinfoSend, type FillOpts } from './rtnl_link_fill.js';
import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import { IF_LINK_MODE_DORMANT, IF_LINK_MODE_TESTING } from '../../uapi/linux/if_link.js';
import { devSetRxMode } from './dev_addr_lists.js';

/** The length of `s` in UTF-8 bytes (what the kernel's strlen sees). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * dev_valid_name(): 1..15 bytes (strnlen(name, IFNAMSIZ) == IFNAMSIZ is
 * refused: the limit is in bytes of UTF-8, not characters), not "." or
 * "..", no '/', ':' or whitespace (isspace() of each byte).
 */
export function devValidName(name: string): boolean {
  if (name.length === 0 || utf8Length(name) >= IFNAMSIZ) return false;
  if (name === '.' || name === '..') return false;
  return !/[/:\s]/.test(name);
}

/** dev_alloc_name(): the lowest free number for a driver's "name%d" pattern. */
export function devAllocName(net: Net, pattern: string): string {
  return devAllocNameNs(net, pattern);
}

/** max_netdevices: the numbers __dev_alloc_name() tries (8 * PAGE_SIZE). */
const MAX_NETDEVICES = 8 * 4096;

/** A byte string of UTF-8 cut to IFNAMSIZ - 1 bytes, as snprintf(buf, IFNAMSIZ, ...) does. */
function ifnameCut(name: string): string {
  let out = name;
  while (utf8Length(out) >= IFNAMSIZ) out = out.slice(0, -1);
  return out;
}

/**
 * __dev_alloc_name(): a pattern from the user holds one "%d" and no other
 * '%' (EINVAL); a number is in use when a device's name scans to it and
 * prints back to that name; the lowest other one is taken, ENFILE when its
 * name (cut to IFNAMSIZ) is taken anyway or none is left.
 */
function devAllocNameNs(net: Net, pattern: string): string {
  const p = pattern.indexOf('%');
  if (pattern[p + 1] !== 'd' || pattern.includes('%', p + 2)) throw new KError('EINVAL');
  const head = pattern.slice(0, p);
  const tail = pattern.slice(p + 2);
  const format = (i: number): string => ifnameCut(head + i + tail);
  const inuse = new Set<number>();
  const scan = (name: string): void => {
    // sscanf(name, pattern, &i): the literal head, then %d (blanks, a sign, digits).
    const m = name.startsWith(head) ? /^[ \t\n\v\f\r]*[+-]?\d+/.exec(name.slice(head.length)) : null;
    const i = m ? Number(m[0]) : -1;
    if (i >= 0 && i < MAX_NETDEVICES && format(i) === name) inuse.add(i);
  };
  // netdev_for_each_altname(), then the device's own name.
  for (const d of net.devices.values()) {
    for (const alt of d.altnames) scan(alt);
    scan(d.name);
  }
  let i = 0;
  while (inuse.has(i)) i++;
  if (i >= MAX_NETDEVICES || net.devByName(format(i))) throw new KError('ENFILE');
  return format(i);
}

/**
 * dev_get_valid_name(): a valid name (EINVAL), a "%d" pattern made a free
 * name, else one no device has (EEXIST). Returns the name to use.
 */
export function devGetValidName(net: Net, want: string): string {
  if (!devValidName(want)) throw new KError('EINVAL');
  if (want.includes('%')) return devAllocNameNs(net, want);
  if (net.devByName(want)) throw new KError('EEXIST');
  return want;
}

/**
 * ifla_policy[IFLA_IFNAME] = { NLA_STRING, .len = IFNAMSIZ - 1 }: the
 * netlink attribute check that runs before any handler (validate_nla(),
 * -ERANGE), on the main message and on a veth's nested peer alike.
 * @linux net/core/rtnetlink.c ifla_policy, lib/nlattr.c validate_nla()
 */
export function iflaIfnamePolicy(name: string): KError | null {
  if (name.length === 0 || utf8Length(name) <= IFNAMSIZ - 1) return null;
  return new KError('ERANGE', 'Attribute failed policy validation');
}

/**
 * register_netdevice(): validate the name, allocate an ifindex, link the
 * device into its namespace and tell the subsystems (NETDEV_REGISTER).
 */
export function registerNetdevice(dev: NetDevice, ifindex = dev.ifindex, moving = false): void {
  const net = dev.net;
  dev.name = devGetValidName(net, dev.name);
  const idx = net.newIfindex(ifindex);
  if (idx < 0) throw new KError('EBUSY');
  dev.ifindex = idx;
  // the features: the software offloads, the wanted set, the first __netdev_update_features() (kept across a namespace move)
  if (!moving) registerNetdeviceFeatures(dev);
  net.listNetdevice(dev);
  dev.registered = true;
  // A device moving between namespaces keeps its operstate (no linkwatch_init_dev()).
  if (!moving) linkwatchInitDev(dev);
  net.netdevChain.call(NetdevEvent.REGISTER, dev);
  // A device being created by rtnl_newlink() is announced by rtnl_configure_link().
  if (rtnlLinkInitialized(dev)) rtmsgIfinfo(RTM_NEWLINK, dev, { change: ~0 >>> 0 });
}

/** !dev->rtnl_link_ops || dev->rtnl_link_state == RTNL_LINK_INITIALIZED */
function rtnlLinkInitialized(dev: NetDevice): boolean {
  return !dev.ops.kind || !dev.rtnlLinkInitializing;
}

/**
 * unregister_netdevice(): close, shut the qdisc, notify NETDEV_UNREGISTER
 * (addresses and routes go), announce RTM_DELLINK, unlink. `o` carries
 * where a moving device goes (IFLA_NEW_NETNSID).
 */
export function unregisterNetdevice(dev: NetDevice, o: FillOpts = {}): void {
  if (!dev.registered) return;
  // A namespace move (IFLA_NEW_NETNSID) unregisters without dismantling.
  if (o.newNetnsid === undefined) dev.dismantle = true;
  if (dev.isUp) devClose(dev);
  dev.qdiscAttached = false;
  dev.net.netdevChain.call(NetdevEvent.UNREGISTER, dev);
  const del = rtnlLinkInitialized(dev) ? rtmsgDellink(dev, { change: ~0 >>> 0, ...o }) : null;
  const net = dev.net;
  dev.net.unlistNetdevice(dev);
  dev.registered = false;
  if (del) rtmsgIfinfoSend(net, del);
}

/**
 * __dev_open(): NETDEV_PRE_UP, ndo_open (which may refuse with a KError),
 * then IFF_UP; NETDEV_UP comes from __dev_notify_flags. tuxnet sets IFF_UP
 * before ndo_open (a driver sees itself up) and takes it back on failure.
 */
function devOpenRaw(dev: NetDevice): void {
  dev.net.netdevChain.call(NetdevEvent.PRE_UP, dev);
  dev.flags |= IFF_UP;
  try {
    dev.ops.open?.(dev);
  } catch (e) {
    dev.flags &= ~IFF_UP;
    throw e;
  }
  dev.qdiscAttached = true;
  // dev_activate(): "Delay activation until next carrier-on event".
  dev.txActive = dev.carrier;
  // dev_set_rx_mode(): the unicast list may need promiscuity now that the device runs.
  devSetRxMode(dev);
}

/** __dev_close(): NETDEV_GOING_DOWN, clear IFF_UP, ndo_stop. */
function devCloseRaw(dev: NetDevice): void {
  dev.net.netdevChain.call(NetdevEvent.GOING_DOWN, dev);
  dev.flags &= ~IFF_UP;
  dev.ops.stop?.(dev);
  // dev_deactivate_many()
  dev.txActive = false;
}

/** dev_open() */
export function devOpen(dev: NetDevice): void {
  if (dev.isUp) return;
  const old = dev.flags;
  devOpenRaw(dev);
  devNotifyFlags(dev, old, dev.flags ^ old);
}

/** dev_close() */
export function devClose(dev: NetDevice): void {
  if (!dev.isUp) return;
  const old = dev.flags;
  devCloseRaw(dev);
  devNotifyFlags(dev, old, dev.flags ^ old);
}

/**
 * __dev_notify_flags(): RTM_NEWLINK for the changed flags `gchanges`, then
 * NETDEV_UP/DOWN, then NETDEV_CHANGE for other changes of a running device.
 */
export function devNotifyFlags(dev: NetDevice, oldFlags: number, gchanges: number): void {
  const changes = dev.flags ^ oldFlags;
  if (gchanges) rtmsgIfinfo(RTM_NEWLINK, dev, { change: gchanges >>> 0 });
  if (changes & IFF_UP) dev.net.netdevChain.call(dev.isUp ? NetdevEvent.UP : NetdevEvent.DOWN, dev);
  const other = changes & ~(IFF_UP | IFF_PROMISC | IFF_ALLMULTI);
  if (dev.isUp && other) dev.net.netdevChain.call(NetdevEvent.CHANGE, dev, { kind: 'change', flagsChanged: other });
}

/** __dev_change_flags(): the user-settable flags, then open/close; no notification. */
export function devChangeFlagsRaw(dev: NetDevice, flags: number): void {
  const old = dev.flags;
  dev.flags = (old & ~IFF_USER_SETTABLE & ~IFF_UP) | (flags & IFF_USER_SETTABLE & ~IFF_UP) | (old & IFF_UP);
  if ((old ^ flags) & IFF_UP) {
    if (flags & IFF_UP) devOpenRaw(dev);
    else devCloseRaw(dev);
  }
  if ((flags ^ dev.gflags) & IFF_PROMISC) {
    dev.gflags ^= IFF_PROMISC;
    devSetPromiscuityInner(dev, flags & IFF_PROMISC ? 1 : -1, false);
  }
  // "order of synchronization of IFF_PROMISC and IFF_ALLMULTI is important"
  if ((flags ^ dev.gflags) & IFF_ALLMULTI) {
    dev.gflags ^= IFF_ALLMULTI;
    devSetAllmultiInner(dev, flags & IFF_ALLMULTI ? 1 : -1, false);
  }
}

/**
 * dev_change_flags(): __dev_change_flags() then __dev_notify_flags() of what
 * changed, the user's IFF_PROMISC / IFF_ALLMULTI (dev->gflags) included.
 */
export function devChangeFlags(dev: NetDevice, flags: number): void {
  const old = dev.flags;
  const oldG = dev.gflags;
  devChangeFlagsRaw(dev, flags);
  devNotifyFlags(dev, old, (old ^ dev.flags) | (oldG ^ dev.gflags));
}

/** netdev_state_change(): a running device's state changed (NETDEV_CHANGE + RTM_NEWLINK). */
export function netdevStateChange(dev: NetDevice): void {
  if (!dev.isUp) return;
  dev.net.netdevChain.call(NetdevEvent.CHANGE, dev);
  rtmsgIfinfo(RTM_NEWLINK, dev);
}

/** dev_change_rx_flags(): a running device's driver hears of a promiscuity or allmulti flip. */
function devChangeRxFlags(dev: NetDevice, change: number): void {
  if (dev.flags & IFF_UP) dev.ops.changeRxFlags?.(dev, change);
}

/** UINT_MAX + 1: the counters are unsigned int; reaching it is overflow. */
const COUNT_WRAP = 2 ** 32;

/**
 * __dev_set_promiscuity(): IFF_PROMISC is set while the count is above 0.
 * "If inc causes overflow, untouch promisc and return error" (EOVERFLOW).
 * With `notify`, __dev_notify_flags(dev, old_flags, IFF_PROMISC).
 */
function devSetPromiscuityInner(dev: NetDevice, inc: number, notify: boolean): void {
  const count = (dev.promiscuity + inc + COUNT_WRAP) % COUNT_WRAP;
  const old = dev.flags;
  let flags: number;
  if (count === 0) {
    if (inc > 0) throw new KError('EOVERFLOW');
    flags = old & ~IFF_PROMISC;
  } else flags = old | IFF_PROMISC;
  dev.promiscuity = count;
  dev.flags = flags;
  if (flags !== old) devChangeRxFlags(dev, IFF_PROMISC);
  if (notify) devNotifyFlags(dev, old, IFF_PROMISC);
}

/** __dev_set_promiscuity(dev, inc, false): counted without a notification (uc_promisc). */
export function devSetPromiscuityQuiet(dev: NetDevice, inc: number): void {
  devSetPromiscuityInner(dev, inc, false);
}

/** dev_set_promiscuity(): a user (a bridge port, a macvlan lower, a packet socket) adds or drops one. */
export function devSetPromiscuity(dev: NetDevice, inc: number): void {
  devSetPromiscuityInner(dev, inc, true);
}

/** __dev_set_allmulti(): as promiscuity, for IFF_ALLMULTI; told only when the flag flips. */
function devSetAllmultiInner(dev: NetDevice, inc: number, notify: boolean): void {
  const count = (dev.allmulti + inc + COUNT_WRAP) % COUNT_WRAP;
  const old = dev.flags;
  const oldG = dev.gflags;
  let flags: number;
  if (count === 0) {
    if (inc > 0) throw new KError('EOVERFLOW');
    flags = old & ~IFF_ALLMULTI;
  } else flags = old | IFF_ALLMULTI;
  dev.allmulti = count;
  if (flags === old) return;
  dev.flags = flags;
  devChangeRxFlags(dev, IFF_ALLMULTI);
  if (notify) devNotifyFlags(dev, old, dev.gflags ^ oldG);
}

/** dev_set_allmulti() */
export function devSetAllmulti(dev: NetDevice, inc: number): void {
  devSetAllmultiInner(dev, inc, true);
}

/** dev_change_tx_queue_len(): NETDEV_CHANGE_TX_QUEUE_LEN when the length changes (ERANGE past u32). */
export function devChangeTxQueueLen(dev: NetDevice, len: number): void {
  if (!Number.isInteger(len) || len < 0 || len > 0xffffffff) throw new KError('ERANGE');
  if (len === dev.txQueueLen) return;
  dev.txQueueLen = len;
  dev.net.netdevChain.call(NetdevEvent.CHANGE_TX_QUEUE_LEN, dev);
}

/** GSO_LEGACY_MAX_SIZE: the most an IPv4 packet's 16-bit total length can say. */
export const GSO_LEGACY_MAX_SIZE = 65536;
/** GSO_MAX_SIZE / GRO_MAX_SIZE (8 * 65535, include/linux/netdevice.h) and GSO_MAX_SEGS. */
export const GSO_MAX_SIZE = 524280;
export const GRO_MAX_SIZE = 524280;
export const GSO_MAX_SEGS = 65535;

/** netif_set_gso_max_size(): IPv4's limit follows while it fits a legacy packet. */
export function netifSetGsoMaxSize(dev: NetDevice, size: number): void {
  dev.gsoMaxSize = size;
  if (size <= GSO_LEGACY_MAX_SIZE) dev.gsoIpv4MaxSize = size;
}

/** netif_set_gro_max_size(): the same coupling for GRO. */
export function netifSetGroMaxSize(dev: NetDevice, size: number): void {
  dev.groMaxSize = size;
  if (size <= GSO_LEGACY_MAX_SIZE) dev.groIpv4MaxSize = size;
}

/** netif_set_tso_max_size(): the device's TSO ceiling; GSO limits above it come down to it. */
export function netifSetTsoMaxSize(dev: NetDevice, size: number): void {
  dev.tsoMaxSize = Math.min(GSO_MAX_SIZE, size);
  if (size < dev.gsoMaxSize) netifSetGsoMaxSize(dev, size);
  if (size < dev.gsoIpv4MaxSize) dev.gsoIpv4MaxSize = size;
}

/** netif_set_tso_max_segs() */
export function netifSetTsoMaxSegs(dev: NetDevice, segs: number): void {
  dev.tsoMaxSegs = segs;
  if (segs < dev.gsoMaxSegs) dev.gsoMaxSegs = segs;
}

/** dev_set_mtu_ext(): bounds with the kernel's extack messages. */
export function devSetMtu(dev: NetDevice, mtu: number): void {
  if (mtu === dev.mtu) return;
  // dev_validate_mtu(): a negative int is below any minimum.
  if (mtu < 0 || mtu < dev.minMtu) throw new KError('EINVAL', 'mtu less than device minimum');
  if (dev.maxMtu > 0 && mtu > dev.maxMtu) throw new KError('EINVAL', 'mtu greater than device maximum');
  dev.net.netdevChain.call(NetdevEvent.PRECHANGEMTU, dev);
  const origMtu = dev.mtu;
  if (dev.ops.changeMtu) dev.ops.changeMtu(dev, mtu);
  dev.mtu = mtu;
  // call_netdevice_notifiers_mtu(): the old MTU rides along.
  dev.net.netdevChain.call(NetdevEvent.CHANGEMTU, dev, { kind: 'changemtu', origMtu });
}

/**
 * dev_set_mac_address(): NETDEV_PRE_CHANGEADDR, then (when the address
 * differs) ndo_set_mac_address = eth_mac_addr(): a running device without
 * IFF_LIVE_ADDR_CHANGE refuses (EBUSY, eth_prepare_mac_addr_change), an
 * Ethernet device refuses multicast and zero addresses (EADDRNOTAVAIL);
 * then NETDEV_CHANGEADDR.
 */
export function devSetMacAddress(dev: NetDevice, addr: Uint8Array): void {
  if (dev.ops.noSetMacAddress) throw new KError('EOPNOTSUPP');
  if (addr.length !== dev.addrLen) throw new KError('EINVAL');
  dev.net.netdevChain.call(NetdevEvent.PRE_CHANGEADDR, dev);
  if (dev.ops.setMacAddress) {
    dev.ops.setMacAddress(dev, addr);
    dev.addrAssignType = NET_ADDR_SET;
    dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, dev);
    return;
  }
  const same = addr.every((b, i) => b === dev.devAddr[i]);
  if (!same && !(dev.privFlags & IFF_LIVE_ADDR_CHANGE) && dev.isUp) throw new KError('EBUSY');
  if (!same && !(dev.flags & IFF_LOOPBACK) && ((addr[0] ?? 0) & 1 || addr.every((b) => b === 0))) {
    throw new KError('EADDRNOTAVAIL');
  }
  dev.devAddr.set(addr);
  dev.addrAssignType = NET_ADDR_SET;
  dev.net.netdevChain.call(NetdevEvent.CHANGEADDR, dev);
}

/** dev_change_name(): refused while the device is up (EBUSY). */
export function devChangeName(dev: NetDevice, name: string): void {
  if (name === dev.name) return;
  // Linux 6.x renames running devices too (the recorded kernel accepts it).
  const old = dev.name;
  dev.name = devGetValidName(dev.net, name);
  dev.nameAssignType = NET_NAME_RENAMED;
  dev.net.renameNetdevice(dev, old);
  dev.net.netdevChain.call(NetdevEvent.CHANGENAME, dev, old);
}

/**
 * __dev_change_net_namespace(): close, unregister from the old namespace
 * (addresses and routes go), keep the ifindex when free, register in the new.
 * The device keeps its name unless the target has it: then `pat` (the
 * request's IFLA_IFNAME, a "%d" pattern allowed) names it, or the move is
 * refused; an altname in use there refuses it too.
 */
export function devChangeNetNamespace(dev: NetDevice, net: Net, pat?: string, wantIfindex = 0): void {
  if (dev.net === net) return;
  // "Don't allow namespace local devices to be moved": dev->netns_immutable (lo, a bridge).
  if (dev.flags & IFF_LOOPBACK || dev.netnsLocal) throw new KError('EINVAL', 'The interface netns is immutable');
  let name = dev.name;
  if (net.devByName(name)) {
    if (pat === undefined) throw new KError('EEXIST', 'An interface with the same name exists in the target netns');
    // dev_prep_valid_name()
    try {
      name = devGetValidName(net, pat);
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      throw new KError(e.errno, `Unable to use '${pat}' for the new interface name in the target netns`);
    }
  }
  // "Check that none of the altnames conflicts."
  const taken = dev.altnames.find((alt) => net.devByName(alt));
  if (taken !== undefined) throw new KError('EEXIST', `An interface with the altname ${taken} exists in the target netns`);
  // dev_index_reserve(): the requested index (IFLA_NEW_IFINDEX, EBUSY when taken), else the old one when free.
  if (wantIfindex && net.devices.has(wantIfindex)) throw new KError('EBUSY', `The ifindex ${wantIfindex} is not available in the target netns`);
  const oldIndex = wantIfindex || dev.ifindex;
  // The RTM_DELLINK sent in the old namespace names the new one by id (IFLA_NEW_NETNSID).
  const newNetnsid = dev.net.peernet2idAlloc(net);
  const newIfindex = net.devices.has(oldIndex) ? 0 : oldIndex;
  unregisterNetdevice(dev, { newNetnsid, newIfindex: newIfindex || undefined });
  dev.net = net;
  dev.name = name;
  registerNetdevice(dev, newIfindex, true);
}

/** netif_carrier_on() / netif_carrier_off() and the linkwatch event they fire. */
export function netifCarrierOn(dev: NetDevice): void {
  if (dev.carrier) return;
  dev.carrier = true;
  dev.carrierUpCount++;
  linkwatchFireEvent(dev);
}

export function netifCarrierOff(dev: NetDevice): void {
  if (!dev.carrier) return;
  dev.carrier = false;
  dev.carrierDownCount++;
  linkwatchFireEvent(dev);
}

/**
 * default_operstate() (net/core/link_watch.c): no carrier means DOWN, or
 * LOWERLAYERDOWN when the lower device found by iflink *in this namespace*
 * has no carrier either.
 */
function defaultOperstate(dev: NetDevice): Oper {
  if (!dev.carrier) {
    const iflink = dev.iflink;
    if (iflink === dev.ifindex) return Oper.DOWN;
    const peer = dev.net.devByIndex(iflink);
    if (!peer) return Oper.DOWN;
    return peer.carrier ? Oper.DOWN : Oper.LOWERLAYERDOWN;
  }
  return Oper.UP;
}

/**
 * rfc2863_policy(): default_operstate(), unless that is the state already;
 * a device in link mode dormant (testing) that would be UP is DORMANT
 * (TESTING) until `ip link set DEV state up` (set_operstate()).
 */
function rfc2863Policy(dev: NetDevice): void {
  let op = defaultOperstate(dev);
  if (op === dev.operstate) return;
  if (op === Oper.UP && dev.linkMode === IF_LINK_MODE_DORMANT) op = Oper.DORMANT;
  else if (op === Oper.UP && dev.linkMode === IF_LINK_MODE_TESTING) op = Oper.TESTING;
  dev.operstate = op;
}

/** linkwatch_init_dev(): a device born without carrier gets its state now. */
function linkwatchInitDev(dev: NetDevice): void {
  if (!dev.carrier) rfc2863Policy(dev);
}

/**
 * set_operstate() (net/core/rtnetlink.c): IFLA_OPERSTATE only moves a
 * device between UP and DORMANT or TESTING: UP from DORMANT, TESTING or
 * UNKNOWN; DORMANT or TESTING from an up operstate (netif_oper_up());
 * anything else leaves it. A change is announced.
 */
export function setOperstate(dev: NetDevice, transition: number): void {
  let op = dev.operstate;
  switch (transition) {
    case Oper.UP:
      if (op === Oper.DORMANT || op === Oper.TESTING || op === Oper.UNKNOWN) op = Oper.UP;
      break;
    case Oper.TESTING:
    case Oper.DORMANT:
      if (dev.operUp) op = transition;
      break;
  }
  if (op === dev.operstate) return;
  dev.operstate = op;
  netdevStateChange(dev);
}

/**
 * linkwatch_urgent_event(): a running device whose link is another one's
 * (veth, macvlan, vxlan: iflink differs), or with carrier whose tx queue
 * does not run its qdisc yet (qdisc_tx_changing(): txq->qdisc is not
 * qdisc_sleeping): a device opened before (its default qdisc attached)
 * that dev_activate() has not restarted, as after a carrier loss the
 * linkwatch handled. Before a device's first open both are noop_qdisc: a
 * veth whose peer has its index coming up the first time is not urgent.
 * The work asks again when it runs (__linkwatch_run_queue()), after the
 * open's own dev_activate(): a veth brought up again whose peer is up is
 * urgent when its carrier comes, but no longer when the work looks, so it
 * waits for the next full run as well. A bridge losing its carrier is not
 * urgent.
 */
function linkwatchUrgentEvent(dev: NetDevice): boolean {
  if (!dev.isUp) return false;
  if (dev.iflink !== dev.ifindex) return true;
  return dev.carrier && dev.qdiscAttached && !dev.txActive;
}

/** HZ in ns: a full linkwatch run is followed by a second without another (linkwatch_nextevent). */
const LINKWATCH_PERIOD_NS = 1_000_000_000;

/**
 * linkwatch_fire_event(): Linux queues the device for the linkwatch work,
 * which runs once the rtnl lock is released; tuxnet runs the queue at
 * rtnl unlock (rtnetlink requests) and at once outside the lock. Within a
 * second of the last full run a non-urgent event waits for the next one
 * (linkwatch_schedule_work(): delay = linkwatch_nextevent - jiffies), so
 * `ip link` still shows such a device's old operstate meanwhile.
 */
export function linkwatchFireEvent(dev: NetDevice): void {
  if (!dev.registered) return;
  const rtnl = dev.net.world.rtnl;
  const sched = dev.net.world.sched;
  if (!linkwatchUrgentEvent(dev) && sched.now < rtnl.lwNextevent) {
    linkwatchDefer(rtnl, dev);
    return;
  }
  if (!rtnl.locked && !rtnl.lwRunning) {
    linkwatchRunQueue(rtnl, sched.now, dev);
    return;
  }
  // under the lock, or from the linkwatch work itself (a bridge's carrier following its port's): queued, FIFO
  rtnl.lweventlist.add(dev);
}

/** A non-urgent event within the second: it waits for the full run at linkwatch_nextevent (linkwatch_schedule_work(0)). */
function linkwatchDefer(rtnl: Rtnl, dev: NetDevice): void {
  const sched = dev.net.world.sched;
  rtnl.lwDeferred.add(dev);
  rtnl.lwTimer ??= sched.schedule(rtnl.lwNextevent - sched.now, () => {
    // linkwatch_event(): a full run, even when a sync took every device already.
    rtnl.lwTimer = null;
    linkwatchRunQueue(rtnl, sched.now, undefined, true);
  });
}

/** linkwatch_sync_dev(): a device's pending event is handled now, alone (the second is not restarted). */
export function linkwatchSyncDev(dev: NetDevice): void {
  const rtnl = dev.net.world.rtnl;
  const deferred = rtnl.lwDeferred.delete(dev);
  const queued = rtnl.lweventlist.delete(dev);
  if (deferred || queued) linkwatchDoDev(dev);
}

/**
 * linkwatch_do_dev(): recompute operstate (rfc2863_policy); a running
 * device's qdisc follows its carrier (dev_activate / dev_deactivate) and
 * its change is announced.
 */
function linkwatchDoDev(dev: NetDevice): void {
  if (!dev.registered) return;
  rfc2863Policy(dev);
  if (dev.isUp) dev.txActive = dev.carrier;
  netdevStateChange(dev);
}

/**
 * __linkwatch_run_queue(): the queued devices, in the order their events
 * came (and `dev`, an event outside the lock). A run after the second is
 * up is a full one: it takes the waiting devices too and starts the next
 * second; one within it takes only the urgent ones.
 */
export function linkwatchRunQueue(rtnl: Rtnl, now: number, dev?: NetDevice, work = false): void {
  const full = now >= rtnl.lwNextevent;
  if (full && (work || dev || rtnl.lweventlist.size || rtnl.lwDeferred.size)) {
    rtnl.lwNextevent = now + LINKWATCH_PERIOD_NS;
    for (const d of rtnl.lwDeferred) if (d !== dev) rtnl.lweventlist.add(d);
    rtnl.lwDeferred.clear();
  }
  const nested = rtnl.lwRunning;
  rtnl.lwRunning = true;
  try {
    if (dev) linkwatchDoDev(dev);
    // the oldest first, each taken off before its work (which may queue others behind the rest)
    for (let d = firstOf(rtnl.lweventlist); d; d = firstOf(rtnl.lweventlist)) {
      rtnl.lweventlist.delete(d);
      // urgent_only: a device that is no longer urgent goes back to wait for the full run
      if (!full && d.registered && !linkwatchUrgentEvent(d)) linkwatchDefer(rtnl, d);
      else linkwatchDoDev(d);
    }
  } finally {
    rtnl.lwRunning = nested;
  }
}

/** The oldest member of an insertion-ordered set (a linkwatch queue), or undefined. */
export function firstOf<T>(s: ReadonlySet<T>): T | undefined {
  return s.size === 0 ? undefined : s.values().next().value;
}

/** The operstate RTM_NEWLINK reports: DOWN unless running (rtnl_fill_ifinfo). */
export function reportedOperstate(dev: NetDevice): Oper {
  return dev.isUp ? dev.operstate : Oper.DOWN;
}

