/**
 * tcpdump 4.99's port-selected payload printers that a lab's traffic meets
 * most: the text protocols over TCP (HTTP on 80 and 8080, RTSP on 554 and
 * 8554, FTP on 21, SMTP on 25, WHOIS on 43: txtproto_print()), SSH's
 * version line, BGP's name (its messages under -v are not decoded, nor
 * telnet's IAC commands), and the AFS RX header
 * that every UDP datagram to or from ports 7000..7009 is read as
 * (rx_print(), with rx_ack_print() for an ack). The AFS service calls of a
 * data packet with seq 1 and client-init (fs_print(), vldb_print()...) are
 * not decoded.
 * @tcpdump util-print.c print-http.c print-rtsp.c print-ftp.c print-smtp.c print-rx.c
 */

/** A packet being printed (print_ip.ts's Pkt): the bytes and where the capture ends. */
import { domainPrint } from './print_domain.js';

interface Pkt {
  readonly b: Uint8Array;
  end: number;
}

/** The netdissect_options this file reads. */
interface Ndo {
  vflag: number;
}

/** MAX_TOKEN of util-print.c */
const MAX_TOKEN = 128;
/** RESP_CODE_SECOND_TOKEN (netdissect.h): the response code is a response line's second token. */
const RESP_CODE_SECOND_TOKEN = 1;

/** ND_ASCII_ISPRINT() */
const isPrint = (c: number): boolean => c >= 0x20 && c <= 0x7e;

/**
 * fetch_token(): the token at `idx` (printable ASCII up to a blank, CR or
 * LF) and the index past it and the blanks after it, or null (0) when
 * there is none or it is not text.
 */
function fetchToken(p: Pkt, base: number, idx: number, len: number): { tok: string; idx: number } | null {
  let tok = '';
  for (; idx < len; idx++) {
    if (base + idx >= p.end) return null;
    const c = p.b[base + idx]!;
    if (c >= 0x80) return null;
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) break;
    if (!isPrint(c)) return null;
    // "no room for this character and terminating '\0'"
    if (tok.length + 2 > MAX_TOKEN + 1) return null;
    tok += String.fromCharCode(c);
  }
  if (tok === '') return null;
  for (; idx < len; idx++) {
    if (base + idx >= p.end) break;
    const c = p.b[base + idx]!;
    if (c === 0x0d || c === 0x0a) break;
    if (!isPrint(c)) break;
    if (c !== 0x20 && c !== 0x09) break;
  }
  return { tok, idx };
}

/**
 * print_txt_line(): the line at `idx` after `prefix`, and the index past its
 * end of line; 0 when it is not text (after printing it with " [|proto]"
 * when it is text without an end of line).
 */
function printTxtLine(out: string[], proto: string, prefix: string, p: Pkt, base: number, idx: number, len: number): number {
  const start = idx;
  const text = (end: number): string => {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(p.b[base + i]!);
    return s;
  };
  while (idx < len) {
    // GET_U_1() past the capture: the printer's longjmp to " [|proto]"
    if (base + idx >= p.end) {
      out.push(` [|${proto}]`);
      return 0;
    }
    const c = p.b[base + idx]!;
    if (c === 0x0a) {
      out.push(prefix + text(idx));
      return idx + 1;
    }
    if (c === 0x0d) {
      if (idx + 1 >= len) return 0;
      if (base + idx + 1 >= p.end) {
        out.push(` [|${proto}]`);
        return 0;
      }
      if (p.b[base + idx + 1] === 0x0a) {
        out.push(prefix + text(idx));
        return idx + 2;
      }
      return 0;
    }
    if (!isPrint(c) && c !== 0x09) return 0;
    idx++;
  }
  // "All printable ASCII, but no line ending": printed as truncated.
  out.push(prefix + text(idx) + ` [|${proto}]`);
  return 0;
}

/**
 * txtproto_print(): with a command list, the payload is printed only when
 * its first token is one of the commands or its first (or second) token a
 * three-digit response code; the protocol's name in capitals, then the
 * first line (": LINE"), or under -v ", length: N" and every text line on
 * a line of its own.
 */
function txtprotoPrint(o: Ndo, p: Pkt, base: number, len: number, proto: string, cmds: readonly string[] | null, flags: number): string {
  let printThis = false;
  if (cmds) {
    let t = fetchToken(p, base, 0, len);
    if (t) {
      const up = t.tok.toUpperCase();
      if (cmds.includes(up)) printThis = true;
      if (flags & RESP_CODE_SECOND_TOKEN) t = fetchToken(p, base, t.idx, len);
      if (t && /^[0-9]{3}$/.test(t.tok)) printThis = true;
    }
  } else printThis = true;
  const out: string[] = [proto.toUpperCase()];
  if (printThis) {
    if (o.vflag) {
      out.push(`, length: ${len}`);
      for (let idx = 0, eol = 0; idx < len && (eol = printTxtLine(out, proto, '\n\t', p, base, idx, len)) !== 0; idx = eol);
    } else printTxtLine(out, proto, ': ', p, base, 0, len);
  }
  return out.join('');
}

/** httpcmds[] of print-http.c */
const HTTP_CMDS: readonly string[] = [
  'GET', 'PUT', 'COPY', 'HEAD', 'LOCK', 'MOVE', 'POLL', 'POST', 'BCOPY', 'BMOVE', 'MKCOL', 'TRACE', 'LABEL',
  'MERGE', 'DELETE', 'SEARCH', 'UNLOCK', 'REPORT', 'UPDATE', 'NOTIFY', 'BDELETE', 'CONNECT', 'OPTIONS',
  'CHECKIN', 'PROPFIND', 'CHECKOUT', 'CCM_POST', 'SUBSCRIBE', 'PROPPATCH', 'BPROPFIND', 'BPROPPATCH',
  'UNCHECKOUT', 'MKACTIVITY', 'MKWORKSPACE', 'UNSUBSCRIBE', 'RPC_CONNECT', 'VERSION-CONTROL', 'BASELINE-CONTROL',
];

/** rtspcmds[] of print-rtsp.c */
const RTSP_CMDS: readonly string[] = [
  'DESCRIBE', 'ANNOUNCE', 'GET_PARAMETER', 'OPTIONS', 'PAUSE', 'PLAY', 'RECORD', 'REDIRECT', 'SETUP',
  'SET_PARAMETER', 'TEARDOWN',
];

/** sipcmds[] of print-sip.c */
const SIP_CMDS: readonly string[] = [
  'ACK', 'BYE', 'CANCEL', 'DO', 'INFO', 'INVITE', 'MESSAGE', 'NOTIFY', 'OPTIONS', 'PRACK', 'QAUTH', 'REFER',
  'REGISTER', 'SPRACK', 'SUBSCRIBE', 'UPDATE', 'PUBLISH',
];

/** udp.h's SIP_PORT */
const SIP_PORT = 5060;

/** udp_print()'s SIP port: sip_print(), a request or response line after "SIP". */
export function isSipPort(sport: number, dport: number): boolean {
  return sport === SIP_PORT || dport === SIP_PORT;
}

/** sip_print() */
export function sipPrint(o: Ndo, p: Pkt, base: number, len: number): string {
  return txtprotoPrint(o, p, base, len, 'sip', SIP_CMDS, RESP_CODE_SECOND_TOKEN);
}

/** tcp.h's FTP_PORT, SSH_PORT, TELNET_PORT, SMTP_PORT, WHOIS_PORT, BGP_PORT, HTTP_PORT, RTSP_PORT, HTTP_PORT_ALT, RTSP_PORT_ALT */
const FTP_PORT = 21;
const SSH_PORT = 22;
const TELNET_PORT = 23;
const WHOIS_PORT = 43;
const BGP_PORT = 179;
const SMTP_PORT = 25;
const HTTP_PORT = 80;
const RTSP_PORT = 554;
const HTTP_PORT_ALT = 8080;
const RTSP_PORT_ALT = 8554;
/** NAMESERVER_PORT: DNS over TCP, after the text protocols in tcp_print()'s chain */
const NAMESERVER_PORT = 53;

/**
 * tcp_print()'s "Decode payload if necessary" for the text protocols and DNS, in its
 * order (SMTP, FTP, HTTP, RTSP, then DNS): what follows
 * ", length N" of a segment with a payload of `len` bytes at `base`, or ''
 * for a port without a printer here.
 */
export function tcpPayloadPrint(o: Ndo, p: Pkt, base: number, len: number, sport: number, dport: number): string {
  const is = (port: number): boolean => sport === port || dport === port;
  // telnet_print() prints only the IAC commands a segment starts with (not decoded here)
  if (is(TELNET_PORT)) return '';
  if (is(SMTP_PORT)) return ': ' + txtprotoPrint(o, p, base, len, 'smtp', null, 0);
  if (is(WHOIS_PORT)) return ': ' + txtprotoPrint(o, p, base, len, 'whois', null, 0);
  // bgp_print(): the name; under -v the messages after each marker (not decoded here)
  if (is(BGP_PORT)) return ': BGP';
  if (is(SSH_PORT)) return sshPrint(p, base, len);
  if (is(FTP_PORT)) return ': ' + txtprotoPrint(o, p, base, len, 'ftp', null, 0);
  if (is(HTTP_PORT) || is(HTTP_PORT_ALT)) return ': ' + txtprotoPrint(o, p, base, len, 'http', HTTP_CMDS, RESP_CODE_SECOND_TOKEN);
  if (is(RTSP_PORT) || is(RTSP_PORT_ALT)) return ': ' + txtprotoPrint(o, p, base, len, 'rtsp', RTSP_CMDS, RESP_CODE_SECOND_TOKEN);
  if (is(NAMESERVER_PORT)) return domainPrint(o, p, base, len, true, false);
  return '';
}

/**
 * ssh_print_version(): a segment starting "SSH-" whose first line ends
 * (LF, or CR LF within the segment) in printable text prints ": SSH: LINE";
 * anything else prints nothing (" [|ssh]" when the capture ends in the
 * "SSH-" check).
 */
function sshPrint(p: Pkt, base: number, len: number): string {
  const tag = 'SSH-';
  for (let i = 0; i < 4; i++) {
    if (base + i >= p.end) return ' [|ssh]';
    if (p.b[base + i] !== tag.charCodeAt(i)) return '';
  }
  for (let idx = 4; idx < len; idx++) {
    if (base + idx >= p.end) return ' [|ssh]';
    const c = p.b[base + idx]!;
    if (c === 0x0a || (c === 0x0d && idx + 1 < len && p.b[base + idx + 1] === 0x0a)) {
      let line = '';
      for (let i = 0; i < idx; i++) line += String.fromCharCode(p.b[base + i]!);
      return `: SSH: ${line}`;
    }
    if (c === 0x0d || !isPrint(c)) return '';
  }
  return '';
}

/** udp.h's RX_PORT_LOW, RX_PORT_HIGH */
const RX_PORT_LOW = 7000;
const RX_PORT_HIGH = 7009;
/** sizeof(struct rx_header) */
const RX_HEADER_LEN = 28;

/** rx_types[] */
const RX_TYPES: ReadonlyMap<number, string> = new Map([
  [1, 'data'], [2, 'ack'], [3, 'busy'], [4, 'abort'], [5, 'ackall'], [6, 'challenge'], [7, 'response'],
  [8, 'debug'], [9, 'params'], [13, 'version'],
]);

/** rx_flags[]: flag, the packet type it is limited to (0: any), name. */
const RX_FLAGS: ReadonlyArray<readonly [number, number, string]> = [
  [1, 0, 'client-init'], [2, 0, 'req-ack'], [4, 0, 'last-pckt'], [8, 0, 'more-pckts'], [16, 0, 'free-pckt'],
  [32, 2, 'slow-start'], [32, 1, 'jumbogram'],
];

/** Whether udp_print() hands a datagram between these ports to rx_print(). */
export const isRxPort = (sport: number, dport: number): boolean =>
  (sport >= RX_PORT_LOW && sport <= RX_PORT_HIGH) || (dport >= RX_PORT_LOW && dport <= RX_PORT_HIGH);

/**
 * rx_print(): " [|rx] (N)" for less than a header, else " rx TYPE", under
 * -v the sequence and serial numbers (-vv the connection and call numbers
 * and the flags, -vvv the security index and service id), then " (N)".
 */
export function rxPrint(o: Ndo, p: Pkt, base: number, len: number): string {
  if (base + RX_HEADER_LEN > p.end) return ` [|rx] (${len})`;
  const b = p.b;
  const u32 = (at: number): number => ((b[base + at]! << 24) | (b[base + at + 1]! << 16) | (b[base + at + 2]! << 8) | b[base + at + 3]!) >>> 0;
  const type = b[base + 20]!;
  const flags = b[base + 21]!;
  let s = ` rx ${RX_TYPES.get(type) ?? `type ${type}`}`;
  if (o.vflag) {
    if (o.vflag > 1) s += ` cid ${u32(4).toString(16).padStart(8, '0')} call# ${u32(8)}`;
    s += ` seq ${u32(12)} ser ${u32(16)}`;
    if (o.vflag > 2) s += ` secindex ${b[base + 23]!} serviceid ${(b[base + 26]! << 8) | b[base + 27]!}`;
    if (o.vflag > 1) {
      let first = true;
      for (const [flag, ptype, name] of RX_FLAGS) {
        if (!(flags & flag) || (ptype && type !== ptype)) continue;
        s += (first ? ' ' : ',') + `<${name}>`;
        first = false;
      }
    }
  }
  // rx_ack_print(): an ack's own fields (the AFS calls of a data packet are not decoded)
  if (type === 2) s += rxAckPrint(o, p, base + RX_HEADER_LEN);
  return s + ` (${len})`;
}

/** rx_ack_reasons[] */
const RX_ACK_REASONS: readonly string[] = [
  '', 'ack requested', 'duplicate packet', 'out of sequence', 'exceeds window', 'no buffer space', 'ping',
  'ping response', 'delay', 'idle',
];

/** sizeof(struct rx_ackPacket): bufferSpace, maxSkew, firstPacket, previousPacket, serial, reason, nAcks. */
const RX_ACKPACKET_LEN = 18;

/**
 * rx_ack_print(): " first N serial N reason R", the acked and nacked
 * packets as ranges, and under -vv the optional ifmtu, maxmtu, rwind and
 * maxpackets words that the capture holds; " [|ack]" when the ack
 * structure or its list is cut short.
 */
function rxAckPrint(o: Ndo, p: Pkt, at: number): string {
  const b = p.b;
  const u16 = (i: number): number => (b[i]! << 8) | b[i + 1]!;
  const u32 = (i: number): number => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  if (at + RX_ACKPACKET_LEN > p.end) return ' [|ack]';
  let s = '';
  if (o.vflag > 2) s += ` bufspace ${u16(at)} maxskew ${u16(at + 2)}`;
  const first = u32(at + 4);
  const reason = b[at + 16]!;
  s += ` first ${first} serial ${u32(at + 12)} reason ${RX_ACK_REASONS[reason] || `#${reason}`}`;
  const nAcks = b[at + 17]!;
  let bp = at + RX_ACKPACKET_LEN;
  if (nAcks !== 0) {
    if (bp + nAcks > p.end) return s + ' [|ack]';
    // the acked (1) then the nacked (0) packets, contiguous runs as first-last
    for (const [want, word] of [[1, 'acked'], [0, 'nacked']] as const) {
      let start = -2;
      let last = -2;
      let i = 0;
      for (; i < nAcks; i++) {
        if (b[bp + i] === want) {
          if (last === -2) {
            s += ` ${word} ${(first + i) >>> 0}`;
            start = i;
          } else if (last !== i - 1) {
            s += `,${(first + i) >>> 0}`;
            start = i;
          }
          last = i;
        } else if (last === i - 1 && start !== last) s += `-${(first + i - 1) >>> 0}`;
      }
      if (last === i - 1 && start !== last) s += `-${(first + i - 1) >>> 0}`;
    }
    bp += nAcks;
  }
  // padding, then TRUNCRET(4) before each optional word
  bp += 3;
  if (o.vflag > 1) {
    for (const name of ['ifmtu', 'maxmtu', 'rwind', 'maxpackets']) {
      if (p.end - bp < 4) return s;
      s += ` ${name} ${u32(bp)}`;
      bp += 4;
    }
  }
  return s;
}
