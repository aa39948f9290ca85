/**
 * The connection tracking extensions of iptables 1.8.9: the conntrack
 * match (rev 3) and its "state" alias, connmark, the CONNMARK target
 * (rev 2), CT --notrack and its NOTRACK alias. iptables-nft sends them as
 * x_tables compat expressions; -S names the alias the rule was made with.
 * @iptables extensions/libxt_conntrack.c libxt_connmark.c libxt_CONNMARK.c libxt_CT.c
 */
import { ipToString } from '../../wire/ipv4.js';
import { inetProtoA2n } from '../ip/inet_proto.js';
import { parseHostMask, plenMaskErr, saveString, strtoui, type Ext, type Info, type ParseErr } from './ipt_ext.js';
import { xtoptMarkmask, xtoptMport, xtoptUint } from './ipt_xtopt.js';
import { parseU32Range, xtablesParseProtocol } from './ipt_num.js';
import { EAI_AGAIN, EAI_NONAME } from '../lib/netdb.js';

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const hex = (x: number): string => `0x${(x >>> 0).toString(16)}`;

/** XT_CONNTRACK_* flags (include/uapi/linux/netfilter/xt_conntrack.h). */
const F = {
  STATE: 1 << 0, PROTO: 1 << 1, ORIGSRC: 1 << 2, ORIGDST: 1 << 3, REPLSRC: 1 << 4, REPLDST: 1 << 5, STATUS: 1 << 6,
  EXPIRES: 1 << 7, ORIGSRC_PORT: 1 << 8, ORIGDST_PORT: 1 << 9, REPLSRC_PORT: 1 << 10, REPLDST_PORT: 1 << 11,
  DIRECTION: 1 << 12, STATE_ALIAS: 1 << 13,
} as const;

/** The state names in print order, with their bits (XT_CONNTRACK_STATE_*). */
const STATES: readonly [string, number][] = [
  ['INVALID', 1], ['NEW', 8], ['RELATED', 4], ['ESTABLISHED', 2], ['UNTRACKED', 16], ['SNAT', 32], ['DNAT', 64],
];
/** The status names in print order (IPS_*). */
const STATUSES: readonly [string, number][] = [['EXPECTED', 1], ['SEEN_REPLY', 2], ['ASSURED', 4], ['CONFIRMED', 8]];

/**
 * conntrack_ps_states()/statuses(), state_parse_states(): a comma list of
 * names, each the first of `names` (in the parser's order) it abbreviates
 * whatever the case (strncasecmp()); a bad word is reported with the rest
 * of the list after it.
 */
function parseList(arg: string, names: readonly [string, number][], what: string): number | string {
  let m = 0;
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(',');
    const w = (comma < 0 ? rest : rest.slice(0, comma)).toUpperCase();
    if (comma < 0 && rest === '' && what === 'state') return '"--state" requires a list of states with no spaces, e.g. ESTABLISHED,RELATED';
    const e = w === '' ? undefined : names.find((x) => x[0].startsWith(w));
    if (!e) return `Bad ${what} "${rest}"`;
    m |= e[1];
    if (comma < 0) return m;
    rest = rest.slice(comma + 1);
  }
}

/** The state names in conntrack_ps_state()'s order. */
const PARSE_STATES: readonly [string, number][] = [
  ['INVALID', 1], ['NEW', 8], ['ESTABLISHED', 2], ['RELATED', 4], ['UNTRACKED', 16], ['SNAT', 32], ['DNAT', 64],
];
/** The status names in conntrack_ps_status()'s order. */
const PARSE_STATUSES: readonly [string, number][] = [['NONE', 0], ['EXPECTED', 1], ['SEEN_REPLY', 2], ['ASSURED', 4], ['CONFIRMED', 8]];

function listStr(mask: number, names: readonly [string, number][]): string {
  return names.filter((x) => mask & x[1]).map((x) => x[0]).join(',');
}

/** XTTYPE_HOSTMASK: "addr[/N|/mask]". */
/** xtables_ipmask_to_numeric() */
function maskStr(mask: number): string {
  if (mask === 0xffffffff) return '';
  let cidr = 0;
  while (cidr < 32 && (mask >>> (31 - cidr)) & 1) cidr++;
  return ((mask << cidr) >>> 0) === 0 || cidr === 32 ? `/${cidr}` : `/${ipToString(mask)}`;
}

const ADDR_OPTS: readonly [string, number, string][] = [
  ['ctorigsrc', F.ORIGSRC, 'origsrc'], ['ctorigdst', F.ORIGDST, 'origdst'], ['ctreplsrc', F.REPLSRC, 'replsrc'], ['ctrepldst', F.REPLDST, 'repldst'],
];
const PORT_OPTS: readonly [string, number, string][] = [
  ['ctorigsrcport', F.ORIGSRC_PORT, 'origsrcPort'], ['ctorigdstport', F.ORIGDST_PORT, 'origdstPort'],
  ['ctreplsrcport', F.REPLSRC_PORT, 'replsrcPort'], ['ctrepldstport', F.REPLDST_PORT, 'repldstPort'],
];

function setFlag(info: Info, bit: number, inv: boolean): void {
  info['matchFlags'] = n(info, 'matchFlags') | bit;
  if (inv) info['invertFlags'] = n(info, 'invertFlags') | bit;
}

/** conntrack_mt_parse() for rev 3. */
function conntrackParse(o: string, arg: string, inv: boolean, info: Info): ParseErr {
  const addr = ADDR_OPTS.find((x) => x[0] === o);
  if (addr) {
    // xtopt_parse_hostmask(): the address as given (the kernel masks both sides), the mask of xtopt_parse_mask()
    const r = parseHostMask(arg);
    // xtopt_parse_host(): getaddrinfo() of what is not an address; a name would need DNS, which no lab reaches.
    if (!r) return `getaddrinfo: ${/^[0-9.]*$/.test(arg.split('/')[0]!) ? EAI_NONAME : EAI_AGAIN}\n`;
    if (r === 'mask') return plenMaskErr('conntrack', o);
    Object.assign(info, { [`${addr[2]}Addr`]: r[0], [`${addr[2]}Mask`]: r[1] });
    setFlag(info, addr[1], inv);
    return null;
  }
  const port = PORT_OPTS.find((x) => x[0] === o);
  if (port) {
    // XTTYPE_PORTRC (xtopt_parse_mport(): getaddrinfo()'s decimal numbers cut to 16 bits, or service names)
    const r = xtoptMport('conntrack', o, arg);
    if (typeof r === 'string') return r;
    Object.assign(info, { [port[2]]: r[0], [`${port[2]}High`]: r[1] });
    setFlag(info, port[1], inv);
    return null;
  }
  switch (o) {
    case 'ctstate': {
      const m = parseList(arg, PARSE_STATES, 'ctstate');
      if (typeof m === 'string') return m;
      info['stateMask'] = m;
      setFlag(info, F.STATE, inv);
      return null;
    }
    case 'ctproto': {
      const p = xtablesParseProtocol(arg, inetProtoA2n);
      if (p < 0) return `unknown protocol "${arg}" specified`;
      // conntrack_mt_parse(): l4proto 0 with invert_flags & XT_INV_PROTO (0x40, which is the bit of an
      // inverted --ctstatus given before) would never match
      if (p === 0 && n(info, 'invertFlags') & 0x40) return 'conntrack: rule would never match protocol';
      info['l4proto'] = p;
      setFlag(info, F.PROTO, inv);
      return null;
    }
    case 'ctstatus': {
      const m = parseList(arg, PARSE_STATUSES, 'ctstatus');
      if (typeof m === 'string') return m;
      info['statusMask'] = m;
      setFlag(info, F.STATUS, inv);
      return null;
    }
    case 'ctexpire': {
      // conntrack_mt_parse(): O_CTEXPIRE is an XTTYPE_UINT32RC (":7" is 0:7, "7:" 7:4294967295).
      const r = parseU32Range('conntrack', 'ctexpire', arg);
      if (typeof r === 'string') return r;
      Object.assign(info, { expiresMin: r[0], expiresMax: r[1] });
      setFlag(info, F.EXPIRES, inv);
      return null;
    }
    default: {
      const up = arg.toUpperCase();
      // xtables_param_act(XTF_BAD_VALUE, "conntrack", ...)
      if (up !== 'ORIGINAL' && up !== 'REPLY') return `conntrack: Bad value for "--ctdir" option: "${arg}"`;
      setFlag(info, F.DIRECTION, false);
      if (up === 'REPLY') info['invertFlags'] = n(info, 'invertFlags') | F.DIRECTION;
      else info['invertFlags'] = n(info, 'invertFlags') & ~F.DIRECTION;
      return null;
    }
  }
}

/** conntrack_dump(): -L (prefix "", names resolved) and -S (prefix "--", numeric). */
function conntrackDump(i: Info, prefix: string, numeric: boolean): string {
  const f = n(i, 'matchFlags');
  const inv = n(i, 'invertFlags');
  const not = (bit: number): string => (inv & bit ? ' !' : '');
  let s = '';
  if (f & F.STATE) s += `${not(F.STATE)} ${prefix}${f & F.STATE_ALIAS ? 'state' : 'ctstate'} ${listStr(n(i, 'stateMask'), STATES)}`;
  if (f & F.PROTO) s += `${not(F.PROTO)} ${prefix}ctproto ${n(i, 'l4proto')}`;
  for (const [opt, bit, k] of ADDR_OPTS) {
    if (!(f & bit)) continue;
    const a = n(i, `${k}Addr`);
    s += `${not(bit)} ${prefix}${opt} ${!numeric && a === 0 ? 'anywhere' : ipToString(a) + maskStr(n(i, `${k}Mask`))}`;
  }
  for (const [opt, bit, k] of PORT_OPTS) {
    if (!(f & bit)) continue;
    const lo = n(i, k);
    const hi = n(i, `${k}High`);
    s += `${not(bit)} ${prefix}${opt} ${hi === 0 || lo === hi ? lo : `${lo}:${hi}`}`;
  }
  if (f & F.STATUS) s += `${not(F.STATUS)} ${prefix}ctstatus ${n(i, 'statusMask') ? listStr(n(i, 'statusMask'), STATUSES) : 'NONE'}`;
  if (f & F.EXPIRES) {
    const lo = n(i, 'expiresMin');
    const hi = n(i, 'expiresMax');
    s += `${not(F.EXPIRES)} ${prefix}ctexpire ${lo === hi ? lo : `${lo}:${hi}`}`;
  }
  if (f & F.DIRECTION) s += ` ${prefix}ctdir ${inv & F.DIRECTION ? 'REPLY' : 'ORIGINAL'}`;
  return s;
}

const conntrackInit = (): Info => ({ matchFlags: 0, invertFlags: 0, stateMask: 0, statusMask: 0, l4proto: 0 });

const conntrack: Ext = {
  name: 'conntrack', revision: 3,
  opts: {
    ctstate: true, ctproto: true, ctorigsrc: true, ctorigdst: true, ctreplsrc: true, ctrepldst: true, ctstatus: true,
    ctexpire: true, ctorigsrcport: true, ctorigdstport: true, ctreplsrcport: true, ctrepldstport: true, ctdir: true,
  },
  // conntrack_mt_opts[]: each option once, all but --ctdir invertible
  xtopts: {
    ctstate: { id: 0, invert: true }, ctproto: { id: 1, invert: true }, ctorigsrc: { id: 2, invert: true }, ctorigdst: { id: 3, invert: true },
    ctreplsrc: { id: 4, invert: true }, ctrepldst: { id: 5, invert: true }, ctorigsrcport: { id: 6, invert: true }, ctorigdstport: { id: 7, invert: true },
    ctreplsrcport: { id: 8, invert: true }, ctrepldstport: { id: 9, invert: true }, ctstatus: { id: 10, invert: true }, ctexpire: { id: 11, invert: true },
    ctdir: { id: 12 },
  },
  init: conntrackInit,
  parse: (o, arg, inv, info) => conntrackParse(o, arg, inv, info),
  final: (i) => (n(i, 'matchFlags') === 0 ? 'conntrack: At least one option is required' : null),
  print: (i, numeric) => conntrackDump(i, '', numeric),
  save: (i) => conntrackDump(i, '--', true),
};

/** "state": the conntrack match rev 3 with XT_CONNTRACK_STATE_ALIAS (state_ct23_parse()). */
const state: Ext = {
  name: 'state', realName: 'conntrack', revision: 3, opts: { state: true },
  init: conntrackInit,
  parse(_o, arg, inv, info) {
    const m = parseList(arg, PARSE_STATES.slice(0, 5), 'state');
    if (typeof m === 'string') return m;
    Object.assign(info, { matchFlags: F.STATE | F.STATE_ALIAS, stateMask: m, invertFlags: inv ? F.STATE : 0 });
    return null;
  },
  xtopts: { state: { id: 0, mand: true, invert: true } },
  print: (i) => `${n(i, 'invertFlags') & F.STATE ? ' !' : ''} state ${listStr(n(i, 'stateMask'), STATES)}`,
  save: (i) => `${n(i, 'invertFlags') & F.STATE ? ' !' : ''} --state ${listStr(n(i, 'stateMask'), STATES)}`,
};

/** connmark_mt_print()'s print_mark() */
const markStr = (mark: number, mask: number): string => (mask !== 0xffffffff ? ` ${hex(mark)}/${hex(mask)}` : ` ${hex(mark)}`);

const connmark: Ext = {
  name: 'connmark', revision: 1, opts: { mark: true }, xtopts: { mark: { id: 0, mand: true, invert: true } },
  init: () => ({ mark: 0, mask: 0xffffffff, invert: false }),
  parse(_o, arg, inv, info) {
    const r = xtoptMarkmask('connmark', 'mark', arg);
    if (typeof r === 'string') return r;
    Object.assign(info, { mark: r[0], mask: r[1], invert: inv });
    return null;
  },
  print: (i) => ` connmark match ${i['invert'] === true ? '!' : ''}${markStr(n(i, 'mark'), n(i, 'mask'))}`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --mark${markStr(n(i, 'mark'), n(i, 'mask'))}`,
};

/** XT_CONNMARK_SET/SAVE/RESTORE */
const SET = 0;
const SAVE = 1;
const RESTORE = 2;

/**
 * connmark_tg_opts[] of libxt_CONNMARK.c: one operation (F_OP_ANY: set,
 * save, restore, and, or, xor, set-xmark); --mask or --ctmask/--nfmask.
 */
const OP_ANY = 0x13f;
const CONNMARK_OPTS = {
  'set-xmark': { id: 8, excl: OP_ANY }, 'set-mark': { id: 0, excl: OP_ANY }, 'and-mark': { id: 3, excl: OP_ANY },
  'or-mark': { id: 4, excl: OP_ANY }, 'xor-mark': { id: 5, excl: OP_ANY }, 'save-mark': { id: 1, excl: OP_ANY },
  'restore-mark': { id: 2, excl: OP_ANY }, ctmask: { id: 9, excl: 1 << 11 }, nfmask: { id: 10, excl: 1 << 11 },
  mask: { id: 11, excl: (1 << 9) | (1 << 10) },
};

const connmarkTarget: Ext = {
  name: 'CONNMARK', revision: 2, xtopts: CONNMARK_OPTS,
  opts: {
    'set-mark': true, 'set-xmark': true, 'and-mark': true, 'or-mark': true, 'xor-mark': true, 'save-mark': false,
    'restore-mark': false, mask: true, nfmask: true, ctmask: true,
  },
  init: () => ({ mode: -1, ctmark: 0, ctmask: 0xffffffff, nfmask: 0xffffffff }),
  parse(o, arg, _inv, info) {
    // Two operations: xtables_options_fcheck() refuses them (F_OP_ANY).
    if (o === 'save-mark' || o === 'restore-mark') {
      info['mode'] = o === 'save-mark' ? SAVE : RESTORE;
      return null;
    }
    if (o === 'mask' || o === 'nfmask' || o === 'ctmask') {
      const v = xtoptUint('CONNMARK', o, arg, 0xffffffff);
      if (typeof v === 'string') return v;
      if (o !== 'ctmask') info['nfmask'] = v;
      if (o !== 'nfmask') info['ctmask'] = v;
      return null;
    }
    const r = o === 'set-mark' || o === 'set-xmark' ? xtoptMarkmask('CONNMARK', o, arg) : xtoptUint('CONNMARK', o, arg, 0xffffffff);
    if (typeof r === 'string') return r;
    const [v, m] = typeof r === 'number' ? [r, 0] : r;
    const set = (ctmark: number, ctmask: number): void => void Object.assign(info, { mode: SET, ctmark: ctmark >>> 0, ctmask: ctmask >>> 0 });
    if (o === 'set-xmark') set(v, m);
    else if (o === 'set-mark') set(v, v | m);
    else if (o === 'and-mark') set(0, ~v);
    else if (o === 'or-mark') set(v, v);
    else set(v, 0);
    return null;
  },
  final: (i) => (n(i, 'mode') < 0 ? 'CONNMARK target: No operation specified' : null),
  print(i) {
    const cm = n(i, 'ctmark');
    const ck = n(i, 'ctmask');
    const nk = n(i, 'nfmask');
    switch (n(i, 'mode')) {
      case SET:
        if (cm === 0) return ` CONNMARK and ${hex(~ck)}`;
        if (cm === ck) return ` CONNMARK or ${hex(cm)}`;
        if (ck === 0) return ` CONNMARK xor ${hex(cm)}`;
        if (ck === 0xffffffff) return ` CONNMARK set ${hex(cm)}`;
        return ` CONNMARK xset ${hex(cm)}/${hex(ck)}`;
      case SAVE:
        if (nk === 0xffffffff && ck === 0xffffffff) return ' CONNMARK save';
        return nk === ck ? ` CONNMARK save mask ${hex(nk)}` : ` CONNMARK save nfmask ${hex(nk)} ctmask ~${hex(ck)}`;
      default:
        if (nk === 0xffffffff && ck === 0xffffffff) return ' CONNMARK restore';
        return nk === ck ? ` CONNMARK restore mask ${hex(ck)}` : ` CONNMARK restore ctmask ${hex(ck)} nfmask ~${hex(nk)}`;
    }
  },
  save(i) {
    switch (n(i, 'mode')) {
      case SET: return ` --set-xmark ${hex(n(i, 'ctmark'))}/${hex(n(i, 'ctmask'))}`;
      case SAVE: return ` --save-mark --nfmask ${hex(n(i, 'nfmask'))} --ctmask ${hex(n(i, 'ctmask'))}`;
      default: return ` --restore-mark --nfmask ${hex(n(i, 'nfmask'))} --ctmask ${hex(n(i, 'ctmask'))}`;
    }
  },
};

/** XT_CT_NOTRACK, XT_CT_NOTRACK_ALIAS */
const XT_CT_NOTRACK = 1;
const XT_CT_NOTRACK_ALIAS = 2;

/** XT_CT_ZONE_DIR_ORIG, XT_CT_ZONE_DIR_REPL, XT_CT_ZONE_MARK */
const XT_CT_ZONE_DIR_ORIG = 4;
const XT_CT_ZONE_DIR_REPL = 8;
const XT_CT_ZONE_MARK = 16;

/** libxt_CT.c ct_event_tbl[] (name, IPCT_* bit) and exp_event_tbl[]. */
const CT_EVENTS: readonly [string, number][] = [
  ['new', 0], ['related', 1], ['destroy', 2], ['reply', 3], ['assured', 4], ['protoinfo', 5], ['helper', 6], ['mark', 7],
  ['natseqinfo', 8], ['secmark', 9],
];
const EXP_EVENTS: readonly [string, number][] = [['new', 0]];

/** ct_parse_events(): a comma list of exact names. */
function parseEvents(tbl: readonly [string, number][], arg: string): number | string {
  let mask = 0;
  for (const t of arg.split(',')) {
    const e = tbl.find((x) => x[0] === t);
    if (!e) return `Unknown event type "${t}"`;
    mask |= 1 << e[1];
  }
  return mask;
}

/** ct_print_events() */
const printEvents = (pfx: string, tbl: readonly [string, number][], mask: number): string =>
  ` ${pfx} ${tbl.filter((x) => mask & (1 << x[1])).map((x) => x[0]).join(',')}`;

/** ct_print_zone_id() */
function printZone(pfx: string, zone: number, flags: number): string {
  const dir = flags & (XT_CT_ZONE_DIR_ORIG | XT_CT_ZONE_DIR_REPL);
  return ` ${pfx}${dir === XT_CT_ZONE_DIR_ORIG ? '-orig' : dir === XT_CT_ZONE_DIR_REPL ? '-reply' : ''}${flags & XT_CT_ZONE_MARK ? ' mark' : ` ${zone}`}`;
}

/** ct_print_v1()/ct_save_v1(): `pfx` "" for -L (after " CT"), "--" for -S. */
function ctDump(i: Info, pfx: string): string {
  const f = n(i, 'flags');
  let s = '';
  if (f & XT_CT_NOTRACK) s += ` ${pfx}notrack`;
  if (i['helper']) s += ` ${pfx}helper ${String(i['helper'])}`;
  if (i['timeout']) s += ` ${pfx}timeout ${String(i['timeout'])}`;
  if (n(i, 'ctEvents')) s += printEvents(`${pfx}ctevents`, CT_EVENTS, n(i, 'ctEvents'));
  if (n(i, 'expEvents')) s += printEvents(`${pfx}expevents`, EXP_EVENTS, n(i, 'expEvents'));
  if (f & XT_CT_ZONE_MARK || n(i, 'zone')) s += printZone(`${pfx}zone`, n(i, 'zone'), f);
  return s;
}

/** CT rev 2 (xt_ct_target_info_v1), ct_parse_v1(). */
const ct: Ext = {
  name: 'CT', revision: 2,
  opts: { notrack: false, helper: true, timeout: true, ctevents: true, expevents: true, 'zone-orig': true, 'zone-reply': true, zone: true },
  xtopts: {
    notrack: { id: 0 }, helper: { id: 1 }, timeout: { id: 2 }, ctevents: { id: 3 }, expevents: { id: 4 }, 'zone-orig': { id: 5 },
    'zone-reply': { id: 6 }, zone: { id: 7 },
  },
  init: () => ({ flags: 0, helper: '', timeout: '', ctEvents: 0, expEvents: 0, zone: 0 }),
  parse(o, arg, _inv, info) {
    switch (o) {
      case 'notrack': info['flags'] = n(info, 'flags') | XT_CT_NOTRACK; return null;
      case 'helper': case 'timeout': info[o] = arg.slice(0, 15); return null;
      case 'ctevents': case 'expevents': {
        const m = parseEvents(o === 'ctevents' ? CT_EVENTS : EXP_EVENTS, arg);
        if (typeof m === 'string') return m;
        info[o === 'ctevents' ? 'ctEvents' : 'expEvents'] = m;
        return null;
      }
      default: {
        // ct_parse_zone_id(): a direction from the option, "mark" or a number 0-65535.
        let f = n(info, 'flags');
        if (o === 'zone-orig') f |= XT_CT_ZONE_DIR_ORIG;
        if (o === 'zone-reply') f |= XT_CT_ZONE_DIR_REPL;
        info['zone'] = 0;
        if (arg.toLowerCase() === 'mark') f |= XT_CT_ZONE_MARK;
        else {
          const v = strtoui(arg, 0xffff);
          if (v === null) return `Cannot parse ${arg} as a zone ID`;
          info['zone'] = v;
        }
        info['flags'] = f;
        return null;
      }
    }
  },
  print: (i) => ` CT${ctDump(i, '')}`,
  save: (i) => ctDump(i, '--'),
};

/** NOTRACK: CT rev 2 with XT_CT_NOTRACK | XT_CT_NOTRACK_ALIAS (notrack_ct2_tg_init()). */
const notrack: Ext = {
  name: 'NOTRACK', realName: 'CT', revision: 2, opts: {},
  init: () => ({ flags: XT_CT_NOTRACK | XT_CT_NOTRACK_ALIAS }),
  parse: () => null,
  print: () => ' NOTRACK',
  save: () => '',
};

/** libxt_helper.c: --helper NAME (char name[30]), invertible. */
const helper: Ext = {
  name: 'helper', revision: 0, opts: { helper: true },
  xtopts: { helper: { id: 0, mand: true, invert: true } },
  init: () => ({ name: '', invert: false }),
  parse(_o, arg, inv, info) {
    Object.assign(info, { name: arg.slice(0, 29), invert: inv });
    return null;
  },
  print: (i) => ` helper match ${i['invert'] === true ? '! ' : ''}"${String(i['name'])}"`,
  save: (i) => `${i['invert'] === true ? ' !' : ''} --helper${saveString(String(i['name']))}`,
};

export const CT_MATCHES: readonly Ext[] = [conntrack, state, connmark, helper];
export const CT_TARGETS: readonly Ext[] = [connmarkTarget, ct, notrack];

/** The extension a kernel x_tables name and info stand for (the alias they were made with). */
export function ctAliasName(xtName: string, info: Info): string {
  if (xtName === 'conntrack' && n(info, 'matchFlags') & F.STATE_ALIAS) return 'state';
  if (xtName === 'CT' && n(info, 'flags') & XT_CT_NOTRACK_ALIAS) return 'NOTRACK';
  return xtName;
}
