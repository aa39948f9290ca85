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
import { ARPHRD_ETHER, IFF_UNICAST_FLT, IFF_UP, type NetDevice } from './netdevice.js';
import { devSetPromiscuityQuiet } from './dev.js';

function same(a: Uint8Array, b: Uint8Array | readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * dev_mc_add(): a new address goes at the end of the list; a known one
 * gains a reference. The list keeps a Uint8Array given to it (callers pass
 * an address made for the call: ipv6_eth_mc_map(), a copy) and copies a
 * constant's bytes.
 */
export function devMcAdd(dev: NetDevice, addr: Uint8Array | readonly number[]): void {
  const ha = dev.mc.find((h) => same(h.addr, addr));
  if (ha) ha.refcount++;
  else dev.mc.push({ addr: addr instanceof Uint8Array ? addr : new Uint8Array(addr), refcount: 1 });
}

/** dev_mc_del(): the last reference removes the address. */
export function devMcDel(dev: NetDevice, addr: Uint8Array | readonly number[]): void {
  const i = dev.mc.findIndex((h) => same(h.addr, addr));
  if (i < 0) return;
  if (--dev.mc[i]!.refcount === 0) dev.mc.splice(i, 1);
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

/** The notifier in every namespace. */
export const devMcListNetOps: PernetOperations = {
  name: 'dev_mc_list',
  init(net: Net): void {
    net.netdevChain.register(mcListEvent);
  },
  exit(net: Net): void {
    net.netdevChain.unregister(mcListEvent);
  },
};

/** __dev_set_rx_mode(): only a running device; uc_promisc follows the unicast list. */
export function devSetRxMode(dev: NetDevice): void {
  if (!(dev.flags & IFF_UP)) return;
  if (dev.privFlags & IFF_UNICAST_FLT) return;
  if (dev.uc.length > 0 && !dev.ucPromisc) {
    devSetPromiscuityQuiet(dev, 1);
    dev.ucPromisc = true;
  } else if (dev.uc.length === 0 && dev.ucPromisc) {
    devSetPromiscuityQuiet(dev, -1);
    dev.ucPromisc = false;
  }
}

/** dev_uc_add(): the address joins the list (once per user), then the receive mode. */
export function devUcAdd(dev: NetDevice, addr: Uint8Array): void {
  dev.uc.push(addr.slice());
  devSetRxMode(dev);
}

/** dev_uc_del(): one entry of the address leaves the list. */
export function devUcDel(dev: NetDevice, addr: Uint8Array): void {
  const i = dev.uc.findIndex((a) => same(a, addr));
  if (i >= 0) dev.uc.splice(i, 1);
  devSetRxMode(dev);
}
