/**
 * What nft shows for the conntrack x_tables extensions iptables-nft made
 * (libxtables' xlate of libxt_conntrack.c, libxt_connmark.c,
 * libxt_CONNMARK.c, libxt_CT.c); null when the extension has no
 * translation (nft then prints "xt target NAME").
 * @iptables extensions/libxt_conntrack.c _conntrack3_mt_xlate(), libxt_connmark.c, libxt_CONNMARK.c, libxt_CT.c
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { ipToString } from '../../wire/ipv4.js';
import { NftSetError } from './nft_set.js';

const hex = (x: number): string => `0x${(x >>> 0).toString(16)}`;

const STATES: readonly [string, number][] = [['invalid', 1], ['new', 8], ['related', 4], ['established', 2], ['untracked', 16]];
const STATUSES: readonly [string, number][] = [['expected', 1], ['seen-reply', 2], ['assured', 4], ['confirmed', 8]];

function list(mask: number, names: readonly [string, number][]): string {
  return names.filter((x) => mask & x[1]).map((x) => x[0]).join(',');
}

function prefixLen(mask: number): string {
  let c = 0;
  while (c < 32 && (mask >>> (31 - c)) & 1) c++;
  return c === 32 ? '' : `/${c}`;
}

/** _conntrack3_mt_xlate(): direction, protocol, state (SNAT/DNAT as a status), status, expiration, addresses, ports. */
function conntrackXlate(i: XtInfo, n: (k: string) => number): string {
  const f = n('matchFlags');
  const inv = n('invertFlags');
  // A bitmask (state, status) inverted is "! ", a value (protocol, expiration, address, port) "!= ".
  const not = (bit: number): string => (inv & bit ? '! ' : '');
  const ne = (bit: number): string => (inv & bit ? '!= ' : '');
  const dir = inv & (1 << 12) ? 'reply' : 'original';
  const out: string[] = [];
  if (f & (1 << 12)) out.push(`ct direction ${dir}`);
  if (f & (1 << 1)) out.push(`ct ${dir} protocol ${ne(1 << 1)}${n('l4proto')}`);
  const sm = n('stateMask');
  // A SNAT or DNAT pseudo-state is a status: only it, named once, "!=" taken from the status' inversion.
  if (f & 1 && sm & (32 | 64)) out.push(`ct status ${inv & (1 << 6) ? '!=' : ''}${sm & 32 ? 'snat' : 'dnat'}`);
  else if (f & 1) out.push(`ct state ${not(1)}${list(sm, STATES)}`);
  if (f & (1 << 6)) out.push(`ct status ${not(1 << 6)}${list(n('statusMask'), STATUSES)}`);
  if (f & (1 << 7)) {
    const lo = n('expiresMin');
    const hi = n('expiresMax');
    out.push(`ct expiration ${ne(1 << 7)}${lo === hi ? lo : `${lo}-${hi}`}`);
  }
  const addrs: [number, string, string][] = [[1 << 2, 'original saddr', 'origsrc'], [1 << 3, 'original daddr', 'origdst'], [1 << 4, 'reply saddr', 'replsrc'], [1 << 5, 'reply daddr', 'repldst']];
  for (const [bit, what, k] of addrs) if (f & bit) out.push(`ct ${what} ${ne(bit)}${ipToString(n(`${k}Addr`))}${prefixLen(n(`${k}Mask`))}`);
  const ports: [number, string, string][] = [[1 << 8, 'original proto-src', 'origsrcPort'], [1 << 9, 'original proto-dst', 'origdstPort'], [1 << 10, 'reply proto-src', 'replsrcPort'], [1 << 11, 'reply proto-dst', 'repldstPort']];
  for (const [bit, what, k] of ports) {
    if (!(f & bit)) continue;
    const lo = n(k);
    const hi = n(`${k}High`);
    out.push(`ct ${what} ${ne(bit)}${hi && hi !== lo ? `${lo}-${hi}` : lo}`);
  }
  void i;
  return out.join(' ');
}

/** connmark_tg_xlate_v2() */
function connmarkTgXlate(n: (k: string) => number): string | null {
  const cm = n('ctmark');
  const ck = n('ctmask');
  const nk = n('nfmask');
  const masks = (): string | null => (nk === 0xffffffff && ck === 0xffffffff ? '' : nk === ck ? ` and ${hex(nk)}` : null);
  switch (n('mode')) {
    case 0:
      if (ck === 0xffffffff) return `ct mark set ${hex(cm)}`;
      if (cm === 0) return `ct mark set ct mark and ${hex(~ck)}`;
      if (cm === ck) return `ct mark set ct mark or ${hex(cm)}`;
      if (ck === 0) return `ct mark set ct mark xor ${hex(cm)}`;
      return `ct mark set ct mark xor ${hex(cm)} and ${hex(~ck)}`;
    case 1: {
      const m = masks();
      return m === null ? null : `ct mark set mark${m}`;
    }
    default: {
      const m = masks();
      return m === null ? null : `meta mark set ct mark${m}`;
    }
  }
}

/** The nft text of a conntrack-related match or target, undefined when not one of them. */
export function xtCtText(kind: 'match' | 'target', xtName: string, i: XtInfo): string | null | undefined {
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
  if (kind === 'match' && xtName === 'conntrack') return conntrackXlate(i, n);
  if (kind === 'match' && xtName === 'connmark') {
    const mark = n('mark');
    const mask = n('mask');
    const inv = i['invert'] === true;
    if (mask === 0xffffffff) return `ct mark ${inv ? '!= ' : ''}${hex(mark)}`;
    return `ct mark and ${hex(mask)} ${inv ? '!=' : '=='} ${hex(mark)}`;
  }
  if (kind === 'target' && xtName === 'CONNMARK') return connmarkTgXlate(n);
  if (kind === 'target' && xtName === 'CT') return n('flags') & 1 ? 'notrack' : null;
  return undefined;
}

/* The native ct expression: nft's parser (ct_expr in parser_bison.y) and printer (ct_expr_print). */

/** NFT_CT_* keys by nft name (the tuple keys take a direction). */
const CT_KEYS: Readonly<Record<string, number>> = {
  state: 0, direction: 1, status: 2, mark: 3, expiration: 5, l3proto: 7, saddr: 19, daddr: 20, protocol: 10,
  'proto-src': 11, 'proto-dst': 12, zone: 17,
};
/** NFT_CT_ZONE: a 16-bit integer in host byte order. */
const CT_ZONE = 17;

const u16le = (v: number): Uint8Array => new Uint8Array([v & 0xff, (v >>> 8) & 0xff]);

/** integer_type_parse() of a zone (16 bits): the value, or nft's error pointing at it. */
function zoneValue(v: string): number {
  if (!/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(v)) throw new NftSetError('Could not parse integer', v);
  const z = Number(v);
  if (z > 0xffff) throw new NftSetError(`Value ${v} exceeds valid range 0-65535`, v);
  return z;
}
/** ct_state, ct_status bit symbols in bit order (datatype symbol tables). */
const CT_STATE_SYMS: readonly [string, number][] = [['invalid', 1], ['established', 2], ['related', 4], ['new', 8], ['untracked', 64]];
const CT_STATUS_SYMS: readonly [string, number][] = [['expected', 1], ['seen-reply', 2], ['assured', 4], ['confirmed', 8], ['snat', 16], ['dnat', 32], ['dying', 512]];

const u32le = (v: number): Uint8Array => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  return b;
};

/** The words after "ct": the expressions of the match or statement; `next` reads a word, `eat` an optional one. */
export function parseCt(next: (what?: string) => string, eat: (w: string) => boolean, err: (m: string) => Error): NftExprMsgLike[] {
  let w = next('ct key');
  let dir: number | undefined;
  if (w === 'original' || w === 'reply') {
    dir = w === 'original' ? 0 : 1;
    w = next('ct key');
  }
  if (w === 'ip' && dir !== undefined) w = next('ct key');
  const key = CT_KEYS[w];
  if (key === undefined) throw err(`syntax error, unexpected ${w}`);
  if (key === 3 && eat('set')) {
    return [{ name: 'immediate', dreg: 1, data: u32le(Number(next())) }, { name: 'ct', key: 3, sreg: 1 }];
  }
  if (key === CT_ZONE && eat('set')) {
    const set: NftExprMsgLike = dir === undefined ? { name: 'ct', key, sreg: 1 } : { name: 'ct', key, sreg: 1, dir };
    return [{ name: 'immediate', dreg: 1, data: u16le(zoneValue(next())) }, set];
  }
  const neq = eat('!=');
  let v = next();
  // The tokenizer makes "a,b" three words.
  while (eat(',')) v += `,${next()}`;
  const load: NftExprMsgLike = dir === undefined ? { name: 'ct', key, dreg: 1 } : { name: 'ct', key, dreg: 1, dir };
  if (key === 0 || key === 2) {
    const syms = key === 0 ? CT_STATE_SYMS : CT_STATUS_SYMS;
    let m = 0;
    for (const s of v.split(',')) {
      const e = syms.find((x) => x[0] === s);
      if (!e) throw err(`Error: Could not parse ${key === 0 ? 'conntrack state' : 'conntrack status'}`);
      m |= e[1];
    }
    // A bitmask: (ct & m) != 0, or == 0 negated.
    return [load, { name: 'bitwise', sreg: 1, dreg: 1, len: 4, mask: u32le(m), xor: new Uint8Array(4) }, { name: 'cmp', sreg: 1, op: neq ? 0 : 1, data: new Uint8Array(4) }];
  }
  let data: Uint8Array;
  if (key === 1) data = new Uint8Array([v === 'reply' ? 1 : 0]);
  else if (key === 19 || key === 20) {
    const parts = v.split('.').map(Number);
    data = new Uint8Array(parts);
  } else if (key === 11 || key === 12) data = new Uint8Array([(Number(v) >> 8) & 0xff, Number(v) & 0xff]);
  else if (key === 10 || key === 7) data = new Uint8Array([Number(v)]);
  else if (key === CT_ZONE) data = u16le(zoneValue(v));
  else data = u32le(Number(v));
  return [load, { name: 'cmp', sreg: 1, op: neq ? 1 : 0, data }];
}

/** The NftExprMsg shapes parseCt builds (structurally the uapi ones). */
export type NftExprMsgLike =
  | { readonly name: 'ct'; readonly key: number; readonly dreg?: number; readonly sreg?: number; readonly dir?: number }
  | { readonly name: 'immediate'; readonly dreg: number; readonly data: Uint8Array }
  | { readonly name: 'bitwise'; readonly sreg: number; readonly dreg: number; readonly len: number; readonly mask: Uint8Array; readonly xor: Uint8Array }
  | { readonly name: 'cmp'; readonly sreg: number; readonly op: number; readonly data: Uint8Array };

const le32 = (d: Uint8Array): number => ((d[0] ?? 0) | ((d[1] ?? 0) << 8) | ((d[2] ?? 0) << 16) | ((d[3] ?? 0) << 24)) >>> 0;

/** ct_expr_print() and the relational that follows: "ct state established,related", "ct mark 0x00000001". */
/** ct_expr_print() of a ct set statement: the key, the value the immediate put in its register. */
export function ctSetText(key: number, dir: number | undefined, imm: Uint8Array | null): string {
  if (key === CT_ZONE) return `ct ${dir === undefined ? '' : dir ? 'reply ' : 'original '}zone set ${imm ? (imm[0] ?? 0) | ((imm[1] ?? 0) << 8) : '?'}`;
  return `ct mark set ${imm ? `0x${le32(imm).toString(16).padStart(8, '0')}` : '?'}`;
}

export function ctCmpText(key: number, dir: number | undefined, mask: Uint8Array | null, op: number, data: Uint8Array): string {
  const name = Object.entries(CT_KEYS).find((e) => e[1] === key)?.[0] ?? String(key);
  // NFT_CT_SRC_IP/DST_IP print with their family: "ct original ip saddr".
  const fam = key === 19 || key === 20 ? 'ip ' : '';
  const sel = `ct ${dir === undefined ? '' : dir ? 'reply ' : 'original '}${fam}${name}`;
  if ((key === 0 || key === 2) && mask) {
    const syms = key === 0 ? CT_STATE_SYMS : CT_STATUS_SYMS;
    const m = le32(mask);
    const list = syms.filter((x) => m & x[1]).map((x) => x[0]).join(',');
    return `${sel} ${op === 1 ? '' : '! '}${list}`;
  }
  const neg = op === 1 ? '!= ' : '';
  if (key === 0 || key === 2) {
    const syms = key === 0 ? CT_STATE_SYMS : CT_STATUS_SYMS;
    return `${sel} ${neg}${syms.find((x) => x[1] === le32(data))?.[0] ?? hex(le32(data))}`;
  }
  if (key === 1) return `${sel} ${neg}${data[0] ? 'reply' : 'original'}`;
  if (key === 19 || key === 20) return `${sel} ${neg}${[...data].join('.')}`;
  if (key === 11 || key === 12) return `${sel} ${neg}${((data[0] ?? 0) << 8) | (data[1] ?? 0)}`;
  if (key === 10 || key === 7) return `${sel} ${neg}${data[0] ?? 0}`;
  if (key === CT_ZONE) return `${sel} ${neg}${(data[0] ?? 0) | ((data[1] ?? 0) << 8)}`;
  return `${sel} ${neg}${`0x${le32(data).toString(16).padStart(8, '0')}`}`;
}
