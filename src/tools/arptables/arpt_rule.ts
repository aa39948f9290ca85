/**
 * An arptables rule (struct arpt_entry with its target) as arptables-nft
 * builds it in nf_tables expressions, reads it back, and prints it.
 * @iptables iptables/nft-arp.c, extensions/libarpt_mangle.c
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { ipToString } from '../../wire/ipv4.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import {
  NFT_CMP_EQ, NFT_CMP_NEQ, NFT_JUMP, NFT_META_IIFNAME, NFT_META_OIFNAME, NFT_PAYLOAD_NETWORK_HEADER, NFT_REG_1, NFT_RETURN,
  type NftExprMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { printNum, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_VIA } from '../iptables/ipt_print.js';

/** arp_opcodes[] of xtables-arp.c */
export const OPCODES = ['Request', 'Reply', 'Request_Reverse', 'Reply_Reverse', 'DRARP_Request', 'DRARP_Reply', 'DRARP_Error', 'InARP_Request', 'ARP_NAK'];

/** struct arpt_mangle as the target's info. */
export type Mangle = Record<string, number | number[]>;

/** struct arpt_entry's arpt_arp, with the target. */
export interface ArpRule {
  iniface: string; invIn: boolean; outiface: string; invOut: boolean;
  src: number; smsk: number; invSrc: boolean; tgt: number; tmsk: number; invTgt: boolean;
  hln: number; op: number; invOp: boolean;
  target: string; mangle: Mangle | null; pkts: number; bytes: number; handle?: bigint;
}

export const newRule = (): ArpRule => ({
  iniface: '', invIn: false, outiface: '', invOut: false, src: 0, smsk: 0, invSrc: false, tgt: 0, tmsk: 0, invTgt: false,
  hln: 6, op: 0, invOp: false, target: '', mangle: null, pkts: 0, bytes: 0,
});

const be = (v: number, n: number): Uint8Array => {
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v & 0xff;
  return out;
};
const beNum = (d: Uint8Array): number => d.reduce((a, x) => a * 256 + x, 0);

function iface(key: number, name: string, inv: boolean): NftExprMsg[] {
  const plus = name.endsWith('+');
  const s = plus ? name.slice(0, -1) : name;
  const bytes = new Uint8Array(plus ? s.length : s.length + 1);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return [{ name: 'meta', key, dreg: NFT_REG_1 }, { name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: bytes }];
}

function payload(offset: number, len: number, value: number, inv: boolean, mask = -1): NftExprMsg[] {
  const out: NftExprMsg[] = [{ name: 'payload', base: NFT_PAYLOAD_NETWORK_HEADER, offset, len, dreg: NFT_REG_1 }];
  if (mask !== -1 && mask !== 0xffffffff) out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len, mask: be(mask, len), xor: new Uint8Array(len) });
  out.push({ name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: be(mask === -1 ? value : (value & mask) >>> 0, len) });
  return out;
}

/** nft_arp_add() */
export function ruleToExprs(r: ArpRule): NftExprMsg[] {
  const out: NftExprMsg[] = [];
  if (r.iniface) out.push(...iface(NFT_META_IIFNAME, r.iniface, r.invIn));
  if (r.outiface) out.push(...iface(NFT_META_OIFNAME, r.outiface, r.invOut));
  out.push(...payload(0, 2, 1, false), ...payload(4, 1, r.hln, false), ...payload(5, 1, 4, false));
  if (r.op) out.push(...payload(6, 2, r.op, r.invOp));
  if (r.smsk || r.invSrc) out.push(...payload(8 + r.hln, 4, r.src, r.invSrc, r.smsk));
  if (r.tmsk || r.invTgt) out.push(...payload(8 + r.hln + 4 + r.hln, 4, r.tgt, r.invTgt, r.tmsk));
  out.push({ name: 'counter', packets: BigInt(r.pkts), bytes: BigInt(r.bytes) });
  if (r.target === 'ACCEPT') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_ACCEPT } });
  else if (r.target === 'DROP') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_DROP } });
  else if (r.mangle) out.push({ name: 'target', xtName: 'mangle', rev: 0, info: r.mangle });
  else if (r.target === 'RETURN') out.push({ name: 'immediate', dreg: 0, verdict: { code: NFT_RETURN } });
  else if (r.target) out.push({ name: 'immediate', dreg: 0, verdict: { code: NFT_JUMP, chain: r.target } });
  return out;
}

/** nft_parse_immediate(): the standard targets and the jump to a user chain. */
function verdictTarget(code: number, chain: string | undefined): string {
  if (code === NF_ACCEPT) return 'ACCEPT';
  if (code === NF_DROP) return 'DROP';
  if (code === NFT_RETURN) return 'RETURN';
  return chain ?? '';
}

/** nft_rule_to_iptables_command_state() with nft_arp_parse_payload() */
export function exprsToRule(exprs: readonly NftExprMsg[]): ArpRule {
  const r = newRule();
  let load: { meta: number } | { off: number } | null = null;
  let mask: Uint8Array | null = null;
  for (const e of exprs) {
    if (e.name === 'meta') [load, mask] = [{ meta: e.key }, null];
    else if (e.name === 'payload') [load, mask] = [{ off: e.offset }, null];
    else if (e.name === 'bitwise') mask = e.mask;
    else if (e.name === 'cmp' && load) {
      const inv = e.op === NFT_CMP_NEQ;
      if ('meta' in load) {
        let s = '';
        let plus = true;
        for (const c of e.data) {
          if (c === 0) { plus = false; break; }
          s += String.fromCharCode(c);
        }
        if (plus) s += '+';
        if (load.meta === NFT_META_IIFNAME) [r.iniface, r.invIn] = [s, inv];
        else [r.outiface, r.invOut] = [s, inv];
      } else if (load.off === 4) r.hln = e.data[0] ?? 6;
      else if (load.off === 6) [r.op, r.invOp] = [beNum(e.data), inv];
      else if (load.off === 8 + r.hln) [r.src, r.smsk, r.invSrc] = [beNum(e.data), mask ? beNum(mask) : 0xffffffff, inv];
      else if (load.off === 12 + 2 * r.hln) [r.tgt, r.tmsk, r.invTgt] = [beNum(e.data), mask ? beNum(mask) : 0xffffffff, inv];
    } else if (e.name === 'counter') [r.pkts, r.bytes] = [Number(e.packets ?? 0n), Number(e.bytes ?? 0n)];
    else if (e.name === 'immediate' && e.verdict) r.target = verdictTarget(e.verdict.code, e.verdict.chain);
    else if (e.name === 'target') [r.target, r.mangle] = [e.xtName, { ...(e.info as Mangle) }];
  }
  return r;
}

export const macText = (m: readonly number[]): string => m.map((x) => x.toString(16).padStart(2, '0')).join(':');

function addrText(a: number, m: number): string {
  let len = 0;
  while (len < 32 && (m >>> (31 - len)) & 1) len++;
  return ipToString(a) + (len === 32 ? '' : `/${len}`);
}

/** libarpt_mangle.c print: the fields in a fixed order. */
function mangleText(i: XtInfo): string {
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
  const f = n('flags');
  let s = '';
  if (f & 4) s += ` --mangle-ip-s ${ipToString(n('srcIp'))}`;
  if (f & 1) s += ` --mangle-mac-s ${macText(i['srcMac'] as number[])}`;
  if (f & 8) s += ` --mangle-ip-d ${ipToString(n('tgtIp'))}`;
  if (f & 2) s += ` --mangle-mac-d ${macText(i['tgtMac'] as number[])}`;
  if (n('target') !== NF_ACCEPT) s += ` --mangle-target ${n('target') === NF_DROP ? 'DROP' : 'CONTINUE'}`;
  return s;
}

/** nft_arp_print_rule() with nft_arp_print_rule_details() */
export function ruleText(r: ArpRule, num: number, format: number): string {
  const parts: string[] = [];
  if (r.target) parts.push(`-j ${r.target}`);
  const any = format & FMT_NUMERIC ? '*' : 'any';
  if (r.iniface || format & FMT_VIA) parts.push(`${r.invIn ? '! ' : ''}-i ${r.iniface || any}`);
  if (r.outiface || format & FMT_VIA) parts.push(`${r.invOut ? '! ' : ''}-o ${r.outiface || any}`);
  if (r.smsk) parts.push(`${r.invSrc ? '! ' : ''}-s ${addrText(r.src, r.smsk)}`);
  if (r.tmsk) parts.push(`${r.invTgt ? '! ' : ''}-d ${addrText(r.tgt, r.tmsk)}`);
  if (r.hln !== 6) parts.push(`--h-length ${r.hln}`);
  if (r.op) parts.push(`${r.invOp ? '! ' : ''}--opcode ${r.op <= OPCODES.length && !(format & FMT_NUMERIC) ? OPCODES[r.op - 1] : r.op}`);
  let s = (format & FMT_LINENUMBERS ? `${num} ` : '') + parts.join(' ');
  if (r.mangle) s += mangleText(r.mangle);
  if (!(format & FMT_NOCOUNTS)) s += ` , pcnt=${printNum(r.pkts, format | 0x10)}-- bcnt=${printNum(r.bytes, format | 0x10)}`;
  return s + '\n';
}

