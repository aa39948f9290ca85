/**
 * RTM_*ROUTE messages as bytes: struct nlmsghdr, struct rtmsg and the
 * RTA_* attributes (struct rtattr, 4-byte aligned), little-endian as on
 * x86. The encoder lays the attributes out in the order the kernel's
 * fib_dump_info() puts them; the decoder takes any order. What `ip route
 * save` writes and `ip route restore|showdump` read.
 * @linux include/uapi/linux/netlink.h, include/uapi/linux/rtnetlink.h,
 *        net/ipv4/fib_semantics.c fib_dump_info(), fib_nexthop_info(), fib_add_multipath(),
 *        net/core/rtnetlink.c rtnetlink_put_metrics()
 */
import type { NlMsg } from './netlink.js';
import { addr, align, AttrWriter, attrs, endNlmsg, NLMSG_HDRLEN, putNlmsghdr, readNlmsghdr, u32 } from './nlattr_wire.js';
import { metricValues, newRtMsg, RTAX_CC_ALGO, type RtMetrics, type RtMsg, type RtNexthop, type RtVia } from './rtmsg.js';

/** enum rtattr_type_t */
export const RTA_DST = 1;
export const RTA_SRC = 2;
export const RTA_IIF = 3;
export const RTA_OIF = 4;
export const RTA_GATEWAY = 5;
export const RTA_PRIORITY = 6;
export const RTA_PREFSRC = 7;
export const RTA_METRICS = 8;
export const RTA_MULTIPATH = 9;
export const RTA_FLOW = 11;
export const RTA_CACHEINFO = 12;
export const RTA_TABLE = 15;
export const RTA_MARK = 16;
export const RTA_VIA = 18;
export const RTA_PREF = 20;
export const RTA_UID = 25;
export const RTA_NH_ID = 30;

/** sizeof(struct rtmsg), sizeof(struct rtnexthop), sizeof(struct rta_cacheinfo) */
const RTMSG_LEN = 12;
const RTNH_LEN = 8;
const RTA_CACHEINFO_LEN = 32;

/** AF_INET6 */
const AF_INET6 = 10;

/** RTA_VIA: struct rtvia, the family then the address. */
function putVia(w: AttrWriter, v: RtVia): void {
  const at = w.open(RTA_VIA);
  w.u16(v.family);
  w.bytes(v.addr);
  w.close(at);
}

/** rtnetlink_put_metrics(): RTAX_* in id order, the nest left out when empty. */
function putMetrics(w: AttrWriter, metrics: RtMetrics | null): void {
  if (!metrics || metrics.size === 0) return;
  const at = w.open(RTA_METRICS);
  for (const id of [...metrics.keys()].sort((a, b) => a - b)) {
    for (const v of metricValues(metrics.get(id)!)) {
      const a = w.open(id);
      if (id === RTAX_CC_ALGO || typeof v === 'string') w.bytes(new TextEncoder().encode(`${v}\0`));
      else w.u32(v);
      w.close(a);
    }
  }
  w.close(at);
}

/** fib_add_multipath(): one struct rtnexthop per path, its gateway nested. */
function putMultipath(w: AttrWriter, nhs: RtNexthop[]): void {
  const at = w.open(RTA_MULTIPATH);
  for (const nh of nhs) {
    const start = w.len;
    w.u16(0);
    w.u8(nh.flags);
    w.u8(nh.hops);
    w.u32(nh.ifindex);
    if (nh.gateway !== null) w.attrAddr(RTA_GATEWAY, nh.gateway);
    else if (nh.via) putVia(w, nh.via);
    w.setU16(start, w.len - start);
  }
  w.close(at);
}

/**
 * An IPv6 route in rt6_fill_node()'s attribute order: the table, the
 * destination, the metrics, the priority, the device, then the cache
 * information of a FIB entry (no dst: all zero) and the router preference.
 */
function putRt6(w: AttrWriter, m: RtMsg): void {
  if (m.tableId != null) w.attrU32(RTA_TABLE, m.tableId);
  if (m.dstLen && m.dst6) w.attr(RTA_DST, () => w.bytes(m.dst6!));
  putMetrics(w, m.metrics);
  if (m.priority !== null) w.attrU32(RTA_PRIORITY, m.priority);
  if (m.oif !== null) w.attrU32(RTA_OIF, m.oif);
  w.attr(RTA_CACHEINFO, () => w.bytes(new Uint8Array(RTA_CACHEINFO_LEN)));
  if (m.pref != null) w.attrU8(RTA_PREF, m.pref);
}

/** One route message as the kernel sends it (fib_dump_info()'s attribute order, rt6_fill_node()'s for IPv6). */
export function rtmsgToBytes(n: NlMsg<RtMsg>): Uint8Array {
  const m = n.body;
  const w = new AttrWriter();
  putNlmsghdr(w, n);
  for (const v of [m.family, m.dstLen, m.srcLen, m.tos, m.table, m.protocol, m.scope, m.type]) w.u8(v);
  w.u32(m.flags);
  if (m.family === AF_INET6) {
    putRt6(w, m);
    return endNlmsg(w);
  }
  if (m.tableId != null) w.attrU32(RTA_TABLE, m.tableId);
  if (m.dst !== null) w.attrAddr(RTA_DST, m.dst);
  if (m.src != null) w.attrAddr(RTA_SRC, m.src);
  if (m.iif != null) w.attrU32(RTA_IIF, m.iif);
  if (m.priority !== null) w.attrU32(RTA_PRIORITY, m.priority);
  putMetrics(w, m.metrics);
  if (m.prefsrc !== null) w.attrAddr(RTA_PREFSRC, m.prefsrc);
  if (m.nhid != null) w.attrU32(RTA_NH_ID, m.nhid);
  if (m.gateway !== null) w.attrAddr(RTA_GATEWAY, m.gateway);
  else if (m.via) putVia(w, m.via);
  if (m.oif !== null) w.attrU32(RTA_OIF, m.oif);
  if (m.flow != null) w.attrU32(RTA_FLOW, m.flow);
  if (m.multipath) putMultipath(w, m.multipath);
  if (m.mark != null) w.attrU32(RTA_MARK, m.mark);
  if (m.uid != null) w.attrU32(RTA_UID, m.uid);
  return endNlmsg(w);
}

const via = (p: Uint8Array): RtVia => ({ family: p.length >= 2 ? p[0]! | (p[1]! << 8) : 0, addr: p.slice(2) });

function readMetrics(p: Uint8Array): RtMetrics {
  const m: RtMetrics = new Map();
  for (const [t, v] of attrs(p, 0, p.length)) {
    const val = t === RTAX_CC_ALGO ? new TextDecoder().decode(v).replace(/\0.*$/s, '') : u32(v);
    const prev = m.get(t);
    m.set(t, prev === undefined ? val : [...metricValues(prev), val]);
  }
  return m;
}

function readMultipath(p: Uint8Array): RtNexthop[] {
  const out: RtNexthop[] = [];
  const v = new DataView(p.buffer, p.byteOffset, p.byteLength);
  for (let at = 0; at + RTNH_LEN <= p.length; ) {
    const len = v.getUint16(at, true);
    if (len < RTNH_LEN || at + len > p.length) break;
    const nh: RtNexthop = { flags: p[at + 2]!, hops: p[at + 3]!, ifindex: v.getInt32(at + 4, true), gateway: null };
    for (const [t, a] of attrs(p, at + RTNH_LEN, at + len)) {
      if (t === RTA_GATEWAY) nh.gateway = addr(a);
      else if (t === RTA_VIA) nh.via = via(a);
    }
    out.push(nh);
    at += align(len);
  }
  return out;
}

/** One message read back (nlmsg_len bytes at b[0]): the header, struct rtmsg and the attributes tuxnet knows. */
export function rtmsgFromBytes(b: Uint8Array): NlMsg<RtMsg> {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const { len, ...h } = readNlmsghdr(b);
  const r = (i: number): number => (NLMSG_HDRLEN + i < len ? b[NLMSG_HDRLEN + i]! : 0);
  const m = newRtMsg({
    family: r(0), dstLen: r(1), srcLen: r(2), tos: r(3), table: r(4), protocol: r(5), scope: r(6), type: r(7),
    flags: len >= NLMSG_HDRLEN + RTMSG_LEN ? v.getUint32(NLMSG_HDRLEN + 8, true) : 0,
  });
  const set: Record<number, (p: Uint8Array) => void> = {
    [RTA_TABLE]: (p) => (m.tableId = u32(p)), [RTA_DST]: (p) => (m.family === AF_INET6 ? (m.dst6 = p.slice(0, 16)) : (m.dst = addr(p))), [RTA_SRC]: (p) => (m.src = addr(p)),
    [RTA_IIF]: (p) => (m.iif = u32(p)), [RTA_OIF]: (p) => (m.oif = u32(p)), [RTA_GATEWAY]: (p) => (m.gateway = addr(p)),
    [RTA_PRIORITY]: (p) => (m.priority = u32(p)), [RTA_PREFSRC]: (p) => (m.prefsrc = addr(p)),
    [RTA_METRICS]: (p) => (m.metrics = readMetrics(p)), [RTA_MULTIPATH]: (p) => (m.multipath = readMultipath(p)),
    [RTA_FLOW]: (p) => (m.flow = u32(p)), [RTA_MARK]: (p) => (m.mark = u32(p)), [RTA_VIA]: (p) => (m.via = via(p)),
    [RTA_UID]: (p) => (m.uid = u32(p)), [RTA_NH_ID]: (p) => (m.nhid = u32(p)), [RTA_PREF]: (p) => (m.pref = p[0] ?? 0),
  };
  for (const [t, p] of attrs(b, NLMSG_HDRLEN + RTMSG_LEN, len)) set[t]?.(p);
  return { ...h, body: m };
}
