/**
 * Byte streams in JavaScript strings. A lab's pipes, files, variables and
 * here-documents carry bytes, as on Linux, but are stored as JS strings so
 * that text (the common case) costs nothing: a string holds the UTF-8
 * decoding of its bytes, and each byte that is not part of a valid UTF-8
 * sequence (0x80..0xff) is kept as the lone surrogate U+DC80..U+DCFF
 * (Python's "surrogateescape", PEP 383). So `printf '\xff'` is one byte,
 * `é` is two bytes and one character, /dev/urandom's bytes survive a pipe,
 * and the terminal gets back exactly the bytes that were written.
 */

const ESC_LO = 0xdc80;
const ESC_HI = 0xdcff;
const ESCAPED = /[\udc80-\udcff]/;
const NON_ASCII = /[^\x00-\x7f]/;

/** The string of one byte: ASCII as is, 0x80..0xff escaped (a lone byte is never valid UTF-8). */
export function byteChar(b: number): string {
  return b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(ESC_LO + (b & 0x7f));
}

/** Length of the valid UTF-8 sequence at b[i] (1..4), or 0 if the byte there cannot start one. */
function seqLen(b: ArrayLike<number>, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  let n: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) [n, min] = [2, 0x80];
  else if (c >= 0xe0 && c <= 0xef) [n, min] = [3, 0x800];
  else if (c >= 0xf0 && c <= 0xf4) [n, min] = [4, 0x10000];
  else return 0;
  if (i + n > b.length) return 0;
  let cp = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const d = b[i + k]!;
    if ((d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  // RFC 3629 section 3: no overlong forms, no surrogates, nothing past U+10FFFF
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}

/** Bytes → lab string: valid UTF-8 decoded, every other byte escaped. */
export function decodeBytes(b: ArrayLike<number>): string {
  let out = '';
  let run = 0;
  const parts: string[] = [];
  const td = new TextDecoder('utf-8');
  const view = b instanceof Uint8Array ? b : Uint8Array.from(b);
  let i = 0;
  while (i < view.length) {
    // ASCII, the common case, without the call
    if (view[i]! < 0x80) {
      i++;
      continue;
    }
    const n = seqLen(view, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > run) parts.push(td.decode(view.subarray(run, i)));
    parts.push(byteChar(view[i]!));
    i++;
    run = i;
  }
  if (run < view.length) parts.push(td.decode(view.subarray(run)));
  out = parts.join('');
  return out;
}

/** Lab string → bytes: escaped bytes back as they were, the rest in UTF-8. */
export function encodeBytes(s: string): Uint8Array {
  if (!ESCAPED.test(s)) return new TextEncoder().encode(s);
  const parts: Uint8Array[] = [];
  let len = 0;
  let from = 0;
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < ESC_LO || c > ESC_HI) continue;
    // a low surrogate after a high one is half of a real character
    if (i > 0 && isHigh(s.charCodeAt(i - 1))) continue;
    const text = enc.encode(s.slice(from, i));
    parts.push(text, Uint8Array.of(0x80 + (c - ESC_LO)));
    len += text.length + 1;
    from = i + 1;
  }
  const tail = enc.encode(s.slice(from));
  parts.push(tail);
  len += tail.length;
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether `s` is plain ASCII (one char per byte: the fast path of every byte count). */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** The number of bytes `s` stands for. */
export function byteLength(s: string): number {
  return isAscii(s) ? s.length : encodeBytes(s).length;
}

/** Bytes [start, end) of `s`, as a lab string (a character cut in two becomes escaped bytes). */
export function sliceBytes(s: string, start: number, end?: number): string {
  if (isAscii(s)) return s.slice(start, end);
  return decodeBytes(encodeBytes(s).subarray(start, end));
}

/**
 * Escaped bytes that together form valid UTF-8 (`printf '\xc3\xa9'`, two
 * halves of a character read apart) become the character.
 */
export function normalizeBytes(s: string): string {
  return ESCAPED.test(s) ? decodeBytes(encodeBytes(s)) : s;
}

/** Characters of `s` in a UTF-8 locale (mbrtowc): escaped bytes are not characters. */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= ESC_LO && c <= ESC_HI) continue;
    if (isHigh(c) && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

/** Whether the environment selects a UTF-8 locale (LC_ALL, then LC_CTYPE, then LANG). */
export function utf8Locale(env: ReadonlyMap<string, string>): boolean {
  const v = env.get('LC_ALL') || env.get('LC_CTYPE') || env.get('LANG') || '';
  return /\.utf-?8$/i.test(v);
}
