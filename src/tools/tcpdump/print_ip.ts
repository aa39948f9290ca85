/**
 * tcpdump 4.99's printers for the network and transport layers: ARP, IPv4
 * (options, fragments, the -v header line), ICMP (echo, unreachable,
 * redirect, time exceeded, with the quoted datagram under -v), UDP and TCP.
 * Each returns the text it prints; a packet cut short by the snapshot
 * length ends with tcpdump's " [|proto]".
 * @tcpdump print-arp.c print-ip.c print-icmp.c print-udp.c print-tcp.c
 */
import { ipToString } from '../../wire/ipv4.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { OTV_PORT, VXLAN_PORT, tunnelPrint } from './print_vxlan.js';
import { igmpPrint } from './print_igmp.js';
import { isRxPort, isSipPort, rxPrint, sipPrint, tcpPayloadPrint } from './print_txtproto.js';
import { domainPrint } from './print_domain.js';

/** netdissect_options: the flags the printers read. */
export interface Ndo {
  eflag: number;
  vflag: number;
  nflag: number;
  qflag: number;
  xflag: number;
  Xflag: number;
  /** -A: the packet as ASCII after its summary (-AA with the link-layer header). */
  Aflag?: number;
  tflag: number;
  /** -S: absolute TCP sequence numbers. */
  Sflag?: number;
  /** -K: no IP, TCP or UDP checksum verification (ICMP and IGMP checksums are still checked, as print-icmp.c does). */
  Kflag?: number;
  /** tcp_seq_hash4: the initial sequence numbers of each conversation seen (relative numbers without -S). */
  tcpSeq?: Map<string, { seq: number; ack: number }>;
  /** Host and port names without -n (/etc/hosts, /etc/services); numbers when absent. */
  names?: NdoNames;
}

/** ipaddr_string() and tcpport_string()/udpport_string() lookups. */
export interface NdoNames {
  host(addr: number): string | null;
  port(proto: 'tcp' | 'udp', port: number): string | null;
}

/** A packet being printed: the bytes and where the capture ends (snapend). */
export interface Pkt {
  readonly b: Uint8Array;
  end: number;
}

export const u16 = (p: Pkt, o: number): number => (p.b[o]! << 8) | p.b[o + 1]!;
const u32 = (p: Pkt, o: number): number => ((p.b[o]! << 24) | (p.b[o + 1]! << 16) | (p.b[o + 2]! << 8) | p.b[o + 3]!) >>> 0;
export const has = (p: Pkt, o: number, n: number): boolean => o + n <= p.end;

/** ipaddr_string(): a name from the hosts database unless -n. */
export function ipaddr(nd: Ndo, p: Pkt, o: number): string {
  const a = u32(p, o);
  return (nd.nflag ? null : nd.names?.host(a)) ?? ipToString(a);
}

/** tcpport_string()/udpport_string(): a service name unless -n. */
function portStr(nd: Ndo, proto: 'tcp' | 'udp', port: number): string {
  return (nd.nflag ? null : nd.names?.port(proto, port)) ?? String(port);
}

/** Six bytes in hex, colon-separated (print-icmp6.c print_lladdr(), and etheraddr_string() under -n). */
export function etheraddr(b: Uint8Array, o: number): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += (i ? ':' : '') + b[o + i]!.toString(16).padStart(2, '0');
  return s;
}

/** oui.c oui_values[]: the first name of each OUI (0x0080c2 is both RFC 2684 and IEEE 802.1; the first wins). */
const OUI_VALUES: ReadonlyMap<number, string> = new Map([
  [0x000000, 'Ethernet'], [0x00000c, 'Cisco'], [0x00005e, 'IANA'], [0x000081, 'Nortel Networks SONMP'],
  [0x0000f8, 'Cisco bridged'], [0x0080c2, 'Ethernet bridged'], [0x00a03e, 'ATM Forum'], [0x00e02f, 'DOCSIS Spanning Tree'],
  [0x080007, 'Appletalk'], [0x009069, 'Juniper'], [0x080009, 'Hewlett-Packard'], [0x00120f, 'IEEE 802.3 Private'],
  [0x0012bb, 'ANSI/TIA'], [0x001b21, 'DCBX'], [0x002320, 'Nicira Networks'], [0x5c16c7, 'Big Switch Networks'],
  [0xb0d2f5, 'Vello Systems'], [0x002481, 'HP'], [0x0004ea, 'HP-Labs'], [0x748771, 'Infoblox Inc'],
  [0xa42305, 'Open Networking Lab'], [0x00049f, 'Freescale'], [0x0015ad, 'Netronome'], [0x001018, 'Broadcom'],
  [0x00e004, 'PMC-Sierra'], [0xd0f0db, 'Ericsson'],
]);

/**
 * etheraddr_string(): without -n, the broadcast address is "Broadcast"
 * (init_etherarray()'s etherlist[]) and any other is followed by its OUI's
 * name ("Unknown" for most). /etc/ethers (ether_ntohost()) is not read.
 * @tcpdump addrtoname.c etheraddr_string(), init_addrtoname()
 */
export function etheraddrString(nd: Ndo, b: Uint8Array, o: number): string {
  const hex = etheraddr(b, o);
  if (nd.nflag) return hex;
  if (hex === 'ff:ff:ff:ff:ff:ff') return 'Broadcast';
  return `${hex} (oui ${OUI_VALUES.get((b[o]! << 16) | (b[o + 1]! << 8) | b[o + 2]!) ?? 'Unknown'})`;
}

/** ethertype_values[] (the ones a lab sees). */
export const ETHERTYPES: ReadonlyMap<number, string> = new Map([
  [0x0800, 'IPv4'], [0x0806, 'ARP'], [0x8035, 'Reverse ARP'], [0x86dd, 'IPv6'], [0x8100, '802.1Q'], [0x88a8, '802.1Q-QinQ'],
  [0x88cc, 'LLDP'], [0x8847, 'MPLS unicast'], [0x6558, 'Transparent Ethernet Bridging'], [0x9000, 'Loopback'],
]);

/** ipproto_values[] */
const IPPROTOS: ReadonlyMap<number, string> = new Map([
  [0, 'Options'], [1, 'ICMP'], [2, 'IGMP'], [4, 'IPIP'], [6, 'TCP'], [17, 'UDP'], [41, 'IPv6'], [47, 'GRE'],
  [50, 'ESP'], [51, 'AH'], [58, 'ICMPv6'], [89, 'OSPF'], [103, 'PIM'], [112, 'VRRP'], [132, 'SCTP'],
]);

/** netdb_protoname() of /etc/protocols, for the non-numeric fragment line. */
const PROTONAMES: ReadonlyMap<number, string> = new Map([[1, 'icmp'], [2, 'igmp'], [6, 'tcp'], [17, 'udp'], [47, 'gre']]);

/** arp_print() for Ethernet/IPv4 ARP. */
export function arpPrint(o: Ndo, p: Pkt, off: number, length: number): string {
  let s = o.eflag ? '' : 'ARP, ';
  if (!has(p, off, 8)) return s + '[|ARP]';
  const hrd = u16(p, off);
  const pro = u16(p, off + 2);
  const hln = p.b[off + 4]!;
  const pln = p.b[off + 5]!;
  const op = u16(p, off + 6);
  if (o.vflag) {
    const hname = hrd === 1 ? 'Ethernet' : `Unknown Hardware (${hrd})`;
    const pname = ETHERTYPES.get(pro) ?? `Unknown Protocol (0x${pro.toString(16).padStart(4, '0')})`;
    s += `${hname} (len ${hln}), ${pname} (len ${pln}), `;
  }
  const sha = off + 8;
  const spa = sha + hln;
  const tha = spa + pln;
  const tpa = tha + hln;
  if (pro !== 0x0800 || pln !== 4 || hln !== 6 || !has(p, tpa, 4)) {
    return s + `${hrd === 1 ? 'Ethernet' : `Unknown Hardware (${hrd})`} (len ${hln}), ` + `[|ARP]`;
  }
  switch (op) {
    case 1: {
      let t = '';
      for (let i = 0; i < 6; i++) if (p.b[tha + i]) t = ` (${etheraddrString(o, p.b, tha)})`;
      s += `Request who-has ${ipaddr(o, p, tpa)}${t} tell ${ipaddr(o, p, spa)}`;
      break;
    }
    case 2: s += `Reply ${ipaddr(o, p, spa)} is-at ${etheraddrString(o, p.b, sha)}`; break;
    case 3: s += `Reverse Request who-is ${etheraddrString(o, p.b, tha)} tell ${etheraddrString(o, p.b, sha)}`; break;
    case 4: s += `Reverse Reply ${etheraddrString(o, p.b, tha)} at ${ipaddr(o, p, tpa)}`; break;
    default: s += `Unknown (${op})`; break;
  }
  return s + `, length ${length}`;
}

/** bittok2str(ip_frag_values, "none", ...) */
function fragFlags(off: number): string {
  const f: string[] = [];
  if (off & 0x2000) f.push('+');
  if (off & 0x4000) f.push('DF');
  if (off & 0x8000) f.push('rsvd');
  return f.length ? f.join(', ') : 'none';
}

/** ip_option_values[] */
const IP_OPTION_VALUES: Readonly<Record<number, string>> = {
  0: 'EOL', 1: 'NOP', 68: 'timestamp', 130: 'security', 7: 'RR', 137: 'SSRR', 131: 'LSRR', 148: 'RA', 82: 'traceroute',
};

/**
 * ip_optprint(): the options of the -v header line, comma-separated,
 * up to the first EOL; a length that does not fit ends the list.
 */
function ipOptPrint(o: Ndo, p: Pkt, off: number, len: number): string {
  let s = '';
  let sep = '';
  for (let i = 0; i < len;) {
    const at = off + i;
    const code = p.b[at]!;
    s += sep + (IP_OPTION_VALUES[code] ?? `unknown ${code}`);
    sep = ',';
    let optlen = 1;
    if (code !== 0 && code !== 1) {
      optlen = p.b[at + 1] ?? 0;
      if (optlen < 2) return s + ` [bad length ${optlen}]`;
    }
    if (optlen > len - i) return s + ` [bad length ${optlen}]`;
    if (code === 0) return s;
    if (code === 68) s += ipPrintTs(o, p, at, optlen);
    else if (code === 7 || code === 131 || code === 137) s += ipPrintRoute(o, p, at, optlen);
    else if (code === 148) s += optlen < 4 ? ` [bad length ${optlen}]` : u16(p, at + 2) !== 0 ? ` value ${u16(p, at + 2)}` : '';
    i += optlen;
  }
  return s;
}

/** ip_printroute(): the addresses, a comma after each one the pointer has passed. */
function ipPrintRoute(o: Ndo, p: Pkt, at: number, length: number): string {
  if (length < 3) return ` [bad length ${length}]`;
  let s = (length + 1) & 3 ? ` [bad length ${length}]` : '';
  const ptr = p.b[at + 2]! - 1;
  if (ptr < 3 || (ptr + 1) & 3 || ptr > length + 1) s += ` [bad ptr ${p.b[at + 2]!}]`;
  for (let len = 3; len < length; len += 4) {
    s += ` ${ipaddr(o, p, at + len)}`;
    if (ptr > len) s += ',';
  }
  return s;
}

/** ip_printts(): "TS{" the flag, each time (@address), "^" at the pointer, the overflow count. */
function ipPrintTs(o: Ndo, p: Pkt, at: number, length: number): string {
  if (length < 4) return `[bad length ${length}]`;
  let s = ' TS{';
  const flags = p.b[at + 3]!;
  const hoplen = (flags & 0xf) !== 0 ? 8 : 4;
  if ((length - 4) & (hoplen - 1)) s += `[bad length ${length}]`;
  const ptr = p.b[at + 2]! - 1;
  let len = 0;
  if (ptr < 4 || (ptr - 4) & (hoplen - 1) || ptr > length + 1) s += `[bad ptr ${p.b[at + 2]!}]`;
  const kind = ({ 0: 'TSONLY', 1: 'TS+ADDR', 3: 'PRESPEC' } as Record<number, string>)[flags & 0xf];
  if (kind === undefined) s += `[bad ts type ${flags & 0xf}]`;
  else {
    s += kind;
    for (len = 4; len < length; len += hoplen) {
      s += `${ptr === len ? ' ^ ' : ' '}${u32(p, at + len + hoplen - 4)}@${hoplen !== 8 ? '' : ipaddr(o, p, at + len)}`;
    }
  }
  s += ptr === len ? ' ^ ' : '';
  return s + (flags >> 4 ? ` [${flags >> 4} hops not recorded]} ` : '}');
}

/** ip_print() */
export function ipPrint(o: Ndo, p: Pkt, off: number, length: number): string {
  if (!has(p, off, 1)) return '[|ip]';
  const v = p.b[off]! >> 4;
  if (v !== 4) return v === 6 ? 'IP6, wrong link-layer encapsulation (invalid)' : `IP${v} (invalid)`;
  let s = o.eflag ? '' : 'IP ';
  if (!has(p, off, 20)) return s + '[|ip]';
  if (length < 20) return s + `truncated-ip ${length}`;
  const hlen = (p.b[off]! & 0x0f) * 4;
  if (hlen < 20) return s + `bad-hlen ${hlen}`;
  const len = u16(p, off + 2);
  if (length < len) s += `truncated-ip - ${len - length} bytes missing! `;
  if (len < hlen) return s + `bad-len ${len}`;
  const saveEnd = p.end;
  p.end = Math.min(p.end, off + len);
  const frag = u16(p, off + 6);
  const proto = p.b[off + 9]!;
  const ttl = p.b[off + 8]!;
  if (o.vflag) {
    const tos = p.b[off + 1]!;
    s += `(tos 0x${tos.toString(16)}${['', ',ECT(1)', ',ECT(0)', ',CE'][tos & 3]}`;
    if (ttl >= 1) s += `, ttl ${ttl}`;
    s += `, id ${u16(p, off + 4)}, offset ${(frag & 0x1fff) * 8}, flags [${fragFlags(frag)}], proto ${IPPROTOS.get(proto) ?? 'unknown'} (${proto})`;
    s += `, length ${len}`;
    if (hlen > 20) s += `, options (${ipOptPrint(o, p, off + 20, hlen - 20)})`;
    if (!o.Kflag && has(p, off, hlen)) {
      const sum = inCksum(p.b, off, hlen);
      if (sum !== 0) s += `, bad cksum ${u16(p, off + 10).toString(16)} (->${shouldBe(u16(p, off + 10), sum)})!`;
    }
    s += ')\n    ';
  }
  const src = ipaddr(o, p, off + 12);
  const dst = ipaddr(o, p, off + 16);
  if ((frag & 0x1fff) === 0) {
    if (proto !== 6 && proto !== 17) s += `${src} > ${dst}: `;
    s += ipDemux(o, p, off + hlen, len - hlen, off, (frag & 0x2000) !== 0);
  } else if (o.qflag <= 1) {
    const pn = o.nflag ? undefined : PROTONAMES.get(proto);
    s += `${src} > ${dst}:` + (pn ? ` ${pn}` : ` ip-proto-${proto}`);
  }
  p.end = saveEnd;
  return s;
}

/** in_cksum_shouldbe(): the checksum field that would have made the sum right. */
function shouldBe(sum: number, computed: number): string {
  let r = sum + computed;
  r = (r & 0xffff) + (r >> 16);
  r = (r & 0xffff) + (r >> 16);
  return r.toString(16);
}

/** in_cksum(): 0 over a correct header. */
export function inCksum(b: Uint8Array, off: number, len: number): number {
  return csumFold(csumPartial(b, off, len, 0));
}

/** ip_demux_print() */
function ipDemux(o: Ndo, p: Pkt, off: number, length: number, iph: number, fragmented: boolean): string {
  switch (p.b[iph + 9]!) {
    case 1: return icmpPrint(o, p, off, length, fragmented);
    case 2: return igmpPrint(o, p, off, length);
    case 17: return udpPrint(o, p, off, length, iph, fragmented);
    case 6: return tcpPrint(o, p, off, length, iph, fragmented);
    default: {
      const proto = p.b[iph + 9]!;
      const pn = o.nflag ? undefined : PROTONAMES.get(proto);
      return (pn ? ` ${pn}` : ` ip-proto-${proto}`) + ` ${length}`;
    }
  }
}

const UNREACH: readonly string[] = [
  'net %s unreachable', 'host %s unreachable', '', '', '', '%s unreachable - source route failed',
  'net %s unreachable - unknown', 'host %s unreachable - unknown', '%s unreachable - source host isolated',
  'net %s unreachable - admin prohibited', 'host %s unreachable - admin prohibited', 'net %s unreachable - tos prohibited',
  'host %s unreachable - tos prohibited', 'host %s unreachable - admin prohibited filter',
  'host %s unreachable - host precedence violation', 'host %s unreachable - precedence cutoff',
];

const ICMP2STR: ReadonlyMap<number, string> = new Map([
  [0, 'echo reply'], [4, 'source quench'], [8, 'echo request'], [10, 'router solicitation'], [13, 'time stamp request'],
  [14, 'time stamp reply'], [15, 'information request'], [16, 'information reply'], [17, 'address mask request'],
]);

/** The text of one ICMP message (the switch of icmp_print()). */
function icmpText(o: Ndo, p: Pkt, off: number): string | null {
  const type = p.b[off]!;
  const code = p.b[off + 1]!;
  const q = off + 8;
  const qdst = (): string => ipaddr(o, p, q + 16);
  switch (type) {
    case 0: case 8:
      return `echo ${type === 8 ? 'request' : 'reply'}, id ${u16(p, off + 4)}, seq ${u16(p, off + 6)}`;
    case 3: {
      if (!has(p, q + 20, 0)) return null;
      if (code === 2) return `${qdst()} protocol ${p.b[q + 9]!} unreachable`;
      if (code === 3) {
        const oh = q + (p.b[q]! & 0x0f) * 4;
        if (!has(p, oh, 4)) return null;
        const dport = u16(p, oh + 2);
        const pr = p.b[q + 9]!;
        if (pr === 6) return `${qdst()} tcp port ${dport} unreachable`;
        if (pr === 17) return `${qdst()} udp port ${dport} unreachable`;
        return `${qdst()} protocol ${pr} port ${dport} unreachable`;
      }
      if (code === 4) {
        const mtu = u16(p, off + 6);
        return mtu ? `${qdst()} unreachable - need to frag (mtu ${mtu})` : `${qdst()} unreachable - need to frag`;
      }
      const t = UNREACH[code];
      return t ? t.replace('%s', qdst()) : `${qdst()} unreachable - #${code}`;
    }
    case 5: {
      if (!has(p, q + 20, 0)) return null;
      const gw = ipaddr(o, p, off + 4);
      const names = ['redirect %s to net %s', 'redirect %s to host %s', 'redirect-tos %s to net %s', 'redirect-tos %s to host %s'];
      const t = names[code];
      return t ? t.replace('%s', qdst()).replace('%s', gw) : `redirect-#${code} ${qdst()} to ${gw}`;
    }
    case 11:
      if (!has(p, q + 20, 0)) return null;
      return code === 0 ? 'time exceeded in-transit' : code === 1 ? 'ip reassembly time exceeded' : `time exceeded-#${code}`;
    case 12:
      return code ? `parameter problem - code ${code}` : `parameter problem - octet ${p.b[off + 4]!}`;
    case 9:
      return routerAdvertText(o, p, off);
    case 18:
      return `address mask is 0x${u32(p, off + 8).toString(16).padStart(8, '0')}`;
    case 13:
      return `time stamp query id ${u16(p, off + 4)} seq ${u16(p, off + 6)}`;
    case 14: {
      // GET_BE_U_4() of the three times: a shorter reply is truncated.
      if (!has(p, off + 8, 12)) return null;
      const ts = (at: number): string => icmpTstampPrint(u32(p, at));
      return `time stamp reply id ${u16(p, off + 4)} seq ${u16(p, off + 6)}: org ${ts(off + 8)}, recv ${ts(off + 12)}, xmit ${ts(off + 16)}`;
    }
    default:
      return ICMP2STR.get(type) ?? `type-#${type}`;
  }
}

/**
 * ICMP_ROUTERADVERT (RFC 1256): lifetime, the number of addresses and, when
 * the entry size is 2 words, each {address preference}; the text lives in
 * icmp_print()'s char buf[MAXHOSTNAMELEN + 100] (snprintf() cuts it there).
 */
function routerAdvertText(o: Ndo, p: Pkt, off: number): string | null {
  const lifetime = u16(p, off + 6);
  let s = 'router advertisement lifetime ';
  if (lifetime < 60) s += `${lifetime}`;
  else if (lifetime < 3600) s += `${Math.floor(lifetime / 60)}:${String(lifetime % 60).padStart(2, '0')}`;
  else {
    const mm = String(Math.floor((lifetime % 3600) / 60)).padStart(2, '0');
    s += `${Math.floor(lifetime / 3600)}:${mm}:${String(lifetime % 60).padStart(2, '0')}`;
  }
  let num = p.b[off + 4]!;
  s += ` ${num}:`;
  const size = p.b[off + 5]!;
  if (size !== 2) return s + ` [size ${size}]`;
  // GET_IPADDR_STRING()/GET_BE_U_4() of each entry: one beyond the capture truncates the whole message.
  for (let e = off + 8; num !== 0; num--, e += 8) {
    if (!has(p, e, 8)) return null;
    s += ` {${ipaddr(o, p, e)} ${u32(p, e + 4)}}`;
  }
  return s.slice(0, 163);
}

/** icmp_tstamp_print(): milliseconds since midnight UTC as HH:MM:SS.mmm. */
function icmpTstampPrint(tstamp: number): string {
  const msec = tstamp % 1000;
  let sec = Math.floor(tstamp / 1000);
  let min = Math.floor(sec / 60);
  sec -= min * 60;
  const hrs = Math.floor(min / 60);
  min -= hrs * 60;
  const d2 = (n: number): string => String(n).padStart(2, '0');
  return `${d2(hrs)}:${d2(min)}:${d2(sec)}.${String(msec).padStart(3, '0')}`;
}

/** hex_print_with_offset(): 16 bytes a line in groups of two, each line "ident0xOFFS: ". */
export function hexOnly(b: Uint8Array, from: number, to: number, oset: number, ident = '\n\t'): string {
  let out = '';
  let i = 0;
  let at = from;
  for (; at + 1 < to; at += 2) {
    if (i++ % 8 === 0) {
      out += `${ident}0x${oset.toString(16).padStart(4, '0')}: `;
      oset += 16;
    }
    out += ` ${b[at]!.toString(16).padStart(2, '0')}${b[at + 1]!.toString(16).padStart(2, '0')}`;
  }
  if (at < to) {
    if (i % 8 === 0) out += `${ident}0x${oset.toString(16).padStart(4, '0')}: `;
    out += ` ${b[at]!.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** ICMP_ERRTYPE(): the messages that quote a datagram. */
const isErrType = (t: number): boolean => t === 3 || t === 4 || t === 5 || t === 11 || t === 12;

/** icmp_print() */
function icmpPrint(o: Ndo, p: Pkt, off: number, plen: number, fragmented: boolean): string {
  if (!has(p, off, 8)) return has(p, off, 1) ? 'ICMP [|icmp]' : '[|icmp]';
  const text = icmpText(o, p, off);
  // icmp_print() builds its text before printing it: a truncated message prints only nd_print_trunc()'s " [|icmp]".
  if (text === null) return ' [|icmp]';
  let s = `ICMP ${text}, length ${plen}`;
  if (o.vflag && !fragmented && has(p, off, plen)) {
    const sum = inCksum(p.b, off, plen);
    if (sum !== 0) s += ` (wrong icmp cksum ${u16(p, off + 2).toString(16)} (->${shouldBe(u16(p, off + 2), sum)})!)`;
  }
  const type = p.b[off]!;
  if (o.vflag >= 1 && isErrType(type) && has(p, off + 8, 4)) {
    const q = off + 8;
    const save = p.end;
    p.end = Math.min(q + u16(p, q + 2), p.end);
    s += '\n\t' + ipPrint(o, p, q, u16(p, q + 2));
    p.end = save;
  }
  if (o.vflag >= 1 && plen > ICMP_EXTD_MINLEN && (type === 3 || type === 11 || type === 12)) s += icmpMultipartPrint(p, off, plen);
  return s;
}

/** ICMP_EXTD_MINLEN (draft-bonica-internet-icmp-08): 156 less an IP header; the extension header sits there. */
const ICMP_EXTD_MINLEN = 136;
/** sizeof(struct icmp_ext_t): up to the first byte of the extension's data. */
const ICMP_EXT_T_LEN = ICMP_EXTD_MINLEN + 5;

/**
 * icmp_print()'s RFC 4884 part (tcpdump 4.99.3): an extension 128 bytes past
 * the ICMP header of an unreachable, time exceeded or parameter problem.
 * With no length attribute it is printed only when its checksum checks;
 * then version, checksum, length and each object: MPLS label stack entries
 * (only the first one), anything else as hex (print_unknown_data()).
 */
function icmpMultipartPrint(p: Pkt, off: number, plen: number): string {
  if (!has(p, off, ICMP_EXT_T_LEN)) return ' [|icmp]';
  const e = off + ICMP_EXTD_MINLEN;
  let hlen = plen - ICMP_EXTD_MINLEN;
  if (p.b[off + 5] === 0 && has(p, e, hlen) && inCksum(p.b, e, hlen) !== 0) return '';
  const version = p.b[e]! >> 4;
  let s = `\n\tICMP Multi-Part extension v${version}`;
  if (version !== 2) return s + ' packet not supported';
  if (has(p, e, hlen)) s += `, checksum 0x${u16(p, e + 2).toString(16).padStart(4, '0')} (${inCksum(p.b, e, hlen) ? 'in' : ''}correct), length ${hlen}`;
  hlen = (hlen - 4) >>> 0; // u_int: a shorter extension wraps, and the loop runs into the capture's end
  let t = e + 4;
  while (hlen > 4) {
    if (!has(p, t, 4)) return s + ' [|icmp]';
    let tlen = u16(p, t);
    const cls = p.b[t + 2]!;
    const ctype = p.b[t + 3]!;
    t += 4;
    s += `\n\t  ${MULTIPART_OBJ.get(cls) ?? 'unknown'} Object (${cls}), Class-Type: ${ctype}, length ${tlen}`;
    hlen -= 4;
    // "infinite loop protection"
    if (cls === 0 || tlen < 4) return s;
    tlen -= 4;
    if (cls === 1 && ctype === 1) {
      if (!has(p, t, 4)) return s + ' [|icmp]';
      const l = u32(p, t);
      s += `\n\t    label ${l >>> 12}, tc ${(l >>> 9) & 7}${(l >>> 8) & 1 ? ', [S]' : ''}, ttl ${l & 0xff}`;
    } else s += printUnknownData(p, t, '\n\t    ', tlen);
    if (hlen < tlen) break;
    hlen -= tlen;
    t += tlen;
  }
  return s;
}

const MULTIPART_OBJ: ReadonlyMap<number, string> = new Map([[1, 'MPLS Stack Entry'], [2, 'Interface Identification']]);

/** print_unknown_data(): what is left of `len` bytes in hex. */
function printUnknownData(p: Pkt, at: number, ident: string, len: number): string {
  if (at > p.end) return `${ident}Dissector error: print_unknown_data called with pointer past end of packet`;
  return hexOnly(p.b, at, at + Math.min(len, p.end - at), 0, ident);
}

/**
 * ip_finddst(): the destination the pseudo-header names — with options, the
 * last address of a loose or strict source route (the final destination,
 * whatever its pointer says), else ip_dst.
 */
function ipFinddst(p: Pkt, iph: number): number {
  const hl = (p.b[iph]! & 0x0f) * 4;
  let cp = iph + 20;
  let length = hl >= 20 ? hl - 20 : 0;
  while (length !== 0) {
    const tt = p.b[cp]!;
    if (tt === 0) break;
    let len = 1;
    if (tt !== 1) {
      len = p.b[cp + 1] ?? 0;
      if (len < 2) break;
    }
    if (length < len || !has(p, cp, len)) break;
    // IPOPT_SSRR, IPOPT_LSRR
    if ((tt === 137 || tt === 131) && len >= 7) return cp + len - 4;
    cp += len;
    length -= len;
  }
  return iph + 16;
}

/** The IPv4 pseudo-header sum of udp_cksum()/tcp_cksum() over `len` bytes at `off` (nextproto4_cksum()). */
function l4Cksum(p: Pkt, iph: number, off: number, len: number, proto: number): number {
  const buf = new Uint8Array(12 + len);
  buf.set(p.b.subarray(iph + 12, iph + 16), 0);
  const dst = (p.b[iph]! & 0x0f) === 5 ? iph + 16 : ipFinddst(p, iph);
  buf.set(p.b.subarray(dst, dst + 4), 4);
  buf[9] = proto;
  buf[10] = len >> 8;
  buf[11] = len & 0xff;
  buf.set(p.b.subarray(off, off + len), 12);
  return inCksum(buf, 0, buf.length);
}

/** udp.h's NAMESERVER_PORT and MULTICASTDNS_PORT */
const NAMESERVER_PORT = 53;
const MULTICASTDNS_PORT = 5353;

/** udp_print() (the DNS, RX and tunnel printers among its application decoders). */
function udpPrint(o: Ndo, p: Pkt, off: number, length: number, iph: number, fragmented: boolean): string {
  const src = ipaddr(o, p, iph + 12);
  const dst = ipaddr(o, p, iph + 16);
  // udpipaddr_print()'s "%s > %s: ", then nd_print_trunc()'s " [|udp]".
  if (!has(p, off, 4)) return `${src} > ${dst}:  [|udp]`;
  const sport = portStr(o, 'udp', u16(p, off));
  const dport = portStr(o, 'udp', u16(p, off + 2));
  if (length < 8) return `${src} > ${dst}: truncated-udp ${length}`;
  if (!has(p, off, 6)) return `${src}.${sport} > ${dst}.${dport}:  [|udp]`;
  let ulen = u16(p, off + 4);
  if (ulen < 8) return `${src}.${sport} > ${dst}.${dport}: truncated-udplength ${ulen}`;
  ulen -= 8;
  length -= 8;
  if (ulen < length) length = ulen;
  // "cp = (const u_char *)(up + 1); if (cp > ndo->ndo_snapend)": the header's checksum not captured.
  if (off + 8 > p.end) return `${src}.${sport} > ${dst}.${dport}:  [|udp]`;
  let s = `${src}.${sport} > ${dst}.${dport}: `;
  if (o.vflag > 1 && !o.Kflag && !fragmented) {
    const sum = u16(p, off + 6);
    if (sum === 0) s += '[no cksum] ';
    else if (has(p, off + 8, length)) {
      const c = l4Cksum(p, iph, off, length + 8, 17);
      s += c !== 0 ? `[bad udp cksum 0x${sum.toString(16).padStart(4, '0')} -> 0x${shouldBe(sum, c).padStart(4, '0')}!] ` : '[udp sum ok] ';
    }
  }
  const sp = u16(p, off);
  const dp = u16(p, off + 2);
  const tun = [VXLAN_PORT, OTV_PORT].find((t) => sp === t || dp === t);
  if (tun) return s + tunnelPrint(o, p, off + 8, length, tun);
  // udp_print()'s chain of port printers: DNS, mDNS, ..., the AFS RX ports (the others are not here)
  if (!o.qflag) {
    if (sp === NAMESERVER_PORT || dp === NAMESERVER_PORT) return s + domainPrint(o, p, off + 8, length, false, false);
    if (sp === MULTICASTDNS_PORT || dp === MULTICASTDNS_PORT) return s + domainPrint(o, p, off + 8, length, false, true);
    if (isRxPort(sp, dp)) return s + rxPrint(o, p, off + 8, length);
    if (isSipPort(sp, dp)) return s + sipPrint(o, p, off + 8, length);
  }
  return s + (ulen > length && !fragmented ? `UDP, bad length ${ulen} > ${length}` : `UDP, length ${ulen}`);
}

/** tcp_flag_values[], in its order (bittok2str_nosep()): a SYN-ACK with ECE is [S.E], a SYN asking for ECN [SEW]. */
const TCP_FLAGS: ReadonlyArray<readonly [number, string]> = [
  [0x01, 'F'], [0x02, 'S'], [0x04, 'R'], [0x08, 'P'], [0x10, '.'], [0x20, 'U'], [0x40, 'E'], [0x80, 'W'],
];

/** tcp_option_values[] */
const TCP_OPTS: ReadonlyMap<number, string> = new Map([
  [0, 'eol'], [1, 'nop'], [2, 'mss'], [3, 'wscale'], [4, 'sackOK'], [5, 'sack'], [6, 'echo'], [7, 'echoreply'],
  [8, 'TS'], [11, 'cc'], [12, 'ccnew'], [13, ''], [19, 'md5'], [20, 'scps'], [28, 'uto'], [29, 'tcp-ao'],
  [30, 'mptcp'], [34, 'tfo'], [254, 'exp'],
]);

/** The options of tcp_print(); SACK blocks relative to the conversation's start (`base`). */
function tcpOptions(p: Pkt, off: number, len: number, base: number): string {
  const out: string[] = [];
  for (let i = 0; i < len;) {
    const k = p.b[off + i]!;
    const name = TCP_OPTS.get(k) ?? `unknown-${k}`;
    if (k === 0 || k === 1) {
      out.push(name);
      i++;
      continue;
    }
    const l = p.b[off + i + 1] ?? 0;
    if (l < 2 || l > len - i) return out.join(',') + (out.length ? ',' : '') + name + '[bad opt]';
    const at = off + i + 2;
    if (k === 2 && l === 4) out.push(`mss ${u16(p, at)}`);
    else if (k === 3 && l === 3) out.push(`wscale ${p.b[at]!}`);
    else if (k === 4) out.push('sackOK');
    else if (k === 8 && l === 10) out.push(`TS val ${u32(p, at)} ecr ${u32(p, at + 4)}`);
    else if (k === 5) {
      if ((l - 2) % 8) out.push('sack invalid sack');
      else {
        let t = `sack ${(l - 2) / 8} `;
        for (let j = 0; j + 8 <= l - 2; j += 8) t += `{${(u32(p, at + j) - base) >>> 0}:${(u32(p, at + j + 4) - base) >>> 0}}`;
        out.push(t);
      }
    } else {
      let t = name;
      if (l > 2) t += ' 0x';
      for (let j = 0; j < l - 2; j++) t += p.b[at + j]!.toString(16).padStart(2, '0');
      out.push(t);
    }
    i += l;
  }
  return out.join(',');
}

/**
 * The relative sequence numbers of tcp_print(): the first ACK segment of a
 * conversation (or any SYN) records its initial numbers, both directions
 * under one key (the lower port first); later ones print as offsets from them.
 */
function tcpRelative(o: Ndo, p: Pkt, iph: number, sport: number, dport: number, seq: number, ack: number, syn: boolean):
  { seq: number; ack: number; base: number } {
  const saddr = u32(p, iph + 12);
  const daddr = u32(p, iph + 16);
  const rev = sport > dport || (sport === dport && saddr > daddr);
  const key = rev ? `${daddr}>${saddr}:${dport}>${sport}` : `${saddr}>${daddr}:${sport}>${dport}`;
  o.tcpSeq ??= new Map();
  let th = o.tcpSeq.get(key);
  if (!th || syn) {
    th = rev ? { ack: seq, seq: (ack - 1) >>> 0 } : { seq, ack: (ack - 1) >>> 0 };
    o.tcpSeq.set(key, th);
  } else if (rev) {
    seq = (seq - th.ack) >>> 0;
    ack = (ack - th.seq) >>> 0;
  } else {
    seq = (seq - th.seq) >>> 0;
    ack = (ack - th.ack) >>> 0;
  }
  return { seq, ack, base: rev ? th.seq : th.ack };
}

/** tcp_print() (no application-layer printers). */
function tcpPrint(o: Ndo, p: Pkt, off: number, length: number, iph: number, fragmented = false): string {
  const src = ipaddr(o, p, iph + 12);
  const dst = ipaddr(o, p, iph + 16);
  if (!has(p, off, 4)) return `${src} > ${dst}: [|tcp]`;
  const sport = u16(p, off);
  const dport = u16(p, off + 2);
  let s = `${src}.${portStr(o, 'tcp', sport)} > ${dst}.${portStr(o, 'tcp', dport)}: `;
  // ND_TCHECK_SIZE(tp): nd_print_trunc()'s " [|tcp]" after the ports' ": ".
  if (!has(p, off, 20)) return s + ' [|tcp]';
  const hlen = (p.b[off + 12]! >> 4) * 4;
  if (hlen < 20) return s + ` tcp ${length - hlen} [bad hdr length ${hlen} - too short, < 20]`;
  if (o.qflag) return s + `tcp ${length - hlen}` + (hlen > length ? ` [bad hdr length ${hlen} - too long, > ${length}]` : '');
  const flags = p.b[off + 13]!;
  let f = '';
  for (const [bit, c] of TCP_FLAGS) if (flags & bit) f += c;
  s += `Flags [${f || 'none'}]`;
  let seq = u32(p, off + 4);
  let ack = u32(p, off + 8);
  let base = 0;
  if (!o.Sflag && flags & 0x10) ({ seq, ack, base } = tcpRelative(o, p, iph, sport, dport, seq, ack, (flags & 0x02) !== 0));
  if (hlen > length) return s + ` [bad hdr length ${hlen} - too long, > ${length}]`;
  if (o.vflag && !o.Kflag && !fragmented && has(p, off, length)) {
    const sum = u16(p, off + 16);
    const c = l4Cksum(p, iph, off, length, 6);
    s += `, cksum 0x${sum.toString(16).padStart(4, '0')}` + (c !== 0 ? ` (incorrect -> 0x${shouldBe(sum, c).padStart(4, '0')})` : ' (correct)');
  }
  length -= hlen;
  if (o.vflag > 1 || length > 0 || flags & 0x07) s += `, seq ${seq}` + (length > 0 ? `:${(seq + length) >>> 0}` : '');
  if (flags & 0x10) s += `, ack ${ack}`;
  s += `, win ${u16(p, off + 14)}`;
  if (flags & 0x20) s += `, urg ${u16(p, off + 18)}`;
  if (hlen > 20) s += `, options [${tcpOptions(p, off + 20, hlen - 20, base)}]`;
  s += `, length ${length}`;
  // "Decode payload if necessary": the text protocols chosen by port
  return length === 0 ? s : s + tcpPayloadPrint(o, p, off + hlen, length, sport, dport);
}
