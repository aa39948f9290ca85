/**
 * /sys/class/net: one directory per device of the reader's namespace, with
 * the attribute files of net/core/net-sysfs.c.
 * @linux net/core/net-sysfs.c
 */
import type { Net } from '../net/core/net_namespace.js';
import {
  DUPLEX_FULL, DUPLEX_HALF, NET_NAME_UNKNOWN, Oper, ethtoolLinkKsettings, type LinkKsettings, type NetDevice, type LinkStats,
} from '../net/core/netdevice.js';
import { reportedOperstate } from '../net/core/dev.js';
import type { VfsError, VfsLink, VfsProvider } from './vfs.js';
import { brSysfsBrif, brSysfsBrifList, brSysfsDir, brSysfsList, brSysfsReadOnly, brSysfsShow, brSysfsStore, brSysfsBrforward } from '../net/bridge/br_sysfs.js';
import { kstrtoul } from '../lib/kstrtox.js';
import { decodeBytes } from './bytes.js';
import { KError } from '../net/core/errno.js';
import { devChangeFlags, devChangeTxQueueLen, devSetMtu, netdevStateChange, utf8Length } from '../net/core/dev.js';
import { devChangeProtoDown } from '../net/core/rtnl_setlink.js';

const OPERSTATES = ['unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up'];

const hexAddr = (a: Uint8Array): string => [...a].map((b) => b.toString(16).padStart(2, '0')).join(':');

/**
 * netdev_store() setters of net-sysfs (kstrtoul() first, EINVAL): change_mtu
 * (dev_set_mtu() of the value as an int), dev_change_tx_queue_len(),
 * change_flags (dev_change_flags()), dev_set_group(),
 * dev_change_proto_down(), gro_flush_timeout and napi_defer_hard_irqs
 * (kept, ERANGE past S32_MAX), threaded (EOPNOTSUPP: no NAPI);
 * carrier_store() answers EOPNOTSUPP for a driver without
 * ndo_change_carrier (none of the lab's has it).
 */
const NET_STORES: Readonly<Record<string, (d: NetDevice, v: number) => void>> = {
  mtu: (d, v) => devSetMtu(d, v | 0),
  tx_queue_len: (d, v) => devChangeTxQueueLen(d, v),
  flags: (d, v) => devChangeFlags(d, v >>> 0),
  netdev_group: (d, v) => {
    d.group = v | 0;
  },
  carrier: () => {
    throw new KError('EOPNOTSUPP');
  },
  proto_down: (d, v) => devChangeProtoDown(d, v !== 0),
  gro_flush_timeout: (d, v) => {
    d.groFlushTimeout = v;
  },
  // change_napi_defer_hard_irqs(): ERANGE past S32_MAX.
  napi_defer_hard_irqs: (d, v) => {
    if (v > 0x7fffffff) throw new KError('ERANGE');
    d.napiDeferHardIrqs = v;
  },
  // modify_napi_threaded(): EOPNOTSUPP for a device without NAPI instances (all of the lab's).
  threaded: () => {
    throw new KError('EOPNOTSUPP');
  },
};

/** kobject_action_type(): the actions a write to uevent may synthesize (nothing listens for them in the lab). */
const UEVENT_ACTIONS: ReadonlySet<string> = new Set(['add', 'remove', 'change', 'move', 'online', 'offline', 'bind', 'unbind']);

/** uevent_store() / kobject_synth_uevent(): an action word, optionally followed by arguments; EINVAL otherwise. */
function ueventStore(data: string): void {
  const action = data.replace(/\n$/, '').split(' ')[0]!;
  if (!UEVENT_ACTIONS.has(action)) throw new KError('EINVAL');
}

/** IFALIASZ: an alias is at most 255 bytes. */
const IFALIASZ = 256;

/** ifalias_store(): the text without one trailing newline (dev_set_alias(), EINVAL past IFALIASZ - 1), announced by netdev_state_change(). */
function ifaliasStore(dev: NetDevice, data: string): void {
  const alias = data.endsWith('\n') ? data.slice(0, -1) : data;
  if (utf8Length(alias) >= IFALIASZ) throw new KError('EINVAL');
  if (alias === dev.alias) return;
  dev.alias = alias;
  netdevStateChange(dev);
}

/** The device types drivers set (SET_NETDEV_DEVTYPE): br_type, vxlan_type. */
const DEVTYPES: Readonly<Record<string, string>> = { bridge: 'bridge', vxlan: 'vxlan' };

function linkKsettings(d: NetDevice, show: (k: LinkKsettings) => string): string | VfsError {
  if (!d.isUp) return 'EINVAL';
  // ret = -EINVAL until __ethtool_get_link_ksettings() succeeds: a driver without the op (lo) is EINVAL too.
  const k = ethtoolLinkKsettings(d);
  return k ? show(k) : 'EINVAL';
}

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
  carrier_up_count: (d) => `${d.carrierUpCount}\n`,
  carrier_down_count: (d) => `${d.carrierDownCount}\n`,
  // speed_show() / duplex_show(): __ethtool_get_link_ksettings() of a running device (EINVAL when down, EOPNOTSUPP without the op).
  speed: (d) => linkKsettings(d, (k) => `${k.speed}\n`),
  duplex: (d) => linkKsettings(d, (k) => `${k.duplex === DUPLEX_HALF ? 'half' : k.duplex === DUPLEX_FULL ? 'full' : 'unknown'}\n`),
  gro_flush_timeout: (d) => `${d.groFlushTimeout}\n`,
  napi_defer_hard_irqs: (d) => `${d.napiDeferHardIrqs}\n`,
  threaded: () => '0\n',
  // dev_uevent() of the net class: DEVTYPE when the driver set a device type (SET_NETDEV_DEVTYPE).
  uevent: (d) => `${DEVTYPES[d.ops.kind ?? ''] ? `DEVTYPE=${DEVTYPES[d.ops.kind!]}\n` : ''}INTERFACE=${d.name}\nIFINDEX=${d.ifindex}\n`,
  netdev_group: (d) => `${d.group}\n`,
  ifalias: (d) => `${d.alias}\n`,
  link_mode: () => '0\n',
  // dormant_show() / testing_show(): only while the device is up (EINVAL).
  dormant: (d) => (d.isUp ? `${d.operstate === Oper.DORMANT ? 1 : 0}\n` : 'EINVAL'),
  testing: (d) => (d.isUp ? `${d.operstate === Oper.TESTING ? 1 : 0}\n` : 'EINVAL'),
  dev_id: () => '0x0\n',
  dev_port: () => '0\n',
  proto_down: (d) => `${d.protoDown ? 1 : 0}\n`,
  // name_assign_type_show(): EINVAL for NET_NAME_UNKNOWN.
  // A bridge's brforward (bin_attribute): its fdb as struct __fdb_entry records.
  brforward: (d) => {
    const b = brSysfsBrforward(d);
    return b ? decodeBytes(b) : 'ENOENT';
  },
  name_assign_type: (d) => (d.nameAssignType !== NET_NAME_UNKNOWN ? `${d.nameAssignType}\n` : 'EINVAL'),
};

/** An attribute file of DEV: brforward only on a bridge (br_sysfs_addbr()). */
function hasAttr(dev: NetDevice, attr: string): boolean {
  return (attr in ATTRS && (attr !== 'brforward' || brSysfsDir(dev) === 'bridge')) || driverAttr(dev, attr) !== undefined;
}

/** A file of the driver's own attribute group (tun's tun_flags, owner, group). */
function driverAttr(dev: NetDevice, attr: string): ((dev: NetDevice) => string) | undefined {
  const g = dev.ops.sysfsAttrs;
  return g && Object.hasOwn(g, attr) ? g[attr] : undefined;
}

/** The net-sysfs attributes with a store() (mode 0644; the others are 0444). */
const ATTRS_RW: ReadonlySet<string> = new Set([
  'carrier', 'flags', 'gro_flush_timeout', 'ifalias', 'mtu', 'napi_defer_hard_irqs', 'netdev_group', 'proto_down', 'threaded',
  'tx_queue_len', 'uevent',
]);

/** power/ of a device without runtime PM (drivers/base/power/sysfs.c): autosuspend_delay_ms fails EIO. */
const POWER: Readonly<Record<string, string | VfsError>> = {
  autosuspend_delay_ms: 'EIO', control: 'auto\n', runtime_active_time: '0\n', runtime_status: 'unsupported\n', runtime_suspended_time: '0\n',
};

/** queues/rx-N (rx_queue_default_attrs) and queues/tx-N (netdev_queue_default_attrs, no BQL on these devices). */
const RX_QUEUE: Readonly<Record<string, string>> = { rps_cpus: '0\n', rps_flow_cnt: '0\n' };
/** The read-only files of power/ and queues/tx-N (the rest are 0644). */
const SUBTREE_RO: ReadonlySet<string> = new Set(['runtime_active_time', 'runtime_status', 'runtime_suspended_time', 'traffic_class', 'tx_timeout']);
const TX_QUEUE: Readonly<Record<string, string>> = { traffic_class: '0\n', tx_maxrate: '0\n', tx_timeout: '0\n', xps_cpus: '0\n', xps_rxqs: '0\n' };

/**
 * The directories net-sysfs and the driver core add beside the attributes:
 * power/ and queues/ (net_rx_queue_update_kobjects(), netdev_queue_update_kobjects()).
 * A path under DEV/ that is one of them: its listing or its file, else null.
 */
function coreSubtree(dev: NetDevice, rest: string[]): { list: string[] } | { file: string | VfsError } | 'ENOENT' | null {
  const [dir, q, file, extra] = rest;
  if (dir === 'power') {
    if (q === undefined) return { list: Object.keys(POWER) };
    return file === undefined && q in POWER ? { file: POWER[q]! } : 'ENOENT';
  }
  if (dir !== 'queues') return null;
  // One kobject per real queue: every lab device runs one of each (veth_init_queues() sets real_num_*_queues 1).
  const queues = ['rx-0', 'tx-0'];
  if (q === undefined) return { list: queues };
  if (!queues.includes(q) || extra !== undefined) return 'ENOENT';
  const attrs = q.startsWith('rx-') ? RX_QUEUE : TX_QUEUE;
  if (file === undefined) return { list: Object.keys(attrs) };
  return file in attrs ? { file: attrs[file]! } : 'ENOENT';
}

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
  // DEV/subsystem is the class directory itself.
  if (dev && attr === 'subsystem') return rest.join('/');
  // br_sysfs_addif(): PORT/brport/bridge -> the bridge's directory.
  const bridge = dev ? brportBridgeLink(dev, attr!, rest[0]) : null;
  if (bridge) return rest.length > 1 ? [bridge.name, ...rest.slice(1)].join('/') : null;
  const target = dev ? adjLinks(dev).get(attr!) : undefined;
  return target && rest.length > 0 ? [target.name, ...rest].join('/') : null;
}

/** The bridge a port's brport/bridge link names (null: not that path). */
function brportBridgeLink(dev: NetDevice, attr: string, file: string | undefined): NetDevice | null {
  return attr === 'brport' && file === 'bridge' && brSysfsDir(dev) === 'brport' ? (adjLinks(dev).get('master') ?? null) : null;
}

/** A path in DEV/power or DEV/queues (null: elsewhere). */
function subtreeAt(rel: string, net: Net): ReturnType<typeof coreSubtree> {
  const [name, ...rest] = split(rel);
  const dev = name === undefined ? null : net.devByPrimaryName(name);
  return dev && rest.length > 0 ? coreSubtree(dev, rest) : null;
}

/** DEV/upper_X itself: the device the link points at. */
function adjLinkAt(rel: string, net: Net): NetDevice | null {
  const parts = split(rel);
  const dev = parts.length === 2 || parts.length === 3 ? net.devByPrimaryName(parts[0]!) : null;
  if (!dev) return null;
  if (parts.length === 3) return brportBridgeLink(dev, parts[1]!, parts[2]);
  return adjLinks(dev).get(parts[1]!) ?? null;
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
    const sub = subtreeAt(rel, net);
    if (sub !== null) return sub === 'ENOENT' ? null : 'list' in sub ? 'dir' : 'file';
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
    return hasAttr(dev, attr) && stat === undefined ? 'file' : null;
  },
  read(rel: string, net: Net): string | VfsError {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.read(via, net);
    if (adjLinkAt(rel, net)) return 'EISDIR';
    const sub = subtreeAt(rel, net);
    if (sub !== null) return sub === 'ENOENT' ? sub : 'list' in sub ? 'EISDIR' : sub.file;
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
    const show = ATTRS[attr] ?? driverAttr(dev, attr);
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
    const netStore = parts.length === 2 && attr !== undefined ? NET_STORES[attr] : undefined;
    const textStore = parts.length === 2 && (attr === 'ifalias' || attr === 'uevent');
    if (key === undefined && !netStore && !textStore) return 'EACCES';
    try {
      if (key !== undefined) brSysfsStore(owner, key, data);
      else if (attr === 'ifalias') ifaliasStore(dev, data);
      else if (attr === 'uevent') ueventStore(data);
      else {
        // netdev_store(): kstrtoul(buf, 0)
        const v = kstrtoul(data);
        if (typeof v !== 'number') throw new KError(v);
        netStore!(dev, v);
      }
      return null;
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      const known: VfsError[] = ['ENOENT', 'EACCES', 'EINVAL', 'EPERM', 'ERANGE', 'EBUSY', 'EOPNOTSUPP'];
      return known.includes(e.errno as VfsError) ? (e.errno as VfsError) : 'EINVAL';
    }
  },
  /** A file's mode: 0444 without a store(), 0644 with one, 0200 for the bridge's and ports' flush (store only). */
  mode(rel: string, net: Net): number | null {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.mode!(via, net);
    const parts = split(rel);
    const dev = parts[0] === undefined ? null : net.devByPrimaryName(parts[0]);
    if (!dev || parts.length < 2) return null;
    const link = brifPath(dev, parts);
    const [owner, file] = link ? [link.port, link.file] : parts[1] === brSysfsDir(dev) && parts.length === 3 ? [dev, parts[2]] : [null, undefined];
    if (owner && file !== undefined) return file === 'flush' ? 0o200 : brSysfsReadOnly(owner, file) ? 0o444 : 0o644;
    if (parts[1] === 'statistics') return 0o444;
    if (parts[1] === 'power' || parts[1] === 'queues') return SUBTREE_RO.has(parts[parts.length - 1]!) ? 0o444 : 0o644;
    return parts.length === 2 && !ATTRS_RW.has(parts[1]!) ? 0o444 : 0o644;
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
    // A net-sysfs file without a store() (mode 0444), statistics included.
    if ((parts.length === 2 && parts[1]! in ATTRS && !ATTRS_RW.has(parts[1]!)) || (parts.length === 3 && parts[1] === 'statistics')) return 'EACCES';
    if (parts.length === 2 && driverAttr(dev, parts[1]!)) return 'EACCES';
    const [, attr, file, extra] = parts;
    return attr === brSysfsDir(dev) && file !== undefined && extra === undefined && brSysfsReadOnly(dev, file) ? 'EACCES' : null;
  },
  /** sysfs_create_link(): brif/PORT -> ../../PORT/brport (a link's lstat: rwxrwxrwx, size 0). */
  readlink(rel: string, net: Net): VfsLink | null {
    const parts = split(rel);
    // The driver core's DEV/subsystem -> the class directory.
    if (parts.length === 2 && parts[1] === 'subsystem' && net.devByPrimaryName(parts[0]!)) {
      return { target: '../../../../class/net', perm: 0o777, size: 0 };
    }
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.readlink!(via, net);
    const adj = adjLinkAt(rel, net);
    if (adj) return { target: parts.length === 3 ? `../../${adj.name}` : `../${adj.name}`, perm: 0o777, size: 0 };
    // /sys/class/net/DEV -> the device's directory under /sys/devices/virtual/net (device_add()'s class link).
    if (parts.length === 1 && net.devByPrimaryName(parts[0]!)) return { target: `../../devices/virtual/net/${parts[0]}`, perm: 0o777, size: 0 };
    const dev = parts[0] === undefined ? null : net.devByPrimaryName(parts[0]);
    const link = dev ? brifPath(dev, parts) : null;
    return link && link.file === undefined ? { target: `../../${link.port.name}/brport`, perm: 0o777, size: 0 } : null;
  },
  list(rel: string, net: Net): string[] | VfsError {
    const via = throughAdj(rel, net);
    if (via !== null) return sysClassNetProvider.list(via, net);
    const adj = adjLinkAt(rel, net);
    if (adj) return sysClassNetProvider.list(adj.name, net);
    const sub = subtreeAt(rel, net);
    if (sub !== null) return sub === 'ENOENT' ? sub : 'list' in sub ? [...sub.list].sort() : 'ENOTDIR';
    const [name, attr] = split(rel);
    if (name === undefined) return net.devicesSorted().map((d) => d.name).sort();
    if (!net.devByPrimaryName(name)) return 'ENOENT';
    const dev = net.devByPrimaryName(name)!;
    const brDir = brSysfsDir(dev);
    const brif = brSysfsBrifList(dev);
    if (attr === undefined) {
      const dirs = ['statistics', 'power', 'queues', 'subsystem', ...(brDir ? [brDir] : []), ...(brif ? ['brif'] : [])];
      return [...Object.keys(ATTRS).filter((a) => hasAttr(dev, a)), ...Object.keys(dev.ops.sysfsAttrs ?? {}), ...dirs, ...adjLinks(dev).keys()].sort();
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

/**
 * /sys/devices/virtual/net: where the class links of /sys/class/net point
 * (every lab device is a virtual one, device_add() under the "virtual"
 * parent): the same directories, which are no links here.
 */
export const sysDevicesVirtualNetProvider: VfsProvider = {
  ...sysClassNetProvider,
  readlink: (rel, net) => (split(rel).length === 1 ? null : sysClassNetProvider.readlink!(rel, net)),
};
