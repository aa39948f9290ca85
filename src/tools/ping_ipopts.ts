/**
 * ping's IPv4 options: the option bytes ping4_run() gives IP_OPTIONS for
 * -R (record route), -T (timestamps) and a hop list (loose source route),
 * and pr_options(), which prints those of a reply: "RR:" with one address
 * a line ("(same route)" when a reply repeats the previous route), "TS:"
 * with times relative to the first ("absolute"), "LSRR:"/"SSRR:", "NOP".
 * @iputils ping/ping.c ping4_run(), pr_options() (20221126)
 */
import { getU32 } from '../wire/bytes.js';
import { IPOPT_LSRR, IPOPT_NOOP, IPOPT_RR, IPOPT_SSRR, IPOPT_TIMESTAMP, IPV4_MIN_HLEN } from '../wire/ipv4.js';

/** NROUTES: record-route slots; MAX_IPOPTLEN: the option room of a header. */
const NROUTES = 9;
const MAX_IPOPTLEN = 40;
/** IPOPT_MINOFF: the pointer's value at the first slot. */
const IPOPT_MINOFF = 4;
export const IPOPT_TS_TSONLY = 0;
export const IPOPT_TS_TSANDADDR = 1;
export const IPOPT_TS_PRESPEC = 3;

/** rspace for -R: a NOP, then a record route with NROUTES empty slots. */
export function recordRouteSpace(): Uint8Array {
  const rspace = new Uint8Array(3 + 4 * NROUTES + 1);
  rspace[0] = IPOPT_NOOP;
  rspace[1] = IPOPT_RR;
  rspace[2] = rspace.length - 1;
  rspace[3] = IPOPT_MINOFF;
  return rspace;
}

/** rspace for -T: 40 bytes for timestamps only, 36 with addresses; tsprespec names its hops. */
export function timestampSpace(tsType: number, route: readonly number[]): Uint8Array {
  const rspace = new Uint8Array(3 + 4 * NROUTES + 1);
  rspace[0] = IPOPT_TIMESTAMP;
  rspace[1] = tsType === IPOPT_TS_TSONLY ? 40 : 36;
  rspace[2] = 5;
  rspace[3] = tsType;
  if (tsType === IPOPT_TS_PRESPEC) {
    rspace[1] = 4 + route.length * 8;
    route.forEach((a, i) => new DataView(rspace.buffer).setUint32(4 + i * 8, a));
  }
  return rspace.subarray(0, rspace[1]);
}

/** pr_options()'s "static int old_rrlen; static char old_rr[MAX_IPOPTLEN]". */
export interface RrMemory {
  len: number;
  rr: Uint8Array;
}

export function newRrMemory(): RrMemory {
  return { len: 0, rr: new Uint8Array(MAX_IPOPTLEN) };
}

/** "\t0.0.0.0" or "\t" and the address as pr_addr() prints it. */
function addrField(b: Uint8Array, at: number, prAddr: (a: number) => string): string {
  const a = getU32(b, at);
  return a === 0 ? '\t0.0.0.0' : `\t${prAddr(a)}`;
}

/**
 * pr_options(): the text for the options of the header at `iph` (`hlen`
 * bytes with them). `flood` suppresses "(same route)".
 */
export function prOptions(b: Uint8Array, iph: number, hlen: number, mem: RrMemory, flood: boolean, prAddr: (a: number) => string): string {
  let out = '';
  let totlen = hlen - IPV4_MIN_HLEN;
  let p = iph + IPV4_MIN_HLEN;
  while (totlen > 0) {
    const type = b[p]!;
    if (type === 0) break;
    if (type === IPOPT_NOOP) {
      totlen--;
      p++;
      out += '\nNOP';
      continue;
    }
    const olen = b[p + 1]!;
    if (olen < 2 || olen > totlen) break;
    if (type === IPOPT_SSRR || type === IPOPT_LSRR) out += prSrr(b, p, type, prAddr);
    else if (type === IPOPT_RR) out += prRr(b, p, mem, flood, prAddr);
    else if (type === IPOPT_TIMESTAMP) out += prTs(b, p, prAddr);
    else out += `\nunknown option ${type.toString(16)}`;
    totlen -= olen;
    p += olen;
  }
  return out;
}

/** The source route: "j = *++cp; cp++" leaves cp at the pointer byte, where the first address is read from. */
function prSrr(b: Uint8Array, p: number, type: number, prAddr: (a: number) => string): string {
  let out = `\n${type === IPOPT_SSRR ? 'S' : 'L'}SRR: `;
  let j = b[p + 1]!;
  let cp = p + 2;
  if (j > IPOPT_MINOFF) {
    for (;;) {
      out += addrField(b, cp, prAddr) + '\n';
      cp += 4;
      j -= 4;
      if (j <= IPOPT_MINOFF) break;
    }
  }
  return out;
}

function prRr(b: Uint8Array, p: number, mem: RrMemory, flood: boolean, prAddr: (a: number) => string): string {
  const j = b[p + 1]!;
  let i = Math.min(b[p + 2]!, j) - IPOPT_MINOFF;
  if (i <= 0) return '';
  // cp points at the pointer byte: what is compared and kept starts there.
  const cp = p + 2;
  if (i === mem.len && b.subarray(cp, cp + i).every((v, k) => v === mem.rr[k]) && !flood) return '\t(same route)';
  mem.len = i;
  mem.rr.set(b.subarray(cp, cp + i));
  let out = '\nRR: ';
  for (let at = cp + 1; ; at += 4) {
    out += addrField(b, at, prAddr) + '\n';
    i -= 4;
    if (i <= 0) break;
  }
  return out;
}

/** Timestamps: the first standard one "absolute", the others relative to the one before. */
function prTs(b: Uint8Array, p: number, prAddr: (a: number) => string): string {
  const j = b[p + 1]!;
  let i = Math.min(b[p + 2]!, j) - 5;
  if (i <= 0) return '';
  const flags = b[p + 3]!;
  let out = '\nTS: ';
  let cp = p + 4;
  let stdtime = 0;
  let nonstdtime = 0;
  for (;;) {
    if ((flags & 0xf) !== IPOPT_TS_TSONLY) {
      out += addrField(b, cp, prAddr);
      cp += 4;
      i -= 4;
      if (i <= 0) break;
    }
    const l = getU32(b, cp);
    cp += 4;
    if (l & 0x80000000) {
      const v = l & 0x7fffffff;
      out += nonstdtime === 0 ? `\t${v} absolute not-standard` : `\t${v - nonstdtime} not-standard`;
      nonstdtime = v;
    } else {
      out += stdtime === 0 ? `\t${l} absolute` : `\t${l - stdtime}`;
      stdtime = l;
    }
    i -= 4;
    out += '\n';
    if (i <= 0) break;
  }
  if (flags >> 4) out += `Unrecorded hops: ${flags >> 4}\n`;
  return out;
}
