/**
 * base64 as coreutils 9.1 (src/basenc.c): RFC 4648 encoding wrapped at -w
 * COLS (76; 0 for none), -d decoding (newlines ignored, -i every character
 * outside the alphabet), `invalid input` (status 1) after what decoded.
 */
import { decodeBytes, encodeBytes } from '../bytes.js';
import { type Cmd, errText, isVfsError } from './common.js';
import { xstrtoumax } from './num.js';
import { quote, quotef } from './quote.js';

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

function wrap(s: string, cols: number): string {
  if (s === '') return '';
  if (cols === 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i += cols) out += s.slice(i, i + cols) + '\n';
  return out;
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
  const data = await c.slurp(file);
  if (isVfsError(data)) {
    c.error(`${quotef(file)}: ${errText(data)}`);
    return 1;
  }
  if (!o.has('d')) {
    c.out(wrap(encode64(encodeBytes(data)), cols));
    return 0;
  }
  const text = o.has('i') ? [...data].filter((ch) => VALUE.has(ch) || ch === '=').join('') : data.replace(/\n/g, '');
  const r = decode64(text);
  c.out(decodeBytes(r.bytes));
  if (r.ok) return 0;
  c.error('invalid input');
  return 1;
}
