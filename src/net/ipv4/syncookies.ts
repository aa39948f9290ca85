/**
 * SYN cookies: when a listener's SYN queue overflows (or tcp_syncookies=2),
 * the SYN-ACK's sequence number encodes the connection (a keyed hash of the
 * 4-tuple, the minute, and the index of the peer's MSS in msstab) and no
 * request is kept; the peer's ACK brings it back. With timestamps, the low
 * 6 bits of our TSval carry the peer's window scale and SACK-permitted.
 * @linux net/ipv4/syncookies.c
 */
import type { Net } from '../core/net_namespace.js';
import { LinuxMib, netIncStats } from '../core/snmp.js';
import { netSecret, secureMix } from '../core/secure_seq.js';
import type { TcpOptionsReceived } from '../../wire/tcp.js';

const COOKIEBITS = 24;
const COOKIEMASK = (1 << COOKIEBITS) - 1;
const MAX_SYNCOOKIE_AGE = 2;
const TSBITS = 6;
const TS_OPT_WSCALE_MASK = 0xf;
const TS_OPT_SACK = 1 << 4;
/** The request agreed to ECN (cookie_ecn_ok() reads it back). */
export const TS_OPT_ECN = 1 << 5;
/** TCP_SYNCOOKIE_VALID: an ACK is checked as a cookie for 2 minutes after the last overflow. */
const TCP_SYNCOOKIE_VALID = 120e9;

/** msstab: the MSS values a cookie can encode (the largest not above the peer's). */
const MSSTAB = [536, 1300, 1440, 1460] as const;

/** cookie_hash(): siphash_4u32 of the addresses, ports and count, keyed by syncookie_secret[c]. */
function cookieHash(net: Net, saddr: number, daddr: number, ports: number, count: number, c: number): number {
  return secureMix(saddr, daddr, ports, count, (netSecret(net) ^ (c ? 0x5ca1ab1e : 0x0c00c1e5)) >>> 0);
}

/** tcp_cookie_time(): minutes of the TCP clock. */
function tcpCookieTime(net: Net): number {
  return Math.floor(net.sched.now / 60e9);
}

/** secure_tcp_syn_cookie() */
function secureTcpSynCookie(net: Net, saddr: number, daddr: number, ports: number, sseq: number, data: number): number {
  const count = tcpCookieTime(net);
  return (cookieHash(net, saddr, daddr, ports, 0, 0) + sseq + (count << COOKIEBITS) +
    ((cookieHash(net, saddr, daddr, ports, count, 1) + data) & COOKIEMASK)) >>> 0;
}

/** check_tcp_syn_cookie(): the encoded data, or -1 when the cookie is older than MAX_SYNCOOKIE_AGE minutes. */
function checkTcpSynCookie(net: Net, cookie: number, saddr: number, daddr: number, ports: number, sseq: number): number {
  const count = tcpCookieTime(net);
  cookie = (cookie - cookieHash(net, saddr, daddr, ports, 0, 0) - sseq) >>> 0;
  const diff = (count - (cookie >>> COOKIEBITS)) & (0xffffffff >>> COOKIEBITS);
  if (diff >= MAX_SYNCOOKIE_AGE) return -1;
  return (cookie - cookieHash(net, saddr, daddr, ports, count - diff, 1)) & COOKIEMASK;
}

/** The listener's SYN-queue overflow stamp (rx_opt.ts_recent_stamp of a listener). */
export interface SynqOverflow {
  synqOverflowStamp: number;
}

/** tcp_synq_overflow(): remember the overflow, at most once a second. */
function tcpSynqOverflow(net: Net, lsk: SynqOverflow): void {
  if (net.sched.now > lsk.synqOverflowStamp + 1e9) lsk.synqOverflowStamp = net.sched.now;
}

/** tcp_synq_no_recent_overflow() */
export function tcpSynqNoRecentOverflow(net: Net, lsk: SynqOverflow): boolean {
  return net.sched.now > lsk.synqOverflowStamp + TCP_SYNCOOKIE_VALID;
}

/**
 * cookie_v4_init_sequence() / __cookie_v4_init_sequence(): the ISN of a
 * cookie SYN-ACK (SyncookiesSent) and the MSS it encodes. Addresses and
 * ports are those of the SYN (saddr is the peer).
 */
export function cookieV4InitSequence(
  net: Net, lsk: SynqOverflow, saddr: number, daddr: number, sport: number, dport: number, seq: number, mss: number,
): { isn: number; mss: number } {
  tcpSynqOverflow(net, lsk);
  netIncStats(net, LinuxMib.SYNCOOKIESSENT);
  let mssind = MSSTAB.length - 1;
  while (mssind && mss < MSSTAB[mssind]!) mssind--;
  return { isn: secureTcpSynCookie(net, saddr, daddr, ((sport << 16) | dport) >>> 0, seq, mssind), mss: MSSTAB[mssind]! };
}

/** __cookie_v4_check(): the MSS the ACK's cookie (ack_seq - 1) encodes, 0 when it is not ours. */
export function cookieV4CheckMss(net: Net, saddr: number, daddr: number, sport: number, dport: number, seq: number, ackSeq: number): number {
  const mssind = checkTcpSynCookie(net, (ackSeq - 1) >>> 0, saddr, daddr, ((sport << 16) | dport) >>> 0, (seq - 1) >>> 0);
  return mssind >= 0 && mssind < MSSTAB.length ? MSSTAB[mssind]! : 0;
}

/** cookie_init_timestamp(): a TSval (before ts_off, in ms) not after now whose low bits carry the peer's options. */
export function cookieInitTimestamp(nowMs: number, wscaleOk: boolean, sndWscale: number, sackOk: boolean, ecnOk = false): number {
  let options = wscaleOk ? sndWscale : TS_OPT_WSCALE_MASK;
  if (sackOk) options |= TS_OPT_SACK;
  if (ecnOk) options |= TS_OPT_ECN;
  let ts = Math.floor(nowMs / (1 << TSBITS)) * (1 << TSBITS) + options;
  if (ts > nowMs) ts -= 1 << TSBITS;
  return ts;
}

/**
 * cookie_timestamp_decode(): the SYN's options from the echoed TSval (tsecr
 * already less ts_off); false when they are not allowed now.
 */
export function cookieTimestampDecode(
  s: { timestamps: number; sack: number; windowScaling: number }, opt: TcpOptionsReceived,
): boolean {
  const options = opt.rcvTsecr;
  opt.wscaleOk = false;
  opt.sndWscale = 0;
  opt.sackOk = false;
  if (!opt.sawTstamp) return true;
  if (!s.timestamps) return false;
  opt.sackOk = (options & TS_OPT_SACK) !== 0;
  if (opt.sackOk && !s.sack) return false;
  if ((options & TS_OPT_WSCALE_MASK) === TS_OPT_WSCALE_MASK) return true;
  opt.wscaleOk = true;
  opt.sndWscale = options & TS_OPT_WSCALE_MASK;
  return s.windowScaling !== 0;
}
