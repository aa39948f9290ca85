/**
 * NAT core: choose the tuple a new connection is mapped to (get_unique_tuple
 * with the kernel's address hash and port search), record it as the
 * connection's reply (nf_conntrack_alter_reply), rewrite packets of the
 * connection both ways (nf_nat_packet), and run the nat chains for the
 * first packet of each connection only (nf_nat_inet_fn and the lookup
 * hooks nf_nat_register_fn fills).
 * @linux net/netfilter/nf_nat_core.c
 */
import { nfCtZoneEqual, type NfConntrackZone } from './nf_conntrack_zones.js';
import { JHASH_INITVAL, jhashFinal } from '../../lib/jhash.js';
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import { nfRegisterNetHook, nfUnregisterNetHook, type NfHookOps, type NfHookState } from './core.js';
import {
  IPS_DST_NAT, IPS_DST_NAT_DONE, IPS_NAT_MASK, IPS_SRC_NAT, IPS_SRC_NAT_DONE, IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY,
  IP_CT_NEW, IP_CT_RELATED, IP_CT_RELATED_REPLY, NfConntrackTuple, ctinfo2dir, nfCtTupleEqual,
} from './nf_conntrack_tuple.js';
import {
  nfConntrackAlterReply, nfConntrackTupleTaken, nfCtGet, nfCtIsConfirmed, nfCtPernet, nfCtPernetInit, type NfConn,
} from './nf_conntrack_core.js';
import { nfCtInvertTuple } from './nf_conntrack_proto.js';
import { NF_NAT_MANIP_DST, NF_NAT_MANIP_SRC, nfNatIpv4ManipPkt } from './nf_nat_proto.js';
import { NF_ACCEPT, NF_DROP, NF_INET_POST_ROUTING, NF_INET_LOCAL_IN } from '../../uapi/linux/netfilter.js';

/** include/uapi/linux/netfilter/nf_nat.h */
export const NF_NAT_RANGE_MAP_IPS = 1;
export const NF_NAT_RANGE_PROTO_SPECIFIED = 2;
export const NF_NAT_RANGE_PROTO_RANDOM = 4;
export const NF_NAT_RANGE_PERSISTENT = 8;
export const NF_NAT_RANGE_PROTO_RANDOM_FULLY = 16;
export const NF_NAT_RANGE_PROTO_OFFSET = 32;
const NF_NAT_RANGE_PROTO_RANDOM_ALL = NF_NAT_RANGE_PROTO_RANDOM | NF_NAT_RANGE_PROTO_RANDOM_FULLY;
/** NF_NAT_MAX_ATTEMPTS: how many ports one search round tries. */
const NF_NAT_MAX_ATTEMPTS = 128;

/** struct nf_nat_range2 (IPv4): addresses in host order, ports (or ICMP ids). */
export interface NfNatRange {
  flags: number;
  minIp: number;
  maxIp: number;
  minProto: number;
  maxProto: number;
  baseProto: number;
}

/** struct nf_conn_nat: the masquerading device; the bysource key of a source mapping. */
export class NfConnNat {
  masqIndex = 0;
  bysource: string | null = null;
}

/** The NAT state of a namespace: the nat chains per hook and the source mappings. */
export class NfNatNet {
  /** nf_nat_lookup_hook_priv->entries, per NF_INET_* hook. */
  readonly lookup: NfHookOps[][] = [[], [], [], [], []];
  users = 0;
  ops: readonly NfHookOps[] = [];
  /** nf_nat_bysource: the connections with a source mapping, by original source. */
  readonly bysource = new Map<string, Set<NfConn>>();
  readonly scratch = new NfConntrackTuple();
  readonly scratch2 = new NfConntrackTuple();
  /** The masquerade device and address notifiers are registered. */
  masqNotifiers = false;
}

export function nfNatNet(net: Net): NfNatNet {
  let n = net.nf.nat as NfNatNet | null;
  if (!n) {
    n = new NfNatNet();
    net.nf.nat = n;
  }
  return n;
}

/** HOOK2MANIP(): source NAT after routing (POST_ROUTING, LOCAL_IN), destination NAT before. */
export const hook2manip = (hook: number): number => (hook === NF_INET_POST_ROUTING || hook === NF_INET_LOCAL_IN ? NF_NAT_MANIP_SRC : NF_NAT_MANIP_DST);

/** nfct_nat(): the connection's NAT extension, added on demand (nf_ct_nat_ext_add). */
export function nfCtNatExtAdd(ct: NfConn): NfConnNat {
  let n = ct.nat as NfConnNat | null;
  if (!n) {
    n = new NfConnNat();
    ct.nat = n;
  }
  return n;
}

/** nf_nat_initialized() */
export function nfNatInitialized(ct: NfConn, manip: number): boolean {
  return (ct.status & (manip === NF_NAT_MANIP_SRC ? IPS_SRC_NAT_DONE : IPS_DST_NAT_DONE)) !== 0;
}

/** nf_nat_used_tuple(): "we invert the tuple and look for the incoming reply". */
function nfNatUsedTuple(nn: NfNatNet, t: NfConntrackTuple, ct: NfConn): boolean {
  nfCtInvertTuple(nn.scratch2, t);
  return nfConntrackTupleTaken(nn.scratch2, ct);
}

const rol32 = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) | 0;

/** jhash2() of include/linux/jhash.h over 32-bit words. */
export function jhash2(k: readonly number[], initval: number): number {
  let a = (JHASH_INITVAL + (k.length << 2) + initval) | 0;
  let b = a;
  let c = a;
  let i = 0;
  let len = k.length;
  while (len > 3) {
    a = (a + k[i]!) | 0; b = (b + k[i + 1]!) | 0; c = (c + k[i + 2]!) | 0;
    a = (a - c) | 0; a ^= rol32(c, 4); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rol32(a, 6); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rol32(b, 8); b = (b + a) | 0;
    a = (a - c) | 0; a ^= rol32(c, 16); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rol32(a, 19); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rol32(b, 4); b = (b + a) | 0;
    len -= 3;
    i += 3;
  }
  if (len === 0) return c >>> 0;
  if (len >= 3) c = (c + k[i + 2]!) | 0;
  if (len >= 2) b = (b + k[i + 1]!) | 0;
  a = (a + k[i]!) | 0;
  return jhashFinal(a, b, c) >>> 0;
}

/** An address as the little-endian machine reads the __be32 in memory. */
const rawBe32 = (ip: number): number => (((ip & 0xff) << 24) | ((ip & 0xff00) << 8) | ((ip >>> 8) & 0xff00) | (ip >>> 24)) >>> 0;

/** l4proto_in_range(): the tuple's port (or ICMP id) lies within [min, max]. */
function l4protoInRange(t: NfConntrackTuple, manip: number, min: number, max: number): boolean {
  if (t.protonum === 1) return t.srcU >= min && t.srcU <= max;
  if (t.protonum !== 6 && t.protonum !== 17) return true;
  const port = manip === NF_NAT_MANIP_SRC ? t.srcU : t.dstU;
  return port >= min && port <= max;
}

/** nf_in_range(): a source mapping `t` fits the range. */
function nfInRange(t: NfConntrackTuple, r: NfNatRange): boolean {
  if (r.flags & NF_NAT_RANGE_MAP_IPS && (t.srcIp < r.minIp || t.srcIp > r.maxIp)) return false;
  if (!(r.flags & NF_NAT_RANGE_PROTO_SPECIFIED)) return true;
  return l4protoInRange(t, NF_NAT_MANIP_SRC, r.minProto, r.maxProto);
}

const bysourceKey = (t: NfConntrackTuple): string => `${t.protonum}/${t.srcIp}/${t.srcU}`;

/**
 * find_appropriate_src(): a connection from the same source, in the same
 * zone (its original direction), already mapped: reuse its mapping when it
 * fits the range (only for SNAT).
 */
function findAppropriateSrc(nn: NfNatNet, zone: Readonly<NfConntrackZone>, orig: NfConntrackTuple, result: NfConntrackTuple, r: NfNatRange): boolean {
  const set = nn.bysource.get(bysourceKey(orig));
  if (!set) return false;
  for (const ct of set) {
    if (!nfCtZoneEqual(ct.zone, zone, IP_CT_DIR_ORIGINAL)) continue;
    nfCtInvertTuple(result, ct.tuplehash[IP_CT_DIR_REPLY].tuple);
    result.dstIp = orig.dstIp;
    result.dstU = orig.dstU;
    result.protonum = orig.protonum;
    if (nfInRange(result, r)) return true;
  }
  return false;
}

/**
 * find_best_ips_proto(): an address of the range by a hash of the
 * source (and, unless persistent, the destination): the same client maps
 * to the same address.
 */
function findBestIpsProto(t: NfConntrackTuple, r: NfNatRange, manip: number, zoneId: number): void {
  if (!(r.flags & NF_NAT_RANGE_MAP_IPS)) return;
  if (r.minIp === r.maxIp) {
    if (manip === NF_NAT_MANIP_SRC) t.srcIp = r.minIp;
    else t.dstIp = r.minIp;
    return;
  }
  // jhash2 over union nf_inet_addr (four words, IPv4 in the first), seeded with the destination and the zone id.
  const j = jhash2([rawBe32(t.srcIp), 0, 0, 0], r.flags & NF_NAT_RANGE_PERSISTENT ? 0 : (rawBe32(t.dstIp) ^ zoneId) >>> 0);
  const dist = (r.maxIp - r.minIp + 1) >>> 0;
  // reciprocal_scale(j, dist): (u64)j * dist >> 32.
  const ip = (r.minIp + Number((BigInt(j) * BigInt(dist)) >> 32n)) >>> 0;
  if (manip === NF_NAT_MANIP_SRC) t.srcIp = ip;
  else t.dstIp = ip;
}

/**
 * nf_nat_l4proto_unique_tuple(): search the port (ICMP id) range from an
 * offset: random for source NAT or --random, 0 for destination NAT (the
 * first port of the range), in rounds of at most 128 tries.
 */
function l4protoUniqueTuple(net: Net, nn: NfNatNet, t: NfConntrackTuple, r: NfNatRange, manip: number, ct: NfConn): void {
  let min: number;
  let size: number;
  const icmp = t.protonum === 1;
  const src = icmp || manip === NF_NAT_MANIP_SRC;
  const key = (): number => (src ? t.srcU : t.dstU);
  if (icmp) {
    if (!(r.flags & NF_NAT_RANGE_PROTO_SPECIFIED)) [min, size] = [0, 65536];
    else [min, size] = [r.minProto, r.maxProto - r.minProto + 1];
  } else if (t.protonum !== 6 && t.protonum !== 17) return;
  else if (!(r.flags & NF_NAT_RANGE_PROTO_SPECIFIED)) {
    // "If it's dst rewrite, can't change port"
    if (manip === NF_NAT_MANIP_DST) return;
    const p = key();
    // "Loose convention: >> 512 is credential passing"
    if (p < 1024) [min, size] = p < 512 ? [1, 511] : [600, 424];
    else [min, size] = [1024, 65535 - 1024 + 1];
  } else {
    const lo = Math.min(r.minProto, r.maxProto);
    [min, size] = [lo, Math.max(r.minProto, r.maxProto) - lo + 1];
  }
  let off: number;
  if (r.flags & NF_NAT_RANGE_PROTO_OFFSET) off = (key() - r.baseProto) & 0xffff;
  else if (r.flags & NF_NAT_RANGE_PROTO_RANDOM_ALL || manip !== NF_NAT_MANIP_DST) off = net.world.rng.u32() & 0xffff;
  else off = 0;
  let attempts = Math.min(size, NF_NAT_MAX_ATTEMPTS);
  for (;;) {
    for (let i = 0; i < attempts; i++, off = (off + 1) & 0xffff) {
      const v = min + (off % size);
      if (src) t.srcU = v;
      else t.dstU = v;
      if (!nfNatUsedTuple(nn, t, ct)) return;
    }
    if (attempts >= size || attempts < 16) return;
    attempts >>= 1;
    off = net.world.rng.u32() & 0xffff;
  }
}

/**
 * get_unique_tuple(): 1) for SNAT, keep the original or an existing
 * mapping of the same source if it fits and is free; 2) pick the address;
 * 3) keep the port if it is in range and free, else search one.
 */
function getUniqueTuple(net: Net, nn: NfNatNet, tuple: NfConntrackTuple, orig: NfConntrackTuple, r: NfNatRange, ct: NfConn, manip: number): void {
  if (manip === NF_NAT_MANIP_SRC && !(r.flags & NF_NAT_RANGE_PROTO_RANDOM_ALL)) {
    if (nfInRange(orig, r)) {
      if (!nfNatUsedTuple(nn, orig, ct)) {
        tuple.copyFrom(orig);
        return;
      }
    } else if (findAppropriateSrc(nn, ct.zone, orig, tuple, r)) {
      if (!nfNatUsedTuple(nn, tuple, ct)) return;
    }
  }
  tuple.copyFrom(orig);
  findBestIpsProto(tuple, r, manip, ct.zone.id);
  if (!(r.flags & NF_NAT_RANGE_PROTO_RANDOM_ALL)) {
    if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
      if (!(r.flags & NF_NAT_RANGE_PROTO_OFFSET) && l4protoInRange(tuple, manip, r.minProto, r.maxProto) &&
        (r.minProto === r.maxProto || !nfNatUsedTuple(nn, tuple, ct))) return;
    } else if (!nfNatUsedTuple(nn, tuple, ct)) return;
  }
  l4protoUniqueTuple(net, nn, tuple, r, manip, ct);
}

/**
 * nf_nat_setup_info(): map a new connection into `range` on the `manip`
 * side; its reply tuple becomes what replies will look like.
 */
export function nfNatSetupInfo(ct: NfConn, r: NfNatRange, manip: number): number {
  if (nfCtIsConfirmed(ct)) return NF_ACCEPT;
  if (nfNatInitialized(ct, manip)) return NF_DROP;
  const net = ct.net;
  const nn = nfNatNet(net);
  // "What we've got will look like inverse of reply."
  const curr = new NfConntrackTuple();
  nfCtInvertTuple(curr, ct.tuplehash[IP_CT_DIR_REPLY].tuple);
  const next = new NfConntrackTuple();
  getUniqueTuple(net, nn, next, curr, r, ct, manip);
  if (!nfCtTupleEqual(next, curr)) {
    const reply = new NfConntrackTuple();
    nfCtInvertTuple(reply, next);
    nfConntrackAlterReply(ct, reply);
    ct.status |= manip === NF_NAT_MANIP_SRC ? IPS_SRC_NAT : IPS_DST_NAT;
  }
  if (manip === NF_NAT_MANIP_SRC) {
    const key = bysourceKey(ct.tuplehash[IP_CT_DIR_ORIGINAL].tuple);
    let set = nn.bysource.get(key);
    if (!set) nn.bysource.set(key, (set = new Set()));
    set.add(ct);
    nfCtNatExtAdd(ct).bysource = key;
  }
  ct.status |= manip === NF_NAT_MANIP_DST ? IPS_DST_NAT_DONE : IPS_SRC_NAT_DONE;
  return NF_ACCEPT;
}

/** nf_nat_cleanup_conntrack(): a connection leaves the table: forget its source mapping. */
export function nfNatCleanupConntrack(ct: NfConn): void {
  const n = ct.nat as NfConnNat | null;
  if (!n?.bysource) return;
  const nn = ct.net.nf.nat as NfNatNet | null;
  const set = nn?.bysource.get(n.bysource);
  set?.delete(ct);
  if (set && set.size === 0) nn!.bysource.delete(n.bysource);
  n.bysource = null;
}

/**
 * __nf_nat_alloc_null_binding(): no rule mapped this side: bind it to
 * itself (the address of the reply tuple), letting the port change only on
 * a clash.
 */
export function nfNatAllocNullBinding(ct: NfConn, hook: number): number {
  const manip = hook2manip(hook);
  const rt = ct.tuplehash[IP_CT_DIR_REPLY].tuple;
  const ip = manip === NF_NAT_MANIP_SRC ? rt.dstIp : rt.srcIp;
  return nfNatSetupInfo(ct, { flags: NF_NAT_RANGE_MAP_IPS, minIp: ip, maxIp: ip, minProto: 0, maxProto: 0, baseProto: 0 }, manip);
}

/** nf_nat_manip_pkt(): "we are aiming to look like inverse of other direction". */
export function nfNatManipPkt(skb: SkBuff, ct: NfConn, manip: number, dir: number): number {
  const nn = nfNatNet(ct.net);
  nfCtInvertTuple(nn.scratch, ct.tuplehash[dir === IP_CT_DIR_ORIGINAL ? IP_CT_DIR_REPLY : IP_CT_DIR_ORIGINAL].tuple);
  return nfNatIpv4ManipPkt(skb, skb.networkHeader - skb.data, nn.scratch, manip) ? NF_ACCEPT : NF_DROP;
}

/** nf_nat_packet(): rewrite when this side of this direction is NATed. */
export function nfNatPacket(ct: NfConn, ctinfo: number, hook: number, skb: SkBuff): number {
  const manip = hook2manip(hook);
  const dir = ctinfo2dir(ctinfo);
  let statusbit = manip === NF_NAT_MANIP_SRC ? IPS_SRC_NAT : IPS_DST_NAT;
  // "Invert if this is reply dir."
  if (dir === IP_CT_DIR_REPLY) statusbit ^= IPS_NAT_MASK;
  return ct.status & statusbit ? nfNatManipPkt(skb, ct, manip, dir) : NF_ACCEPT;
}

/**
 * nf_nat_inet_fn(): a new connection (or a related one) runs the nat
 * chains of this hook until one maps it, else gets a null binding; every
 * packet of the connection is then rewritten.
 */
export function nfNatInetFn(skb: SkBuff, state: NfHookState): number {
  const ct = nfCtGet(skb);
  if (!ct) return NF_ACCEPT;
  const ctinfo = skb.nfctinfo;
  const manip = hook2manip(state.hook);
  if ((ctinfo === IP_CT_NEW || ctinfo === IP_CT_RELATED || ctinfo === IP_CT_RELATED_REPLY) && !nfNatInitialized(ct, manip)) {
    const entries = nfNatNet(state.net).lookup[state.hook]!;
    let mapped = false;
    for (const e of entries) {
      const ret = e.hook(e.priv, skb, state);
      if (ret !== NF_ACCEPT) return ret;
      if (nfNatInitialized(ct, manip)) {
        mapped = true;
        break;
      }
    }
    if (!mapped) {
      const ret = nfNatAllocNullBinding(ct, state.hook);
      if (ret !== NF_ACCEPT) return ret;
    }
  }
  return nfNatPacket(ct, ctinfo, state.hook, skb);
}

/**
 * nf_nat_register_fn(): a nat chain (iptables' nat table, an nft chain of
 * type nat) hangs off the NAT hook of its hook number instead of having one
 * of its own; the first one registers the NAT hooks. It does not start
 * conntrack: the NAT statements and targets do (nf_ct_netns_get() in
 * their init/checkentry), and without a connection a packet passes the
 * NAT hooks untouched, its nat chains unseen (nf_nat_inet_fn()).
 */
export function nfNatRegisterFn(net: Net, ops: NfHookOps, natOps: () => readonly NfHookOps[]): void {
  const nn = nfNatNet(net);
  const a = nn.lookup[ops.hooknum];
  if (!a) return;
  let i = 0;
  while (i < a.length && a[i]!.priority <= ops.priority) i++;
  a.splice(i, 0, ops);
  if (nn.users++ === 0) {
    const cn = nfCtPernetInit(net);
    if (!cn.destroyHooks.includes(nfNatCleanupConntrack)) cn.destroyHooks.push(nfNatCleanupConntrack);
    nn.ops = natOps();
    for (const o of nn.ops) nfRegisterNetHook(net, o);
  }
}

/** nf_nat_unregister_fn() */
export function nfNatUnregisterFn(net: Net, ops: NfHookOps): void {
  const nn = nfNatNet(net);
  const a = nn.lookup[ops.hooknum];
  const i = a ? a.indexOf(ops) : -1;
  if (i < 0) return;
  a!.splice(i, 1);
  if (--nn.users === 0) {
    for (const o of nn.ops) nfUnregisterNetHook(net, o);
    nn.ops = [];
  }
}

/** Whether conntrack is loaded in the namespace (the NAT hooks need it). */
export const nfNatHasConntrack = (net: Net): boolean => nfCtPernet(net) !== null;
