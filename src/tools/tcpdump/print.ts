/**
 * tcpdump's per-packet output: the timestamp (-t... -ttttt), the link
 * layer (Ethernet, or Linux cooked v2 on `any`), the protocol printers,
 * and the hex dumps of -x/-xx/-X/-XX.
 * @tcpdump print.c pretty_print_packet(), util-print.c ts_print(),
 *          print-ether.c, print-sll.c, print-ascii.c
 */
import { ETHERTYPES, arpPrint, etheraddrString, hexOnly, ipPrint, type Ndo, type Pkt } from './print_ip.js';
import { ip6Print } from './print_ip6.js';
import { llcPrint } from './print_stp.js';

export const DLT_EN10MB = 1;
export const DLT_LINUX_SLL2 = 276;
/** DLT_NFLOG: the nfgenmsg and attributes of an nfnetlink_log message. */
export const DLT_NFLOG = 239;
/** NFULA_PAYLOAD, the attribute that holds the packet. */
const NFULA_PAYLOAD = 9;

/** nflog_hdr_print(): the version, the group (resource ID), the family, the length. */
function nflogHdrPrint(o: Ndo, b: Uint8Array, length: number): string {
  const fam = b[0]!;
  const name = fam === 2 ? 'IPv4' : fam === 10 ? 'IPv6' : 'Unknown';
  const rid = (b[2]! << 8) | b[3]!;
  return `version ${b[1]}, resource ID ${rid}${o.qflag ? `, ${name}` : `, family ${name} (${fam})`}, length ${length}: `;
}

/**
 * nflog_if_print(): with -e the header; the attributes are walked (their
 * length and type in host order, each padded to 4) to the payload, which
 * is printed as its family's packet.
 */
function nflogPrint(o: Ndo, p: Pkt, length: number): [string, number] {
  const b = p.b;
  if (p.end < 4) return ['[|nflog]', p.end];
  if (b[1] !== 0) return [`version ${b[1]} (unknown)`, 4];
  let s = o.eflag ? nflogHdrPrint(o, b, length) : '';
  let off = 4;
  let len = length - 4;
  let hsize = 4;
  let found = false;
  while (len > 0) {
    if (p.end - off < 4) return [s + ' (invalid)', hsize];
    let size = b[off]! | (b[off + 1]! << 8);
    const type = b[off + 2]! | (b[off + 3]! << 8);
    if (size % 4) size += 4 - (size % 4);
    if (size < 4 || p.end - off < size) return [s + ' (invalid)', hsize];
    if (type === NFULA_PAYLOAD) {
      hsize += 4;
      off += 4;
      len -= 4;
      found = true;
      break;
    }
    off += size;
    hsize += size;
    len -= size;
  }
  if (!found) return [s, hsize];
  if (b[0] === 2) s += ipPrint(o, p, off, len);
  else {
    if (!o.eflag) s += nflogHdrPrint(o, b, len + 4);
    s += hexAscii(b, off, p.end, 0);
  }
  return [s, hsize];
}
export const SLL2_HDR_LEN = 20;

/** One captured packet: pcap_pkthdr and the bytes. */
export interface PcapPkt {
  /** Capture time, ns since the epoch. */
  readonly tsNs: number;
  /** Bytes on the wire (len), of which `data` holds caplen. */
  readonly len: number;
  readonly data: Uint8Array;
}

/** The previous / first packet time for -ttt and -ttttt. */
export interface TsState {
  ref: number | null;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ts_date_hmsfrac_print(): [YYYY-MM-DD ]HH:MM:SS.uuuuuu (the lab's zone is UTC). */
function hmsfrac(sec: number, usec: number, withDate: boolean): string {
  const d = new Date(sec * 1000);
  const date = withDate ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` : '';
  return `${date}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(usec, 6)}`;
}

/** ts_print() */
export function tsPrint(o: Ndo, st: TsState, tsNs: number): string {
  const us = Math.floor(tsNs / 1000);
  const sec = Math.floor(us / 1e6);
  switch (o.tflag) {
    case 0: return hmsfrac(sec, us % 1e6, false) + ' ';
    case 1: return '';
    case 2: return `${sec}.${pad(us % 1e6, 6)} `;
    case 3: case 5: {
      if (st.ref === null) st.ref = us;
      const neg = us < st.ref;
      const d = Math.abs(us - st.ref);
      if (o.tflag === 3) st.ref = us;
      const ds = Math.floor(d / 1e6);
      return `${neg ? '-' : ' '}${pad(Math.floor(ds / 3600) % 24)}:${pad(Math.floor(ds / 60) % 60)}:${pad(ds % 60)}.${pad(d % 1e6, 6)} `;
    }
    default: return hmsfrac(sec, us % 1e6, true) + ' ';
  }
}

/** ether_type_print() */
function etherType(o: Ndo, t: number): string {
  const name = ETHERTYPES.get(t);
  if (o.qflag) return name ?? `Unknown Ethertype (0x${t.toString(16).padStart(4, '0')})`;
  return `ethertype ${name ?? 'Unknown'} (0x${t.toString(16).padStart(4, '0')})`;
}

/** ethertype_print(): the payload of a known ethertype, or null. */
function ethertypePrint(o: Ndo, t: number, p: Pkt, off: number, length: number): string | null {
  if (t === 0x0800) return ipPrint(o, p, off, length);
  if (t === 0x0806) return arpPrint(o, p, off, length);
  if (t === 0x86dd) return ip6Print(o, p, off, length);
  return null;
}

/** ether_print(): [-e header] payload; the link header's length. */
function etherPrint(o: Ndo, p: Pkt, length: number): [string, number] {
  return [etherPrintAt(o, p, 0, length), 14];
}

/** ether_print() of a frame at `off` (the link header, or a tunnel's inner frame) of `length` bytes. */
export function etherPrintAt(o: Ndo, p: Pkt, off: number, length: number): string {
  if (p.end - off < 14) return '[|ether]';
  const b = p.b;
  const t = (b[off + 12]! << 8) | b[off + 13]!;
  let s = '';
  const hdr = (): string => `${etheraddrString(o, b, off + 6)} > ${etheraddrString(o, b, off)}, ${etherType(o, t)}, length ${length}: `;
  // ether_common_print(): a length field (<= 1500) makes an 802.3 frame whose LLC payload is that long
  if (t <= 1500) return (o.eflag ? `${etheraddrString(o, b, off + 6)} > ${etheraddrString(o, b, off)}, 802.3, length ${t}: ` : '') + llcPrint(o, p, off + 14, t);
  if (o.eflag) s += hdr();
  const body = ethertypePrint(o, t, p, off + 14, length - 14);
  if (body !== null) return s + body;
  if (!o.eflag) s += hdr();
  if (!o.xflag && !o.Xflag) s += hexAscii(b, off + 14, p.end, 0);
  return s;
}

const PKTTYPES = ['In', 'B', 'M', 'P', 'Out'];

/** sll2_if_print(): `ifname pkttype [-e header]` then the payload. */
function sll2Print(o: Ndo, p: Pkt, length: number, ifname: (i: number) => string | null): [string, number] {
  if (p.end < SLL2_HDR_LEN) return ['[|sll2]', p.end];
  const b = p.b;
  const proto = (b[0]! << 8) | b[1]!;
  const ifindex = ((b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!) >>> 0;
  let s = `${(ifname(ifindex) ?? '?').padEnd(5)} ${(PKTTYPES[b[10]!] ?? '?').padEnd(3)} `;
  if (o.eflag) {
    s += `ifindex ${ifindex} `;
    if (b[11] === 6) s += `${etheraddrString(o, b, 12)} `;
    if (!o.qflag) s += `${etherType(o, proto).replace(/^ethertype Unknown/, 'ethertype Unknown')}, length ${length}: `;
  }
  const body = ethertypePrint(o, proto, p, SLL2_HDR_LEN, length - SLL2_HDR_LEN);
  if (body !== null) return [s + body, SLL2_HDR_LEN];
  if (!o.eflag) s += `ethertype ${ETHERTYPES.get(proto) ?? 'Unknown'} (0x${proto.toString(16).padStart(4, '0')}), length ${length}: `;
  if (!o.xflag && !o.Xflag) s += hexAscii(b, SLL2_HDR_LEN, p.end, 0);
  return [s, SLL2_HDR_LEN];
}

const isgraph = (c: number): boolean => c > 0x20 && c < 0x7f;

/** hex_and_ascii_print_with_offset(ident = "\n\t") */
export function hexAscii(b: Uint8Array, from: number, to: number, oset: number): string {
  let out = '';
  let hex = '';
  let asc = '';
  let i = 0;
  let at = from;
  const flush = (): void => {
    out += `\n\t0x${oset.toString(16).padStart(4, '0')}: ${hex.padEnd(40)}  ${asc}`;
    hex = '';
    asc = '';
    i = 0;
    oset += 16;
  };
  for (; at + 1 < to; at += 2) {
    hex += ` ${b[at]!.toString(16).padStart(2, '0')}${b[at + 1]!.toString(16).padStart(2, '0')}`;
    asc += (isgraph(b[at]!) ? String.fromCharCode(b[at]!) : '.') + (isgraph(b[at + 1]!) ? String.fromCharCode(b[at + 1]!) : '.');
    if (++i >= 8) flush();
  }
  if (at < to) {
    hex += ` ${b[at]!.toString(16).padStart(2, '0')}`;
    asc += isgraph(b[at]!) ? String.fromCharCode(b[at]!) : '.';
    i++;
  }
  if (i > 0) flush();
  return out;
}

/** pretty_print_packet(): one packet's lines, newline-terminated. */
export function prettyPrintPacket(
  o: Ndo, st: TsState, dlt: number, h: PcapPkt, ifname: (i: number) => string | null,
): string {
  const p: Pkt = { b: h.data, end: h.data.length };
  let s = tsPrint(o, st, h.tsNs);
  const [body, hdrlen] = dlt === DLT_LINUX_SLL2 ? sll2Print(o, p, h.len, ifname) : dlt === DLT_NFLOG ? nflogPrint(o, p, h.len) : etherPrint(o, p, h.len);
  s += body;
  const caplen = h.data.length;
  if (o.Xflag) s += o.Xflag > 1 ? hexAscii(h.data, 0, caplen, 0) : caplen > hdrlen ? hexAscii(h.data, hdrlen, caplen, 0) : '';
  else if (o.xflag) s += o.xflag > 1 ? hexOnly(h.data, 0, caplen, 0) : caplen > hdrlen ? hexOnly(h.data, hdrlen, caplen, 0) : '';
  else if (o.Aflag) s += o.Aflag > 1 ? asciiPrint(h.data, 0, caplen) : caplen > hdrlen ? asciiPrint(h.data, hdrlen, caplen) : '';
  return s + '\n';
}

/**
 * ascii_print(): a newline, then each byte as itself when printable (or a
 * tab, blank or newline), else '.'; a CR is dropped before a LF.
 */
function asciiPrint(b: Uint8Array, from: number, to: number): string {
  let s = '\n';
  for (let i = from; i < to; i++) {
    const c = b[i]!;
    if (c === 0x0d) {
      if (i + 1 === to || b[i + 1] !== 0x0a) s += '.';
    } else s += (c > 0x20 && c < 0x7f) || c === 0x09 || c === 0x20 || c === 0x0a ? String.fromCharCode(c) : '.';
  }
  return s;
}
