/**
 * IPv4 addresses on devices: struct in_device and in_ifaddr, primaries and
 * secondaries, promotion, and the device events that create and destroy
 * the IPv4 side of a device.
 * @linux net/ipv4/devinet.c, include/linux/inetdevice.h
 */
import type { NetDevice } from '../core/netdevice.js';
import { IFF_LOOPBACK, IFF_UP, IFNAMSIZ } from '../core/netdevice.js';
import { NetdevEvent, type Net } from '../core/net_namespace.js';
import { KError } from '../core/errno.js';
import { Ipv4Devconf, DevconfIdx, devconfCopyForNewDevice, inDevPromoteSecondaries } from './devconf.js';
import { devinetSysctlRegister, devinetSysctlUnregister, neighSysctlRegister, neighSysctlUnregister } from './devinet_sysctl.js';
import { NeighParms } from '../core/neigh_parms.js';
import type { Timer } from '../../sim/scheduler.js';
import { ipMcDown, ipMcReset, ipMcUp, type IpMcList } from './igmp.js';
import { neighParmsAlloc, neighParmsRelease } from '../core/neighbour.js';
import { RT_SCOPE_HOST } from './fib_types.js';
import { IPV4_MIN_MTU, prefixToMask } from '../../wire/ipv4.js';
import { rtmsgIfa } from './devinet_rtnl.js';
import { RTM_DELADDR, RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';

export {
  IFA_F_SECONDARY, IFA_F_NODAD, IFA_F_OPTIMISTIC, IFA_F_DADFAILED, IFA_F_HOMEADDRESS, IFA_F_DEPRECATED,
  IFA_F_TENTATIVE, IFA_F_PERMANENT, IFA_F_MANAGETEMPADDR, IFA_F_NOPREFIXROUTE, IFA_F_MCAUTOJOIN, IFA_F_STABLE_PRIVACY,
} from '../../uapi/linux/if_addr.js';
import {
  IFA_F_SECONDARY, IFA_F_NODAD, IFA_F_OPTIMISTIC, IFA_F_DADFAILED, IFA_F_HOMEADDRESS,
  IFA_F_TENTATIVE, IFA_F_PERMANENT, IFA_F_MANAGETEMPADDR, IFA_F_STABLE_PRIVACY,
} from '../../uapi/linux/if_addr.js';
/** Flags that mean nothing for IPv4 and are cleared (IPV6ONLY_FLAGS). */
const IPV6ONLY_FLAGS = IFA_F_NODAD | IFA_F_OPTIMISTIC | IFA_F_DADFAILED | IFA_F_HOMEADDRESS | IFA_F_TENTATIVE | IFA_F_MANAGETEMPADDR | IFA_F_STABLE_PRIVACY;

/** INFINITY_LIFE_TIME */
export const INFINITY_LIFE_TIME = 0xffffffff;

/** struct in_ifaddr: addresses are u32 in host order. */
export interface InIfaddr {
  next: InIfaddr | null;
  inDev: InDevice;
  local: number;
  /** The peer (IFA_ADDRESS); equals local unless a peer was given. */
  address: number;
  mask: number;
  prefixlen: number;
  broadcast: number;
  flags: number;
  scope: number;
  label: string;
  /** IFA_RT_PRIORITY: the metric of the prefix route. */
  rtPriority: number;
  validLft: number;
  preferredLft: number;
  proto: number;
  /** ifa_tstamp / ifa_cstamp: jiffies of the last lifetime change and of creation (0: never set). */
  tstamp: number;
  cstamp: number;
}

/** struct in_device */
export class InDevice {
  ifaList: InIfaddr | null = null;
  dead = false;
  readonly cnf: Ipv4Devconf;
  readonly arpParms: NeighParms;
  /** mc_list: the groups the kernel joined here beyond 224.0.0.1 (igmp.ts), newest first. */
  readonly mcList: IpMcList[] = [];
  /** mc_tomb: groups left whose leave is still being reported. */
  mcTomb: IpMcList[] = [];
  /** mr_ifc_count / mr_ifc_timer: the state-change report repetitions. */
  mrIfcCount = 0;
  mrIfcTimer: Timer | null = null;
  /** mr_v1_seen / mr_v2_seen: until when (ns) an IGMPv1/v2 querier heard rules the device (0: none heard). */
  mrV1Seen = 0;
  mrV2Seen = 0;
  /** mr_qrv, mr_qi, mr_qri (jiffies): the querier's robustness, query and response intervals (ip_mc_reset() sets them). */
  mrQrv = 0;
  mrQi = 0;
  mrQri = 0;
  /** mr_maxdelay / mr_gq_timer: the last v3 query's max delay (jiffies) and the general report it timed. */
  mrMaxdelay = 0;
  mrGqTimer: Timer | null = null;
  mrGqExpires = 0;

  constructor(readonly dev: NetDevice) {
    this.cnf = devconfCopyForNewDevice(dev.net.ipv4.devconfDflt);
    this.cnf.owner = dev;
    this.arpParms = new NeighParms();
  }

  get all(): Ipv4Devconf {
    return this.dev.net.ipv4.devconfAll;
  }

  /** The addresses in list order. */
  *addrs(): IterableIterator<InIfaddr> {
    for (let ifa = this.ifaList; ifa; ifa = ifa.next) yield ifa;
  }
}

/** inet_ifa_match(): is `addr` in ifa's subnet? */
export function inetIfaMatch(addr: number, ifa: InIfaddr): boolean {
  return ((addr ^ ifa.address) & ifa.mask) === 0;
}

/** inet_addr_onlink(): both addresses (0: any) in the subnet of one address of the device. */
export function inetAddrOnlink(dev: NetDevice, a: number, b: number): boolean {
  for (const ifa of dev.ip?.addrs() ?? []) {
    if ((!a || inetIfaMatch(a, ifa)) && (!b || inetIfaMatch(b, ifa))) return true;
  }
  return false;
}

/** inet_ifa_byprefix(): the primary address of that subnet. */
export function inetIfaByprefix(inDev: InDevice, prefix: number, mask: number): InIfaddr | null {
  for (let ifa = inDev.ifaList; ifa; ifa = ifa.next) {
    if (ifa.mask === mask && inetIfaMatch(prefix, ifa)) return ifa;
  }
  return null;
}

/** A fresh in_ifaddr (inet_alloc_ifa) for `inDev`. */
export function inetAllocIfa(inDev: InDevice, local: number, prefixlen: number): InIfaddr {
  return {
    // set_ifa_lifetime() with an infinite valid_lft marks the address permanent.
    next: null, inDev, local, address: local, mask: prefixToMask(prefixlen), prefixlen, broadcast: 0, flags: IFA_F_PERMANENT,
    scope: 0, label: inDev.dev.name, rtPriority: 0, validLft: INFINITY_LIFE_TIME, preferredLft: INFINITY_LIFE_TIME, proto: 0,
    tstamp: 0, cstamp: 0,
  };
}

/**
 * A place in the singly linked list (the kernel's `struct in_ifaddr **`):
 * the device's list head or an entry's next pointer. No allocation per step.
 */
type Slot = InDevice | InIfaddr;

function headSlot(inDev: InDevice): Slot {
  return inDev;
}

function nextSlot(ifa: InIfaddr): Slot {
  return ifa;
}

function slotGet(slot: Slot): InIfaddr | null {
  return slot instanceof InDevice ? slot.ifaList : slot.next;
}

function slotSet(slot: Slot, v: InIfaddr | null): void {
  if (slot instanceof InDevice) slot.ifaList = v;
  else slot.next = v;
}

/** Per-namespace IPv4 address state: the inetaddr notifier chain. */
export type InetaddrListener = (event: 'up' | 'down', ifa: InIfaddr) => void;

function inetaddrNotify(net: Net, event: 'up' | 'down', ifa: InIfaddr): void {
  // rtmsg_ifa() comes before the inetaddr chain (routes, ARP).
  rtmsgIfa(event === 'up' ? RTM_NEWADDR : RTM_DELADDR, ifa);
  net.ipv4.fib.inetaddrEvent(event, ifa);
  for (const l of net.ipv4.inetaddrChain) l(event, ifa);
}

/** register_inetaddr_notifier() for one namespace (ARP, routing cache users). */
export function registerInetaddrNotifier(net: Net, l: InetaddrListener): void {
  net.ipv4.inetaddrChain.push(l);
}

/** unregister_inetaddr_notifier() */
export function unregisterInetaddrNotifier(net: Net, l: InetaddrListener): void {
  const list = net.ipv4.inetaddrChain;
  const i = list.indexOf(l);
  if (i >= 0) list.splice(i, 1);
}

/**
 * __inet_insert_ifa(): a new address is secondary when a primary of the same
 * subnet exists; primaries are kept sorted by scope. Returns EEXIST for the
 * same local address in the same subnet.
 */
export function inetInsertIfa(ifa: InIfaddr): void {
  const inDev = ifa.inDev;
  if (!ifa.local) return;
  ifa.flags &= ~IFA_F_SECONDARY & ~IPV6ONLY_FLAGS;
  let lastPrimary: Slot = headSlot(inDev);
  let slot: Slot = headSlot(inDev);
  for (let ifa1 = slotGet(slot); ifa1; ifa1 = slotGet(slot)) {
    if (!(ifa1.flags & IFA_F_SECONDARY) && ifa.scope <= ifa1.scope) lastPrimary = nextSlot(ifa1);
    if (ifa1.mask === ifa.mask && inetIfaMatch(ifa1.address, ifa)) {
      if (ifa1.local === ifa.local) throw new KError('EEXIST');
      if (ifa1.scope !== ifa.scope) throw new KError('EINVAL', 'ipv4: Invalid scope value');
      ifa.flags |= IFA_F_SECONDARY;
    }
    slot = nextSlot(ifa1);
  }
  if (!(ifa.flags & IFA_F_SECONDARY)) slot = lastPrimary;
  ifa.next = slotGet(slot);
  slotSet(slot, ifa);
  inetaddrNotify(inDev.dev.net, 'up', ifa);
}

/** find_matching_ifa(): same subnet and same local address. */
export function findMatchingIfa(inDev: InDevice, local: number, address: number, mask: number): InIfaddr | null {
  for (let ifa = inDev.ifaList; ifa; ifa = ifa.next) {
    if (ifa.mask === mask && ((address ^ ifa.address) & ifa.mask) === 0 && ifa.local === local) return ifa;
  }
  return null;
}

/** The slot that holds `target` in its device's list. */
function slotOf(target: InIfaddr): Slot {
  let slot = headSlot(target.inDev);
  for (let ifa = slotGet(slot); ifa && ifa !== target; ifa = slotGet(slot)) slot = nextSlot(ifa);
  return slot;
}

/**
 * __inet_del_ifa(): deleting a primary deletes its secondaries, unless
 * promote_secondaries is on: then the first secondary becomes primary and
 * the subnet's routes move to its address.
 */
export function inetDelIfa(ifa1: InIfaddr): void {
  const inDev = ifa1.inDev;
  const net = inDev.dev.net;
  const slot = slotOf(ifa1);
  let lastPrim: Slot = slot;
  let promote: InIfaddr | null = null;
  let prevProm: InIfaddr | null = null;
  if (!inDev.dead && !(ifa1.flags & IFA_F_SECONDARY)) {
    const doPromote = inDevPromoteSecondaries(inDev.all, inDev.cnf);
    let slot1 = nextSlot(ifa1);
    for (let ifa = slotGet(slot1); ifa; ifa = slotGet(slot1)) {
      if (!(ifa.flags & IFA_F_SECONDARY) && ifa1.scope <= ifa.scope) lastPrim = nextSlot(ifa);
      if (!(ifa.flags & IFA_F_SECONDARY) || ifa1.mask !== ifa.mask || !inetIfaMatch(ifa1.address, ifa)) {
        slot1 = nextSlot(ifa);
        prevProm = ifa;
        continue;
      }
      if (!doPromote) {
        slotSet(slot1, ifa.next);
        inetaddrNotify(net, 'down', ifa);
      } else {
        promote = ifa;
        break;
      }
    }
    // On promotion every secondary of the subnet changes its primary: remove
    // their routes now, add them back with the new prefsrc below.
    for (let ifa = promote; ifa; ifa = ifa.next) {
      if (ifa1.mask === ifa.mask && inetIfaMatch(ifa1.address, ifa)) net.ipv4.fib.delIfaddr(ifa, ifa1);
    }
  }
  slotSet(slot, ifa1.next);
  inetaddrNotify(net, 'down', ifa1);
  if (promote) promoteSecondary(ifa1, promote, prevProm, lastPrim);
}

function promoteSecondary(ifa1: InIfaddr, promote: InIfaddr, prevProm: InIfaddr | null, lastPrim: Slot): void {
  const net = ifa1.inDev.dev.net;
  const nextSec = promote.next;
  if (prevProm) {
    prevProm.next = nextSec;
    promote.next = slotGet(lastPrim);
    slotSet(lastPrim, promote);
  }
  promote.flags &= ~IFA_F_SECONDARY;
  inetaddrNotify(net, 'up', promote);
  for (let ifa = nextSec; ifa; ifa = ifa.next) {
    if (ifa1.mask !== ifa.mask || !inetIfaMatch(ifa1.address, ifa)) continue;
    net.ipv4.fib.addIfaddr(ifa);
  }
}

/** inetdev_init(): the IPv4 side of a device, with its conf/ and neigh/ sysctls. */
export function inetdevInit(dev: NetDevice): InDevice {
  const inDev = new InDevice(dev);
  dev.ip = inDev;
  neighParmsAlloc(dev.net.ipv4.arpTbl, inDev.arpParms, dev);
  neighSysctlRegister(dev.net, dev.name, inDev.arpParms);
  devinetSysctlRegister(dev.net, dev.name, inDev.cnf);
  ipMcReset(inDev);
  // A running device (its MTU back at 68 or more) joins all-hosts at once.
  if (dev.flags & IFF_UP) ipMcUp(inDev);
  return inDev;
}

/** inetdev_destroy(): every address goes, then the sysctls. */
export function inetdevDestroy(inDev: InDevice): void {
  const dev = inDev.dev;
  inDev.dead = true;
  while (inDev.ifaList) inetDelIfa(inDev.ifaList);
  dev.ip = null;
  neighParmsRelease(dev.net.ipv4.arpTbl, inDev.arpParms);
  devinetSysctlUnregister(dev.net, dev.name, dev.ifindex);
  neighSysctlUnregister(dev.net, dev.name);
}

/** lo gets 127.0.0.1/8 scope host when it comes up (inetdev_event NETDEV_UP). */
function addLoopbackAddress(inDev: InDevice): void {
  const ifa = inetAllocIfa(inDev, 0x7f000001, 8);
  ifa.scope = RT_SCOPE_HOST;
  inDev.cnf.setAll();
  try {
    inetInsertIfa(ifa);
  } catch (e) {
    if (!(e instanceof KError)) throw e;
  }
}

/**
 * inetdev_changename(): in list order, the first address's label becomes
 * the new name; each other one the new name and its old label's ":suffix"
 * (":N" for the Nth address when it had none), the name cut so the label
 * fits IFNAMSIZ; each is announced (RTM_NEWADDR). Then the sysctl
 * directories go and come back under the new name.
 */
function inetdevChangename(inDev: InDevice, oldName: string): void {
  const name = inDev.dev.name;
  let named = 0;
  for (const ifa of inDev.addrs()) {
    const old = ifa.label;
    ifa.label = name;
    if (named++ > 0) {
      const at = old.indexOf(':');
      const dot = at >= 0 ? old.slice(at) : `:${named}`;
      ifa.label = dot.length + name.length < IFNAMSIZ ? name + dot : name.slice(0, IFNAMSIZ - dot.length - 1) + dot;
    }
    rtmsgIfa(RTM_NEWADDR, ifa);
  }
  devinetSysctlUnregister(inDev.dev.net, oldName, inDev.dev.ifindex);
  neighSysctlUnregister(inDev.dev.net, oldName);
  neighSysctlRegister(inDev.dev.net, name, inDev.arpParms);
  devinetSysctlRegister(inDev.dev.net, name, inDev.cnf);
}

/** inetdev_event(): the IPv4 reaction to device events. */
export function inetdevEvent(event: NetdevEvent, dev: NetDevice, oldName?: string): void {
  const inDev = dev.ip;
  if (!inDev) {
    if (event === NetdevEvent.REGISTER) {
      // Whatever the MTU; only lo's first in_device is exempt from IPsec.
      const created = inetdevInit(dev);
      if (dev.flags & IFF_LOOPBACK) {
        created.cnf.set(DevconfIdx.NOXFRM, 1);
        created.cnf.set(DevconfIdx.NOPOLICY, 1);
      }
    } else if (event === NetdevEvent.CHANGEMTU && dev.mtu >= IPV4_MIN_MTU) {
      // Re-enabling IP: a fresh copy of conf/default (lo's too).
      inetdevInit(dev);
    }
    return;
  }
  switch (event) {
    case NetdevEvent.UP:
      if (dev.mtu < IPV4_MIN_MTU) break;
      if (dev.flags & IFF_LOOPBACK) addLoopbackAddress(inDev);
      ipMcUp(inDev);
      break;
    case NetdevEvent.DOWN:
      ipMcDown(inDev);
      break;
    case NetdevEvent.CHANGEMTU:
      if (dev.mtu >= IPV4_MIN_MTU) break;
      inetdevDestroy(inDev);
      break;
    case NetdevEvent.UNREGISTER:
      inetdevDestroy(inDev);
      break;
    case NetdevEvent.CHANGENAME:
      if (oldName !== undefined) inetdevChangename(inDev, oldName);
      break;
  }
}

