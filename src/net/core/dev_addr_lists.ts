/**
 * The device's hardware multicast list (dev->mc, refcounted by
 * dev_mc_add/dev_mc_del), and the memberships Linux's protocols put there
 * on every Ethernet device: IPv6 joins ff02::1 (33:33:00:00:00:01) when a
 * device registers (ipv6_add_dev), IPv4 joins 224.0.0.1
 * (01:00:5e:00:00:01) while the device is up (ip_mc_up/ip_mc_down); the
 * groups IGMP and MLD join add theirs (ipv4/igmp.ts, ipv6/mcast.ts).
 * `bridge fdb show` dumps the list (ndo_dflt_fdb_dump).
 *
 * The secondary unicast list (dev->uc): an upper device (a macvlan) that
 * needs frames for its own MAC adds it to its lower device's list. A device
 * without a unicast filter (no IFF_UNICAST_FLT, as veth) cannot filter on
 * a list: it goes promiscuous while the list is non-empty and it is up
 * (dev->uc_promisc, counted in promiscuity without the IFF_PROMISC a user
 * sees). tuxnet's devices receive every frame; the list is what shows.
 * @linux net/core/dev_addr_lists.c dev_mc_add() dev_mc_del() dev_uc_add() dev_uc_del(),
 *        net/core/dev.c __dev_set_rx_mode(), net/ipv6/addrconf.c, net/ipv4/igmp.c ip_mc_up()
 */
import { NetdevEvent, type Net, type PernetOperations } from './net_namespace.js';
import { notifierMask } from './notifier.js';
import { ARPHRD_ETHER, IFF_UNICAST_FLT, IFF_UP, type NetDevice } from './netdevice.js';
import { devSetPromiscuityQuiet } from './dev.js';
import { KError } from './errno.js';

function same(a: Uint8Array, b: Uint8Array | readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** struct netdev_hw_addr of a multicast list. */
export type HwAddr = NetDevice['mc'][number];

/** __hw_addr_create(): at the end of the list. */
function hwAddrCreate(list: HwAddr[], addr: Uint8Array | readonly number[], global: boolean, sync: boolean): void {
  list.push({ addr: new Uint8Array(addr), refcount: 1, globalUse: global, synced: sync ? 1 : 0, syncCnt: 0 });
}

/** __hw_addr_del_entry(): false (ENOENT) when the reference asked for is not there. */
function hwAddrDelEntry(list: HwAddr[], ha: HwAddr, global: boolean, sync: boolean): boolean {
  if ((global && !ha.globalUse) || (sync && !ha.synced)) return false;
  if (global) ha.globalUse = false;
  if (sync) ha.synced--;
  if (--ha.refcount === 0) list.splice(list.indexOf(ha), 1);
  return true;
}

/** dev_mc_add(): a new address goes at the end of the list; a known one gains a reference. */
export function devMcAdd(dev: NetDevice, addr: Uint8Array | readonly number[]): void {
  const ha = dev.mc.find((h) => same(h.addr, addr));
  if (ha) ha.refcount++;
  else hwAddrCreate(dev.mc, addr, false, false);
  devSetRxMode(dev);
}

/**
 * __hw_addr_sync_one(): `ha` of an upper device's list gains a synced
 * reference in `to` (a lower device's) and one of its own.
 */
function hwAddrSyncOne(to: HwAddr[], ha: HwAddr): void {
  const t = to.find((h) => same(h.addr, ha.addr));
  if (t) {
    if (t.synced && ha.syncCnt) return; // -EEXIST
    t.synced++;
    t.refcount++;
  } else hwAddrCreate(to, ha.addr, false, true);
  ha.syncCnt++;
  ha.refcount++;
}

/** __hw_addr_unsync_one(): the synced reference leaves `to`, and its own from `from`. */
function hwAddrUnsyncOne(to: HwAddr[], from: HwAddr[], ha: HwAddr): void {
  const t = to.find((h) => same(h.addr, ha.addr));
  if (!t || !hwAddrDelEntry(to, t, false, true)) return;
  ha.syncCnt--;
  hwAddrDelEntry(from, ha, false, false);
}

/**
 * dev_mc_sync(): an upper device (a macvlan) passes its multicast list on
 * to its lower device: new addresses are synced, those only the sync still
 * holds leave both lists.
 * @linux net/core/dev_addr_lists.c dev_mc_sync() __hw_addr_sync()
 */
export function devMcSync(to: NetDevice, from: NetDevice): void {
  for (const ha of [...from.mc]) {
    if (ha.syncCnt === ha.refcount) hwAddrUnsyncOne(to.mc, from.mc, ha);
    else if (!ha.syncCnt) hwAddrSyncOne(to.mc, ha);
  }
  devSetRxMode(to);
}

/**
 * dev_mc_unsync(): every synced address leaves the lower device.
 * @linux net/core/dev_addr_lists.c dev_mc_unsync() __hw_addr_unsync()
 */
export function devMcUnsync(to: NetDevice, from: NetDevice): void {
  for (const ha of [...from.mc]) if (ha.syncCnt) hwAddrUnsyncOne(to.mc, from.mc, ha);
  devSetRxMode(to);
}

/**
 * dev_mc_add_global(): a user's static address (SIOCADDMULTI); it counts
 * once however often it is added.
 * @linux net/core/dev_addr_lists.c __hw_addr_add_ex() with global
 */
export function devMcAddGlobal(dev: NetDevice, addr: Uint8Array): void {
  const ha = dev.mc.find((h) => same(h.addr, addr));
  if (!ha) hwAddrCreate(dev.mc, addr, true, false);
  else if (!ha.globalUse) {
    ha.globalUse = true;
    ha.refcount++;
  } else return;
  devSetRxMode(dev);
}

/**
 * dev_mc_del_global(): only a static address goes; ENOENT otherwise.
 * @linux net/core/dev_addr_lists.c __hw_addr_del_entry() with global
 */
export function devMcDelGlobal(dev: NetDevice, addr: Uint8Array): void {
  const ha = dev.mc.find((h) => same(h.addr, addr));
  if (!ha || !hwAddrDelEntry(dev.mc, ha, true, false)) throw new KError('ENOENT');
  devSetRxMode(dev);
}

/** dev_mc_del(): the last reference removes the address. */
export function devMcDel(dev: NetDevice, addr: Uint8Array | readonly number[]): void {
  const ha = dev.mc.find((h) => same(h.addr, addr));
  if (!ha) return;
  hwAddrDelEntry(dev.mc, ha, false, false);
  devSetRxMode(dev);
}

const ALL_NODES_MAC: readonly number[] = [0x33, 0x33, 0, 0, 0, 1];
const ALL_HOSTS_MAC: readonly number[] = [0x01, 0x00, 0x5e, 0, 0, 1];

/** ipv6_add_dev() / ip_mc_up() / ip_mc_down(), as far as dev->mc shows them. */
function mcListEvent(event: NetdevEvent, dev: NetDevice): void {
  if (dev.type !== ARPHRD_ETHER) return;
  if (event === NetdevEvent.REGISTER && !dev.mc.some((h) => same(h.addr, ALL_NODES_MAC))) devMcAdd(dev, ALL_NODES_MAC);
  else if (event === NetdevEvent.UP && dev.ip) devMcAdd(dev, ALL_HOSTS_MAC);
  else if (event === NetdevEvent.DOWN && dev.ip) devMcDel(dev, ALL_HOSTS_MAC);
}

/** The events mcListEvent() acts on (the others do not call it). */
const MC_LIST_EVENTS = notifierMask(NetdevEvent.REGISTER, NetdevEvent.UP, NetdevEvent.DOWN);

/** The notifier in every namespace. */
export const devMcListNetOps: PernetOperations = {
  name: 'dev_mc_list',
  init(net: Net): void {
    net.netdevChain.register(mcListEvent, 0, MC_LIST_EVENTS);
  },
  exit(net: Net): void {
    net.netdevChain.unregister(mcListEvent);
  },
};

/** __dev_set_rx_mode(): only a running device; uc_promisc follows the unicast list, then the driver's ndo_set_rx_mode. */
export function devSetRxMode(dev: NetDevice): void {
  if (!(dev.flags & IFF_UP)) return;
  if (!(dev.privFlags & IFF_UNICAST_FLT)) {
    if (dev.uc.length > 0 && !dev.ucPromisc) {
      devSetPromiscuityQuiet(dev, 1);
      dev.ucPromisc = true;
    } else if (dev.uc.length === 0 && dev.ucPromisc) {
      devSetPromiscuityQuiet(dev, -1);
      dev.ucPromisc = false;
    }
  }
  dev.ops.setRxMode?.(dev);
}

/** dev_uc_add(): the address joins the list (once per user), then the receive mode. */
export function devUcAdd(dev: NetDevice, addr: Uint8Array): void {
  dev.uc.push(addr.slice());
  devSetRxMode(dev);
}

/**
 * dev_uc_add_excl(): a static unicast address, once: EEXIST when the list
 * has it; then the receive mode.
 */
export function devUcAddExcl(dev: NetDevice, addr: Uint8Array): void {
  if (dev.uc.some((a) => same(a, addr))) throw new KError('EEXIST');
  devUcAdd(dev, addr);
}

/**
 * dev_mc_add_excl(): as dev_uc_add_excl() for the multicast list; the
 * address is a global one (__hw_addr_add_ex() with global: "static" in
 * /proc/net/dev_mcast).
 */
export function devMcAddExcl(dev: NetDevice, addr: Uint8Array): void {
  if (dev.mc.some((h) => same(h.addr, addr))) throw new KError('EEXIST');
  hwAddrCreate(dev.mc, addr, true, false);
  devSetRxMode(dev);
}

/**
 * dev_uc_sync(): an upper device (a macvlan) passes its unicast list on to
 * its lower device; addresses it no longer has leave the lower's list.
 * @linux net/core/dev_addr_lists.c dev_uc_sync() __hw_addr_sync()
 */
export function devUcSync(to: NetDevice, from: NetDevice): void {
  const gone = from.ucSynced.filter((a) => !from.uc.some((b) => same(a, b)));
  const fresh = from.uc.filter((a) => !from.ucSynced.some((b) => same(a, b)));
  if (!gone.length && !fresh.length) return;
  from.ucSynced = from.ucSynced.filter((a) => !gone.includes(a));
  for (const a of gone) {
    const i = to.uc.findIndex((b) => same(a, b));
    if (i >= 0) to.uc.splice(i, 1);
  }
  for (const a of fresh) {
    from.ucSynced.push(a.slice());
    to.uc.push(a.slice());
  }
  devSetRxMode(to);
}

/** dev_uc_unsync(): every synced unicast address leaves the lower device. */
export function devUcUnsync(to: NetDevice, from: NetDevice): void {
  if (!from.ucSynced.length) return;
  for (const a of from.ucSynced) {
    const i = to.uc.findIndex((b) => same(a, b));
    if (i >= 0) to.uc.splice(i, 1);
  }
  from.ucSynced = [];
  devSetRxMode(to);
}

/** dev_uc_del(): one entry of the address leaves the list. */
export function devUcDel(dev: NetDevice, addr: Uint8Array): void {
  const i = dev.uc.findIndex((a) => same(a, addr));
  if (i >= 0) dev.uc.splice(i, 1);
  devSetRxMode(dev);
}
