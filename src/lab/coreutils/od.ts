/**
 * od as coreutils 9.1 prints it (src/od.c): the -t types a, c, d/o/u/x of
 * 1, 2, 4 or 8 bytes (little-endian), f of 4 or 8 with a `z` trailer, the
 * traditional -a -b -c -d -i -l -o -s -x..., offsets in -A d/o/x/n, -j
 * and -N, -w, and a `*` line for repeated blocks unless -v. Every type of
 * a block shares one column layout: each field is as wide as the widest
 * type needs (the pad spread over the fields as od.c's PRINT_FIELDS does).
 */
import { quote, quotef } from './quote.js';
import { formatFloat } from './cformat.js';
import { type Cmd, errText, forEachBlock, guarded } from './common.js';

interface Spec {
  kind: 'a' | 'c' | 'd' | 'o' | 'u' | 'x' | 'f';
  /** Bytes per field. */
  size: number;
  /** Characters per field (field_width). */
  width: number;
  /** The `z` suffix: printable characters after the line. */
  trailer: boolean;
  pad: number;
}

const INT_SIZES: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
const FLOAT_SIZES: Record<string, number> = { F: 4, D: 8, L: 16 };
const WIDTHS: Record<string, Record<number, number>> = {
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
  f: { 4: 15, 8: 24 },
};

/** The traditional options and the type each stands for. */
const OLD: Record<string, string> = {
  a: 'a', b: 'o1', c: 'c', D: 'u4', d: 'u2', e: 'fD', F: 'fD', f: 'fF', H: 'x4', X: 'x4', i: 'dI',
  l: 'dL', I: 'dL', L: 'dL', O: 'o4', o: 'o2', B: 'o2', s: 'd2', x: 'x2', h: 'x2',
};

/** decode_format_string(): the specs of a type string, or the diagnostic. */
function decodeTypes(s: string, specs: Spec[]): string | null {
  let i = 0;
  while (i < s.length) {
    const kind = s[i++]!;
    let size: number;
    if (kind === 'a' || kind === 'c') size = 1;
    else if ('doux'.includes(kind) || kind === 'f') {
      const table = kind === 'f' ? FLOAT_SIZES : INT_SIZES;
      if (s[i] !== undefined && table[s[i]!] !== undefined) size = table[s[i++]!]!;
      else {
        const m = /^\d*/.exec(s.slice(i))![0];
        i += m.length;
        size = m === '' ? (kind === 'f' ? 8 : 4) : Number(m);
        if (WIDTHS[kind]![size] === undefined) {
          const what = kind === 'f' ? 'floating point' : 'integral';
          return `invalid type string ${quote(s)};\nthis system doesn't provide a ${size}-byte ${what} type`;
        }
      }
      if (WIDTHS[kind]![size] === undefined) return `${quote(s)}: long double is not supported by tuxnet's od`;
    } else return `invalid character '${kind}' in type string ${quote(s)}`;
    const trailer = s[i] === 'z';
    if (trailer) i++;
    specs.push({ kind: kind as Spec['kind'], size, width: kind === 'a' || kind === 'c' ? 3 : WIDTHS[kind]![size]!, trailer, pad: 0 });
  }
  return null;
}

/** od.c charname[]: the names -t a gives the control characters and space. */
const CHARNAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle',
  'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];
const C_ESC: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

const printable = (b: number): boolean => b >= 0x20 && b < 0x7f;

/** ftoastr(): the shortest %g from FLT_DIG/DBL_DIG digits up (1 for subnormals) that reads back as the value. */
function floatText(x: number, size: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const same = (v: number): boolean => (size === 4 ? Math.fround(v) === x : v === x);
  const min = size === 4 ? 1.1754943508222875e-38 : 2.2250738585072014e-308;
  for (let prec = Math.abs(x) < min ? 1 : size === 4 ? 6 : 15; ; prec++) {
    const s = formatFloat({ flags: '', precision: prec, conv: 'g' }, x);
    if (same(Number(s)) || prec >= 17) return s;
  }
}

/** One field's text. */
function fieldText(sp: Spec, b: Uint8Array, at: number): string {
  if (sp.kind === 'a') {
    const c = b[at]! & 0x7f;
    return c === 127 ? 'del' : c <= 32 ? CHARNAMES[c]! : String.fromCharCode(c);
  }
  if (sp.kind === 'c') {
    const c = b[at]!;
    return C_ESC[c] ?? (printable(c) ? String.fromCharCode(c) : c.toString(8).padStart(3, '0'));
  }
  const view = new DataView(b.buffer, b.byteOffset + at, sp.size);
  if (sp.kind === 'f') return floatText(sp.size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true), sp.size);
  let v = 0n;
  for (let k = sp.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[at + k]!);
  if (sp.kind === 'd' && v >= 1n << BigInt(sp.size * 8 - 1)) v -= 1n << BigInt(sp.size * 8);
  if (sp.kind === 'o') return v.toString(8).padStart(sp.width, '0');
  if (sp.kind === 'x') return v.toString(16).padStart(sp.width, '0');
  return v.toString();
}

interface Layout {
  specs: Spec[];
  perBlock: number;
  radix: number;
  addrWidth: number;
}

function address(l: Layout, off: number): string {
  return l.radix === 0 ? '' : off.toString(l.radix).padStart(l.addrWidth, '0');
}

/** write_block(): one line per type; fields past the data (a short last block) are left out. */
function block(l: Layout, off: number, b: Uint8Array, n: number): string {
  let out = '';
  l.specs.forEach((sp, s) => {
    const fields = l.perBlock / sp.size;
    const blank = Math.floor((l.perBlock - n) / sp.size);
    out += s === 0 ? address(l, off) : ' '.repeat(l.addrWidth);
    let padLeft = sp.pad;
    for (let i = fields; i > blank; i--) {
      const next = Math.floor((sp.pad * (i - 1)) / fields);
      out += fieldText(sp, b, (fields - i) * sp.size).padStart(padLeft - next + sp.width);
      padLeft = next;
    }
    if (sp.trailer) {
      out += ' '.repeat(blank * sp.width + Math.floor((sp.pad * blank) / fields));
      out += '  >' + [...b.subarray(0, n)].map((c) => (printable(c) ? String.fromCharCode(c) : '.')).join('') + '<';
    }
    out += '\n';
  });
  return out;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** xstrtoumax(s, base 0, "bEGKkMmPQRTYZ0") for -j and -N. */
function byteCount(s: string): number | null {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(b|[kKMGTPEZY](?:B|iB)?)?$/.exec(s);
  if (!m) return null;
  const v = Number(m[1]!.startsWith('0x') || m[1]!.startsWith('0X') ? parseInt(m[1]!, 16) : m[1]!.startsWith('0') ? parseInt(m[1]!, 8) : m[1]);
  const suf = m[2] ?? '';
  if (suf === '') return v;
  if (suf === 'b') return v * 512;
  const power = 'kKMGTPEZY'.indexOf(suf[0]!);
  return v * (suf[1] === 'B' ? 1000 : 1024) ** Math.max(1, power);
}

const LONG = [
  { name: 'address-radix', arg: 1, key: 'A' },
  { name: 'skip-bytes', arg: 1, key: 'j' },
  { name: 'read-bytes', arg: 1, key: 'N' },
  { name: 'format', arg: 1, key: 't' },
  { name: 'output-duplicates', arg: 0, key: 'v' },
  { name: 'width', arg: 2, key: 'w' },
] as const;

export function od(c: Cmd): Promise<number> {
  return guarded(c, 1, async () => {
    const o = c.options({ short: 'A:aBbcDdeFfHhIij:LlN:OosS::t:vw::Xx', long: LONG }, 1);
    if (typeof o === 'number') return o;
    const specs: Spec[] = [];
    const l: Layout = { specs, perBlock: 16, radix: 8, addrWidth: 7 };
    let skip = 0;
    let limit = Infinity;
    let dupes = false;
    let width: number | null = null;
    let ok = true;
    for (const opt of o.opts) {
      const arg = opt.arg ?? '';
      if (opt.key === 'A') {
        const r = { d: [10, 7], o: [8, 7], x: [16, 6], n: [0, 0] }[arg[0] as 'd'];
        if (!r) return fail(c, `invalid output address radix '${arg[0] ?? ''}'; it must be one character from [doxn]`);
        [l.radix, l.addrWidth] = r as [number, number];
      } else if (opt.key === 'j' || opt.key === 'N') {
        const v = byteCount(arg);
        if (v === null) return fail(c, `invalid -${opt.key} argument ${quote(arg)}`);
        if (opt.key === 'j') skip = v;
        else limit = v;
      } else if (opt.key === 'S') return fail(c, '-S (strings) is not implemented in tuxnet');
      else if (opt.key === 'v') dupes = true;
      else if (opt.key === 'w') width = opt.arg === undefined ? 32 : Number(arg);
      else {
        const err = decodeTypes(opt.key === 't' ? arg : OLD[opt.key]!, specs);
        if (err !== null) {
          c.error(err);
          ok = false;
        }
      }
    }
    if (!ok) return 1;
    if (!specs.length) decodeTypes('oS', specs);
    const lcm = specs.reduce((m, sp) => (m * sp.size) / gcd(m, sp.size), 1);
    if (width !== null && width > 0 && width % lcm === 0) l.perBlock = width;
    else if (width !== null) {
      c.error(`warning: invalid width ${width}; using ${lcm} instead`);
      l.perBlock = lcm;
    } else l.perBlock = lcm < 16 ? lcm * Math.floor(16 / lcm) : lcm;
    const widest = Math.max(...specs.map((sp) => (sp.width + 1) * (l.perBlock / sp.size)));
    for (const sp of specs) sp.pad = widest - sp.width * (l.perBlock / sp.size);
    const d = new Dumper(l, !dupes, (text) => c.out(text));
    const files = o.operands.length ? o.operands : ['-'];
    const input = await forEachBlock(c, files, { skip, limit, size: l.perBlock }, (b, off) => d.block(b, off), (f, err) => c.error(`${quotef(f)}: ${errText(err)}`));
    if (!input.opened) return 1;
    if (input.skipped < skip) return fail(c, 'cannot skip past end of combined input');
    d.end(input.skipped + input.taken);
    return input.ok ? 0 : 1;
  });
}

function fail(c: Cmd, msg: string): number {
  c.error(msg);
  return 1;
}

/** dump(): whole blocks as they come, a repeated one as `*`, the last one zero-padded to the types' sizes, then the end offset. */
class Dumper {
  private prev: Uint8Array | null = null;
  private starred = false;

  constructor(
    private readonly l: Layout,
    private readonly fold: boolean,
    private readonly out: (text: string) => void,
  ) {}

  block(b: Uint8Array, off: number): void {
    const l = this.l;
    if (b.length < l.perBlock) {
      const padded = new Uint8Array(l.perBlock);
      padded.set(b);
      this.out(block(l, off, padded, b.length));
      return;
    }
    const prev = this.prev;
    if (this.fold && prev && b.every((x, i) => x === prev[i])) {
      if (!this.starred) this.out('*\n');
      this.starred = true;
    } else {
      this.starred = false;
      this.out(block(l, off, b, l.perBlock));
    }
    this.prev = b.slice();
  }

  end(offset: number): void {
    if (this.l.radix !== 0) this.out(address(this.l, offset) + '\n');
  }
}
