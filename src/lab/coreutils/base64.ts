/**
 * base64 as coreutils 9.1 (src/basenc.c): RFC 4648 encoding wrapped at -w
 * COLS (76; 0 for none), -d decoding (newlines ignored, -i every character
 * outside the alphabet), `invalid input` (status 1) after what decoded.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, forEachChunk } from './common.js';
import { xstrtoumax } from './num.js';
import { quote } from './quote.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

const BASE64_LONG = [
  { name: 'decode', arg: 0, key: 'd' },
  { name: 'ignore-garbage', arg: 0, key: 'i' },
  { name: 'wrap', arg: 1, key: 'w' },
] as const;

/** base64_encode(). */
export function encode64(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < b.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < b.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** base64_decode_ctx() over the whole input: the bytes of each valid quantum, and whether all were. */
function decode64(s: string): { bytes: number[]; ok: boolean } {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const q = s.slice(i, i + 4);
    const v = [...q].map((ch) => VALUE.get(ch));
    if (v[0] === undefined || v[1] === undefined) return { bytes, ok: false };
    bytes.push(((v[0] << 2) | (v[1] >> 4)) & 255);
    if (q.length < 3) return { bytes, ok: false };
    if (q[2] === '=') {
      if (q !== q.slice(0, 2) + '==') return { bytes, ok: false };
      continue;
    }
    if (v[2] === undefined) return { bytes, ok: false };
    bytes.push(((v[1] << 4) | (v[2] >> 2)) & 255);
    if (q.length < 4) return { bytes, ok: false };
    if (q[3] === '=') continue;
    if (v[3] === undefined) return { bytes, ok: false };
    bytes.push(((v[2] << 6) | v[3]) & 255);
  }
  return { bytes, ok: true };
}

/** wrap_write(): `cols` characters a line (0: one line without a newline), kept across writes. */
class Wrapper {
  private col = 0;
  constructor(private readonly cols: number) {}

  wrap(s: string): string {
    if (this.cols === 0 || s === '') return s;
    let out = '';
    for (let i = 0; i < s.length; ) {
      const take = Math.min(this.cols - this.col, s.length - i);
      out += s.slice(i, i + take);
      i += take;
      this.col += take;
      if (this.col === this.cols) {
        out += '\n';
        this.col = 0;
      }
    }
    return out;
  }

  /** The last line's newline. */
  end(): string {
    return this.cols !== 0 && this.col > 0 ? '\n' : '';
  }
}

/** do_encode(): whole 3-byte groups as they come, the rest (padded) at the end. */
function encoder(c: Cmd, cols: number): { chunk: (s: string) => void; end: () => void } {
  const w = new Wrapper(cols);
  let carry = new Uint8Array(0);
  return {
    chunk: (s) => {
      const b = concatBytes(carry, encodeBytes(s));
      const whole = b.length - (b.length % 3);
      carry = b.slice(whole);
      c.out(w.wrap(encode64(b.subarray(0, whole))));
    },
    end: () => c.out(w.wrap(encode64(carry)) + w.end()),
  };
}

/**
 * do_decode(): whole 4-character quanta as they come (newlines, or with
 * -i every character outside the alphabet, dropped), the rest at the end;
 * false once a quantum was invalid (what decoded before it is written).
 */
function decoder(c: Cmd, garbage: boolean): { chunk: (s: string) => boolean; end: () => boolean } {
  let rest = '';
  const run = (text: string): boolean => {
    const r = decode64(text);
    c.out(decodeBytes(r.bytes));
    return r.ok;
  };
  return {
    chunk: (s) => {
      const text = rest + (garbage ? [...s].filter((ch) => VALUE.has(ch) || ch === '=').join('') : s.replace(/\n/g, ''));
      const whole = text.length - (text.length % 4);
      rest = text.slice(whole);
      return run(text.slice(0, whole));
    },
    end: () => run(rest),
  };
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

export async function base64(c: Cmd): Promise<number> {
  const o = c.options({ short: 'diw:', long: BASE64_LONG }, 1);
  if (typeof o === 'number') return o;
  let cols = 76;
  for (const x of o.opts) {
    if (x.key !== 'w') continue;
    const v = xstrtoumax(x.arg!, '');
    if (v === 'invalid') {
      c.error(`invalid wrap size: ${quote(x.arg!)}`);
      return 1;
    }
    cols = v === 'overflow' ? Infinity : Number(v);
  }
  if (o.operands.length > 1) return c.usage(`extra operand ${quote(o.operands[1]!)}`, 1);
  const file = o.operands[0] ?? '-';
  if (!o.has('d')) {
    const enc = encoder(c, cols);
    return forEachChunk(c, [file], enc.chunk, undefined, enc.end);
  }
  // base64 -d stops at the first invalid quantum: `invalid input`, status 1
  const dec = decoder(c, o.has('i'));
  let ok = true;
  const status = await forEachChunk(c, [file], (s) => (ok = dec.chunk(s)), undefined, () => void (ok = dec.end()));
  if (ok) return status;
  c.error('invalid input');
  return 1;
}
