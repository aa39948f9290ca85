/**
 * `arptables` of iptables 1.8.9 (arptables-nft): rules in the arp family's
 * table "filter" (chains INPUT and OUTPUT at NF_ARP_IN/NF_ARP_OUT), as
 * payload matches on the ARP header, a counter and a verdict or the
 * mangle target. -A -D -I -F -L with -n -v -x --line-numbers.
 * @iptables iptables/nft-arp.c, iptables/xtables-arp.c, extensions/libarpt_mangle.c
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { strerror } from '../../net/core/errno.js';
import { ipToString, parseIp, prefixToMask } from '../../wire/ipv4.js';
import { NLM_F_APPEND, NLM_F_CREATE } from '../../uapi/linux/netlink.js';
import { NF_ACCEPT, NF_DROP, NFPROTO_ARP } from '../../uapi/linux/netfilter.js';
import {
  NFT_CMP_EQ, NFT_CMP_NEQ, NFT_META_IIFNAME, NFT_META_OIFNAME, NFT_MSG_DELRULE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE,
  NFT_MSG_NEWTABLE, NFT_PAYLOAD_NETWORK_HEADER, NFT_REG_1, type NftExprMsg, type XtInfo,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NftHandle } from '../iptables/nft_handle.js';
import { printNum, FMT_KILOMEGAGIGA, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_VIA } from '../iptables/ipt_print.js';

const PROG = 'arptables v1.8.9 (nf_tables)';
const CHAINS = [{ name: 'INPUT', hooknum: 0 }, { name: 'OUTPUT', hooknum: 1 }] as const;
/** arp_opcodes[] of xtables-arp.c */
const OPCODES = ['Request', 'Reply', 'Request_Reverse', 'Reply_Reverse', 'DRARP_Request', 'DRARP_Reply', 'DRARP_Error', 'InARP_Request', 'ARP_NAK'];

class ArpError extends Error {
  constructor(msg: string, readonly status: number) {
    super(msg);
  }
}
const paramProblem = (msg: string): ArpError => new ArpError(`${PROG}: ${msg}\nTry \`arptables -h' or 'arptables --help' for more information.\n`, 2);

/** struct arpt_mangle as the target's info. */
type Mangle = Record<string, number | number[]>;

/** struct arpt_entry's arpt_arp, with the target. */
interface ArpRule {
  iniface: string; invIn: boolean; outiface: string; invOut: boolean;
  src: number; smsk: number; invSrc: boolean; tgt: number; tmsk: number; invTgt: boolean;
  hln: number; op: number; invOp: boolean;
  target: string; mangle: Mangle | null; pkts: number; bytes: number; handle?: bigint;
}

const newRule = (): ArpRule => ({
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
function ruleToExprs(r: ArpRule): NftExprMsg[] {
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
  return out;
}

/** nft_rule_to_iptables_command_state() with nft_arp_parse_payload() */
function exprsToRule(exprs: readonly NftExprMsg[]): ArpRule {
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
    else if (e.name === 'immediate' && e.verdict) r.target = e.verdict.code === NF_ACCEPT ? 'ACCEPT' : e.verdict.code === NF_DROP ? 'DROP' : e.verdict.chain ?? '';
    else if (e.name === 'target') [r.target, r.mangle] = [e.xtName, { ...(e.info as Mangle) }];
  }
  return r;
}

const macText = (m: readonly number[]): string => m.map((x) => x.toString(16).padStart(2, '0')).join(':');

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
function ruleText(r: ArpRule, num: number, format: number): string {
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

interface Cmd {
  cmd: string;
  chain: string;
  rulenum: number;
  format: number;
  rule: ArpRule;
}

function parseMac(s: string): number[] | null {
  const p = s.split(':');
  if (p.length !== 6 || p.some((x) => !/^[0-9a-fA-F]{1,2}$/.test(x))) return null;
  return p.map((x) => parseInt(x, 16));
}

function parseAddr(s: string): [number, number] {
  const [a, m] = s.split('/', 2) as [string, string | undefined];
  const ip = parseIp(a);
  if (ip === null) throw paramProblem(`host/network \`${a}' not found`);
  const len = m === undefined ? 32 : Number(m);
  if (!Number.isInteger(len) || len < 0 || len > 32) throw paramProblem(`invalid mask \`${m}' specified`);
  const mask = prefixToMask(len);
  return [(ip & mask) >>> 0, mask];
}

/** The mangle target's options (libarpt_mangle.c arpmangle_parse). */
function mangleOpt(r: ArpRule, o: string, arg: string): void {
  const m = r.mangle!;
  const f = typeof m['flags'] === 'number' ? (m['flags'] as number) : 0;
  if (o === 'mangle-ip-s' || o === 'mangle-ip-d') {
    const ip = parseIp(arg);
    if (ip === null) throw paramProblem(`Problem with specified source mangle ip address`);
    Object.assign(m, o === 'mangle-ip-s' ? { srcIp: ip, flags: f | 4 } : { tgtIp: ip, flags: f | 8 });
  } else if (o === 'mangle-mac-s' || o === 'mangle-mac-d') {
    const mac = parseMac(arg);
    if (!mac) throw paramProblem('Problem with specified source mangle');
    Object.assign(m, o === 'mangle-mac-s' ? { srcMac: mac, flags: f | 1 } : { tgtMac: mac, flags: f | 2 });
  } else if (o === 'mangle-target') {
    if (arg !== 'DROP' && arg !== 'ACCEPT' && arg !== 'CONTINUE') throw paramProblem('bad target for --mangle-target');
    m['target'] = arg === 'DROP' ? NF_DROP : arg === 'ACCEPT' ? NF_ACCEPT : 0xffffffff;
  }
}

const NEEDS_ARG = new Set(['s', 'd', 'i', 'o', 'j', 'source-ip', 'destination-ip', 'in-interface', 'out-interface', 'jump', 'h-length', 'opcode',
  'mangle-ip-s', 'mangle-ip-d', 'mangle-mac-s', 'mangle-mac-d', 'mangle-target']);
const LONG: Record<string, string> = { 'source-ip': 's', 'destination-ip': 'd', 'in-interface': 'i', 'out-interface': 'o', jump: 'j', numeric: 'n', verbose: 'v', exact: 'x', 'line-numbers': '0', append: 'A', delete: 'D', insert: 'I', flush: 'F', list: 'L' };

/** do_commandarp(): the command line. */
function parse(argv: readonly string[]): Cmd {
  const c: Cmd = { cmd: '', chain: '', rulenum: 0, format: FMT_NOCOUNTS | FMT_KILOMEGAGIGA, rule: newRule() };
  const r = c.rule;
  let inv = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    if (a === '!') { inv = true; continue; }
    let opt: string;
    if (a.startsWith('--')) opt = a.slice(2);
    else if (a.startsWith('-') && a.length === 2) opt = a[1]!;
    else throw paramProblem(`Bad argument \`${a}'`);
    opt = LONG[opt] ?? opt;
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw paramProblem(`option "${a}" requires an argument`);
      return v;
    };
    const optional = (): string | undefined => (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('-') ? argv[++i] : undefined);
    if ('ADIFL'.includes(opt) && opt.length === 1) {
      if (c.cmd) throw paramProblem('Cannot use more than one command');
      c.cmd = opt;
      const needsChain = 'ADI'.includes(opt);
      const ch = needsChain ? val() : optional();
      c.chain = ch ?? '';
      if (opt === 'D' || opt === 'I') {
        const n = argv[i + 1];
        if (n !== undefined && /^[0-9]+$/.test(n)) c.rulenum = Number(argv[++i]);
        else if (opt === 'I') c.rulenum = 1;
      }
      continue;
    }
    if (!NEEDS_ARG.has(opt) && !['n', 'v', 'x', '0'].includes(opt)) throw paramProblem(`unknown option "${a}"`);
    switch (opt) {
      case 's': case 'd': {
        const [ip, m] = parseAddr(val());
        if (opt === 's') [r.src, r.smsk, r.invSrc] = [ip, m, inv];
        else [r.tgt, r.tmsk, r.invTgt] = [ip, m, inv];
        break;
      }
      case 'i': [r.iniface, r.invIn] = [val(), inv]; break;
      case 'o': [r.outiface, r.invOut] = [val(), inv]; break;
      case 'h-length': {
        const v = val();
        if (!/^[0-9]+$/.test(v) || Number(v) > 255) throw paramProblem(`Problem with specified hardware address length`);
        r.hln = Number(v);
        break;
      }
      case 'opcode': {
        const v = val();
        const k = OPCODES.indexOf(v);
        const n = k >= 0 ? k + 1 : /^[0-9]+$/.test(v) ? Number(v) : -1;
        if (n < 0 || n > 65535) throw paramProblem(`Problem with specified opcode`);
        [r.op, r.invOp] = [n, inv];
        break;
      }
      case 'j': {
        r.target = val();
        if (r.target === 'mangle') r.mangle = { flags: 0, target: NF_ACCEPT, srcIp: 0, tgtIp: 0, srcMac: [0, 0, 0, 0, 0, 0], tgtMac: [0, 0, 0, 0, 0, 0] };
        break;
      }
      case 'n': c.format |= FMT_NUMERIC; break;
      case 'v': verbose = true; break;
      case 'x': c.format &= ~FMT_KILOMEGAGIGA; break;
      case '0': c.format |= FMT_LINENUMBERS; break;
      default:
        if (!r.mangle) throw paramProblem(`unknown option "${a}"`);
        mangleOpt(r, opt, val());
    }
    inv = false;
  }
  if (!c.cmd) throw paramProblem('no command specified');
  if (verbose) c.format = (c.format & ~FMT_NOCOUNTS) | FMT_VIA;
  if (r.mangle && !((r.mangle['flags'] as number) & 0xf)) throw paramProblem('mangle target: at least one option is required');
  return c;
}

class ArpTable {
  exists = false;
  readonly rules = new Map<string, ArpRule[]>();
  readonly policy = new Map<string, { pkts: number; bytes: number; drop: boolean; exists: boolean }>();

  constructor(readonly h: NftHandle) {
    this.exists = h.tables(NFPROTO_ARP).some((t) => t.name === 'filter');
    const chains = this.exists ? h.chains(NFPROTO_ARP, 'filter') : [];
    const rules = this.exists ? h.rules(NFPROTO_ARP, 'filter') : [];
    for (const b of CHAINS) {
      const k = chains.find((x) => x.name === b.name);
      this.policy.set(b.name, { pkts: Number(k?.counters?.packets ?? 0n), bytes: Number(k?.counters?.bytes ?? 0n), drop: k?.policy === NF_DROP, exists: k !== undefined });
      this.rules.set(b.name, rules.filter((x) => x.chain === b.name).map((x) => Object.assign(exprsToRule(x.exprs ?? []), { handle: x.handle })));
    }
  }

  /** nft_xt_builtin_init() for the arp family. */
  ensure(chain: string): void {
    if (!this.exists) this.h.add(NFT_MSG_NEWTABLE, NLM_F_CREATE, { family: NFPROTO_ARP, name: 'filter' });
    this.exists = true;
    const b = CHAINS.find((x) => x.name === chain)!;
    if (this.policy.get(chain)!.exists) return;
    this.h.add(NFT_MSG_NEWCHAIN, NLM_F_CREATE, { family: NFPROTO_ARP, table: 'filter', name: chain, hook: { hooknum: b.hooknum, priority: 0 }, policy: NF_ACCEPT, type: 'filter' });
    this.policy.get(chain)!.exists = true;
  }

  commit(label: string, chain: string): void {
    const e = this.h.commit();
    if (e) throw new ArpError(`${PROG}:  ${label} failed (${strerror[e.errno]}): rule in chain ${chain}\n`, 4);
  }
}

const sameRule = (a: ArpRule, b: ArpRule): boolean => ruleText({ ...a, pkts: 0, bytes: 0 }, 0, FMT_NUMERIC) === ruleText({ ...b, pkts: 0, bytes: 0 }, 0, FMT_NUMERIC);

function ruleCmd(t: ArpTable, c: Cmd): void {
  const rules = t.rules.get(c.chain)!;
  if (c.cmd === 'D') {
    const victim = c.rulenum ? rules[c.rulenum - 1] : rules.find((x) => sameRule(x, c.rule));
    if (!victim) throw new ArpError(c.rulenum ? 'arptables: Index of deletion too big.\n' : 'arptables: Bad rule (does a matching rule exist in that chain?).\n', 1);
    t.h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_ARP, table: 'filter', chain: c.chain, handle: victim.handle });
    t.commit('RULE_DELETE', c.chain);
    return;
  }
  const r = c.rule;
  if (r.target && r.target !== 'ACCEPT' && r.target !== 'DROP' && r.target !== 'mangle') throw paramProblem(`Chain '${r.target}' does not exist`);
  t.ensure(c.chain);
  if (c.cmd === 'I' && c.rulenum > rules.length + 1) throw new ArpError('arptables: Index of insertion too big.\n', 1);
  const before = c.cmd === 'I' ? rules[c.rulenum - 1] : undefined;
  t.h.add(NFT_MSG_NEWRULE, c.cmd === 'A' || !before ? NLM_F_APPEND | NLM_F_CREATE : NLM_F_CREATE, {
    family: NFPROTO_ARP, table: 'filter', chain: c.chain, exprs: ruleToExprs(r), position: before?.handle,
  });
  t.commit(c.cmd === 'A' ? 'RULE_APPEND' : 'RULE_INSERT', c.chain);
}

function list(p: Proc, t: ArpTable, c: Cmd): void {
  const chains = c.chain ? [c.chain] : CHAINS.map((x) => x.name);
  chains.forEach((name, k) => {
    const pol = t.policy.get(name)!;
    let s = k ? '\n' : '';
    s += `Chain ${name} (policy ${pol.drop ? 'DROP' : 'ACCEPT'}`;
    if (!(c.format & FMT_NOCOUNTS)) s += ` ${printNum(pol.pkts, c.format | 0x10)}packets, ${printNum(pol.bytes, c.format | 0x10)}bytes`;
    s += ')\n';
    t.rules.get(name)!.forEach((r, i) => (s += ruleText(r, i + 1, c.format)));
    p.stdout.write(s);
  });
}

export const arptables: CommandFn = async (p: Proc) => {
  let h: NftHandle | null = null;
  try {
    const c = parse(p.argv.slice(1));
    if (c.chain && !CHAINS.some((x) => x.name === c.chain)) throw new ArpError('arptables: No chain/target/match by that name.\n', 1);
    if ('ADI'.includes(c.cmd) && !c.chain) throw paramProblem('no chain specified');
    h = new NftHandle(p.net);
    const t = new ArpTable(h);
    if (c.cmd === 'L') list(p, t, c);
    else if (c.cmd === 'F') {
      for (const name of c.chain ? [c.chain] : CHAINS.map((x) => x.name)) {
        if (t.policy.get(name)!.exists) h.add(NFT_MSG_DELRULE, 0, { family: NFPROTO_ARP, table: 'filter', chain: name });
      }
      t.commit('RULE_FLUSH', c.chain);
    } else ruleCmd(t, c);
    return 0;
  } catch (e) {
    if (!(e instanceof ArpError)) throw e;
    p.stderr.write(e.message);
    return e.status;
  } finally {
    h?.close();
  }
};
