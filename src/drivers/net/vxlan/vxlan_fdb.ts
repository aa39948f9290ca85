/**
 * vxlan's forwarding database: MAC -> remote VTEPs. Entries come from the
 * user (`bridge fdb add|append|del ... dst IP`), from the device's default
 * remote (the all-zeros MAC: where unknown and broadcast destinations are
 * flooded, one copy per remote: head-end replication), and from learning
 * the outer source IP of received frames (vxlan_snoop); learned entries
 * age out after `ageing` seconds unused.
 * @linux drivers/net/vxlan/vxlan_core.c vxlan_fdb_update() vxlan_fdb_add() vxlan_fdb_delete()
 *        vxlan_fdb_dump() vxlan_fdb_info() vxlan_snoop() vxlan_cleanup() vxlan_flush()
 */
import { KError } from '../../../net/core/errno.js';
import type { NetDevice } from '../../../net/core/netdevice.js';
import { nsToClockT } from '../../../net/bridge/br_private.js';
import { AF_BRIDGE, type BrFdbMsg } from '../../../uapi/linux/if_bridge.js';
import {
  NTF_EXT_LEARNED, NTF_MASTER, NTF_OFFLOADED, NTF_ROUTER, NTF_SELF, NTF_USE, NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE,
} from '../../../uapi/linux/neighbour.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from '../../../uapi/linux/netlink.js';
import { nexthopIsFdb } from '../../../net/ipv4/nexthop.js';
import { FDB_AGE_INTERVAL_NS, macKey, vxlanOf, type VxlanDev, type VxlanFdb, type VxlanRdst } from './vxlan_private.js';

/** NTF_VXLAN_ADDED_BY_USER: a driver-private ndm_flags bit. */
const NTF_VXLAN_ADDED_BY_USER = 0x100;

function isMulticastOrZero(a: Uint8Array): boolean {
  return (a[0]! & 1) !== 0 || a.every((b) => b === 0);
}

/** __vxlan_find_mac() */
export function vxlanFindMacNoUse(vxlan: VxlanDev, key: number): VxlanFdb | null {
  return vxlan.fdb.get(key) ?? null;
}

/** vxlan_find_mac(): the lookup of the transmit path marks the entry used. */
export function vxlanFindMac(vxlan: VxlanDev, key: number): VxlanFdb | null {
  const f = vxlan.fdb.get(key) ?? null;
  if (f) f.used = vxlan.dev.net.sched.now;
  return f;
}

/** vxlan_fdb_find_rdst() */
function findRdst(f: VxlanFdb, r: VxlanRdst): VxlanRdst | null {
  return f.remotes.find((rd) => rd.remoteIp === r.remoteIp && rd.remotePort === r.remotePort &&
    rd.remoteVni === r.remoteVni && rd.remoteIfindex === r.remoteIfindex) ?? null;
}

/** vxlan_fdb_alloc() + vxlan_fdb_append(): a new entry with one remote, not yet in the table. */
export function vxlanFdbCreate(vxlan: VxlanDev, mac: Uint8Array, rd: VxlanRdst, state: number, flags: number): VxlanFdb {
  if (vxlan.cfg.addrmax && vxlan.fdb.size >= vxlan.cfg.addrmax) throw new KError('ENOSPC');
  const now = vxlan.dev.net.sched.now;
  return {
    ethAddr: mac.slice(0, 6), key: macKey(mac), state, flags, updated: now, used: now, remotes: [{ ...rd }], nh: null, nhLink: null,
  };
}

/** vxlan_fdb_insert(): hlist_add_head, so the dump shows the newest first. */
export function vxlanFdbInsert(vxlan: VxlanDev, f: VxlanFdb): void {
  vxlan.fdb.set(f.key, f);
  vxlan.fdbList.unshift(f);
}

/** vxlan_fdb_destroy() */
export function vxlanFdbDestroy(vxlan: VxlanDev, f: VxlanFdb): void {
  if (f.nh && f.nhLink) f.nh.fdbList.delete(f.nhLink);
  vxlan.fdb.delete(f.key);
  const i = vxlan.fdbList.indexOf(f);
  if (i >= 0) vxlan.fdbList.splice(i, 1);
}

/**
 * vxlan_fdb_update_existing(): state and flags, a replaced unicast remote
 * (or nexthop object), an appended flood remote (kept but unused while the
 * entry forwards through an object).
 */
function fdbUpdateExisting(
  vxlan: VxlanDev, f: VxlanFdb, rd: VxlanRdst, state: number, nlFlags: number, ndmFlags: number, nhid: number,
): void {
  const fdbFlags = ndmFlags & ~NTF_USE;
  const now = vxlan.dev.net.sched.now;
  // "Do not allow an externally learned entry to take over an entry added by the user."
  if (!(fdbFlags & NTF_EXT_LEARNED) || !(f.flags & NTF_VXLAN_ADDED_BY_USER)) {
    if (f.state !== state || f.flags !== fdbFlags) f.updated = now;
    f.state = state;
    f.flags = fdbFlags;
  }
  if (nlFlags & NLM_F_REPLACE) {
    // "Only change unicasts"
    if (isMulticastOrZero(f.ethAddr)) throw new KError('EOPNOTSUPP', 'Cannot replace non-unicast fdb entries');
    const first = f.remotes[0];
    if (nhid) vxlanFdbNhUpdate(vxlan, f, nhid);
    else if (first && !findRdst(f, rd)) Object.assign(first, rd);
  }
  if (nlFlags & NLM_F_APPEND && isMulticastOrZero(f.ethAddr) && !findRdst(f, rd)) f.remotes.push({ ...rd });
  if (ndmFlags & NTF_USE) f.updated = now;
}

/** vxlan_fdb_update(): EEXIST with NLM_F_EXCL, ENOENT without NLM_F_CREATE; `nhid` a nexthop object instead of the remote. */
export function vxlanFdbUpdate(
  vxlan: VxlanDev, mac: Uint8Array, rd: VxlanRdst, state: number, nlFlags: number, ndmFlags: number, nhid = 0,
): void {
  const f = vxlanFindMacNoUse(vxlan, macKey(mac));
  if (f) {
    if (nlFlags & NLM_F_EXCL) throw new KError('EEXIST');
    fdbUpdateExisting(vxlan, f, rd, state, nlFlags, ndmFlags, nhid);
    return;
  }
  if (!(nlFlags & NLM_F_CREATE)) throw new KError('ENOENT');
  // "Disallow replace to add a multicast entry"
  if (nlFlags & NLM_F_REPLACE && isMulticastOrZero(mac)) throw new KError('EOPNOTSUPP');
  const nf = vxlanFdbCreate(vxlan, mac, rd, state, ndmFlags & ~NTF_USE);
  if (nhid) {
    // vxlan_fdb_create(): an entry through an object has no remote of its own
    nf.remotes.length = 0;
    vxlanFdbNhUpdate(vxlan, nf, nhid);
  }
  vxlanFdbInsert(vxlan, nf);
}

/**
 * vxlan_fdb_nh_update(): the entry forwards through fdb nexthop group
 * `nhid` (its multipath members are the remote VTEPs).
 */
function vxlanFdbNhUpdate(vxlan: VxlanDev, f: VxlanFdb, nhid: number): void {
  if (f.nh?.id === nhid) return;
  const nh = vxlan.net.ipv4.nexthopOrNull?.find(nhid) ?? null;
  if (!nh) throw new KError('EINVAL', 'Nexthop id does not exist');
  if (!nexthopIsFdb(nh)) throw new KError('EINVAL', 'Nexthop is not a fdb nexthop');
  if (!nh.isGroup) throw new KError('EINVAL', 'Nexthop is not a multipath group');
  if (f.nh && f.nhLink) f.nh.fdbList.delete(f.nhLink);
  f.nh = nh;
  f.nhLink ??= { nhRemoved: () => vxlanFdbDestroy(vxlan, f) };
  nh.fdbList.add(f.nhLink);
}

/** vxlan_fdb_parse(): the remote a request names, the device's defaults where it names none. */
function vxlanFdbParse(vxlan: VxlanDev, ndm: BrFdbMsg): VxlanRdst {
  if (ndm.nhid !== undefined && (ndm.dst !== undefined || ndm.vni !== undefined || ndm.brportIdx !== undefined || ndm.port !== undefined)) {
    throw new KError('EINVAL', 'DST, VNI, ifindex and port are mutually exclusive with NH_ID');
  }
  const via = ndm.brportIdx ?? 0;
  if (via && !vxlan.dev.net.devByIndex(via)) throw new KError('EADDRNOTAVAIL', 'Device not found');
  return {
    remoteIp: ndm.dst ?? 0,
    remotePort: ndm.port ?? vxlan.cfg.dstPort,
    remoteVni: ndm.vni ?? vxlan.defaultDst.remoteVni,
    remoteIfindex: via,
  };
}

/** vxlan_fdb_add(): ndo_fdb_add. */
function vxlanFdbAdd(dev: NetDevice, ndm: BrFdbMsg, nlFlags: number): void {
  const vxlan = vxlanOf(dev);
  if (!(ndm.state & (NUD_PERMANENT | NUD_REACHABLE))) throw new KError('EINVAL');
  if (ndm.dst === undefined && ndm.nhid === undefined) throw new KError('EINVAL');
  if (ndm.srcVni !== undefined) throw new KError('EOPNOTSUPP', 'src_vni needs an external (collect_metadata) vxlan, which tuxnet lacks');
  const rd = vxlanFdbParse(vxlan, ndm);
  vxlanFdbUpdate(vxlan, ndm.lladdr!, rd, ndm.state, nlFlags, ndm.flags | NTF_VXLAN_ADDED_BY_USER, ndm.nhid ?? 0);
}

/** vxlan_fdb_delete(): ndo_fdb_del. */
function vxlanFdbDelete(dev: NetDevice, ndm: BrFdbMsg): void {
  const vxlan = vxlanOf(dev);
  vxlanFdbDeleteRemote(vxlan, macKey(ndm.lladdr!), vxlanFdbParse(vxlan, ndm));
}

/** __vxlan_fdb_delete(): one remote of several (none when it is not there), or the whole entry; ENOENT without one. */
export function vxlanFdbDeleteRemote(vxlan: VxlanDev, key: number, rd: VxlanRdst): void {
  const f = vxlanFindMacNoUse(vxlan, key);
  if (!f) throw new KError('ENOENT');
  if (rd.remoteIp) {
    const r = findRdst(f, rd);
    if (!r) return;
    // "remove a destination if it's not the only one on the list, otherwise destroy the fdb entry"
    if (f.remotes.length > 1) {
      f.remotes.splice(f.remotes.indexOf(r), 1);
      return;
    }
  }
  vxlanFdbDestroy(vxlan, f);
}

/** vxlan_fdb_info(): one RTM_NEWNEIGH per remote, or one naming the entry's nexthop object. */
function vxlanFdbInfo(vxlan: VxlanDev, f: VxlanFdb, rd: VxlanRdst | null): BrFdbMsg {
  const now = vxlan.dev.net.sched.now;
  const m: BrFdbMsg = {
    family: AF_BRIDGE, ifindex: vxlan.dev.ifindex, state: f.state, flags: f.flags & ~NTF_VXLAN_ADDED_BY_USER,
    lladdr: f.ethAddr.slice(),
    cacheinfo: { confirmed: 0, used: nsToClockT(now - f.used), updated: nsToClockT(now - f.updated), refcnt: 0 },
  };
  if (vxlan.dev.net !== vxlan.net) m.linkNetnsid = vxlan.dev.net.peernet2id(vxlan.net);
  if (f.nh) {
    m.nhid = f.nh.id;
    return m;
  }
  if (!rd) return m;
  m.dst = rd.remoteIp; // send_ip: every dump names the remote, 0.0.0.0 (a bridge-local entry) too
  if (rd.remotePort && rd.remotePort !== vxlan.cfg.dstPort) m.port = rd.remotePort;
  if (rd.remoteVni !== vxlan.defaultDst.remoteVni) m.vni = rd.remoteVni;
  if (rd.remoteIfindex) m.brportIdx = rd.remoteIfindex;
  return m;
}

/** vxlan_fdb_dump(): ndo_fdb_dump. */
function vxlanFdbDump(dev: NetDevice): BrFdbMsg[] {
  const vxlan = vxlanOf(dev);
  return vxlan.fdbList.flatMap((f) => (f.nh ? [vxlanFdbInfo(vxlan, f, null)] : f.remotes.map((rd) => vxlanFdbInfo(vxlan, f, rd))));
}

/** vxlan_fdb_get(): ndo_fdb_get, the entry's first remote. */
function vxlanFdbGet(dev: NetDevice, ndm: BrFdbMsg): BrFdbMsg {
  const vxlan = vxlanOf(dev);
  const f = vxlanFindMacNoUse(vxlan, macKey(ndm.lladdr!));
  const rd = f?.remotes[0] ?? null;
  if (!f || (!rd && !f.nh)) throw new KError('ENOENT', 'Fdb entry not found');
  return vxlanFdbInfo(vxlan, f, rd);
}

/** vxlan_fdb_flush_remote_matches(): the remote filters of a flush (VNI, port, destination) that are set. */
function flushRemoteMatches(ndm: BrFdbMsg, rd: VxlanRdst): boolean {
  return (ndm.vni === undefined || rd.remoteVni === ndm.vni) && (!ndm.port || rd.remotePort === ndm.port) &&
    (ndm.dst === undefined || rd.remoteIp === ndm.dst);
}

/**
 * vxlan_fdb_delete_bulk() + vxlan_flush(): the entries whose state and
 * flags match under the masks go, the default entry too; with remote
 * filters only the matching remotes, and the entry once none is left.
 * Only NDA_* attributes of vxlan_del_bulk_policy are accepted (strict).
 */
function vxlanFdbDeleteBulk(dev: NetDevice, ndm: BrFdbMsg): void {
  const vxlan = vxlanOf(dev);
  const flags = ndm.flags & ~(NTF_MASTER | NTF_SELF);
  if (ndm.vlan !== undefined || ndm.brportIdx) throw new KError('EINVAL', 'Unsupported attribute');
  if (flags & ~(NTF_EXT_LEARNED | NTF_OFFLOADED | NTF_ROUTER)) throw new KError('EINVAL', 'Unsupported fdb flush ndm flag bits set');
  if (ndm.state & ~(NUD_PERMANENT | NUD_NOARP)) throw new KError('EINVAL', 'Unsupported fdb flush ndm state bits set');
  const stateMask = ndm.stateMask ?? 0;
  const flagsMask = ndm.flagsMask ?? 0;
  const matchRemotes = ndm.vni !== undefined || !!ndm.port || ndm.dst !== undefined;
  for (const f of [...vxlan.fdbList]) {
    if (stateMask && (f.state & stateMask) !== ndm.state) continue;
    if (flagsMask && (f.flags & flagsMask) !== flags) continue;
    if (matchRemotes) {
      const before = f.remotes.length;
      for (let i = f.remotes.length - 1; i >= 0; i--) if (flushRemoteMatches(ndm, f.remotes[i]!)) f.remotes.splice(i, 1);
      if (f.remotes.length === before || f.remotes.length > 0) continue;
    }
    vxlanFdbDestroy(vxlan, f);
  }
}

/** The ndo_fdb_* of vxlan_netdev_ether_ops. */
export const vxlanFdbOps = {
  fdbAdd: vxlanFdbAdd, fdbDel: vxlanFdbDelete, fdbDelBulk: vxlanFdbDeleteBulk, fdbDump: vxlanFdbDump, fdbGet: vxlanFdbGet,
} as const;

/** is_valid_ether_addr() */
function isValidEtherAddr(b: Uint8Array, o: number): boolean {
  if (b[o]! & 1) return false;
  for (let i = 0; i < 6; i++) if (b[o + i] !== 0) return true;
  return false;
}

/**
 * vxlan_snoop(): learn (or move) the inner source MAC at `mac` in `b` to
 * the outer source IP. Returns false when the frame must be dropped: an
 * invalid source, or a static entry it would move.
 */
export function vxlanSnoop(vxlan: VxlanDev, srcIp: number, b: Uint8Array, mac: number): boolean {
  if (!isValidEtherAddr(b, mac)) return false;
  const f = vxlanFindMacNoUse(vxlan, macKey(b, mac));
  if (f) {
    // "Don't override an fdb with nexthop with a learnt entry": dropped, as a static one's would be
    if (f.nh) return false;
    const rdst = f.remotes[0];
    if (!rdst || (rdst.remoteIp === srcIp && rdst.remoteIfindex === 0)) return true;
    // "Don't migrate static entries, drop packets"
    if (f.state & (NUD_PERMANENT | NUD_NOARP)) return false;
    rdst.remoteIp = srcIp;
    f.updated = vxlan.dev.net.sched.now;
    return true;
  }
  // "close off race between vxlan_flush and incoming packets"
  if (!vxlan.dev.isUp) return true;
  const rd: VxlanRdst = { remoteIp: srcIp, remotePort: vxlan.cfg.dstPort, remoteVni: vxlan.defaultDst.remoteVni, remoteIfindex: 0 };
  try {
    vxlanFdbInsert(vxlan, vxlanFdbCreate(vxlan, b.subarray(mac, mac + 6), rd, NUD_REACHABLE, NTF_SELF));
  } catch {
    // vxlan_fdb_update()'s ENOSPC past maxaddress: not learned, the frame still goes up.
  }
  return true;
}

/** vxlan_cleanup(): every 10 s, entries unused for `ageing` seconds go (not static ones, not extern_learn). */
export function vxlanCleanup(vxlan: VxlanDev): void {
  if (!vxlan.dev.isUp) return;
  const sched = vxlan.dev.net.sched;
  const now = sched.now;
  let next = now + FDB_AGE_INTERVAL_NS;
  for (const f of [...vxlan.fdbList]) {
    if (f.state & (NUD_PERMANENT | NUD_NOARP) || f.flags & NTF_EXT_LEARNED) continue;
    const timeout = f.used + vxlan.cfg.ageInterval * 1e9;
    if (timeout <= now) vxlanFdbDestroy(vxlan, f);
    else if (timeout < next) next = timeout;
  }
  vxlan.ageTimer = sched.schedule(next - now, () => vxlanCleanup(vxlan));
}

/** vxlan_stop()'s vxlan_flush(): the entries that are not permanent or static; the default entry stays. */
export function vxlanFlushDynamic(vxlan: VxlanDev): void {
  for (const f of [...vxlan.fdbList]) if (!(f.state & (NUD_PERMANENT | NUD_NOARP))) vxlanFdbDestroy(vxlan, f);
}
