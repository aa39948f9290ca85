/**
 * vxlan devices over rtnetlink: `ip link add NAME type vxlan id VNI ...`
 * creates an Ethernet device whose MTU leaves room for the 50 bytes of
 * encapsulation on its lower device (`dev`), with the default remote as
 * its all-zeros fdb entry; opening it binds (or shares) the UDP socket of
 * its port. The kinds of VXLAN tuxnet does not build (external/metadata,
 * GBP, GPE, VNI filtering, multicast groups, route
 * short-circuit, miss notifications, remote checksum offload) are refused
 * with EOPNOTSUPP and a message that says so.
 * @linux drivers/net/vxlan/vxlan_core.c vxlan_setup() vxlan_validate() vxlan_nl2conf() vxlan_config_validate()
 *        vxlan_config_apply() __vxlan_dev_create() vxlan_changelink() vxlan_dellink() vxlan_fill_info()
 *        vxlan_open() vxlan_stop() vxlan_change_mtu() vxlan_netdevice_event()
 */
import { DUPLEX_UNKNOWN, PORT_OTHER, SPEED_UNKNOWN, ethtoolLinkKsettings, type LinkKsettings } from '../../../net/core/netdevice.js';
import { NETIF_F_GSO_SHIFT, NETIF_F_HW_CSUM, NETIF_F_IPV6_CSUM, NETIF_F_IP_CSUM, VXLAN_FEATURES } from '../../../net/core/netdev_features.js';
import { netdevSetupFeatures } from '../../../net/core/dev_features.js';
import {
  ARPHRD_ETHER, IFF_BROADCAST, IFF_LIVE_ADDR_CHANGE, IFF_MULTICAST, IFF_NO_QUEUE, NetDevice, type NetDeviceOps,
} from '../../../net/core/netdevice.js';
import { ethHwAddrRandom } from '../../../net/ethernet/eth.js';
import { NetdevEvent, type Net, type NetWorld } from '../../../net/core/net_namespace.js';
import { notifierMask } from '../../../net/core/notifier.js';
import { devAllocName, registerNetdevice, unregisterNetdevice } from '../../../net/core/dev.js';
import { netdevUpperDevLink, netdevUpperDevUnlink } from '../../../net/core/dev_upper.js';
import type { RtnlLinkOps, RtnlNewlinkReq } from '../../../net/core/rtnetlink.js';
import { rtnlCreateLink } from '../../../net/core/rtnl_link.js';
import { KError } from '../../../net/core/errno.js';
import { vxlanVnifilterInit } from './vxlan_vnifilter.js';
import { NTF_SELF, NUD_PERMANENT, NUD_REACHABLE } from '../../../uapi/linux/neighbour.js';
import type { IfInfoMsg } from '../../../uapi/linux/if_link.js';
import { NLM_F_APPEND, NLM_F_CREATE } from '../../../uapi/linux/netlink.js';
import { VXLAN_DF_INHERIT, VXLAN_DF_UNSET, type VxlanInfo } from '../../../uapi/linux/vxlan.js';
import { ETH_MAX_MTU, ETH_MIN_MTU } from '../../../wire/ethernet.js';
import { ipv4IsMulticast } from '../../../wire/ipv4.js';
import { vxlanSockAdd, vxlanSockRelease, vxlanXmit } from './vxlan_core.js';
import {
  vxlanCleanup, vxlanFdbCreate, vxlanFdbDeleteRemote, vxlanFdbInsert, vxlanFdbOps, vxlanFdbUpdate, vxlanFlushDynamic,
} from './vxlan_fdb.js';
import {
  FDB_AGE_DEFAULT, FDB_AGE_INTERVAL_NS, VXLAN_DEFAULT_PORT, VXLAN_F_LEARN, VXLAN_F_PROXY, VXLAN_F_RCV_FLAGS, VXLAN_F_TTL_INHERIT,
  VXLAN_F_UDP_ZERO_CSUM_TX, VXLAN_HEADROOM, VXLAN_N_VID, vxlanNet, vxlanOf, type VxlanConfig, type VxlanDev,
} from './vxlan_private.js';

/** The events vxlan_netdevice_event() acts on (the others do not call it). */
const VXLAN_EVENTS = notifierMask(NetdevEvent.UNREGISTER);

/** vxlan_open(): the socket, then the ageing timer. */
function vxlanOpen(dev: NetDevice): void {
  const vxlan = vxlanOf(dev);
  vxlanSockAdd(vxlan);
  if (vxlan.cfg.ageInterval) vxlan.ageTimer = dev.net.sched.schedule(FDB_AGE_INTERVAL_NS, () => vxlanCleanup(vxlan));
}

/** vxlan_stop(): the timer, the learnt entries ("Default entry is deleted at vxlan_uninit"), the socket. */
function vxlanStop(dev: NetDevice): void {
  const vxlan = vxlanOf(dev);
  dev.net.sched.cancel(vxlan.ageTimer);
  vxlan.ageTimer = null;
  vxlanFlushDynamic(vxlan);
  vxlanSockRelease(vxlan);
}

/** vxlan_change_mtu(): "it looks at the lowerdev->mtu, rather than the static dev->max_mtu". */
function vxlanChangeMtu(dev: NetDevice, mtu: number): void {
  const vxlan = vxlanOf(dev);
  const lower = vxlan.defaultDst.remoteIfindex ? vxlan.net.devByIndex(vxlan.defaultDst.remoteIfindex) : null;
  if (lower && mtu > lower.mtu - VXLAN_HEADROOM) throw new KError('EINVAL');
}

const vxlanNetdevOps: NetDeviceOps = {
  kind: 'vxlan',
  startXmit: vxlanXmit,
  open: vxlanOpen,
  stop: vxlanStop,
  changeMtu: vxlanChangeMtu,
  getLinkNet: (dev) => vxlanOf(dev).net,
  dellink: vxlanDellink,
  ...vxlanFdbOps,
  // vxlan_fdb_add()/vxlan_fdb_delete() announce their entries themselves (*notified = true).
  fdbNotifies: true,
  // frames are summed and segmented before encapsulation: no checksum or segmentation offload in the data path
  modelledFeatures: ~(NETIF_F_HW_CSUM | NETIF_F_IP_CSUM | NETIF_F_IPV6_CSUM | (0xffff << NETIF_F_GSO_SHIFT)),
  getLinkKsettings: vxlanGetLinkKsettings,
  ethtool: { driver: 'vxlan', version: '0.1', getLink: true },
};

/** vxlan_get_link_ksettings(): the lower device's (the default destination's), else unknown. */
function vxlanGetLinkKsettings(dev: NetDevice): LinkKsettings {
  const vxlan = vxlanOf(dev);
  const lower = vxlan.net.devByIndex(vxlan.defaultDst.remoteIfindex);
  return (lower && ethtoolLinkKsettings(lower)) || { speed: SPEED_UNKNOWN, duplex: DUPLEX_UNKNOWN, port: PORT_OTHER };
}

/** vxlan_validate(): the generic address and MTU, the VNI, the port range, DF. */
function vxlanValidate(m: IfInfoMsg, data: VxlanInfo | null): void {
  if (m.address) {
    if (m.address.length !== 6) throw new KError('EINVAL', 'Provided link layer address is not Ethernet');
    if (m.address[0]! & 1 || m.address.every((b) => b === 0)) throw new KError('EADDRNOTAVAIL', 'Provided Ethernet address is not unicast');
  }
  if (m.mtu !== undefined && (m.mtu < ETH_MIN_MTU || m.mtu > ETH_MAX_MTU)) throw new KError('EINVAL', 'MTU must be between 68 and 65535');
  if (!data) throw new KError('EINVAL', 'Required attributes not provided to perform the operation');
  if (data.id !== undefined && data.id >= VXLAN_N_VID) throw new KError('ERANGE', 'VXLAN ID must be lower than 16777216');
  if (data.portRange && data.portRange.high < data.portRange.low) throw new KError('EINVAL', 'Invalid source port range');
  if (data.df !== undefined && data.df > VXLAN_DF_INHERIT) throw new KError('EINVAL', 'Invalid DF attribute');
}

/** The kinds of VXLAN tuxnet does not build: refused, not half done. */
function refuseUnsupported(d: VxlanInfo): void {
  const unsupported: [boolean | undefined, string][] = [
    [d.collectMetadata, 'external (collect_metadata)'], [d.vnifilter, 'vnifilter'], [d.gbp, 'gbp'], [d.gpe, 'gpe'],
    [d.rsc, 'rsc'], [d.l2miss, 'l2miss'], [d.l3miss, 'l3miss'], [d.remcsumTx, 'remcsumtx'],
    [d.remcsumRx, 'remcsumrx'],
  ];
  for (const [on, name] of unsupported) if (on) throw new KError('EOPNOTSUPP', `VXLAN ${name} is not supported by tuxnet`);
  if (d.group !== undefined && ipv4IsMulticast(d.group)) throw new KError('EOPNOTSUPP', 'VXLAN multicast groups are not supported by tuxnet');
}

/**
 * vxlan_nl2flag() of a flag that cannot change on a live device: the
 * request's first such attribute, in vxlan_nl2conf()'s order, is refused
 * (vxlan_flag_attr_error(): NL_SET_ERR_MSG_MOD; UDP_CSUM has a message of its own).
 */
function refuseFixedFlags(d: VxlanInfo, old: VxlanConfig | null, flags: readonly (readonly [keyof VxlanInfo, string])[]): void {
  if (!old) return;
  for (const [key, name] of flags) {
    if (d[key] !== undefined) throw new KError('EOPNOTSUPP', key === 'udpCsum' ? 'Cannot change UDP_CSUM flag' : `vxlan: cannot change ${name} flag`);
  }
}

/** vxlan_nl2flag() of a boolean attribute. */
function nl2flag(conf: VxlanConfig, v: boolean | undefined, mask: number): void {
  if (v === undefined) return;
  conf.flags = v ? conf.flags | mask : conf.flags & ~mask;
}

/** vxlan_nl2conf(): the request on top of the old configuration (changelink) or of zeros. */
function vxlanNl2conf(d: VxlanInfo, old: VxlanConfig | null): VxlanConfig {
  const conf: VxlanConfig = old ? { ...old } : {
    vni: 0, remoteIp: 0, saddr: 0, remoteIfindex: 0, dstPort: 0, portMin: 0, portMax: 0, tos: 0, ttl: 0, df: VXLAN_DF_UNSET,
    label: 0, flags: 0, ageInterval: 0, addrmax: 0,
  };
  // vxlan_policy[IFLA_VXLAN_LOCAL]: .len = 4.
  if (d.local === null) throw new KError('EINVAL', 'Attribute failed policy validation');
  if (d.id !== undefined) {
    if (old && d.id !== conf.vni) throw new KError('EOPNOTSUPP', 'Cannot change VNI');
    conf.vni = d.id;
  }
  if (d.group !== undefined) conf.remoteIp = d.group >>> 0;
  if (d.local !== undefined && d.local !== null) conf.saddr = d.local >>> 0;
  if (d.link !== undefined) conf.remoteIfindex = d.link;
  if (d.tos !== undefined) conf.tos = d.tos;
  if (d.ttl !== undefined) conf.ttl = d.ttl;
  refuseFixedFlags(d, old, [['ttlInherit', 'TTL_INHERIT']]);
  if (d.ttlInherit) conf.flags |= VXLAN_F_TTL_INHERIT;
  if (d.label !== undefined) conf.label = d.label;
  if (d.learning !== undefined) nl2flag(conf, d.learning, VXLAN_F_LEARN);
  else if (!old) conf.flags |= VXLAN_F_LEARN;
  if (d.ageing !== undefined) conf.ageInterval = d.ageing;
  refuseFixedFlags(d, old, [['proxy', 'PROXY'], ['rsc', 'RSC'], ['l2miss', 'L2MISS'], ['l3miss', 'L3MISS']]);
  if (d.proxy) conf.flags |= VXLAN_F_PROXY;
  if (d.limit !== undefined) {
    if (old) throw new KError('EOPNOTSUPP', 'Cannot change limit');
    conf.addrmax = d.limit;
  }
  refuseFixedFlags(d, old, [['collectMetadata', 'COLLECT_METADATA']]);
  if (d.portRange) {
    if (old) throw new KError('EOPNOTSUPP', 'Cannot change port range');
    conf.portMin = d.portRange.low;
    conf.portMax = d.portRange.high;
  }
  if (d.port !== undefined) {
    if (old) throw new KError('EOPNOTSUPP', 'Cannot change port');
    conf.dstPort = d.port;
  }
  refuseFixedFlags(d, old, [
    ['udpCsum', 'UDP_CSUM'], ['udpZeroCsum6Tx', 'UDP_ZERO_CSUM6_TX'], ['udpZeroCsum6Rx', 'UDP_ZERO_CSUM6_RX'],
    ['remcsumTx', 'REMCSUM_TX'], ['remcsumRx', 'REMCSUM_RX'], ['gbp', 'GBP'], ['gpe', 'GPE'], ['vnifilter', 'VNIFILTER'],
  ]);
  if (d.udpCsum !== undefined) nl2flag(conf, !d.udpCsum, VXLAN_F_UDP_ZERO_CSUM_TX);
  if (d.df !== undefined) conf.df = d.df;
  return conf;
}

/** vxlan_vni_in_use(): another device of the namespace with this VNI, port and receive flags. */
function vxlanVniInUse(net: Net, self: VxlanDev | null, conf: VxlanConfig): boolean {
  return vxlanNet(net).vxlanList.some((t) => t !== self && t.cfg.vni === conf.vni && t.cfg.dstPort === conf.dstPort &&
    (t.cfg.flags & VXLAN_F_RCV_FLAGS) === (conf.flags & VXLAN_F_RCV_FLAGS));
}

/** vxlan_config_validate(): the lower device, the defaults (port 8472, ageing 300), a free VNI. */
function vxlanConfigValidate(srcNet: Net, conf: VxlanConfig, old: VxlanDev | null): NetDevice | null {
  if (ipv4IsMulticast(conf.saddr)) throw new KError('EINVAL', 'Local address cannot be multicast');
  if (conf.label) throw new KError('EINVAL', 'Label attribute only applies to IPv6 VXLAN devices');
  let lower: NetDevice | null = null;
  if (conf.remoteIfindex) {
    lower = srcNet.devByIndex(conf.remoteIfindex);
    if (!lower) throw new KError('ENODEV', 'Invalid local interface, device not found');
  }
  if (!conf.dstPort) conf.dstPort = VXLAN_DEFAULT_PORT;
  if (!conf.ageInterval) conf.ageInterval = FDB_AGE_DEFAULT;
  if (vxlanVniInUse(srcNet, old, conf)) throw new KError('EEXIST', 'A VXLAN device with the specified VNI already exists');
  return lower;
}

/** vxlan_config_apply(): the default remote; the MTU, TSO limits and headroom from the lower device. */
function vxlanConfigApply(vxlan: VxlanDev, conf: VxlanConfig, lower: NetDevice | null, changelink: boolean, mtuGiven: boolean): void {
  const dev = vxlan.dev;
  const dst = vxlan.defaultDst;
  dst.remoteVni = conf.vni;
  dst.remoteIp = conf.remoteIp;
  let maxMtu = ETH_MAX_MTU;
  if (lower) {
    dst.remoteIfindex = conf.remoteIfindex;
    // netif_inherit_tso_max()
    dev.tsoMaxSize = lower.tsoMaxSize;
    dev.tsoMaxSegs = lower.tsoMaxSegs;
    maxMtu = Math.max(ETH_MIN_MTU, lower.mtu - VXLAN_HEADROOM);
    if (!changelink && !mtuGiven) dev.mtu = maxMtu;
  }
  if (dev.mtu > maxMtu) dev.mtu = maxMtu;
  vxlan.cfg = conf;
}

/** vxlan_setup() + rtnl_create_link(): a random MAC first, then the request's attributes. */
function vxlanSetup(net: Net, name: string, m: IfInfoMsg): NetDevice {
  const dev = new NetDevice(net, name, vxlanNetdevOps, {
    type: ARPHRD_ETHER, flags: IFF_BROADCAST | IFF_MULTICAST, mtu: 1500, minMtu: ETH_MIN_MTU, maxMtu: ETH_MAX_MTU,
    txQueueLen: 1000, addrLen: 6,
  });
  dev.broadcast.fill(0xff);
  ethHwAddrRandom(dev);
  dev.privFlags |= IFF_NO_QUEUE | IFF_LIVE_ADDR_CHANGE;
  // vxlan_setup(): SG, HW_CSUM, RXCSUM and software GSO, all changeable. tuxnet's vxlan takes frames already
  // segmented and summed (vxlanNetdevOps.modelledFeatures: validate_xmit_skb() does it as for a device without them).
  netdevSetupFeatures(dev, VXLAN_FEATURES, VXLAN_FEATURES);
  // GSO_LEGACY_MAX_SIZE until a lower device's limits are inherited.
  dev.tsoMaxSize = 65536;
  rtnlCreateLink(dev, m);
  return dev;
}

/** __vxlan_dev_create(): configure, the default fdb entry, register, link under the lower device. */
function vxlanNewlink(net: Net, req: RtnlNewlinkReq<VxlanInfo>): NetDevice {
  const m = req.msg.body as IfInfoMsg;
  // vxlan_validate() refused a request without IFLA_INFO_DATA.
  const data = req.data!;
  refuseUnsupported(data);
  const conf = vxlanNl2conf(data, null);
  const srcNet = req.linkNet;
  const lower = vxlanConfigValidate(srcNet, conf, null);
  const dev = vxlanSetup(net, req.name ?? devAllocName(net, 'vxlan%d'), m);
  const vxlan: VxlanDev = {
    dev, net: srcNet, cfg: conf, defaultDst: { remoteIp: 0, remotePort: 0, remoteVni: 0, remoteIfindex: 0 },
    fdb: new Map(), fdbList: [], vn4Sock: null, ageTimer: null,
  };
  dev.priv = vxlan;
  vxlanConfigApply(vxlan, conf, lower, false, m.mtu !== undefined);
  const dst = vxlan.defaultDst;
  // "create an fdb entry for a valid default destination"
  const f = dst.remoteIp ? vxlanFdbCreate(vxlan, new Uint8Array(6), { ...dst, remotePort: conf.dstPort }, NUD_REACHABLE | NUD_PERMANENT, NTF_SELF) : null;
  registerNetdevice(dev);
  if (lower) {
    try {
      netdevUpperDevLink(lower, dev);
    } catch (e) {
      unregisterNetdevice(dev);
      throw e;
    }
  }
  if (f) vxlanFdbInsert(vxlan, f);
  vxlanNet(srcNet).vxlanList.unshift(vxlan);
  return dev;
}

/** vxlan_changelink(): what may change on a live device; the lower device and default remote follow. */
function vxlanChangelink(dev: NetDevice, data: VxlanInfo): void {
  const vxlan = vxlanOf(dev);
  const conf = vxlanNl2conf(data, vxlan.cfg);
  refuseUnsupported(data);
  const lower = vxlanConfigValidate(vxlan.net, conf, vxlan);
  const oldLower = vxlan.defaultDst.remoteIfindex;
  if (oldLower !== conf.remoteIfindex) {
    const old = oldLower ? vxlan.net.devByIndex(oldLower) : null;
    if (lower) netdevUpperDevLink(lower, dev);
    if (old) netdevUpperDevUnlink(old, dev);
  }
  // A new default remote joins the all-zeros entry, the old one leaves it (other remotes stay).
  const dst = vxlan.defaultDst;
  if (conf.remoteIp !== dst.remoteIp) {
    const add = { remoteIp: conf.remoteIp, remotePort: vxlan.cfg.dstPort, remoteVni: conf.vni, remoteIfindex: conf.remoteIfindex };
    if (conf.remoteIp) vxlanFdbUpdate(vxlan, new Uint8Array(6), add, NUD_REACHABLE | NUD_PERMANENT, NLM_F_APPEND | NLM_F_CREATE, NTF_SELF);
    const del = { remoteIp: dst.remoteIp, remotePort: vxlan.cfg.dstPort, remoteVni: dst.remoteVni, remoteIfindex: dst.remoteIfindex };
    if (dst.remoteIp && vxlan.fdb.has(0)) vxlanFdbDeleteRemote(vxlan, 0, del);
  }
  vxlanConfigApply(vxlan, conf, lower, true, true);
}

/** vxlan_dellink() + vxlan_uninit(): the fdb, the list, the upper link, the device. */
function vxlanDellink(dev: NetDevice): void {
  if (!dev.registered) return;
  const vxlan = vxlanOf(dev);
  const list = vxlanNet(vxlan.net).vxlanList;
  const i = list.indexOf(vxlan);
  if (i >= 0) list.splice(i, 1);
  const lower = vxlan.defaultDst.remoteIfindex ? vxlan.net.devByIndex(vxlan.defaultDst.remoteIfindex) : null;
  unregisterNetdevice(dev);
  if (lower) netdevUpperDevUnlink(lower, dev);
  vxlan.fdb.clear();
  vxlan.fdbList = [];
}

/** vxlan_fill_info() */
function vxlanFillInfo(dev: NetDevice): VxlanInfo {
  const { cfg, defaultDst: dst } = vxlanOf(dev);
  const d: VxlanInfo = { id: dst.remoteVni };
  if (dst.remoteIp) d.group = dst.remoteIp;
  if (dst.remoteIfindex) d.link = dst.remoteIfindex;
  if (cfg.saddr) d.local = cfg.saddr;
  Object.assign(d, {
    ttl: cfg.ttl, ttlInherit: (cfg.flags & VXLAN_F_TTL_INHERIT) !== 0, df: cfg.df, tos: cfg.tos, label: cfg.label,
    learning: (cfg.flags & VXLAN_F_LEARN) !== 0, proxy: (cfg.flags & VXLAN_F_PROXY) !== 0, rsc: false, l2miss: false, l3miss: false,
    collectMetadata: false, ageing: cfg.ageInterval, limit: cfg.addrmax, port: cfg.dstPort,
    udpCsum: !(cfg.flags & VXLAN_F_UDP_ZERO_CSUM_TX), udpZeroCsum6Tx: false, udpZeroCsum6Rx: false,
    remcsumTx: false, remcsumRx: false, portRange: { low: cfg.portMin, high: cfg.portMax },
  } satisfies VxlanInfo);
  return d;
}

/** vxlan_handle_lowerdev_unregister(): a lower device going away (not moving) takes its vxlans with it. */
function vxlanDeviceEvent(event: NetdevEvent, dev: NetDevice): void {
  if (event !== NetdevEvent.UNREGISTER || !dev.dismantle) return;
  for (const vxlan of [...vxlanNet(dev.net).vxlanList]) {
    if (vxlan.defaultDst.remoteIfindex === dev.ifindex) vxlanDellink(vxlan.dev);
  }
}

/** vxlan_link_ops */
export const vxlanLinkOps: RtnlLinkOps<VxlanInfo> = {
  kind: 'vxlan',
  validate: vxlanValidate,
  newlink: vxlanNewlink,
  changelink: vxlanChangelink,
  dellink: vxlanDellink,
  fillInfo: vxlanFillInfo,
};

/**
 * vxlan_destroy_tunnels(): a namespace that goes takes the vxlans whose
 * tunnel lives in it, wherever the devices were moved ("If vxlan->dev is
 * in the same netns, it has already been added to the list").
 */
function vxlanDestroyTunnels(net: Net): void {
  const rtnl = net.world.rtnl;
  rtnl.lock();
  try {
    for (const vxlan of [...vxlanNet(net).vxlanList]) vxlanDellink(vxlan.dev);
  } finally {
    rtnl.unlock();
  }
}

/** vxlan_init_module(): the link kind, the netdevice notifier in every namespace, vxlan_net_ops. */
export function vxlanInit(world: NetWorld): void {
  world.rtnl.linkRegister(vxlanLinkOps as RtnlLinkOps);
  vxlanVnifilterInit(world);
  world.pernet.register({ name: 'vxlan', init: (net) => net.netdevChain.register(vxlanDeviceEvent, 0, VXLAN_EVENTS), exit: vxlanDestroyTunnels });
}
