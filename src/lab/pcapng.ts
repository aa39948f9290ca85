/**
 * pcapng (draft-ietf-opsawg-pcapng): a Section Header Block, then one
 * Interface Description Block per captured device (if_name, the namespace
 * in if_description, LINKTYPE_ETHERNET, if_tsresol 9: nanoseconds) and one
 * Enhanced Packet Block per packet with its virtual timestamp and its
 * direction (epb_flags). Little-endian, every block padded to 32 bits.
 */

const SHB = 0x0a0d0d0a;
const IDB = 0x00000001;
const EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
export const LINKTYPE_ETHERNET = 1;

/* Option codes. */
const OPT_ENDOFOPT = 0;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
const EPB_FLAGS = 2;

/** epb_flags bits 0-1: the direction. */
export const EPB_INBOUND = 1;
export const EPB_OUTBOUND = 2;

export interface PcapngInterface {
  readonly name: string;
  readonly description: string;
  readonly linktype: number;
  readonly snaplen: number;
}

export interface PcapngPacket {
  readonly ifIndex: number;
  /** ns since the epoch. */
  readonly tsNs: number;
  readonly origLen: number;
  readonly data: Uint8Array;
  readonly flags: number;
}

const pad4 = (n: number): number => (n + 3) & ~3;
const utf8 = new TextEncoder();

/** One option: code, length, value padded to 32 bits. */
function option(code: number, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + pad4(value.length));
  const dv = new DataView(out.buffer);
  dv.setUint16(0, code, true);
  dv.setUint16(2, value.length, true);
  out.set(value, 4);
  return out;
}

function u32le(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v, true);
  return b;
}

/** A block: type, total length, body, options (with opt_endofopt), total length again. */
function block(type: number, body: Uint8Array, opts: Uint8Array[]): Uint8Array {
  const optLen = opts.length ? opts.reduce((n, o) => n + o.length, 0) + 4 : 0;
  const total = 12 + pad4(body.length) + optLen;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, type, true);
  dv.setUint32(4, total, true);
  out.set(body, 8);
  let o = 8 + pad4(body.length);
  for (const op of opts) {
    out.set(op, o);
    o += op.length;
  }
  if (opts.length) {
    dv.setUint16(o, OPT_ENDOFOPT, true);
    o += 4;
  }
  dv.setUint32(o, total, true);
  return out;
}

function shb(app: string): Uint8Array {
  const body = new Uint8Array(16);
  const dv = new DataView(body.buffer);
  dv.setUint32(0, BYTE_ORDER_MAGIC, true);
  dv.setUint16(4, 1, true);
  dv.setUint16(6, 0, true);
  // Section length unknown: -1.
  dv.setInt32(8, -1, true);
  dv.setInt32(12, -1, true);
  return block(SHB, body, [option(SHB_USERAPPL, utf8.encode(app))]);
}

function idb(i: PcapngInterface): Uint8Array {
  const body = new Uint8Array(8);
  const dv = new DataView(body.buffer);
  dv.setUint16(0, i.linktype, true);
  dv.setUint32(4, i.snaplen, true);
  return block(IDB, body, [
    option(IF_NAME, utf8.encode(i.name)),
    option(IF_DESCRIPTION, utf8.encode(i.description)),
    option(IF_TSRESOL, Uint8Array.of(9)),
  ]);
}

function epb(p: PcapngPacket): Uint8Array {
  const body = new Uint8Array(20 + p.data.length);
  const dv = new DataView(body.buffer);
  const ts = BigInt(Math.round(p.tsNs));
  dv.setUint32(0, p.ifIndex, true);
  dv.setUint32(4, Number(ts >> 32n), true);
  dv.setUint32(8, Number(ts & 0xffffffffn), true);
  dv.setUint32(12, p.data.length, true);
  dv.setUint32(16, p.origLen, true);
  body.set(p.data, 20);
  return block(EPB, body, p.flags ? [option(EPB_FLAGS, u32le(p.flags))] : []);
}

/** The whole file. */
export function pcapngFile(app: string, ifs: readonly PcapngInterface[], pkts: readonly PcapngPacket[]): Uint8Array {
  const parts = [shb(app), ...ifs.map(idb), ...pkts.map(epb)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A block read back: its type, body and options by code (for tests and tools). */
export interface PcapngBlock {
  readonly type: number;
  readonly body: Uint8Array;
  readonly options: Map<number, Uint8Array[]>;
}

/** Body length of a block's fixed part, before its options. */
function fixedLen(type: number, body: Uint8Array): number {
  if (type === SHB) return 16;
  if (type === IDB) return 8;
  if (type === EPB) return 20 + pad4(new DataView(body.buffer, body.byteOffset).getUint32(12, true));
  return body.length;
}

/** Reads the blocks of a little-endian pcapng file; throws on a malformed one. */
export function readPcapng(b: Uint8Array): PcapngBlock[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: PcapngBlock[] = [];
  for (let o = 0; o < b.length;) {
    const type = dv.getUint32(o, true);
    const total = dv.getUint32(o + 4, true);
    if (total < 12 || total % 4 || o + total > b.length || dv.getUint32(o + total - 4, true) !== total) {
      throw new Error(`bad block at ${o}`);
    }
    const body = b.subarray(o + 8, o + total - 4);
    const options = new Map<number, Uint8Array[]>();
    for (let p = fixedLen(type, body); p + 4 <= body.length;) {
      const code = dv.getUint16(body.byteOffset - b.byteOffset + p, true);
      const len = dv.getUint16(body.byteOffset - b.byteOffset + p + 2, true);
      if (code === OPT_ENDOFOPT) break;
      const list = options.get(code) ?? [];
      list.push(body.subarray(p + 4, p + 4 + len));
      options.set(code, list);
      p += 4 + pad4(len);
    }
    out.push({ type, body, options });
    o += total;
  }
  return out;
}

export const PCAPNG = { SHB, IDB, EPB, IF_NAME, IF_DESCRIPTION, IF_TSRESOL, EPB_FLAGS, OPT_COMMENT } as const;
