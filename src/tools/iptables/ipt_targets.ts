/**
 * The iptables target extensions tuxnet has: REJECT, LOG, MARK, TTL (and
 * CONNMARK, CT --notrack, NOTRACK from ipt_ct.ts), with their options, -L and -S texts.
 * @iptables extensions/libipt_REJECT.c libxt_LOG.c libxt_MARK.c libipt_TTL.c
 */
import { classToDscp, hex2, parseTosValue, parseU16Range, saveString, strtoui, tosSymbol, type Ext, type Info } from './ipt_ext.js';
import { xtoptMarkmask, xtoptUint } from './ipt_xtopt.js';
import { NAT_TARGETS } from './ipt_nat.js';
import { CT_TARGETS } from './ipt_ct.js';
import { tcpmssTarget } from './ipt_tcpmss.js';
import { ipToString, parseIp } from '../../wire/ipv4.js';
import { EAI_AGAIN, EAI_NONAME } from '../lib/netdb.js';
import { setTarget } from './ipt_set.js';

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const hex = (x: number): string => `0x${(x >>> 0).toString(16)}`;

/** enum ipt_reject_with, and the names libipt_REJECT.c reject_table[] accepts. */
export const REJECT_NAMES: readonly [string, string][] = [
  ['icmp-net-unreachable', 'net-unreach'], ['icmp-host-unreachable', 'host-unreach'],
  ['icmp-proto-unreachable', 'proto-unreach'], ['icmp-port-unreachable', 'port-unreach'],
  ['icmp-echo-reply', 'echoreply'], ['icmp-net-prohibited', 'net-prohib'], ['icmp-host-prohibited', 'host-prohib'],
  ['tcp-reset', 'tcp-rst'], ['icmp-admin-prohibited', 'admin-prohib'],
];

const reject: Ext = {
  name: 'REJECT', revision: 0, opts: { 'reject-with': true },
  // REJECT_opts[]: once, not invertible
  xtopts: { 'reject-with': { id: 0 } },
  init: () => ({ with: 3 }),
  parse(_o, arg, _inv, info, ctx) {
    // REJECT_parse(): the first name or alias ARG abbreviates, whatever the case (strncasecmp()).
    const abbrev = (name: string): boolean => name.toLowerCase().startsWith(arg.toLowerCase());
    const i = REJECT_NAMES.findIndex((x, k) => k !== 4 && (abbrev(x[0]) || abbrev(x[1])));
    if (i < 0) {
      if (abbrev('echo-reply') || abbrev('echoreply')) ctx.warn?.('--reject-with echo-reply no longer supported\n');
      return `unknown reject type "${arg}"`;
    }
    // reject_table[] order: net, host, port, proto, net-prohib, host-prohib, tcp-reset, admin-prohib.
    info['with'] = i;
    return null;
  },
  print: (i) => ` reject-with ${REJECT_NAMES[n(i, 'with')]?.[0] ?? 'unknown'}`,
  save: (i) => ` --reject-with ${REJECT_NAMES[n(i, 'with')]?.[0] ?? 'unknown'}`,
};

/** The names --log-level takes (libxt_LOG's parse), by level, and 'panic' for 0. */
const LEVELS = ['emerg', 'alert', 'crit', 'error', 'warning', 'notice', 'info', 'debug'];
/** The names the listing prints (the nft log levels iptables-nft shows). */
const LEVEL_NAMES = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];
const LOG_FLAGS: [number, string, string][] = [[1, 'tcp-sequence', 'log-tcp-sequence'], [2, 'tcp-options', 'log-tcp-options'], [4, 'ip-options', 'log-ip-options'], [8, 'uid', 'log-uid'], [0x20, 'macdecode', 'log-macdecode']];

const log: Ext = {
  name: 'LOG', revision: 0,
  opts: { 'log-level': true, 'log-prefix': true, 'log-tcp-sequence': false, 'log-tcp-options': false, 'log-ip-options': false, 'log-uid': false, 'log-macdecode': false },
  init: () => ({ level: 4, logflags: 0, prefix: '' }),
  parse(o, arg, _inv, info) {
    if (o === 'log-level') {
      const v = strtoui(arg, 7);
      const l = v ?? LEVELS.indexOf(arg === 'panic' ? 'emerg' : arg);
      if (l < 0) return `log level "${arg}" unknown\n`;
      info['level'] = l;
    } else if (o === 'log-prefix') {
      // XTTYPE_STRING, .min = 1, put into prefix[30]: cut to 29 bytes.
      if (arg === '') return 'Argument must have a minimum length of 1 characters\n';
      if (arg.includes('\n')) return 'Newlines not allowed in --log-prefix';
      info['prefix'] = arg.slice(0, 29);
    } else info['logflags'] = n(info, 'logflags') | LOG_FLAGS.find((f) => f[2] === o)![0];
    return null;
  },
  print(i, numeric) {
    let s = ' LOG';
    const f = n(i, 'logflags');
    if (numeric) s += ` flags ${f} level ${n(i, 'level')}`;
    else {
      s += ` level ${LEVEL_NAMES[n(i, 'level')] ?? 'UNKNOWN'}`;
      for (const [bit, name] of LOG_FLAGS) if (f & bit) s += ` ${name}`;
    }
    if (i['prefix']) s += ` prefix "${String(i['prefix'])}"`;
    return s;
  },
  save(i) {
    let s = '';
    if (i['prefix']) s += ` --log-prefix${saveString(String(i['prefix']))}`;
    if (n(i, 'level') !== 4) s += ` --log-level ${n(i, 'level')}`;
    for (const [bit, , opt] of LOG_FLAGS) if (n(i, 'logflags') & bit) s += ` --${opt}`;
    return s;
  },
};

/** mark_tg_opts[] of libxt_MARK.c revision 2: one operation (F_ANY = 0x1f). */
const MARK_OPTS = {
  'set-xmark': { id: 4, excl: 0x1f }, 'set-mark': { id: 0, excl: 0x1f }, 'and-mark': { id: 1, excl: 0x1f },
  'or-mark': { id: 2, excl: 0x1f }, 'xor-mark': { id: 3, excl: 0x1f },
};

const mark: Ext = {
  name: 'MARK', revision: 2, opts: { 'set-mark': true, 'set-xmark': true, 'and-mark': true, 'or-mark': true, 'xor-mark': true },
  xtopts: MARK_OPTS,
  init: () => ({ mark: 0, mask: 0 }),
  parse(o, arg, _inv, info) {
    // set-mark/set-xmark are XTTYPE_MARKMASK32, the others XTTYPE_UINT32.
    const r = o === 'set-mark' || o === 'set-xmark' ? xtoptMarkmask('MARK', o, arg) : xtoptUint('MARK', o, arg, 0xffffffff);
    if (typeof r === 'string') return r;
    const [v, m] = typeof r === 'number' ? [r, 0] : r;
    if (o === 'set-xmark') Object.assign(info, { mark: v, mask: m });
    else if (o === 'set-mark') Object.assign(info, { mark: v, mask: (v | m) >>> 0 });
    else if (o === 'and-mark') Object.assign(info, { mark: 0, mask: ~v >>> 0 });
    else if (o === 'or-mark') Object.assign(info, { mark: v, mask: v });
    else Object.assign(info, { mark: v, mask: 0 });
    return null;
  },
  final: (_i, c) => (c.xflags ? null : 'MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required'),
  print(i) {
    const m = n(i, 'mark');
    const k = n(i, 'mask');
    if (m === 0) return ` MARK and ${hex(~k)}`;
    if (m === k) return ` MARK or ${hex(m)}`;
    if (k === 0) return ` MARK xor ${hex(m)}`;
    if (k === 0xffffffff) return ` MARK set ${hex(m)}`;
    return ` MARK xset ${hex(m)}/${hex(k)}`;
  },
  save: (i) => ` --set-xmark ${hex(n(i, 'mark'))}/${hex(n(i, 'mask'))}`,
};

/**
 * TTL_opts[] of libipt_TTL.c: XTTYPE_UINT8 values, --ttl-dec and --ttl-inc
 * with .min = 1, each excluding the others (F_ANY); ids O_TTL_SET, O_TTL_INC,
 * O_TTL_DEC, table order set, dec, inc (the order fcheck names a clash in).
 */
const TTL_OPTS = { 'ttl-set': { id: 0, excl: 7 }, 'ttl-dec': { id: 2, excl: 7 }, 'ttl-inc': { id: 1, excl: 7 } };

const ttl: Ext = {
  name: 'TTL', revision: 0, opts: { 'ttl-set': true, 'ttl-dec': true, 'ttl-inc': true },
  xtopts: TTL_OPTS,
  init: () => ({ mode: -1, ttl: 0 }),
  parse(o, arg, _inv, info) {
    const v = xtoptUint('TTL', o, arg, 255, o === 'ttl-set' ? 0 : 1);
    if (typeof v === 'string') return v;
    Object.assign(info, { mode: o === 'ttl-set' ? 0 : o === 'ttl-inc' ? 1 : 2, ttl: v });
    return null;
  },
  // TTL_check(): no action given; an exclusion is xtables_options_fcheck()'s.
  final: (i) => (n(i, 'mode') >= 0 ? null : 'TTL: You must specify an action'),
  print: (i) => [' TTL set to ', ' TTL increment by ', ' TTL decrement by '][n(i, 'mode')] + String(n(i, 'ttl')),
  save: (i) => [' --ttl-set ', ' --ttl-inc ', ' --ttl-dec '][n(i, 'mode')] + String(n(i, 'ttl')),
};

/** nflog_print() of libxt_NFLOG: `pre` is "" for -L, "--" for -S. */
function nflogText(i: Info, pre: string): string {
  let s = '';
  if (i['prefix']) s += ` ${pre}nflog-prefix${saveString(String(i['prefix']))}`;
  if (n(i, 'group')) s += ` ${pre}nflog-group ${n(i, 'group')}`;
  if (n(i, 'flags') & 1) s += ` ${pre}nflog-size ${n(i, 'len')}`;
  // XT_NFLOG_DEFAULT_THRESHOLD is 0: iptables-nft's log expression carries a queue threshold only when one is set
  if (n(i, 'threshold') !== 0) s += ` ${pre}nflog-threshold ${n(i, 'threshold')}`;
  return s;
}

/**
 * libxt_NFLOG.c; --nflog-range, which never worked, is taken with a
 * warning (NFLOG_check()) and its length dropped by iptables-nft's log
 * expression (add_log() sends a snaplen for --nflog-size only).
 */
const nflog: Ext = {
  name: 'NFLOG', revision: 0, opts: { 'nflog-group': true, 'nflog-prefix': true, 'nflog-range': true, 'nflog-size': true, 'nflog-threshold': true },
  xtopts: {
    'nflog-group': { id: 0 }, 'nflog-prefix': { id: 1 }, 'nflog-range': { id: 2, excl: 1 << 3 }, 'nflog-size': { id: 3, excl: 1 << 2 },
    'nflog-threshold': { id: 4 },
  },
  final(_i, { xflags, warn }) {
    if (xflags & (1 << 2)) warn?.('warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n');
    return null;
  },
  init: () => ({ len: 0, group: 0, threshold: 0, flags: 0, prefix: '' }),
  parse(o, arg, _inv, info) {
    if (o === 'nflog-prefix') {
      // XTTYPE_STRING, .min = 1; iptables-nft keeps NF_LOG_PREFIXLEN - 1 bytes (nft's log prefix).
      if (arg === '') return 'Argument must have a minimum length of 1 characters\n';
      if (arg.includes('\n')) return 'Newlines not allowed in --log-prefix';
      info['prefix'] = arg.slice(0, 127);
      return null;
    }
    const max = o === 'nflog-size' || o === 'nflog-range' ? 0xffffffff : 0xffff;
    const v = strtoui(arg, max);
    if (v === null) return `NFLOG: bad value for option "--${o}", or out of range (0-${max}).\n`;
    if (o === 'nflog-group') info['group'] = v;
    else if (o === 'nflog-threshold') info['threshold'] = v;
    else if (o === 'nflog-range') info['len'] = v;
    else Object.assign(info, { len: v, flags: 1 });
    return null;
  },
  print: (i) => nflogText(i, ''),
  save: (i) => nflogText(i, '--'),
};

/** libxt_NFQUEUE.c revision 3: a queue or a balanced range of them, --queue-bypass, --queue-cpu-fanout. */
const nfqueue: Ext = {
  name: 'NFQUEUE', revision: 3, opts: { 'queue-num': true, 'queue-balance': true, 'queue-bypass': false, 'fail-open': false, 'queue-cpu-fanout': false },
  // NFQUEUE_opts[]: --queue-num and --queue-balance exclude each other, --queue-cpu-fanout needs --queue-balance
  xtopts: { 'queue-num': { id: 0, excl: 2 }, 'queue-balance': { id: 1, excl: 1 }, 'queue-bypass': { id: 2 }, 'queue-cpu-fanout': { id: 3, also: 2 }, 'fail-open': { id: 4 } },
  init: () => ({ num: 0, total: 1, flags: 0 }),
  parse(o, arg, _inv, info) {
    if (o === 'queue-bypass' || o === 'fail-open') info['flags'] = n(info, 'flags') | 1;
    else if (o === 'queue-cpu-fanout') info['flags'] = n(info, 'flags') | 2;
    else if (o === 'queue-num') {
      const v = strtoui(arg, 0xffff);
      if (v === null) return 'NFQUEUE: bad value for option "--queue-num", or out of range (0-65535).\n';
      Object.assign(info, { num: v, total: 1 });
    } else {
      // XTTYPE_UINT16RC, then NFQUEUE_parse_v1(): two ends, the first below the second
      const r = parseU16Range('NFQUEUE', 'queue-balance', arg);
      if (typeof r === 'string') return r;
      if (!arg.includes(':')) return `Bad range "${arg}"`;
      const [lo, hi] = r;
      if (lo >= hi) return `${lo} should be less than ${hi}`;
      Object.assign(info, { num: lo, total: hi - lo + 1 });
    }
    return null;
  },
  print: (i) => nfqueueText(i, [' NFQUEUE balance', ' NFQUEUE num', ' bypass', ' cpu-fanout']),
  save: (i) => nfqueueText(i, [' --queue-balance', ' --queue-num', ' --queue-bypass', ' --queue-cpu-fanout']),
};

/** NFQUEUE_print_v3()/NFQUEUE_save_v3(), with the words each uses: balance, num, bypass, fanout. */
function nfqueueText(i: Info, w: readonly [string, string, string, string]): string {
  const total = n(i, 'total');
  let s = total > 1 ? `${w[0]} ${n(i, 'num')}:${n(i, 'num') + total - 1}` : `${w[1]} ${n(i, 'num')}`;
  if (n(i, 'flags') & 1) s += w[2];
  if (n(i, 'flags') & 2) s += w[3];
  return s;
}

/** libxt_TOS.c revision 1: --set-tos value[/mask] or a name, --and-tos, --or-tos, --xor-tos (as value/mask). */
const tosTarget: Ext = {
  name: 'TOS', revision: 1, opts: { 'set-tos': true, 'and-tos': true, 'or-tos': true, 'xor-tos': true },
  // tos_tg_opts[]: each once, each excluding the others (.excl = FLAGS)
  xtopts: { 'set-tos': { id: 0, excl: 15 }, 'and-tos': { id: 1, excl: 15 }, 'or-tos': { id: 2, excl: 15 }, 'xor-tos': { id: 3, excl: 15 } },
  init: () => ({ value: 0, mask: 0, given: false }),
  parse(o, arg, _inv, info) {
    info['given'] = true;
    if (o === 'set-tos') {
      const r = parseTosValue(arg);
      if (typeof r === 'string') return r;
      Object.assign(info, { value: r[0], mask: r[1] });
      return null;
    }
    const bits = strtoui(arg, 0xff);
    if (bits === null) return `TOS: bad value for option "--${o}", or out of range (0-255).\n`;
    if (o === 'and-tos') Object.assign(info, { value: 0, mask: ~bits & 0xff });
    else Object.assign(info, { value: bits, mask: o === 'or-tos' ? bits : 0 });
    return null;
  },
  final: (i) => (i['given'] === true ? null : 'TOS: An action is required'),
  /** tos_tg_print_v1() */
  print(i, numeric) {
    const v = n(i, 'value');
    const m = n(i, 'mask');
    const named = numeric ? undefined : tosSymbol(v, m);
    if (named) return `  TOS set${named}`;
    if (!numeric && v === 0) return ` TOS and 0x${hex2(~m & 0xff)}`;
    if (!numeric && v === m) return ` TOS or 0x${hex2(v)}`;
    if (!numeric && m === 0) return ` TOS xor 0x${hex2(v)}`;
    return ` TOS set 0x${hex2(v)}/0x${hex2(m)}`;
  },
  save: (i) => ` --set-tos 0x${hex2(n(i, 'value'))}/0x${hex2(n(i, 'mask'))}`,
};

/** libxt_DSCP.c: --set-dscp value or --set-dscp-class name. */
const dscpTarget: Ext = {
  name: 'DSCP', revision: 0, opts: { 'set-dscp': true, 'set-dscp-class': true },
  // DSCP_opts[]: each once, excluding the other
  xtopts: { 'set-dscp': { id: 0, excl: 2 }, 'set-dscp-class': { id: 1, excl: 1 } },
  init: () => ({ dscp: 0, given: false }),
  parse(o, arg, _inv, info) {
    info['given'] = true;
    const v = o === 'set-dscp' ? strtoui(arg, 0x3f) : classToDscp(arg);
    if (v === null) return o === 'set-dscp' ? 'DSCP: bad value for option "--set-dscp", or out of range (0-63).\n' : `Invalid DSCP value \`${arg}'`;
    info['dscp'] = v;
    return null;
  },
  final: (i) => (i['given'] === true ? null : 'DSCP target: Parameter --set-dscp is required'),
  print: (i) => ` DSCP set 0x${hex2(n(i, 'dscp'))}`,
  save: (i) => ` --set-dscp 0x${hex2(n(i, 'dscp'))}`,
};

/** IPT_ECN_OP_SET_IP, _SET_ECE, _SET_CWR (ipt_ECN.h) */
const ECN_OP_IP = 0x01;
const ECN_OP_ECE = 0x10;
const ECN_OP_CWR = 0x20;

/**
 * ECN_opts[] of libipt_ECN.c: ids O_ECN_TCP_REMOVE, O_ECN_TCP_CWR,
 * O_ECN_TCP_ECE, O_ECN_IP_ECT; --ecn-tcp-remove excludes the two bits'
 * options (and they it), which take 0-1, the codepoint 0-3.
 */
const ECN_OPTS = { 'ecn-tcp-remove': { id: 0, excl: 6 }, 'ecn-tcp-cwr': { id: 1, excl: 1 }, 'ecn-tcp-ece': { id: 2, excl: 1 }, 'ecn-ip-ect': { id: 3 } };

/** --ecn-tcp-remove: both bits set to 0, nothing else (how print and save tell it). */
const ecnRemove = (i: Info): boolean => n(i, 'operation') === (ECN_OP_ECE | ECN_OP_CWR) && !n(i, 'ece') && !n(i, 'cwr');

/** libipt_ECN.c: ECN_parse(), ECN_check(), ECN_print(), ECN_save(). */
const ecnTarget: Ext = {
  name: 'ECN', revision: 0, opts: { 'ecn-tcp-remove': false, 'ecn-tcp-cwr': true, 'ecn-tcp-ece': true, 'ecn-ip-ect': true },
  xtopts: ECN_OPTS,
  init: () => ({ operation: 0, ipEct: 0, ece: 0, cwr: 0 }),
  parse(o, arg, _inv, info) {
    if (o === 'ecn-tcp-remove') {
      Object.assign(info, { operation: ECN_OP_ECE | ECN_OP_CWR, ece: 0, cwr: 0 });
      return null;
    }
    const v = xtoptUint('ECN', o, arg, o === 'ecn-ip-ect' ? 3 : 1);
    if (typeof v === 'string') return v;
    const [op, key] = o === 'ecn-tcp-cwr' ? [ECN_OP_CWR, 'cwr'] : o === 'ecn-tcp-ece' ? [ECN_OP_ECE, 'ece'] : [ECN_OP_IP, 'ipEct'];
    info['operation'] = n(info, 'operation') | op;
    info[key] = v;
    return null;
  },
  final: (_i, { xflags }) => (xflags ? null : 'ECN target: An operation is required'),
  print(i) {
    if (ecnRemove(i)) return ' ECN TCP remove';
    const op = n(i, 'operation');
    let s = ' ECN';
    if (op & ECN_OP_ECE) s += ` ECE=${n(i, 'ece')}`;
    if (op & ECN_OP_CWR) s += ` CWR=${n(i, 'cwr')}`;
    if (op & ECN_OP_IP) s += ` ECT codepoint=${n(i, 'ipEct')}`;
    return s;
  },
  save(i) {
    if (ecnRemove(i)) return ' --ecn-tcp-remove';
    const op = n(i, 'operation');
    let s = '';
    if (op & ECN_OP_ECE) s += ` --ecn-tcp-ece ${n(i, 'ece')}`;
    if (op & ECN_OP_CWR) s += ` --ecn-tcp-cwr ${n(i, 'cwr')}`;
    if (op & ECN_OP_IP) s += ` --ecn-ip-ect ${n(i, 'ipEct')}`;
    return s;
  },
};

/** libxt_CLASSIFY.c: --set-class MAJOR:MINOR (sscanf("%x:%x")), the packet's priority. */
const classify: Ext = {
  name: 'CLASSIFY', revision: 0, opts: { 'set-class': true },
  xtopts: { 'set-class': { id: 0, mand: true } },
  init: () => ({ priority: 0 }),
  parse(_o, arg, _inv, info) {
    const m = /^\s*(?:0[xX])?([0-9a-fA-F]+):\s*(?:0[xX])?([0-9a-fA-F]+)/.exec(arg);
    if (!m) return `Bad class value "${arg}"`;
    // TC_H_MAKE(i << 16, j)
    info['priority'] = (((parseInt(m[1]!.slice(-8), 16) << 16) & 0xffff0000) | (parseInt(m[2]!.slice(-8), 16) & 0xffff)) >>> 0;
    return null;
  },
  print: (i) => ` CLASSIFY set ${(n(i, 'priority') >>> 16).toString(16)}:${(n(i, 'priority') & 0xffff).toString(16)}`,
  save: (i) => ` --set-class ${(n(i, 'priority') >>> 16).toString(16).padStart(4, '0')}:${(n(i, 'priority') & 0xffff).toString(16).padStart(4, '0')}`,
};

/**
 * libxt_SECMARK.c: --selctx CONTEXT (mandatory). The lab's kernel, like the
 * reference one, has no SECMARK target (no LSM labels packets): the rule
 * is refused when added (ENOENT).
 */
const secmark: Ext = {
  name: 'SECMARK', revision: 1, opts: { selctx: true },
  xtopts: { selctx: { id: 0, mand: true } },
  init: () => ({ mode: 0, secctx: '' }),
  parse(_o, arg, _inv, info) {
    // XTOPT_PUT into char secctx[256]; SECMARK_MODE_SEL.
    Object.assign(info, { mode: 1, secctx: arg.slice(0, 255) });
    return null;
  },
  print: (i) => ` SECMARK selctx ${String(i['secctx'])}`,
  save: (i) => ` --selctx ${String(i['secctx'])}`,
};

/**
 * libxt_TEE.c: --gateway (XTTYPE_HOST, mandatory) and --oif (XTTYPE_STRING,
 * at most 15 characters); -L names the gateway by its address.
 */
const tee: Ext = {
  name: 'TEE', revision: 1, opts: { gateway: true, oif: true },
  xtopts: { gateway: { id: 0, mand: true }, oif: { id: 1 } },
  init: () => ({ gw: 0, oif: '' }),
  parse(o, arg, _inv, info) {
    if (o === 'oif') {
      if (arg.length > 15) return `TEE: argument to "--oif" is too long (max 15)\n`;
      info['oif'] = arg;
      return null;
    }
    // xtopt_parse_host(): getaddrinfo(); a name would need DNS, which no lab reaches.
    const gw = parseIp(arg);
    if (gw === null) return `getaddrinfo: ${/^[0-9.]*$/.test(arg) ? EAI_NONAME : EAI_AGAIN}\n`;
    info['gw'] = gw;
    return null;
  },
  print: (i) => ` TEE gw:${ipToString(n(i, 'gw'))}${i['oif'] ? ` oif=${String(i['oif'])}` : ''}`,
  save: (i) => ` --gateway ${ipToString(n(i, 'gw'))}${i['oif'] ? ` --oif ${String(i['oif'])}` : ''}`,
};

/** libxt_CHECKSUM.c: --checksum-fill, mandatory. */
const checksum: Ext = {
  name: 'CHECKSUM', revision: 0, opts: { 'checksum-fill': false }, xtopts: { 'checksum-fill': { id: 0, mand: true } },
  init: () => ({ operation: 0 }),
  parse(_o, _arg, _inv, info) {
    info['operation'] = 1;
    return null;
  },
  print: (i) => ` CHECKSUM${n(i, 'operation') & 1 ? ' fill' : ''}`,
  save: (i) => (n(i, 'operation') & 1 ? ' --checksum-fill' : ''),
};

/** libxt_AUDIT.c: --type accept, drop or reject (mandatory). */
const AUDIT_TYPES = ['accept', 'drop', 'reject'];
const audit: Ext = {
  name: 'AUDIT', revision: 0, opts: { type: true }, xtopts: { type: { id: 0, mand: true } },
  init: () => ({ type: 0 }),
  parse(_o, arg, _inv, info) {
    const t = AUDIT_TYPES.indexOf(arg);
    if (t < 0) return `Bad action type value "${arg}"`;
    info['type'] = t;
    return null;
  },
  print: (i) => ` AUDIT ${AUDIT_TYPES[n(i, 'type')] ?? '?'}`,
  save: (i) => ` --type ${AUDIT_TYPES[n(i, 'type')] ?? '?'}`,
};

/** libxt_TRACE.c: no option, nothing printed. */
const trace: Ext = {
  name: 'TRACE', revision: 0, opts: {},
  init: () => ({}),
  parse: () => null,
  print: () => '',
  save: () => '',
};

/** tcpopt_names[] of libxt_TCPOPTSTRIP.c */
const TCPOPT_NAMES: readonly [string, number][] = [['wscale', 3], ['mss', 2], ['sack-permitted', 4], ['sack', 5], ['timestamp', 8], ['md5', 19]];

/** The kinds of the bitmap, in order: names unless numeric. */
function tcpoptList(i: Info, numeric: boolean): string {
  const map = (i['bmap'] as number[] | undefined) ?? [];
  const kinds: string[] = [];
  for (let k = 0; k < 256; k++) {
    if (!(((map[k >>> 5] ?? 0) >>> (k & 31)) & 1)) continue;
    kinds.push((numeric ? undefined : TCPOPT_NAMES.find(([, v]) => v === k)?.[0]) ?? String(k));
  }
  return kinds.join(',');
}

const anyBit = (i: Info): boolean => ((i['bmap'] as number[] | undefined) ?? []).some((w) => w !== 0);

/** libxt_TCPOPTSTRIP.c: --strip-options a list of names or numbers (1-255). */
const tcpoptstrip: Ext = {
  name: 'TCPOPTSTRIP', revision: 0, opts: { 'strip-options': true }, xtopts: { 'strip-options': { id: 0 } },
  init: () => ({ bmap: [0, 0, 0, 0, 0, 0, 0, 0] }),
  parse(_o, arg, _inv, info) {
    const map = [...((info['bmap'] as number[] | undefined) ?? [0, 0, 0, 0, 0, 0, 0, 0])];
    for (const s of arg.split(',')) {
      const named = TCPOPT_NAMES.find(([name]) => name === s);
      const kind = named ? named[1] : strtoui(s, 255);
      if (kind === null) return `Bad TCP option value "${s}"`;
      // tcpoptstrip_tg_parse(): neither END nor NOP
      if (kind <= 1) return 'Option value may not be 0 or 1';
      map[kind >>> 5] = (map[kind >>> 5]! | (1 << (kind & 31))) >>> 0;
    }
    info['bmap'] = map;
    return null;
  },
  print: (i, numeric) => (anyBit(i) ? ` TCPOPTSTRIP options ${tcpoptList(i, numeric)}` : ''),
  save: (i) => (anyBit(i) ? ` --strip-options ${tcpoptList(i, true)}` : ''),
};

export const TARGETS: ReadonlyMap<string, Ext> = new Map([reject, log, mark, ttl, nflog, nfqueue, tosTarget, dscpTarget, tcpmssTarget, classify, ecnTarget, secmark, tee, checksum, audit, trace, tcpoptstrip, setTarget, ...CT_TARGETS, ...NAT_TARGETS].map((e) => [e.name, e]));
