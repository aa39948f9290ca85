/**
 * RTM_*ADDR messages as bytes: struct nlmsghdr, struct ifaddrmsg and the
 * IFA_* attributes, little-endian as on x86. The encoder lays the
 * attributes out as the kernel's inet_fill_ifaddr() / inet6_fill_ifaddr()
 * put them; the decoder takes any order. What `ip address save` writes and
 * `ip address restore|showdump` read.
 * @linux include/uapi/linux/if_addr.h, net/ipv4/devinet.c inet_fill_ifaddr(), put_cacheinfo(),
 *        net/ipv6/addrconf.c inet6_fill_ifaddr()
 */
import type { IfaCacheinfo, IfAddrMsg } from './if_addr.js';
import type { NlMsg } from './netlink.js';
import { addr, AttrWriter, attrs, endNlmsg, NLMSG_HDRLEN, putNlmsghdr, readNlmsghdr, u32 } from './nlattr_wire.js';

/** enum IFA_* */
const IFA_ADDRESS = 1;
const IFA_LOCAL = 2;
const IFA_LABEL = 3;
const IFA_BROADCAST = 4;
const IFA_ANYCAST = 5;
const IFA_CACHEINFO = 6;
const IFA_FLAGS = 8;
const IFA_RT_PRIORITY = 9;
const IFA_TARGET_NETNSID = 10;
const IFA_PROTO = 11;

/** sizeof(struct ifaddrmsg) */
const IFADDRMSG_LEN = 8;
/** AF_INET6 */
const AF_INET6 = 10;

/** put_cacheinfo(): struct ifa_cacheinfo. */
function putCacheinfo(w: AttrWriter, ci: IfaCacheinfo): void {
  w.attr(IFA_CACHEINFO, () => {
    for (const v of [ci.prefered, ci.valid, ci.cstamp, ci.tstamp]) w.u32(v);
  });
}

/** The IPv4 attributes in inet_fill_ifaddr()'s order. */
function putInet(w: AttrWriter, m: IfAddrMsg): void {
  if (m.address !== undefined) w.attrAddr(IFA_ADDRESS, m.address);
  if (m.local !== undefined) w.attrAddr(IFA_LOCAL, m.local);
  if (m.broadcast !== undefined) w.attrAddr(IFA_BROADCAST, m.broadcast);
  if (m.label !== undefined) w.attrString(IFA_LABEL, m.label);
  if (m.proto) w.attrU8(IFA_PROTO, m.proto);
  if (m.ifaFlags !== undefined) w.attrU32(IFA_FLAGS, m.ifaFlags);
  if (m.rtPriority) w.attrU32(IFA_RT_PRIORITY, m.rtPriority);
  if (m.cacheinfo) putCacheinfo(w, m.cacheinfo);
}

/** The IPv6 attributes in inet6_fill_ifaddr()'s order (a peer's IFA_LOCAL is not modelled). */
function putInet6(w: AttrWriter, m: IfAddrMsg): void {
  if (m.addr6) w.attr(IFA_ADDRESS, () => w.bytes(m.addr6!));
  if (m.rtPriority) w.attrU32(IFA_RT_PRIORITY, m.rtPriority);
  if (m.cacheinfo) putCacheinfo(w, m.cacheinfo);
  if (m.ifaFlags !== undefined) w.attrU32(IFA_FLAGS, m.ifaFlags);
  if (m.proto) w.attrU8(IFA_PROTO, m.proto);
}

/** One address message as the kernel sends it. */
export function ifaddrmsgToBytes(n: NlMsg<IfAddrMsg>): Uint8Array {
  const m = n.body;
  const w = new AttrWriter();
  putNlmsghdr(w, n);
  for (const v of [m.family, m.prefixlen, m.flags ?? 0, m.scope ?? 0]) w.u8(v);
  w.u32(m.index);
  if (m.targetNetnsid !== undefined) w.attrU32(IFA_TARGET_NETNSID, m.targetNetnsid);
  if (m.family === AF_INET6) putInet6(w, m);
  else putInet(w, m);
  return endNlmsg(w);
}

function readCacheinfo(p: Uint8Array): IfaCacheinfo {
  const v = (i: number): number => (p.length >= 4 * i + 4 ? u32(p.subarray(4 * i)) : 0);
  return { prefered: v(0), valid: v(1), cstamp: v(2), tstamp: v(3) };
}

/** One message read back (nlmsg_len bytes at b[0]): the header, struct ifaddrmsg and the attributes tuxnet knows. */
export function ifaddrmsgFromBytes(b: Uint8Array): NlMsg<IfAddrMsg> {
  const { len, ...h } = readNlmsghdr(b);
  const r = (i: number): number => (NLMSG_HDRLEN + i < len ? b[NLMSG_HDRLEN + i]! : 0);
  const index = len >= NLMSG_HDRLEN + IFADDRMSG_LEN ? new DataView(b.buffer, b.byteOffset + NLMSG_HDRLEN + 4, 4).getInt32(0, true) : 0;
  const m: IfAddrMsg = { family: r(0), prefixlen: r(1), flags: r(2), scope: r(3), index };
  const v6 = m.family === AF_INET6;
  // An IPv6 IFA_LOCAL is the address and IFA_ADDRESS its peer (inet6_rtm_newaddr()'s extract_addr()).
  let local6 = false;
  const set: Record<number, (p: Uint8Array) => void> = {
    [IFA_ADDRESS]: (p) => (v6 ? local6 || (m.addr6 = p.slice(0, 16)) : (m.address = addr(p))),
    [IFA_LOCAL]: (p) => (v6 ? ((local6 = true), (m.addr6 = p.slice(0, 16))) : (m.local = addr(p))),
    [IFA_BROADCAST]: (p) => (m.broadcast = addr(p)), [IFA_ANYCAST]: (p) => (m.anycast = addr(p)),
    [IFA_LABEL]: (p) => (m.label = new TextDecoder().decode(p).replace(/\0.*$/s, '')),
    [IFA_CACHEINFO]: (p) => (m.cacheinfo = readCacheinfo(p)), [IFA_FLAGS]: (p) => (m.ifaFlags = u32(p)),
    [IFA_RT_PRIORITY]: (p) => (m.rtPriority = u32(p)), [IFA_PROTO]: (p) => (m.proto = p[0] ?? 0),
    [IFA_TARGET_NETNSID]: (p) => (m.targetNetnsid = u32(p) | 0),
  };
  for (const [t, p] of attrs(b, NLMSG_HDRLEN + IFADDRMSG_LEN, len)) set[t]?.(p);
  return { ...h, body: m };
}
