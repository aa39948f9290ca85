/**
 * RTM_*RULE messages as bytes: struct nlmsghdr, struct fib_rule_hdr and
 * the FRA_* attributes, little-endian as on x86. The encoder lays the
 * attributes out as the kernel's fib_nl_fill_rule() then fib4_rule_fill()
 * put them; the decoder takes any order. What `ip rule save` writes and
 * `ip rule restore` reads.
 * @linux include/uapi/linux/fib_rules.h, net/core/fib_rules.c fib_nl_fill_rule(),
 *        net/ipv4/fib_rules.c fib4_rule_fill()
 */
import type { FibRuleAttrs, FibRuleBody, FibRulePortRange } from './fib_rules.js';
import type { NlMsg } from './netlink.js';
import { addr, AttrWriter, attrs, endNlmsg, NLMSG_HDRLEN, putNlmsghdr, readNlmsghdr, u32 } from './nlattr_wire.js';

/** enum FRA_* */
const FRA_DST = 1;
const FRA_SRC = 2;
const FRA_IIFNAME = 3;
const FRA_GOTO = 4;
const FRA_PRIORITY = 6;
const FRA_FWMARK = 10;
const FRA_FLOW = 11;
const FRA_TUN_ID = 12;
const FRA_SUPPRESS_IFGROUP = 13;
const FRA_SUPPRESS_PREFIXLEN = 14;
const FRA_TABLE = 15;
const FRA_FWMASK = 16;
const FRA_OIFNAME = 17;
const FRA_L3MDEV = 19;
const FRA_UID_RANGE = 20;
const FRA_PROTOCOL = 21;
const FRA_IP_PROTO = 22;
const FRA_SPORT_RANGE = 23;
const FRA_DPORT_RANGE = 24;
const FRA_DSCP = 25;
const FRA_SPORT_MASK = 28;
const FRA_DPORT_MASK = 29;

/** sizeof(struct fib_rule_hdr) */
const FRH_LEN = 12;

/** nla_put_port_range() / nla_put_uid_range(): two host-order numbers of `bytes` each. */
function putRange(w: AttrWriter, type: number, r: FibRulePortRange, bytes: 2 | 4): void {
  const at = w.open(type);
  for (const v of [r.start, r.end]) {
    if (bytes === 2) w.u16(v);
    else w.u32(v);
  }
  w.close(at);
}

/** nla_put_be64(FRA_TUN_ID): no FRA_PAD on x86 (efficient unaligned access). */
function putTunId(w: AttrWriter, id: bigint): void {
  const at = w.open(FRA_TUN_ID);
  for (let s = 56n; s >= 0n; s -= 8n) w.u8(Number((id >> s) & 0xffn));
  w.close(at);
}

/** The generic part of fib_nl_fill_rule(), in its order. */
function putGeneric(w: AttrWriter, a: FibRuleAttrs): void {
  if (a.table !== undefined) w.attrU32(FRA_TABLE, a.table);
  if (a.suppressPrefixlen !== undefined) w.attrU32(FRA_SUPPRESS_PREFIXLEN, a.suppressPrefixlen);
  if (a.protocol !== undefined) w.attrU8(FRA_PROTOCOL, a.protocol);
  if (a.iifname !== undefined) w.attrString(FRA_IIFNAME, a.iifname);
  if (a.oifname !== undefined) w.attrString(FRA_OIFNAME, a.oifname);
  if (a.priority !== undefined) w.attrU32(FRA_PRIORITY, a.priority);
  if (a.fwmark !== undefined) w.attrU32(FRA_FWMARK, a.fwmark);
  if (a.fwmask !== undefined) w.attrU32(FRA_FWMASK, a.fwmask);
  if (a.goto !== undefined) w.attrU32(FRA_GOTO, a.goto);
  if (a.tunId !== undefined) putTunId(w, a.tunId);
  if (a.l3mdev !== undefined) w.attrU8(FRA_L3MDEV, a.l3mdev);
  if (a.uidRange) putRange(w, FRA_UID_RANGE, a.uidRange, 4);
  if (a.sportRange) putRange(w, FRA_SPORT_RANGE, a.sportRange, 2);
  if (a.sportMask !== undefined) w.attrU16(FRA_SPORT_MASK, a.sportMask);
  if (a.dportRange) putRange(w, FRA_DPORT_RANGE, a.dportRange, 2);
  if (a.dportMask !== undefined) w.attrU16(FRA_DPORT_MASK, a.dportMask);
  if (a.ipProto !== undefined) w.attrU8(FRA_IP_PROTO, a.ipProto);
  if (a.suppressIfgroup !== undefined) w.attrU32(FRA_SUPPRESS_IFGROUP, a.suppressIfgroup);
}

/** One rule message as the kernel sends it (fib_nl_fill_rule(), then fib4_rule_fill()). */
export function fibRuleToBytes(n: NlMsg<FibRuleBody>): Uint8Array {
  const m = n.body;
  const w = new AttrWriter();
  putNlmsghdr(w, n);
  for (const v of [m.family, m.dstLen, m.srcLen, m.tos, m.table, 0, 0, m.action]) w.u8(v);
  w.u32(m.flags);
  putGeneric(w, m.attrs);
  if (m.attrs.dscp !== undefined) w.attrU8(FRA_DSCP, m.attrs.dscp);
  if (m.attrs.dst) w.attrAddr(FRA_DST, m.attrs.dst.addr);
  if (m.attrs.src) w.attrAddr(FRA_SRC, m.attrs.src.addr);
  if (m.attrs.flow !== undefined) w.attrU32(FRA_FLOW, m.attrs.flow);
  return endNlmsg(w);
}

const u8 = (p: Uint8Array): number => p[0] ?? 0;
const u16 = (p: Uint8Array): number => (p.length >= 2 ? p[0]! | (p[1]! << 8) : 0);
const str = (p: Uint8Array): string => new TextDecoder().decode(p).replace(/\0.*$/s, '');
const range = (p: Uint8Array, bytes: 2 | 4): FibRulePortRange =>
  bytes === 2 ? { start: u16(p), end: u16(p.subarray(2)) } : { start: u32(p), end: u32(p.subarray(4)) };
const be64 = (p: Uint8Array): bigint => p.subarray(0, 8).reduce((v, x) => (v << 8n) | BigInt(x), 0n);

/** Each FRA_* attribute tuxnet models, read into the attribute object. */
const READ: Record<number, (a: FibRuleAttrs, p: Uint8Array) => void> = {
  [FRA_DST]: (a, p) => (a.dst = { addr: addr(p), bytelen: p.length }),
  [FRA_SRC]: (a, p) => (a.src = { addr: addr(p), bytelen: p.length }),
  [FRA_IIFNAME]: (a, p) => (a.iifname = str(p)), [FRA_OIFNAME]: (a, p) => (a.oifname = str(p)),
  [FRA_GOTO]: (a, p) => (a.goto = u32(p)), [FRA_PRIORITY]: (a, p) => (a.priority = u32(p)),
  [FRA_FWMARK]: (a, p) => (a.fwmark = u32(p)), [FRA_FWMASK]: (a, p) => (a.fwmask = u32(p)),
  [FRA_FLOW]: (a, p) => (a.flow = u32(p)), [FRA_TUN_ID]: (a, p) => (a.tunId = be64(p)),
  [FRA_SUPPRESS_IFGROUP]: (a, p) => (a.suppressIfgroup = u32(p) | 0),
  [FRA_SUPPRESS_PREFIXLEN]: (a, p) => (a.suppressPrefixlen = u32(p) | 0),
  [FRA_TABLE]: (a, p) => (a.table = u32(p)), [FRA_L3MDEV]: (a, p) => (a.l3mdev = u8(p)),
  [FRA_UID_RANGE]: (a, p) => (a.uidRange = range(p, 4)), [FRA_PROTOCOL]: (a, p) => (a.protocol = u8(p)),
  [FRA_IP_PROTO]: (a, p) => (a.ipProto = u8(p)), [FRA_SPORT_RANGE]: (a, p) => (a.sportRange = range(p, 2)),
  [FRA_DPORT_RANGE]: (a, p) => (a.dportRange = range(p, 2)), [FRA_DSCP]: (a, p) => (a.dscp = u8(p)),
  [FRA_SPORT_MASK]: (a, p) => (a.sportMask = u16(p)), [FRA_DPORT_MASK]: (a, p) => (a.dportMask = u16(p)),
};

/** One rule message read back (nlmsg_len bytes at b[0]): the header, struct fib_rule_hdr and the attributes tuxnet knows. */
export function fibRuleFromBytes(b: Uint8Array): NlMsg<FibRuleBody> {
  const { len, ...h } = readNlmsghdr(b);
  const r = (i: number): number => (NLMSG_HDRLEN + i < len ? b[NLMSG_HDRLEN + i]! : 0);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const body: FibRuleBody = {
    family: r(0), dstLen: r(1), srcLen: r(2), tos: r(3), table: r(4), action: r(7),
    flags: len >= NLMSG_HDRLEN + FRH_LEN ? v.getUint32(NLMSG_HDRLEN + 8, true) : 0, attrs: {},
  };
  for (const [t, p] of attrs(b, NLMSG_HDRLEN + FRH_LEN, len)) READ[t]?.(body.attrs, p);
  return { ...h, body };
}
