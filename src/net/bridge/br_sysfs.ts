/**
 * /sys/class/net/BR/bridge/* and /sys/class/net/PORT/brport/*: the
 * bridge's and its ports' knobs as files, read (show) and written (store)
 * with the kernel's formats, units (clock_t) and setters.
 * @linux net/bridge/br_sysfs_br.c, net/bridge/br_sysfs_if.c
 */
import { KError } from '../core/errno.js';
import type { NetDevice } from '../core/netdevice.js';
import { brFdbDeleteByPort, brFdbFlush, brFdbGcTimerValue, fdbListNewestFirst, hasExpired } from './br_fdb.js';
import { brChangelink, brSetport, jiffiesRound } from './br_netlink.js';
import {
  BR_BCAST_FLOOD, BR_BPDU_GUARD, BR_FDB_LOCAL, BR_FDB_STATIC, BR_FLOOD, BR_HAIRPIN_MODE, BR_ISOLATED, BR_LEARNING, BR_MCAST_FLOOD, BR_MULTICAST_FAST_LEAVE,
  BR_MULTICAST_TO_UNICAST, BR_NEIGH_SUPPRESS, BR_PROXYARP, BR_PROXYARP_WIFI, BR_ROOT_BLOCK, BROPT_MULTICAST_ENABLED,
  BROPT_NO_LL_LEARN, brPortGet, netdevBridge, nsToClockT, type BridgeId, type NetBridge, type NetBridgePort,
} from './br_private.js';
import type { IflaBrInfo, IflaBrportInfo } from '../../uapi/linux/if_bridge.js';
import { kstrtoul, simpleStrtoul } from '../../lib/kstrtox.js';

/**
 * brforward_read() / br_fdb_fillbuf(): one struct __fdb_entry (16 bytes:
 * mac_addr[6], port_no, is_local, ageing_timer_value as a little-endian
 * u32 of clock_t since the last update, 0 for a static entry, port_hi,
 * pad) per live entry with a port, in fdb_list order. The bridge's
 * BRIDGE/brforward file (null: the device is no bridge).
 */
export function brSysfsBrforward(dev: NetDevice): Uint8Array | null {
  const br = netdevBridge(dev);
  if (!br) return null;
  const now = br.dev.net.sched.now;
  const out: number[] = [];
  for (const f of fdbListNewestFirst(br)) {
    if (hasExpired(br, f) || !f.dst) continue;
    const age = f.has(BR_FDB_STATIC) ? 0 : nsToClockT(now - f.updated);
    out.push(...f.key.addr, f.dst.portNo & 0xff, f.has(BR_FDB_LOCAL) ? 1 : 0);
    out.push(age & 0xff, (age >>> 8) & 0xff, (age >>> 16) & 0xff, (age >>> 24) & 0xff, (f.dst.portNo >>> 8) & 0xff, 0, 0, 0);
  }
  return Uint8Array.from(out);
}

/** br_show_bridge_id(): "8000.020000000005" */
function showBridgeId(id: BridgeId): string {
  const h = (b: number): string => b.toString(16).padStart(2, '0');
  return `${h(id.prio[0]!)}${h(id.prio[1]!)}.${[...id.addr].map(h).join('')}\n`;
}

function timerLeft(br: NetBridge, t: { when: number; index: number } | null): number {
  return t && t.index >= 0 ? nsToClockT(Math.max(0, t.when - br.dev.net.sched.now)) : 0;
}

interface BrAttr {
  show?(br: NetBridge): string;
  /** store: the value as kstrtoul() read it (base 0; a port's as simple_strtoul()). */
  store?(br: NetBridge, v: number): void;
  /** store of a file that parses its own text (group_addr's mac_pton()). */
  storeText?(br: NetBridge, text: string): void;
}

/**
 * mac_pton(): "xx:xx:xx:xx:xx:xx" (17 characters at least, hex pairs, ':'
 * between them; what follows is ignored); null when it does not parse.
 */
function macPton(s: string): Uint8Array | null {
  if (s.length < 17) return null;
  const a = new Uint8Array(6);
  for (let i = 0; i < 6; i++) {
    const pair = s.slice(i * 3, i * 3 + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return null;
    if (i !== 5 && s[i * 3 + 2] !== ':') return null;
    a[i] = parseInt(pair, 16);
  }
  return a;
}

/** A store through br_changelink() (the sysfs setters call the same functions). */
const viaChangelink = (key: keyof IflaBrInfo) => (br: NetBridge, v: number): void =>
  brChangelink(br.dev, { [key]: v } as IflaBrInfo);

/**
 * A store whose kernel setter assigns the unsigned long to a u32 field
 * (set_hash_max(), set_last_member_cnt(), set_startup_query_cnt()): kept modulo 2^32.
 */
const viaChangelinkU32 = (key: keyof IflaBrInfo) => (br: NetBridge, v: number): void =>
  brChangelink(br.dev, { [key]: v < 2 ** 32 ? v : Number(BigInt.asUintN(32, BigInt(v))) } as IflaBrInfo);

/** A multicast interval knob: clock_t, kept as jiffies (jiffies_to_clock_t(msecs_to_jiffies())). */
function mcastIntvl(field: keyof NetBridge['mcast'], key: keyof IflaBrInfo): BrAttr {
  return { show: (b) => `${jiffiesRound(b.mcast[field])}\n`, store: viaChangelink(key) };
}

const BR_ATTRS: Readonly<Record<string, Readonly<BrAttr>>> = {
  forward_delay: { show: (b) => `${nsToClockT(b.forwardDelay)}\n`, store: viaChangelink('forwardDelay') },
  hello_time: { show: (b) => `${nsToClockT(b.helloTime)}\n`, store: viaChangelink('helloTime') },
  max_age: { show: (b) => `${nsToClockT(b.maxAge)}\n`, store: viaChangelink('maxAge') },
  ageing_time: { show: (b) => `${nsToClockT(b.ageingTime)}\n`, store: viaChangelink('ageingTime') },
  stp_state: { show: (b) => `${b.stpEnabled}\n`, store: viaChangelink('stpState') },
  group_fwd_mask: { show: (b) => `0x${b.groupFwdMask.toString(16)}\n`, store: viaChangelink('groupFwdMask') },
  priority: { show: (b) => `${(b.bridgeId.prio[0]! << 8) | b.bridgeId.prio[1]!}\n`, store: viaChangelink('priority') },
  root_id: { show: (b) => showBridgeId(b.designatedRoot) },
  bridge_id: { show: (b) => showBridgeId(b.bridgeId) },
  root_port: { show: (b) => `${b.rootPort}\n` },
  root_path_cost: { show: (b) => `${b.rootPathCost}\n` },
  topology_change: { show: (b) => `${b.topologyChange}\n` },
  topology_change_detected: { show: (b) => `${b.topologyChangeDetected}\n` },
  hello_timer: { show: (b) => `${timerLeft(b, b.helloTimer)}\n` },
  tcn_timer: { show: (b) => `${timerLeft(b, b.tcnTimer)}\n` },
  topology_change_timer: { show: (b) => `${timerLeft(b, b.topologyChangeTimer)}\n` },
  gc_timer: { show: (b) => `${brFdbGcTimerValue(b)}\n` },
  // group_addr_store(): mac_pton(), then the link-local rules br_changelink() applies too.
  group_addr: {
    show: (b) => `${[...b.groupAddr].map((x) => x.toString(16).padStart(2, '0')).join(':')}\n`,
    storeText: (b, text) => {
      const a = macPton(text);
      if (!a) throw new KError('EINVAL');
      brChangelink(b.dev, { groupAddr: a });
    },
  },
  flush: { store: (b) => brFdbFlush(b) },
  no_linklocal_learn: {
    show: (b) => `${b.optGet(BROPT_NO_LL_LEARN) ? 1 : 0}\n`,
    store: (b, v) => brChangelink(b.dev, { multiBoolopt: { optval: v ? 1 : 0, optmask: 1 } }),
  },
  multicast_snooping: { show: (b) => `${b.optGet(BROPT_MULTICAST_ENABLED) ? 1 : 0}\n`, store: viaChangelink('mcastSnooping') },
  multicast_router: { show: (b) => `${b.mcast.routerMode}\n`, store: viaChangelink('mcastRouter') },
  multicast_igmp_version: { show: (b) => `${b.mcast.igmpVersion}\n`, store: viaChangelink('mcastIgmpVersion') },
  multicast_querier: { show: (b) => `${b.mcast.querier}\n`, store: viaChangelink('mcastQuerier') },
  multicast_query_use_ifaddr: { show: (b) => `${b.mcast.queryUseIfaddr}\n`, store: viaChangelink('mcastQueryUseIfaddr') },
  multicast_stats_enabled: { show: (b) => `${b.mcast.statsEnabled}\n`, store: viaChangelink('mcastStatsEnabled') },
  hash_elasticity: { show: (b) => `${b.mcast.hashElasticity}\n`, store: viaChangelink('mcastHashElasticity') },
  hash_max: { show: (b) => `${b.mcast.hashMax}\n`, store: viaChangelinkU32('mcastHashMax') },
  multicast_last_member_count: { show: (b) => `${b.mcast.lastMemberCnt}\n`, store: viaChangelinkU32('mcastLastMemberCnt') },
  multicast_startup_query_count: { show: (b) => `${b.mcast.startupQueryCnt}\n`, store: viaChangelinkU32('mcastStartupQueryCnt') },
  multicast_last_member_interval: mcastIntvl('lastMemberIntvl', 'mcastLastMemberIntvl'),
  multicast_membership_interval: mcastIntvl('membershipIntvl', 'mcastMembershipIntvl'),
  multicast_querier_interval: mcastIntvl('querierIntvl', 'mcastQuerierIntvl'),
  multicast_query_interval: mcastIntvl('queryIntvl', 'mcastQueryIntvl'),
  multicast_query_response_interval: mcastIntvl('queryResponseIntvl', 'mcastQueryResponseIntvl'),
  multicast_startup_query_interval: mcastIntvl('startupQueryIntvl', 'mcastStartupQueryIntvl'),
  multicast_mld_version: { show: (b) => `${b.mcast.mldVersion}\n`, store: viaChangelink('mcastMldVersion') },
  nf_call_iptables: { show: (b) => `${b.nfCallIptables}\n`, store: viaChangelink('nfCallIptables') },
  nf_call_ip6tables: { show: (b) => `${b.nfCallIp6tables}\n`, store: viaChangelink('nfCallIp6tables') },
  nf_call_arptables: { show: (b) => `${b.nfCallArptables}\n`, store: viaChangelink('nfCallArptables') },
};

interface PortAttr {
  show?(p: NetBridgePort): string;
  store?(p: NetBridgePort, v: number): void;
  /** store of a file that parses its own text (backup_port's device name). */
  storeText?(p: NetBridgePort, text: string): void;
}

const flagAttr = (flag: number, key: keyof IflaBrportInfo): PortAttr => ({
  show: (p) => `${p.flags & flag ? 1 : 0}\n`,
  store: (p, v) => brSetport(p, { [key]: v ? 1 : 0 } as IflaBrportInfo),
});

const PORT_ATTRS: Readonly<Record<string, Readonly<PortAttr>>> = {
  // show_backup_port() / store_backup_port(): a name up to the newline, none to clear (nbp_backup_change()).
  backup_port: {
    show: (p) => (p.backupPort ? `${p.backupPort.dev.name}\n` : ''),
    storeText: (p, text) => {
      const name = text.split('\n')[0]!;
      const dev = name.length > 0 ? p.dev.net.devByName(name) : null;
      if (name.length > 0 && !dev) throw new KError('ENOENT');
      brSetport(p, { backupPort: dev ? dev.ifindex : 0 });
    },
  },
  path_cost: { show: (p) => `${p.pathCost}\n`, store: (p, v) => brSetport(p, { cost: v }) },
  priority: { show: (p) => `${p.priority}\n`, store: (p, v) => brSetport(p, { priority: v }) },
  designated_root: { show: (p) => showBridgeId(p.designatedRoot) },
  designated_bridge: { show: (p) => showBridgeId(p.designatedBridge) },
  designated_port: { show: (p) => `${p.designatedPort}\n` },
  designated_cost: { show: (p) => `${p.designatedCost}\n` },
  port_id: { show: (p) => `0x${p.portId.toString(16)}\n` },
  port_no: { show: (p) => `0x${p.portNo.toString(16)}\n` },
  change_ack: { show: (p) => `${p.topologyChangeAck}\n` },
  config_pending: { show: (p) => `${p.configPending}\n` },
  state: { show: (p) => `${p.state}\n` },
  hold_timer: { show: (p) => `${timerLeft(p.br, p.holdTimer)}\n` },
  message_age_timer: { show: (p) => `${timerLeft(p.br, p.messageAgeTimer)}\n` },
  forward_delay_timer: { show: (p) => `${timerLeft(p.br, p.forwardDelayTimer)}\n` },
  flush: { store: (p) => brFdbDeleteByPort(p.br, p, 0, false) },
  group_fwd_mask: { show: (p) => `0x${p.groupFwdMask.toString(16)}\n`, store: (p, v) => brSetport(p, { groupFwdMask: v }) },
  hairpin_mode: flagAttr(BR_HAIRPIN_MODE, 'mode'),
  bpdu_guard: flagAttr(BR_BPDU_GUARD, 'guard'),
  root_block: flagAttr(BR_ROOT_BLOCK, 'protect'),
  learning: flagAttr(BR_LEARNING, 'learning'),
  unicast_flood: flagAttr(BR_FLOOD, 'unicastFlood'),
  multicast_fast_leave: flagAttr(BR_MULTICAST_FAST_LEAVE, 'fastLeave'),
  proxyarp: flagAttr(BR_PROXYARP, 'proxyarp'),
  proxyarp_wifi: flagAttr(BR_PROXYARP_WIFI, 'proxyarpWifi'),
  multicast_flood: flagAttr(BR_MCAST_FLOOD, 'mcastFlood'),
  multicast_to_unicast: flagAttr(BR_MULTICAST_TO_UNICAST, 'mcastToUcast'),
  broadcast_flood: flagAttr(BR_BCAST_FLOOD, 'bcastFlood'),
  neigh_suppress: flagAttr(BR_NEIGH_SUPPRESS, 'neighSuppress'),
  isolated: flagAttr(BR_ISOLATED, 'isolated'),
  multicast_router: { show: (p) => `${p.multicastRouter}\n`, store: (p, v) => brSetport(p, { multicastRouter: v }) },
};

/** The sysfs directory a device has beside net-sysfs's: "bridge" for a bridge, "brport" for a port. */
export function brSysfsDir(dev: NetDevice): 'bridge' | 'brport' | null {
  if (netdevBridge(dev)) return 'bridge';
  if (brPortGet(dev)) return 'brport';
  return null;
}

/**
 * br_sysfs_addif(): a bridge's brif/ holds one link per port, named after
 * the port and pointing at its brport/ directory; null for other devices.
 */
export function brSysfsBrif(dev: NetDevice, port: string): NetDevice | null {
  return netdevBridge(dev)?.portList.find((p) => p.dev.name === port)?.dev ?? null;
}

/** The names in a bridge's brif/ (null: the device is no bridge). */
export function brSysfsBrifList(dev: NetDevice): string[] | null {
  return netdevBridge(dev)?.portList.map((p) => p.dev.name).sort() ?? null;
}

/** The attribute names of that directory. */
export function brSysfsList(dev: NetDevice): string[] {
  // A port's directory also holds the "bridge" link to its bridge (br_sysfs_addif()).
  return brSysfsDir(dev) === 'bridge' ? Object.keys(BR_ATTRS).sort() : [...Object.keys(PORT_ATTRS), 'bridge'].sort();
}

/** show(): the file's contents, or null when it does not exist; EACCES for a write-only file. */
export function brSysfsShow(dev: NetDevice, attr: string): string | 'EACCES' | null {
  const br = netdevBridge(dev);
  if (br) {
    const a = BR_ATTRS[attr];
    if (!a) return null;
    return a.show ? a.show(br) : 'EACCES';
  }
  const p = brPortGet(dev);
  const a = p ? PORT_ATTRS[attr] : undefined;
  if (!p || !a) return null;
  return a.show ? a.show(p) : 'EACCES';
}

/** A file that exists without a store() (mode 0444): kernfs_fop_open() refuses to open it for writing. */
export function brSysfsReadOnly(dev: NetDevice, attr: string): boolean {
  const br = netdevBridge(dev);
  const p = br ? null : brPortGet(dev);
  const a = br ? BR_ATTRS[attr] : p ? PORT_ATTRS[attr] : undefined;
  return a !== undefined && !a.store && !a.storeText;
}

/** store(): throws KError as the setter refuses (EINVAL for a non-number, EACCES for a read-only file). */
export function brSysfsStore(dev: NetDevice, attr: string, data: string): void {
  const br = netdevBridge(dev);
  const p = br ? null : brPortGet(dev);
  const a = br ? BR_ATTRS[attr] : p ? PORT_ATTRS[attr] : undefined;
  if (!a) throw new KError('ENOENT');
  if (a.storeText) return br ? (a as BrAttr).storeText!(br, data) : (a as PortAttr).storeText!(p!, data);
  if (!a.store) throw new KError('EACCES');
  if (br) {
    // store_bridge_parm(): kstrtoul(buf, 0)
    const v = kstrtoul(data);
    if (typeof v !== 'number') throw new KError(v);
    (a as BrAttr).store!(br, v);
  } else {
    // brport_store(): simple_strtoul(buf, &endp, 0), EINVAL only when no digit was read
    const v = simpleStrtoul(data);
    if (v === null) throw new KError('EINVAL');
    (a as PortAttr).store!(p!, v);
  }
}
