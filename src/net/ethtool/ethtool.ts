/**
 * The ethtool requests of the lab's kernel: the netlink ones ethtool 6.1
 * sends (FEATURES_GET/SET, CHANNELS_GET/SET, LINKINFO, LINKMODES,
 * LINKSTATE) and the ioctls it still uses (ETHTOOL_GDRVINFO, GSTRINGS and
 * GSTATS, GPERMADDR). Each takes the device by name as
 * ethnl_parse_header_dev_get() does and answers a KError with the
 * kernel's extack message where Linux sets one.
 * @linux net/ethtool/netlink.c features.c channels.c linkstate.c ioctl.c
 */
import { KError } from '../core/errno.js';
import type { Net } from '../core/net_namespace.js';
import { type EthtoolChannels, type LinkKsettings, type NetDevice, ethtoolLinkKsettings } from '../core/netdevice.js';
import { F_ETHTOOL_BITS, F_NEVER_CHANGE, NETDEV_FEATURES_STRINGS } from '../core/netdev_features.js';
import { netdevFeaturesChange, netdevUpdateFeaturesQuiet } from '../core/dev_features.js';
import { UTSNAME } from '../../lab/procps/utsname.js';

/**
 * The attribute an extack message points at (NL_SET_BAD_ATTR), as an
 * index: DEV_NAME_ATTR for the request header's device name, n >= 0 for
 * the request's n-th attribute after the header; none for a message about
 * the whole request (GENL_SET_ERR_MSG).
 */
export const DEV_NAME_ATTR = -1;

/** ethnl_parse_header_dev_get(): ENODEV "no device matches name". */
export function ethnlDevGet(net: Net, name: string): NetDevice {
  const dev = net.devByName(name);
  if (!dev) throw Object.assign(new KError('ENODEV', 'no device matches name'), { badAttr: DEV_NAME_ATTR });
  return dev;
}

/** The ioctl's dev_get_by_name(): plain ENODEV. */
function ioctlDevGet(net: Net, name: string): NetDevice {
  const dev = net.devByName(name);
  if (!dev) throw new KError('ENODEV');
  return dev;
}

/** ETHTOOL_MSG_STRSET_GET of ETH_SS_FEATURES: the features' names by bit ("" for an unused bit). */
export function ethnlFeatureNames(): readonly string[] {
  return NETDEV_FEATURES_STRINGS;
}

/** ETHTOOL_MSG_FEATURES_GET's reply (features_prepare_data()). */
export interface FeaturesReply {
  hw: bigint;
  wanted: bigint;
  active: bigint;
  nochange: bigint;
}

export function ethnlFeaturesGet(net: Net, name: string): FeaturesReply {
  const dev = ethnlDevGet(net, name);
  return { hw: dev.hwFeatures, wanted: dev.wantedFeatures, active: dev.featuresAll, nochange: F_NEVER_CHANGE };
}

/** ETHTOOL_MSG_FEATURES_SET_REPLY: the wanted bits that did not come out as asked, the active bits that changed. */
export interface FeaturesSetReply {
  wanted: bigint;
  wantedMask: bigint;
  active: bigint;
  activeMask: bigint;
}

/**
 * ethnl_set_features(): the requested bits (`mask`) to `wanted`, the rest
 * as they were wanted; the device recomputes; the reply says what differs
 * from the request and what changed; NETDEV_FEAT_CHANGE when anything did.
 */
export function ethnlFeaturesSet(net: Net, name: string, wanted: bigint, mask: bigint): FeaturesSetReply {
  const dev = ethnlDevGet(net, name);
  const oldActive = dev.featuresAll;
  if (mask & ~F_ETHTOOL_BITS) throw new KError('EINVAL', 'attempt to change non-ethtool features');
  const reqWanted = (wanted & mask) | (dev.wantedFeatures & ~mask);
  if (reqWanted !== dev.wantedFeatures) {
    dev.wantedFeatures = (dev.wantedFeatures & ~dev.hwFeatures) | (reqWanted & dev.hwFeatures);
    netdevUpdateFeaturesQuiet(dev);
  }
  const newActive = dev.featuresAll;
  const wantedMask = (reqWanted ^ newActive) & mask;
  const activeMask = oldActive ^ newActive;
  if (activeMask) netdevFeaturesChange(dev);
  return { wanted: reqWanted & wantedMask, wantedMask, active: newActive & activeMask, activeMask };
}

/** ETHTOOL_GDRVINFO (ethtool_get_drvinfo()): EOPNOTSUPP for a driver without get_drvinfo. */
export interface DrvInfo {
  driver: string;
  version: string;
  fwVersion: string;
  busInfo: string;
  nStats: number;
}

export function ethtoolGetDrvinfo(net: Net, name: string): DrvInfo {
  const dev = ioctlDevGet(net, name);
  const ops = dev.ops.ethtool;
  if (!ops?.driver) throw new KError('EOPNOTSUPP');
  return {
    driver: ops.driver, version: ops.version ?? UTSNAME.release, fwVersion: ops.fwVersion ?? '', busInfo: ops.busInfo ?? '',
    nStats: ops.stats?.(dev).length ?? 0,
  };
}

/** ETHTOOL_GSSET_INFO + GSTRINGS + GSTATS of ETH_SS_STATS: EOPNOTSUPP without get_ethtool_stats. */
export function ethtoolGetStats(net: Net, name: string): readonly (readonly [string, number])[] {
  const dev = ioctlDevGet(net, name);
  const stats = dev.ops.ethtool?.stats;
  if (!stats) throw new KError('EOPNOTSUPP');
  return stats(dev);
}

/** ETHTOOL_GPERMADDR: the lab's devices have no permanent address (dev->perm_addr is zero). */
export function ethtoolGetPermAddr(net: Net, name: string): Uint8Array {
  const dev = ioctlDevGet(net, name);
  return new Uint8Array(dev.addrLen);
}

/** ETHTOOL_MSG_CHANNELS_GET: EOPNOTSUPP without get_channels. */
export function ethnlChannelsGet(net: Net, name: string): EthtoolChannels {
  const dev = ethnlDevGet(net, name);
  const get = dev.ops.ethtool?.getChannels;
  if (!get) throw new KError('EOPNOTSUPP');
  return get(dev);
}

/**
 * ethnl_set_channels(): the counts given (undefined: as they are), each
 * within its maximum, at least one RX and one TX channel.
 */
export function ethnlChannelsSet(net: Net, name: string, req: Partial<EthtoolChannels>, order: readonly (keyof EthtoolChannels)[]): void {
  const dev = ethnlDevGet(net, name);
  const ops = dev.ops.ethtool;
  if (!ops?.getChannels || !ops.setChannels) throw new KError('EOPNOTSUPP');
  const ch = ops.getChannels(dev);
  const max: Record<string, number> = { rx: ch.maxRx, tx: ch.maxTx, other: ch.maxOther, combined: ch.maxCombined };
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    if (req[k]! > max[k]!) throw Object.assign(new KError('EINVAL', 'requested channel count exceeds maximum'), { badAttr: i });
  }
  const next = { ...ch, ...req };
  // "ensure there is at least one RX and one TX channel", pointing at the count that is zero when the request has it
  const zero: keyof EthtoolChannels | null = next.combined ? null : !next.rx ? 'rx' : !next.tx ? 'tx' : null;
  if (zero) {
    const e = new KError('EINVAL', 'requested channel counts would result in no RX or TX channel being configured');
    const at = order.indexOf(zero);
    throw at < 0 ? e : Object.assign(e, { badAttr: at });
  }
  // "if (!mod) return 0"
  if (next.rx === ch.rx && next.tx === ch.tx && next.other === ch.other && next.combined === ch.combined) return;
  ops.setChannels(dev, next);
}

/** ETHTOOL_MSG_LINKINFO/LINKMODES_GET's settings: EOPNOTSUPP without get_link_ksettings. */
export function ethnlLinkKsettings(net: Net, name: string): LinkKsettings | null {
  return ethtoolLinkKsettings(ethnlDevGet(net, name)) ?? null;
}

/**
 * ETHTOOL_MSG_TSINFO_GET (__ethtool_get_ts_info()): software receive
 * stamps and the system clock for every device; software transmit stamps
 * where the driver's get_ts_info is ethtool_op_get_ts_info() (veth, lo),
 * a macvlan's lower device's answer.
 */
export function ethnlTsInfo(net: Net, name: string): boolean {
  let dev = ethnlDevGet(net, name);
  for (;;) {
    const ts = dev.ops.ethtool?.tsInfo;
    if (typeof ts !== 'function') return ts === 'software';
    dev = ts(dev);
  }
}

/** ETHTOOL_MSG_LINKSTATE_GET's link (__ethtool_get_link()): running and carrier; null without get_link. */
/** DEBUG_GET (debug_prepare_data()): the driver's message level (get_msglevel), null without the op. */
export function ethnlDebug(net: Net, name: string): number | null {
  const dev = ethnlDevGet(net, name);
  return dev.ops.ethtool?.msglevel?.(dev) ?? null;
}

export function ethnlLinkState(net: Net, name: string): boolean | null {
  const dev = ethnlDevGet(net, name);
  if (!dev.ops.ethtool?.getLink) return null;
  return dev.isUp && dev.carrier;
}
