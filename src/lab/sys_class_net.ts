/**
 * /sys/class/net: one directory per device of the reader's namespace, with
 * the attribute files of net/core/net-sysfs.c.
 * @linux net/core/net-sysfs.c
 */
import type { Net } from '../net/core/net_namespace.js';
import { NET_NAME_UNKNOWN, Oper, type NetDevice, type LinkStats } from '../net/core/netdevice.js';
import { reportedOperstate } from '../net/core/dev.js';
import type { VfsError, VfsLink, VfsProvider } from './vfs.js';
import { brSysfsBrif, brSysfsBrifList, brSysfsDir, brSysfsList, brSysfsReadOnly, brSysfsShow, brSysfsStore } from '../net/bridge/br_sysfs.js';
import { KError } from '../net/core/errno.js';

const OPERSTATES = ['unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up'];

const hexAddr = (a: Uint8Array): string => [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');

/** Attribute name -> show(): the sysfs file contents (with the trailing newline). */
const ATTRS: Record<string, (dev: NetDevice) => string | VfsError> = {
  ifindex: (d) => `${d.ifindex}\n`,
  iflink: (d) => `${d.iflink}\n`,
  mtu: (d) => `${d.mtu}\n`,
  type: (d) => `${d.type}\n`,
  flags: (d) => `0x${d.flags.toString(16)}\n`,
  address: (d) => `${hexAddr(d.devAddr)}\n`,
  broadcast: (d) => `${hexAddr(d.broadcast)}\n`,
  addr_len: (d) => `${d.addrLen}\n`,
  addr_assign_type: (d) => `${d.addrAssignType}\n`,
  tx_queue_len: (d) => `${d.txQueueLen}\n`,
  operstate: (d) => `${OPERSTATES[reportedOperstate(d)]}\n`,
  // carrier_show(): only meaningful while the device is up.
  carrier: (d) => (d.isUp ? `${d.carrier ? 1 : 0}\n` : 'EINVAL'),
  carrier_changes: (d) => `${d.carrierChanges}\n`,
  group: (d) => `${d.group}\n`,
  netdev_group: (d) => `${d.group}\n`,
  ifalias: (d) => `${d.alias}\n`,
  link_mode: () => '0\n',
  // dormant_show() / testing_show(): only while the device is up (EINVAL).
  dormant: (d) => (d.isUp ? `${d.operstate === Oper.DORMANT ? 1 : 0}\n` : 'EINVAL'),
  testing: (d) => (d.isUp ? `${d.operstate === Oper.TESTING ? 1 : 0}\n` : 'EINVAL'),
  dev_id: () => '0x0\n',
  dev_port: () => '0\n',
  proto_down: () => '0\n',
  // name_assign_type_show(): EINVAL for NET_NAME_UNKNOWN.
  name_assign_type: (d) => (d.nameAssignType !== NET_NAME_UNKNOWN ? `${d.nameAssignType}\n` : 'EINVAL'),
};

/**
 * netdev_adjacent_sysfs_add(): a device's directory links its direct upper
 * and lower devices of the same namespace as upper_NAME / lower_NAME, and its
 * master as "master" (__netdev_adjacent_dev_insert()).
 */
function adjLinks(dev: NetDevice): Map<string, NetDevice> {
  const links = new Map<string, NetDevice>();
  for (const a of dev.adjUpper) {
    if (a.master) links.set('master', a.dev);
    if (a.dev.net === dev.net) links.set(`upper_${a.dev.name}`, a.dev);
  }
  for (const a of dev.adjLower) if (a.dev.net === dev.net) links.set(`lower_${a.dev.name}`, a.dev);
  return links;
}

/**
 * A path through such a link: DEV/upper_X/REST is X/REST (null when the path
 * does not go through one, or ends at the link itself).
 */
function throughAdj(rel: string, net: Net): string | null {
  const [name, attr, ...rest] = split(rel);
  const dev = name === undefined || attr === undefined ? null : net.devByPrimaryName(name);
  const target = dev ? adjLinks(dev).get(attr!) : undefined;
  return target && rest.length > 0 ? [target.name, ...rest].join('/') : null;
}

/** DEV/upper_X itself: the device the link points at. */
function adjLinkAt(rel: string, net: Net): NetDevice | null {
  const parts = split(rel);
  if (parts.length !== 2) return null;
  const dev = net.devByPrimaryName(parts[0]!);
  return (dev && adjLinks(dev).get(parts[1]!)) ?? null;
}

const STATS: Record<string, keyof LinkStats> = {
  rx_packets: 'rxPackets', tx_packets: 'txPackets', rx_bytes: 'rxBytes', tx_bytes: 'txBytes',
  rx_errors: 'rxErrors', tx_errors: 'txErrors', rx_dropped: 'rxDropped', tx_dropped: 'txDropped',
  multicast: 'multicast', collisions: 'collisions', rx_length_errors: 'rxLengthErrors',
  rx_over_errors: 'rxOverErrors', rx_crc_errors: 'rxCrcErrors', rx_frame_errors: 'rxFrameErrors',
  rx_fifo_errors: 'rxFifoErrors', rx_missed_errors: 'rxMissedErrors', tx_aborted_errors: 'txAbortedErrors',
  tx_carrier_errors: 'txCarrierErrors', tx_fifo_errors: 'txFifoErrors', tx_heartbeat_errors: 'txHeartbeatErrors',
  tx_window_errors: 'txWindowErrors', rx_compressed: 'rxCompressed', tx_compressed: 'txCompressed', rx_nohandler: 'rxNohandler',
};

function split(rel: string): string[] {
  return rel === '' ? [] : rel.split('/');
}

/**
 * A path under a bridge's brif/: BRIDGE/brif/PORT[/FILE] is the port's
 * brport/ directory (or a file of it) reached through the link.
 */
function brifPath(dev: NetDevice, parts: string[]): { port: NetDevice; file: string | undefined } | null {
  const [, attr, port, file, extra] = parts;
  if (attr !== 'brif' || port === undefined || extra !== undefined) return null;
  const p = brSysfsBrif(dev, port);
  return p ? { port: p, file } : null;
}

export const sysClassNetProvider: VfsProvider = {
  stat(rel: string, net: Net): 'file' | 'dir' | null {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.stat(via, net);
    if (adjLinkAt(rel, net)) return 'dir';
    const [name, attr, stat, extra] = split(rel);
    if (name === undefined) return 'dir';
    if (!net.devByPrimaryName(name)) return null;
    if (attr === undefined) return 'dir';
    const dev = net.devByPrimaryName(name)!;
    if (attr === 'brif' && stat === undefined) return brSysfsBrifList(dev) ? 'dir' : null;
    const link = brifPath(dev, split(rel));
    if (link) return link.file === undefined ? 'dir' : brSysfsShow(link.port, link.file) !== null ? 'file' : null;
    if (attr === brSysfsDir(dev)) return stat === undefined ? 'dir' : brSysfsShow(dev, stat) !== null && extra === undefined ? 'file' : null;
    if (attr === 'statistics') return stat === undefined ? 'dir' : stat in STATS && extra === undefined ? 'file' : null;
    return attr in ATTRS && stat === undefined ? 'file' : null;
  },
  read(rel: string, net: Net): string | VfsError {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.read(via, net);
    if (adjLinkAt(rel, net)) return 'EISDIR';
    const [name, attr, stat] = split(rel);
    const dev = name === undefined ? null : net.devByPrimaryName(name);
    if (!dev || attr === undefined) return name === undefined || dev ? 'EISDIR' : 'ENOENT';
    const link = brifPath(dev, split(rel));
    if (link) return link.file === undefined ? 'EISDIR' : brSysfsShow(link.port, link.file) ?? 'ENOENT';
    if (attr === brSysfsDir(dev)) {
      if (stat === undefined) return 'EISDIR';
      return brSysfsShow(dev, stat) ?? 'ENOENT';
    }
    if (attr === 'statistics') {
      const key = stat === undefined ? undefined : STATS[stat];
      return key ? `${dev.stats[key]}\n` : stat === undefined ? 'EISDIR' : 'ENOENT';
    }
    const show = ATTRS[attr];
    return show ? show(dev) : 'ENOENT';
  },
  /** The bridge's and its ports' files are writable (br_sysfs_br.c / br_sysfs_if.c store()). */
  write(rel: string, data: string, net: Net): VfsError | null {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.write!(via, data, net);
    const parts = split(rel);
    const [name, attr, file] = parts;
    const dev = name === undefined ? null : net.devByPrimaryName(name);
    if (!dev) return 'EACCES';
    // BRIDGE/brif/PORT/FILE is PORT/brport/FILE through the link.
    const link = brifPath(dev, parts);
    const [owner, key] = link ? [link.port, link.file] : [dev, attr === brSysfsDir(dev) ? file : undefined];
    if (key === undefined) return 'EACCES';
    try {
      brSysfsStore(owner, key, data);
      return null;
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      const known: VfsError[] = ['ENOENT', 'EACCES', 'EINVAL', 'EPERM', 'ERANGE', 'EBUSY'];
      return known.includes(e.errno as VfsError) ? (e.errno as VfsError) : 'EINVAL';
    }
  },
  /**
   * kernfs_fop_open(): a bridge or port file without a store() is not opened
   * for writing (EACCES before anything is written).
   */
  permission(rel: string, net: Net, write: boolean): VfsError | null {
    if (!write) return null;
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.permission!(via, net, write);
    const parts = split(rel);
    const dev = parts[0] === undefined ? null : net.devByPrimaryName(parts[0]);
    if (!dev) return null;
    const link = brifPath(dev, parts);
    if (link) return link.file !== undefined && brSysfsReadOnly(link.port, link.file) ? 'EACCES' : null;
    const [, attr, file, extra] = parts;
    return attr === brSysfsDir(dev) && file !== undefined && extra === undefined && brSysfsReadOnly(dev, file) ? 'EACCES' : null;
  },
  /** sysfs_create_link(): brif/PORT -> ../../PORT/brport (a link's lstat: rwxrwxrwx, size 0). */
  readlink(rel: string, net: Net): VfsLink | null {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.readlink!(via, net);
    const adj = adjLinkAt(rel, net);
    if (adj) return { target: `../${adj.name}`, perm: 0o777, size: 0 };
    const parts = split(rel);
    const dev = parts[0] === undefined ? null : net.devByPrimaryName(parts[0]);
    const link = dev ? brifPath(dev, parts) : null;
    return link && link.file === undefined ? { target: `../../${link.port.name}/brport`, perm: 0o777, size: 0 } : null;
  },
  list(rel: string, net: Net): string[] | VfsError {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.list(via, net);
    const adj = adjLinkAt(rel, net);
    if (adj) return sysClassNetProvider.list(adj.name, net);
    const [name, attr] = split(rel);
    if (name === undefined) return net.devicesSorted().map((d) => d.name).sort();
    if (!net.devByPrimaryName(name)) return 'ENOENT';
    const dev = net.devByPrimaryName(name)!;
    const brDir = brSysfsDir(dev);
    const brif = brSysfsBrifList(dev);
    if (attr === undefined) {
      return [...Object.keys(ATTRS), 'statistics', ...(brDir ? [brDir] : []), ...(brif ? ['brif'] : []), ...adjLinks(dev).keys()].sort();
    }
    if (attr === brDir) return brSysfsList(dev);
    if (attr === 'brif' && brif) {
      const link = brifPath(dev, split(rel));
      return link ? brSysfsList(link.port) : split(rel).length === 2 ? brif : 'ENOENT';
    }
    if (attr === 'statistics') return Object.keys(STATS).sort();
    return 'ENOTDIR';
  },
};
