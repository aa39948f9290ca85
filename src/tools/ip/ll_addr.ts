/**
 * ll_addr_a2n() of iproute2's lib/ll_addr.c: a link-layer address as `ip`
 * reads it, colon-separated bytes each scanned by sscanf("%x") (so "down"
 * is the one byte 0x0d), or a dotted IPv4 address for the tunnel kinds.
 * @iproute2 lib/ll_addr.c ll_addr_a2n()
 */
import { getAddr1 } from './inet_prefix.js';
import { IpExit, type IpCtx } from './utils.js';

/**
 * sscanf("%x") into an int: leading blanks, a sign, an optional 0x, at
 * least one hex digit, read as glibc's strtoul() does (saturating at
 * ULONG_MAX, a '-' negating the unsigned long), then stored in 32 bits: so
 * "020000000005" is 5 and "1ffffffff" is -1.
 */
export function scanHex(s: string): number | null {
  const m = /^\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(s);
  if (!m) return null;
  const ULONG_MAX = (1n << 64n) - 1n;
  let v = BigInt(`0x${m[2]!}`);
  if (v > ULONG_MAX) v = ULONG_MAX;
  if (m[1] === '-') v = BigInt.asUintN(64, -v);
  return Number(BigInt.asIntN(32, v));
}

/**
 * ll_addr_a2n(): "aa:bb:..." or a dotted IPv4 address; null after the error
 * message. `len` is the caller's buffer: an address with more bytes reads
 * `len` of them and counts len + 1 (the C loop's return), which a caller
 * wanting ETH_ALEN refuses with no message.
 */
export function llAddrA2n(ctx: IpCtx, arg: string, len = 20): Uint8Array | null {
  if (arg.includes('.')) {
    const a = getAddr1(arg, 2);
    if (!a) {
      ctx.err(`"${arg}" is invalid lladdr.\n`);
      return null;
    }
    return Uint8Array.of(a.addr >>> 24, (a.addr >>> 16) & 0xff, (a.addr >>> 8) & 0xff, a.addr & 0xff);
  }
  const out: number[] = [];
  let rest: string | null = arg;
  while (rest !== null) {
    if (out.length === len) {
      out.push(0);
      break;
    }
    const c = rest.indexOf(':');
    const part = c >= 0 ? rest.slice(0, c) : rest;
    const v = scanHex(part);
    if (v === null || v < 0 || v > 255) {
      ctx.err(`"${part}" is invalid lladdr.\n`);
      return null;
    }
    out.push(v);
    rest = c >= 0 ? rest.slice(c + 1) : null;
  }
  return Uint8Array.from(out);
}

/** ll_addr_a2n() inside a parse that returns -1 when it fails (iplink_parse(), bridge_parse_opt()): ip exits 1. */
export function llAddrA2nOrExit(ctx: IpCtx, arg: string): Uint8Array {
  const a = llAddrA2n(ctx, arg);
  if (a === null) throw new IpExit(1);
  return a;
}
