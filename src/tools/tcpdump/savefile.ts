/**
 * The classic pcap savefile tcpdump -w writes and -r reads: a 24-byte
 * file header (magic 0xa1b2c3d4 in the writer's byte order, version 2.4,
 * snaplen, link type) and per packet a 16-byte record header (seconds,
 * microseconds, captured length, wire length).
 * @libpcap sf-pcap.c, pcap/pcap.h
 */
import type { PcapPkt } from './print.js';

export const TCPDUMP_MAGIC = 0xa1b2c3d4;
const FILE_HDR = 24;
const REC_HDR = 16;

/** Bytes as the lab file system keeps them (lab/bytes.ts: UTF-8 text, other bytes escaped). */
export { decodeBytes as bytesToLab, encodeBytes as labToBytes } from '../../lab/bytes.js';

/** pcap_dump_open()'s file header (little-endian, as on x86-64). */
export function pcapFileHeader(linktype: number, snaplen: number): Uint8Array {
  const out = new Uint8Array(FILE_HDR);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, TCPDUMP_MAGIC, true);
  dv.setUint16(4, 2, true);
  dv.setUint16(6, 4, true);
  dv.setUint32(16, snaplen, true);
  dv.setUint32(20, linktype, true);
  return out;
}

/** pcap_dump(): one packet's record header and bytes. */
export function pcapRecord(p: PcapPkt): Uint8Array {
  const out = new Uint8Array(REC_HDR + p.data.length);
  const dv = new DataView(out.buffer);
  const us = Math.floor(p.tsNs / 1000);
  dv.setUint32(0, Math.floor(us / 1e6), true);
  dv.setUint32(4, us % 1e6, true);
  dv.setUint32(8, p.data.length, true);
  dv.setUint32(12, p.len, true);
  out.set(p.data, REC_HDR);
  return out;
}

/** pcap_dump_open() + pcap_dump(): the whole file. */
export function pcapFile(linktype: number, snaplen: number, pkts: readonly PcapPkt[]): Uint8Array {
  const parts = [pcapFileHeader(linktype, snaplen), ...pkts.map(pcapRecord)];
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let o = 0;
  for (const x of parts) {
    out.set(x, o);
    o += x.length;
  }
  return out;
}

/** A savefile read back, or libpcap's complaint. */
/**
 * A savefile read back (`truncated`: pcap_next_packet()'s error where the
 * file ends inside a record, after the packets before it), or libpcap's
 * complaint.
 */
export type Savefile = { linktype: number; snaplen: number; pkts: PcapPkt[]; truncated?: string } | { error: string };

/** pcap_open_offline() and its reads: either byte order, micro- or nanosecond magic. */
export function readPcap(b: Uint8Array): Savefile {
  if (b.length < 4) return { error: `truncated dump file; tried to read 4 file header bytes, only got ${b.length}` };
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const m = dv.getUint32(0, true);
  const le = m === TCPDUMP_MAGIC || m === 0xa1b23c4d;
  const be = dv.getUint32(0, false);
  if (!le && be !== TCPDUMP_MAGIC && be !== 0xa1b23c4d) return { error: 'bad dump file format' };
  const nano = (le ? m : be) === 0xa1b23c4d;
  if (b.length < FILE_HDR) {
    return { error: `truncated dump file; tried to read ${FILE_HDR} file header bytes, only got ${b.length}` };
  }
  const snaplen = dv.getUint32(16, le);
  const linktype = dv.getUint32(20, le) & 0x03ffffff;
  const pkts: PcapPkt[] = [];
  let o = FILE_HDR;
  for (; o + REC_HDR <= b.length;) {
    const sec = dv.getUint32(o, le);
    const frac = dv.getUint32(o + 4, le);
    const caplen = dv.getUint32(o + 8, le);
    const len = dv.getUint32(o + 12, le);
    if (o + REC_HDR + caplen > b.length) {
      const got = b.length - o - REC_HDR;
      return { linktype, snaplen, pkts, truncated: `truncated dump file; tried to read ${caplen} captured bytes, only got ${got}` };
    }
    pkts.push({ tsNs: sec * 1e9 + (nano ? frac : frac * 1000), len, data: b.slice(o + REC_HDR, o + REC_HDR + caplen) });
    o += REC_HDR + caplen;
  }
  if (o < b.length) {
    return { linktype, snaplen, pkts, truncated: `truncated dump file; tried to read ${REC_HDR} header bytes, only got ${b.length - o}` };
  }
  return { linktype, snaplen, pkts };
}
