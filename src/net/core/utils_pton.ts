/**
 * in4_pton() and in6_pton(): the kernel's own text-to-address parsers
 * (sysctl stable_secret, netfilter helpers), with their quirks: `delim`
 * -1 makes any character that is not a hex digit, ':' or '.' an end, an
 * IPv4 tail is taken only where four bytes are left.
 * @linux net/core/utils.c
 */

const IN6PTON_XDIGIT = 0x00010000;
const IN6PTON_DIGIT = 0x00020000;
const IN6PTON_COLON_MASK = 0x00700000;
/** single : requested */
const IN6PTON_COLON_1 = 0x00100000;
/** second : requested */
const IN6PTON_COLON_2 = 0x00200000;
/** :: requested */
const IN6PTON_COLON_1_2 = 0x00400000;
const IN6PTON_DOT = 0x00800000;
const IN6PTON_DELIM = 0x10000000;
/** first/tail */
const IN6PTON_NULL = 0x20000000;
const IN6PTON_UNKNOWN = 0x40000000;

/** hex_to_bin() */
function hexToBin(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  const c = ch.toLowerCase();
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  return -1;
}

/** xdigit2bin(): a character's class bits (and value); `delim` is a character, or -1. */
function xdigit2bin(c: string, delim: string | -1): number {
  if (c === delim || c === '\0') return IN6PTON_DELIM;
  if (c === ':') return IN6PTON_COLON_MASK;
  if (c === '.') return IN6PTON_DOT;
  const val = hexToBin(c);
  if (val >= 0) return val | IN6PTON_XDIGIT | (val < 10 ? IN6PTON_DIGIT : 0);
  if (delim === -1) return IN6PTON_DELIM;
  return IN6PTON_UNKNOWN;
}

/** The character at `i` of `src` while `srclen` lasts, else NUL. */
function at(src: string, i: number, srclen: number): string {
  return srclen > 0 && i < src.length ? src[i]! : '\0';
}

/**
 * in4_pton(): four decimal bytes from `start`; the 4 bytes and where it
 * stopped, or null. (The byte accumulator keeps the class bits, so a "0"
 * is not an empty byte.)
 */
export function in4Pton(src: string, start: number, srclen: number, delim: string | -1): { addr: Uint8Array; end: number } | null {
  const dbuf = new Uint8Array(4);
  let s = start;
  let d = 0;
  let i = 0;
  let w = 0;
  for (;;) {
    const c = xdigit2bin(at(src, s, srclen), delim);
    if (!(c & (IN6PTON_DIGIT | IN6PTON_DOT | IN6PTON_DELIM | IN6PTON_COLON_MASK))) return null;
    if (c & (IN6PTON_DOT | IN6PTON_DELIM | IN6PTON_COLON_MASK)) {
      if (w === 0) return null;
      dbuf[d++] = w & 0xff;
      w = 0;
      i++;
      if (c & (IN6PTON_DELIM | IN6PTON_COLON_MASK)) {
        if (i !== 4) return null;
        break;
      }
    } else {
      w = (w * 10 + c) | 0;
      if ((w & 0xffff) > 255) return null;
    }
    if (i >= 4) return null;
    s++;
    srclen--;
  }
  return { addr: dbuf, end: s };
}

/** in6_pton(src, -1 (the whole string), dst, delim): the 16 bytes, or null. */
export function in6Pton(src: string, delim: string | -1): Uint8Array | null {
  const dbuf = new Uint8Array(16);
  let srclen = src.length;
  let s = 0;
  let tok = -1;
  let d = 0;
  let dc = -1;
  let state = IN6PTON_COLON_1_2 | IN6PTON_XDIGIT | IN6PTON_NULL;
  let w = 0;
  for (;;) {
    const c = xdigit2bin(at(src, s, srclen), delim);
    if (!(c & state)) return null;
    let cont = false;
    if (c & (IN6PTON_DELIM | IN6PTON_COLON_MASK)) {
      // process one 16-bit word
      if (!(state & IN6PTON_NULL)) {
        dbuf[d++] = (w >> 8) & 0xff;
        dbuf[d++] = w & 0xff;
      }
      w = 0;
      if (c & IN6PTON_DELIM) break;
      switch (state & IN6PTON_COLON_MASK) {
        case IN6PTON_COLON_2:
          dc = d;
          state = IN6PTON_XDIGIT | IN6PTON_DELIM;
          if (dc >= 16) state |= IN6PTON_NULL;
          break;
        case IN6PTON_COLON_1 | IN6PTON_COLON_1_2:
          state = IN6PTON_XDIGIT | IN6PTON_COLON_2;
          break;
        case IN6PTON_COLON_1:
          state = IN6PTON_XDIGIT;
          break;
        case IN6PTON_COLON_1_2:
          state = IN6PTON_COLON_2;
          break;
        default:
          state = 0;
      }
      tok = s + 1;
      cont = true;
    }
    if (!cont) {
      if (c & IN6PTON_DOT) {
        const from = tok >= 0 ? tok : s;
        const r = in4Pton(src, from, srclen + (s - from), delim);
        if (!r) return null;
        dbuf.set(r.addr, d);
        d += 4;
        break;
      }
      w = (w << 4) | (0xff & c);
      state = IN6PTON_COLON_1 | IN6PTON_DELIM;
      if (!(w & 0xf000)) state |= IN6PTON_XDIGIT;
      if (dc < 0 && d + 2 < 16) {
        state |= IN6PTON_COLON_1_2;
        state &= ~IN6PTON_DELIM;
      }
      if (d + 2 >= 16) state &= ~(IN6PTON_COLON_1 | IN6PTON_COLON_1_2);
    }
    // cont:
    if ((dc >= 0 && d + 4 < 16) || d + 4 === 16) state |= IN6PTON_DOT;
    if (d >= 16) state &= ~(IN6PTON_XDIGIT | IN6PTON_COLON_MASK);
    s++;
    srclen--;
  }
  const dst = new Uint8Array(16);
  let i = 15;
  d--;
  if (dc >= 0) {
    while (d >= dc) dst[i--] = dbuf[d--]!;
    while (i >= dc) dst[i--] = 0;
    while (i >= 0) dst[i--] = dbuf[d--]!;
  } else dst.set(dbuf);
  return dst;
}

/** "%pI6": eight groups of four lowercase hex digits. */
export function pI6(a: Uint8Array): string {
  const g: string[] = [];
  for (let i = 0; i < 16; i += 2) g.push(((a[i]! << 8) | a[i + 1]!).toString(16).padStart(4, '0'));
  return g.join(':');
}
