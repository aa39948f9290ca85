/**
 * An arptables rule (struct arpt_entry with its target) as arptables-nft
 * builds it in nf_tables expressions, reads it back, and prints it.
 * @iptables iptables/nft-arp.c, extensions/libarpt_mangle.c
 */
import type { XtInfo } from '../../uapi/linux/netfilter/nf_tables.js';
import { ipToString, prefixToMask } from '../../wire/ipv4.js';
import { NF_ACCEPT, NF_DROP } from '../../uapi/linux/netfilter.js';
import {
  NFT_CMP_EQ, NFT_CMP_NEQ, NFT_JUMP, NFT_META_IIFNAME, NFT_META_OIFNAME, NFT_PAYLOAD_NETWORK_HEADER, NFT_REG_1, NFT_RETURN,
  type NftExprMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { printNum, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_VIA } from '../iptables/ipt_print.js';

/** arp_opcodes[] of xtables-arp.c */
export const OPCODES = ['Request', 'Reply', 'Request_Reverse', 'Reply_Reverse', 'DRARP_Request', 'DRARP_Reply', 'DRARP_Error', 'InARP_Request', 'ARP_NAK'];

/** A target extension's info (struct arpt_mangle, xt_mark_tginfo2, xt_classify_target_info). */
export type Mangle = Record<string, number | number[]>;

/** The target extensions arptables-nft 1.8.9 loads for the arp family, with their revisions. */
export const ARP_XT_TARGETS: Readonly<Record<string, number>> = { mangle: 0, MARK: 2, CLASSIFY: 0 };

/** struct arpt_devaddr_info: a hardware address and its mask (the address already masked). */
export interface DevAddr { addr: number[]; mask: number[]; inv: boolean }

/** struct arpt_entry's arpt_arp, with the target. */
export interface ArpRule {
  iniface: string; invIn: boolean; outiface: string; invOut: boolean;
  src: number; smsk: number; invSrc: boolean; tgt: number; tmsk: number; invTgt: boolean;
  srcMac: DevAddr | null; tgtMac: DevAddr | null;
  hln: number; op: number; invOp: boolean;
  /** ar_hrd (nft_arp_init_cs(): ARPHRD_ETHER) and ar_pro (0: not matched) */
  hrd: number; invHrd: boolean; pro: number; invPro: boolean;
  /** the info of a target extension (r.target one of ARP_XT_TARGETS) */
  target: string; xt: Mangle | null; pkts: number; bytes: number; handle?: bigint;
}

export const newRule = (): ArpRule => ({
  iniface: '', invIn: false, outiface: '', invOut: false, src: 0, smsk: 0, invSrc: false, tgt: 0, tmsk: 0, invTgt: false,
  srcMac: null, tgtMac: null, hln: 6, op: 0, invOp: false, hrd: 1, invHrd: false, pro: 0, invPro: false,
  target: '', xt: null, pkts: 0, bytes: 0,
});

/** sizeof(struct arphdr) */
const ARPHDR = 8;

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

/**
 * add_addr() (nft-shared.c): a mask of whole leading bytes loads and
 * compares only those bytes; any other mask goes through a bitwise.
 */
function addrExprs(offset: number, data: Uint8Array, mask: Uint8Array, inv: boolean): NftExprMsg[] {
  let i = 0;
  while (i < mask.length && mask[i] === 0xff) i++;
  const bitwise = mask.subarray(i).some((m) => m !== 0);
  const len = bitwise ? mask.length : i;
  const out: NftExprMsg[] = [{ name: 'payload', base: NFT_PAYLOAD_NETWORK_HEADER, offset, len, dreg: NFT_REG_1 }];
  if (bitwise) out.push({ name: 'bitwise', sreg: NFT_REG_1, dreg: NFT_REG_1, len, mask: mask.slice(), xor: new Uint8Array(len) });
  out.push({ name: 'cmp', sreg: NFT_REG_1, op: inv ? NFT_CMP_NEQ : NFT_CMP_EQ, data: data.slice(0, len) });
  return out;
}

/** need_devaddr(): an address or a mask byte set. */
const needDevaddr = (d: DevAddr | null): d is DevAddr => !!d && (d.addr.some((x) => x !== 0) || d.mask.some((x) => x !== 0));

const macExprs = (offset: number, d: DevAddr): NftExprMsg[] => addrExprs(offset, Uint8Array.from(d.addr), Uint8Array.from(d.mask), d.inv);

/** nft_arp_add(): the fields in arphdr order, the hardware addresses at the rule's ar_hln. */
export function ruleToExprs(r: ArpRule): NftExprMsg[] {
  const out: NftExprMsg[] = [];
  if (r.iniface) out.push(...iface(NFT_META_IIFNAME, r.iniface, r.invIn));
  if (r.outiface) out.push(...iface(NFT_META_OIFNAME, r.outiface, r.invOut));
  if (r.hrd || r.invHrd) out.push(...payload(0, 2, r.hrd, r.invHrd));
  if (r.pro || r.invPro) out.push(...payload(2, 2, r.pro, r.invPro));
  out.push(...payload(4, 1, r.hln, false), ...payload(5, 1, 4, false));
  if (r.op) out.push(...payload(6, 2, r.op, r.invOp));
  if (needDevaddr(r.srcMac)) out.push(...macExprs(ARPHDR, r.srcMac));
  if (r.smsk || r.invSrc) out.push(...addrExprs(ARPHDR + r.hln, be(r.src, 4), be(r.smsk, 4), r.invSrc));
  if (needDevaddr(r.tgtMac)) out.push(...macExprs(ARPHDR + r.hln + 4, r.tgtMac));
  if (r.tmsk || r.invTgt) out.push(...addrExprs(ARPHDR + r.hln + 4 + r.hln, be(r.tgt, 4), be(r.tmsk, 4), r.invTgt));
  out.push({ name: 'counter', packets: BigInt(r.pkts), bytes: BigInt(r.bytes) });
  if (r.target === 'ACCEPT') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_ACCEPT } });
  else if (r.target === 'DROP') out.push({ name: 'immediate', dreg: 0, verdict: { code: NF_DROP } });
  else if (r.xt) out.push({ name: 'target', xtName: r.target, rev: ARP_XT_TARGETS[r.target] ?? 0, info: r.xt });
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
  let load: { meta: number } | { off: number; len: number } | null = null;
  let mask: Uint8Array | null = null;
  // a loaded IPv4 address without a bitwise: the mask covers the bytes loaded
  const ipMask = (len: number): number => (mask ? beNum(mask) : (len >= 4 ? 0xffffffff : (0xffffffff << (32 - 8 * len)) >>> 0));
  for (const e of exprs) {
    if (e.name === 'meta') [load, mask] = [{ meta: e.key }, null];
    else if (e.name === 'payload') [load, mask] = [{ off: e.offset, len: e.len }, null];
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
      } else if (load.off === 0) [r.hrd, r.invHrd] = [beNum(e.data), inv];
      else if (load.off === 2) [r.pro, r.invPro] = [beNum(e.data), inv];
      else if (load.off === 4) r.hln = e.data[0] ?? 6;
      else if (load.off === 6) [r.op, r.invOp] = [beNum(e.data), inv];
      else if (load.off === ARPHDR) r.srcMac = parseDevaddr(e.data, mask, inv) ?? r.srcMac;
      else if (load.off === ARPHDR + r.hln) [r.src, r.smsk, r.invSrc] = [beNum(e.data) * 2 ** (8 * (4 - e.data.length)), ipMask(load.len), inv];
      else if (load.off === ARPHDR + r.hln + 4) r.tgtMac = parseDevaddr(e.data, mask, inv) ?? r.tgtMac;
      else if (load.off === ARPHDR + 2 * r.hln + 4) [r.tgt, r.tmsk, r.invTgt] = [beNum(e.data) * 2 ** (8 * (4 - e.data.length)), ipMask(load.len), inv];
    } else if (e.name === 'counter') [r.pkts, r.bytes] = [Number(e.packets ?? 0n), Number(e.bytes ?? 0n)];
    else if (e.name === 'immediate' && e.verdict) r.target = verdictTarget(e.verdict.code, e.verdict.chain);
    else if (e.name === 'target') [r.target, r.xt] = [e.xtName, { ...(e.info as Mangle) }];
  }
  return r;
}

/**
 * nft_arp_parse_devaddr(): only a compare of a whole ETH_ALEN address is
 * read back (arptables-nft 1.8.9 leaves a prefix-masked one, which
 * add_addr() shortened, out of its listing, though the kernel matches it).
 */
function parseDevaddr(data: Uint8Array, mask: Uint8Array | null, inv: boolean): DevAddr | null {
  if (data.length !== 6) return null;
  return { addr: [...data], mask: mask ? [...mask] : [0xff, 0xff, 0xff, 0xff, 0xff, 0xff], inv };
}

export const macText = (m: readonly number[]): string => m.map((x) => x.toString(16).padStart(2, '0')).join(':');

/** xtables_print_mac_and_mask() */
const macMaskText = (d: DevAddr): string => macText(d.addr) + (d.mask.every((x) => x === 0xff) ? '' : `/${macText(d.mask)}`);

/** ipv4_addr_to_string() with xtables_ipmask_to_numeric(): /N for a contiguous mask, a dotted one otherwise. */
function addrText(a: number, m: number): string {
  let len = 0;
  while (len < 32 && (m >>> (31 - len)) & 1) len++;
  if (len === 32) return ipToString(a);
  return ipToString(a) + (prefixToMask(len) === m >>> 0 ? `/${len}` : `/${ipToString(m)}`);
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

/** mark_tg_arp_save(): which of the three options the mark and mask stand for, in hex. */
function markText(i: XtInfo): string {
  const n = (k: string): number => (typeof i[k] === 'number' ? (i[k] as number) >>> 0 : 0);
  if (n('mark') === 0) return ` --and-mark ${(~n('mask') >>> 0).toString(16)}`;
  return ` --${n('mark') === n('mask') ? 'or' : 'set'}-mark ${n('mark').toString(16)}`;
}

/** The target extension's print()/save() (the same for the arp family). */
function targetText(name: string, i: XtInfo): string {
  if (name === 'MARK') return markText(i);
  if (name === 'CLASSIFY') {
    // CLASSIFY_arp_save(): TC_H_MAJ >> 16 and TC_H_MIN, in hex
    const p = typeof i['priority'] === 'number' ? (i['priority'] as number) >>> 0 : 0;
    return ` --set-class ${(p >>> 16).toString(16)}:${(p & 0xffff).toString(16)}`;
  }
  return mangleText(i);
}

/** nft_arp_print_rule() with nft_arp_print_rule_details() */
export function ruleText(r: ArpRule, num: number, format: number): string {
  const parts: string[] = [];
  if (r.target) parts.push(`-j ${r.target}`);
  const any = format & FMT_NUMERIC ? '*' : 'any';
  if (r.iniface || format & FMT_VIA) parts.push(`${r.invIn ? '! ' : ''}-i ${r.iniface || any}`);
  if (r.outiface || format & FMT_VIA) parts.push(`${r.invOut ? '! ' : ''}-o ${r.outiface || any}`);
  if (r.smsk) parts.push(`${r.invSrc ? '! ' : ''}-s ${addrText(r.src, r.smsk)}`);
  if (needDevaddr(r.srcMac)) parts.push(`${r.srcMac.inv ? '! ' : ''}--src-mac ${macMaskText(r.srcMac)}`);
  if (r.tmsk) parts.push(`${r.invTgt ? '! ' : ''}-d ${addrText(r.tgt, r.tmsk)}`);
  if (needDevaddr(r.tgtMac)) parts.push(`${r.tgtMac.inv ? '! ' : ''}--dst-mac ${macMaskText(r.tgtMac)}`);
  if (r.hln !== 6) parts.push(`--h-length ${r.hln}`);
  if (r.op) parts.push(`${r.invOp ? '! ' : ''}--opcode ${r.op <= OPCODES.length && !(format & FMT_NUMERIC) ? OPCODES[r.op - 1] : r.op}`);
  if (r.hrd !== 1) parts.push(`${r.invHrd ? '! ' : ''}--h-type ${r.hrd}`);
  if (r.pro) parts.push(`${r.invPro ? '! ' : ''}--proto-type ${r.pro === 0x0800 && !(format & FMT_NUMERIC) ? 'IPv4' : `0x${r.pro.toString(16)}`}`);
  let s = (format & FMT_LINENUMBERS ? `${num} ` : '') + parts.join(' ');
  if (r.xt) s += targetText(r.target, r.xt);
  if (!(format & FMT_NOCOUNTS)) s += ` , pcnt=${printNum(r.pkts, format | 0x10)}-- bcnt=${printNum(r.bytes, format | 0x10)}`;
  return s + '\n';
}


/** nft_rule_print_save() with nft_arp_save_rule(): the listing's rule text, numeric, without the interfaces' "any". */
export function saveRule(chain: string, r: ArpRule, counters: boolean): string {
  return (counters ? `[${r.pkts}:${r.bytes}] ` : '') + `-A ${chain} ` + ruleText(r, 0, FMT_NUMERIC | FMT_NOCOUNTS);
}
