/**
 * The sctp and dccp matches of iptables 1.8.9: ports, SCTP chunk types
 * (all/any/only, with chunk flags) and DCCP packet types and an option.
 * @iptables extensions/libxt_sctp.c, extensions/libxt_dccp.c
 */
import { parseTcpPorts, portsPrint, type Ext, type Info, type ParseErr } from './ipt_ext.js';
import { xtoptMport, xtoptUint } from './ipt_xtopt.js';

const n = (i: Info, k: string): number => (typeof i[k] === 'number' ? (i[k] as number) : 0);
const arr = (i: Info, k: string): number[] => (Array.isArray(i[k]) ? [...(i[k] as number[])] : []);

/** XT_SCTP_* and SCTP_CHUNK_MATCH_* (xt_sctp.h) */
const XT_SCTP_SRC_PORTS = 0x01;
const XT_SCTP_DEST_PORTS = 0x02;
const XT_SCTP_CHUNK_TYPES = 0x04;
const MATCH_TYPES: readonly [string, number][] = [['any', 0x0001], ['all', 0x0002], ['only', 0x0004]];

/** sctp_chunk_names[]: name, type, the flag letters from bit 7 down to bit 0 (the help lists fewer than the table has). */
export const SCTP_CHUNKS: readonly [string, number, string][] = [
  ['DATA', 0, '----IUBE'], ['INIT', 1, '--------'], ['INIT_ACK', 2, '--------'], ['SACK', 3, '--------'],
  ['HEARTBEAT', 4, '--------'], ['HEARTBEAT_ACK', 5, '--------'], ['ABORT', 6, '-------T'], ['SHUTDOWN', 7, '--------'],
  ['SHUTDOWN_ACK', 8, '--------'], ['ERROR', 9, '--------'], ['COOKIE_ECHO', 10, '--------'], ['COOKIE_ACK', 11, '--------'],
  ['ECN_ECNE', 12, '--------'], ['ECN_CWR', 13, '--------'], ['SHUTDOWN_COMPLETE', 14, '-------T'], ['I_DATA', 64, '----IUBE'],
  ['RE_CONFIG', 130, '--------'], ['PAD', 132, '--------'], ['ASCONF', 193, '--------'], ['ASCONF_ACK', 128, '--------'],
  ['FORWARD_TSN', 192, '--------'], ['I_FORWARD_TSN', 194, '--------'],
];

/** XT_NUM_SCTP_FLAGS: chunk types that may carry flags in one rule. */
const XT_NUM_SCTP_FLAGS = 4;

const bitSet = (map: number[], k: number): boolean => ((map[k >>> 5]! >>> (k & 31)) & 1) === 1;

/**
 * parse_sctp_chunk(): ALL, NONE, or chunk names (any case) each with
 * optional flag letters (upper case: set, lower case: clear). The chunk
 * map is 256 bits in 8 words; flag_info entries are [type, flag, mask].
 */
function parseChunks(info: Info, matchType: string, chunks: string): ParseErr {
  const t = MATCH_TYPES.find(([name]) => name === matchType.toLowerCase());
  if (!t) return 'Match type has to be one of "ALL", "ANY" or "ONLY"';
  const map = [0, 0, 0, 0, 0, 0, 0, 0];
  const flagInfo: number[] = [];
  if (chunks.toUpperCase() === 'ALL') map.fill(0xffffffff);
  else if (chunks.toUpperCase() !== 'NONE') {
    for (const word of chunks.split(',').filter((w) => w !== '')) {
      const colon = word.indexOf(':');
      const name = colon < 0 ? word : word.slice(0, colon);
      const k = SCTP_CHUNKS.findIndex(([x]) => x.toLowerCase() === name.toLowerCase());
      if (k < 0) return `Unknown sctp chunk \`${name}'`;
      const [, type, valid] = SCTP_CHUNKS[k]!;
      map[type >>> 5] = (map[type >>> 5]! | (1 << (type & 31))) >>> 0;
      if (colon < 0) continue;
      for (const c of word.slice(colon + 1)) {
        const pos = valid.indexOf(c.toUpperCase());
        if (pos < 0 || c === '-') return `Invalid flags for chunk type ${k}`;
        const bit = 7 - pos;
        let e = flagInfo.findIndex((_, j) => j % 3 === 0 && flagInfo[j] === type);
        if (e < 0) {
          if (flagInfo.length / 3 === XT_NUM_SCTP_FLAGS) {
            return 'Number of chunk types with flags exceeds currently allowed limit.Increasing this limit involves changing IPT_NUM_SCTP_FLAGS andrecompiling both the kernel space and user space modules\n';
          }
          e = flagInfo.length;
          flagInfo.push(type, 0, 0);
        }
        flagInfo[e + 2] = flagInfo[e + 2]! | (1 << bit);
        if (c !== c.toLowerCase()) flagInfo[e + 1] = flagInfo[e + 1]! | (1 << bit);
      }
    }
  }
  Object.assign(info, { chunkMatchType: t[1], chunkmap: map, flagInfo });
  return null;
}

/** print_chunks(): the match type, then NONE, ALL, or each chunk (0x%04X with -n) with its flags. */
function chunksText(i: Info, numeric: boolean): string {
  let s = ` ${MATCH_TYPES.find(([, v]) => v === n(i, 'chunkMatchType'))?.[0] ?? ''}`;
  const map = arr(i, 'chunkmap');
  if (map.every((w) => w === 0)) return `${s} NONE`;
  if (map.every((w) => w >>> 0 === 0xffffffff)) return `${s} ALL`;
  const fi = arr(i, 'flagInfo');
  let first = true;
  for (let k = 0; k < 256; k++) {
    if (!bitSet(map, k)) continue;
    s += first ? ' ' : ',';
    first = false;
    const entry = SCTP_CHUNKS.find(([, type]) => type === k);
    s += numeric || !entry ? `0x${k.toString(16).toUpperCase().padStart(4, '0')}` : entry[0];
    for (let j = 0; j < fi.length; j += 3) {
      if (fi[j] !== k || !fi[j + 2]) continue;
      const valid = entry?.[2] ?? '--------';
      s += ':';
      for (let bit = 7; bit >= 0; bit--) {
        if (!(fi[j + 2]! & (1 << bit))) continue;
        const c = valid[7 - bit]!;
        s += fi[j + 1]! & (1 << bit) ? c : c.toLowerCase();
      }
    }
  }
  return s;
}

const portsText = (opt: string, lo: number, hi: number): string => ` --${opt} ${lo === hi ? lo : `${lo}:${hi}`}`;

/** The option's bit in flags, and in invflags when inverted (both matches: ports are bits 1 and 2). */
function setFlag(info: Info, bit: number, inv: boolean): null {
  info['flags'] = n(info, 'flags') | bit;
  if (inv) info['invflags'] = n(info, 'invflags') | bit;
  return null;
}

/** print_ports() of each port option given (spt, then dpt), the port names of `proto` unless numeric. */
function portsListing(i: Info, proto: string, numeric: boolean): string {
  const [f, inv] = [n(i, 'flags'), n(i, 'invflags')];
  const [sp, dp] = [arr(i, 'spts'), arr(i, 'dpts')];
  let s = '';
  if (f & 1) s += portsPrint('spt', sp[0]!, sp[1]!, (inv & 1) !== 0, numeric, proto);
  if (f & 2) s += portsPrint('dpt', dp[0]!, dp[1]!, (inv & 2) !== 0, numeric, proto);
  return s;
}

/** The --sport/--dport words of save(), for each port option given. */
function portsSaving(i: Info): string {
  const [f, inv] = [n(i, 'flags'), n(i, 'invflags')];
  const [sp, dp] = [arr(i, 'spts'), arr(i, 'dpts')];
  return (f & 1 ? `${inv & 1 ? ' !' : ''}${portsText('sport', sp[0]!, sp[1]!)}` : '') + (f & 2 ? `${inv & 2 ? ' !' : ''}${portsText('dport', dp[0]!, dp[1]!)}` : '');
}

/** libxt_sctp.c (old-style parser: "--chunk-types TYPE CHUNKS" takes two words). */
export const sctp: Ext = {
  name: 'sctp', revision: 0, opts: { 'source-port': true, sport: true, 'destination-port': true, dport: true, 'chunk-types': true },
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], flags: 0, invflags: 0, chunkMatchType: 0, chunkmap: [0, 0, 0, 0, 0, 0, 0, 0], flagInfo: [] }),
  parse(o, arg, inv, info) {
    const bit = o === 'chunk-types' ? XT_SCTP_CHUNK_TYPES : o === 'sport' || o === 'source-port' ? XT_SCTP_SRC_PORTS : XT_SCTP_DEST_PORTS;
    if (n(info, 'flags') & bit) {
      return `Only one \`--${bit === XT_SCTP_CHUNK_TYPES ? 'chunk-types' : bit === XT_SCTP_SRC_PORTS ? 'source-port' : 'destination-port'}' allowed`;
    }
    if (bit === XT_SCTP_CHUNK_TYPES) {
      const sp = arg.indexOf(' ');
      const err = parseChunks(info, arg.slice(0, sp), arg.slice(sp + 1));
      if (err) return err;
    } else {
      const r = parseTcpPorts(arg, 'sctp');
      if (typeof r === 'string') return r;
      info[bit === XT_SCTP_SRC_PORTS ? 'spts' : 'dpts'] = r;
    }
    return setFlag(info, bit, inv);
  },
  print(i, numeric) {
    const chunks = n(i, 'flags') & XT_SCTP_CHUNK_TYPES ? `${n(i, 'invflags') & XT_SCTP_CHUNK_TYPES ? ' !' : ''}${chunksText(i, numeric)}` : '';
    return ` sctp${portsListing(i, 'sctp', numeric)}${chunks}`;
  },
  save(i) {
    const chunks = n(i, 'flags') & XT_SCTP_CHUNK_TYPES ? `${n(i, 'invflags') & XT_SCTP_CHUNK_TYPES ? ' !' : ''} --chunk-types${chunksText(i, false)}` : '';
    return portsSaving(i) + chunks;
  },
};

/** XT_DCCP_* (xt_dccp.h) */
const XT_DCCP_SRC_PORTS = 0x01;
const XT_DCCP_DEST_PORTS = 0x02;
const XT_DCCP_TYPE = 0x04;
const XT_DCCP_OPTION = 0x08;

/** dccp_pkt_types[] */
export const DCCP_TYPES = ['REQUEST', 'RESPONSE', 'DATA', 'ACK', 'DATAACK', 'CLOSEREQ', 'CLOSE', 'RESET', 'SYNC', 'SYNCACK', 'INVALID'];

/** dccp_opts[] (x6): the ports as XTTYPE_PORTRC, the option an XTTYPE_UINT8 from 1, each invertible. */
const DCCP_OPTS = {
  'source-port': { id: 0, invert: true }, sport: { id: 0, invert: true }, 'destination-port': { id: 1, invert: true }, dport: { id: 1, invert: true },
  'dccp-types': { id: 2, invert: true }, 'dccp-option': { id: 3, invert: true },
};

function dccpTypes(mask: number, numeric: boolean): string {
  const out: string[] = [];
  for (let k = 0; k < DCCP_TYPES.length; k++) if (mask & (1 << k)) out.push(numeric ? String(k) : DCCP_TYPES[k]!);
  return out.join(',');
}

/** libxt_dccp.c */
export const dccp: Ext = {
  name: 'dccp', revision: 0, xtopts: DCCP_OPTS,
  opts: { 'source-port': true, sport: true, 'destination-port': true, dport: true, 'dccp-types': true, 'dccp-option': true },
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], flags: 0, invflags: 0, typemask: 0, option: 0 }),
  parse(o, arg, inv, info) {
    let bit: number;
    if (o === 'dccp-types') {
      bit = XT_DCCP_TYPE;
      let mask = 0;
      for (const t of arg.split(',')) {
        const k = DCCP_TYPES.findIndex((x) => x.toLowerCase() === t.toLowerCase());
        if (k < 0) return `Unknown DCCP type \`${t}'`;
        mask |= 1 << k;
      }
      info['typemask'] = mask;
    } else if (o === 'dccp-option') {
      bit = XT_DCCP_OPTION;
      const v = xtoptUint('dccp', 'dccp-option', arg, 255, 1);
      if (typeof v === 'string') return v;
      info['option'] = v;
    } else {
      const src = o === 'sport' || o === 'source-port';
      bit = src ? XT_DCCP_SRC_PORTS : XT_DCCP_DEST_PORTS;
      const r = xtoptMport('dccp', src ? 'source-port' : 'destination-port', arg);
      if (typeof r === 'string') return r;
      info[src ? 'spts' : 'dpts'] = r;
    }
    return setFlag(info, bit, inv);
  },
  print(i, numeric) {
    const [f, inv] = [n(i, 'flags'), n(i, 'invflags')];
    let s = ` dccp${portsListing(i, 'dccp', numeric)}`;
    if (f & XT_DCCP_TYPE) s += ` ${inv & XT_DCCP_TYPE ? '! ' : ''}${dccpTypes(n(i, 'typemask'), numeric)}`;
    if (f & XT_DCCP_OPTION) s += ` option=${inv & XT_DCCP_OPTION ? '!' : ''}${n(i, 'option')}`;
    return s;
  },
  save(i) {
    const [f, inv] = [n(i, 'flags'), n(i, 'invflags')];
    let s = portsSaving(i);
    if (f & XT_DCCP_TYPE) s += `${inv & XT_DCCP_TYPE ? ' !' : ''} --dccp-types ${dccpTypes(n(i, 'typemask'), false)}`;
    if (f & XT_DCCP_OPTION) s += `${inv & XT_DCCP_OPTION ? ' !' : ''} --dccp-option ${n(i, 'option')}`;
    return s;
  },
};
