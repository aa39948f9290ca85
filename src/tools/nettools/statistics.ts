/**
 * net-tools 2.10 `netstat -s`: /proc/net/snmp and /proc/net/netstat read
 * as pairs of lines (names, values) and printed as prose through the
 * tables of statistics.c. The tables are searched with bsearch() as
 * net-tools does, and some of them are not sorted (Forwarding sorts after
 * ForwDatagrams, TCPDSackUndo after TCPDSACKUndo...): a name bsearch()
 * misses is printed "Name: value" when non-zero, as the real tool does
 * ("Forwarding: 2"). Sections net-tools has no table for (IcmpMsg,
 * UdpLite, IpExt, MPTcpExt) always print their title.
 * @net-tools statistics.c parsesnmp() process_fd() printval()
 */
import type { Proc } from '../../lab/process.js';

/** enum State */
const enum S { number = 0, opt_number = 1, i_forward = 2, i_inp_icmp = 3, i_outp_icmp = 4, i_rto_alg = 5 }
/** static configuration option: skipped, print_static is never set */
const I_STATIC = 1 << 16;
const I_TITLE = 1 << 17;

type Entry = readonly [title: string, out: string, type: number];

/** states[]: the indent and histogram title of each state. */
const STATES: readonly (readonly [number, string | null])[] = [
  [4, null], [4, null], [4, null], [8, 'ICMP input histogram:'], [8, 'ICMP output histogram:'], [0, null],
];

const Iptab: readonly Entry[] = [
  ['DefaultTTL', 'Default TTL is %llu', S.number | I_STATIC],
  ['Forwarding', 'Forwarding is %s', S.i_forward | I_STATIC],
  ['ForwDatagrams', '%llu forwarded', S.number],
  ['FragCreates', '%llu fragments created', S.opt_number],
  ['FragFails', '%llu outgoing packets failed fragmentation', S.opt_number],
  ['FragOKs', '%llu outgoing packets fragmented ok', S.opt_number],
  ['InAddrErrors', '%llu with invalid addresses', S.opt_number],
  ['InDelivers', '%llu incoming packets delivered', S.number],
  ['InDiscards', '%llu incoming packets discarded', S.number],
  ['InHdrErrors', '%llu with invalid headers', S.opt_number],
  ['InReceives', '%llu total packets received', S.number],
  ['InUnknownProtos', '%llu with unknown protocol', S.opt_number],
  ['OutDiscards', '%llu outgoing packets dropped', S.opt_number],
  ['OutNoRoutes', '%llu dropped because of missing route', S.opt_number],
  ['OutRequests', '%llu requests sent out', S.number],
  ['ReasmFails', '%llu packet reassemblies failed', S.opt_number],
  ['ReasmOKs', '%llu packets reassembled ok', S.opt_number],
  ['ReasmReqds', '%llu reassemblies required', S.opt_number],
  ['ReasmTimeout', '%llu fragments dropped after timeout', S.opt_number],
];
const Icmptab: readonly Entry[] = [
  ['InAddrMaskReps', 'address mask replies: %llu', S.i_inp_icmp | I_TITLE],
  ['InAddrMasks', 'address mask request: %llu', S.i_inp_icmp | I_TITLE],
  ['InDestUnreachs', 'destination unreachable: %llu', S.i_inp_icmp | I_TITLE],
  ['InEchoReps', 'echo replies: %llu', S.i_inp_icmp | I_TITLE],
  ['InEchos', 'echo requests: %llu', S.i_inp_icmp | I_TITLE],
  ['InErrors', '%llu input ICMP message failed', S.number],
  ['InMsgs', '%llu ICMP messages received', S.number],
  ['InParmProbs', 'wrong parameters: %llu', S.i_inp_icmp | I_TITLE],
  ['InRedirects', 'redirects: %llu', S.i_inp_icmp | I_TITLE],
  ['InSrcQuenchs', 'source quenches: %llu', S.i_inp_icmp | I_TITLE],
  ['InTimeExcds', 'timeout in transit: %llu', S.i_inp_icmp | I_TITLE],
  ['InTimestampReps', 'timestamp reply: %llu', S.i_inp_icmp | I_TITLE],
  ['InTimestamps', 'timestamp request: %llu', S.i_inp_icmp | I_TITLE],
  ['OutAddrMaskReps', 'address mask replies: %llu', S.i_outp_icmp | I_TITLE],
  ['OutAddrMasks', 'address mask requests: %llu', S.i_outp_icmp | I_TITLE],
  ['OutDestUnreachs', 'destination unreachable: %llu', S.i_outp_icmp | I_TITLE],
  ['OutEchoReps', 'echo replies: %llu', S.i_outp_icmp | I_TITLE],
  ['OutEchos', 'echo requests: %llu', S.i_outp_icmp | I_TITLE],
  ['OutErrors', '%llu ICMP messages failed', S.number],
  ['OutMsgs', '%llu ICMP messages sent', S.number],
  ['OutParmProbs', 'wrong parameters: %llu', S.i_outp_icmp | I_TITLE],
  ['OutRedirects', 'redirect: %llu', S.i_outp_icmp | I_TITLE],
  ['OutSrcQuenchs', 'source quench: %llu', S.i_outp_icmp | I_TITLE],
  ['OutTimeExcds', 'time exceeded: %llu', S.i_outp_icmp | I_TITLE],
  ['OutTimestampReps', 'timestamp replies: %llu', S.i_outp_icmp | I_TITLE],
  ['OutTimestamps', 'timestamp requests: %llu', S.i_outp_icmp | I_TITLE],
];
const Tcptab: readonly Entry[] = [
  ['ActiveOpens', '%llu active connection openings', S.number],
  ['AttemptFails', '%llu failed connection attempts', S.number],
  ['CurrEstab', '%llu connections established', S.number],
  ['EstabResets', '%llu connection resets received', S.number],
  ['InErrs', '%llu bad segments received', S.number],
  ['InSegs', '%llu segments received', S.number],
  ['MaxConn', '', S.number],
  ['OutRsts', '%llu resets sent', S.number],
  ['OutSegs', '%llu segments sent out', S.number],
  ['PassiveOpens', '%llu passive connection openings', S.number],
  ['RetransSegs', '%llu segments retransmitted', S.number],
  ['RtoAlgorithm', 'RTO algorithm is %s', S.i_rto_alg | I_STATIC],
  ['RtoMax', '', S.number],
  ['RtoMin', '', S.number],
];
const Udptab: readonly Entry[] = [
  ['InDatagrams', '%llu packets received', S.number],
  ['InErrors', '%llu packet receive errors', S.number],
  ['NoPorts', '%llu packets to unknown port received', S.number],
  ['OutDatagrams', '%llu packets sent', S.number],
  ['RcvbufErrors', '%llu receive buffer errors', S.number],
  ['SndbufErrors', '%llu send buffer errors', S.number],
];
const Tcpexttab: readonly Entry[] = [
  ['DelayedACKLocked', '%llu delayed acks further delayed because of locked socket', S.opt_number],
  ['DelayedACKLost', 'Quick ack mode was activated %llu times', S.opt_number],
  ['DelayedACKs', '%llu delayed acks sent', S.opt_number],
  ['EmbryonicRsts', '%llu resets received for embryonic SYN_RECV sockets', S.opt_number],
  ['ListenDrops', '%llu SYNs to LISTEN sockets dropped', S.opt_number],
  ['ListenOverflows', '%llu times the listen queue of a socket overflowed', S.opt_number],
  ['LockDroppedIcmps', '%llu ICMP packets dropped because socket was locked', S.opt_number],
  ['OfoPruned', '%llu packets dropped from out-of-order queue because of socket buffer overrun', S.opt_number],
  ['OutOfWindowIcmps', '%llu ICMP packets dropped because they were out-of-window', S.opt_number],
  ['PAWSActive', '%llu active connections rejected because of time stamp', S.opt_number],
  ['PAWSEstab', '%llu packets rejected in established connections because of timestamp', S.opt_number],
  ['PAWSPassive', '%llu passive connections rejected because of time stamp', S.opt_number],
  ['PruneCalled', '%llu packets pruned from receive queue because of socket buffer overrun', S.opt_number],
  ['RcvPruned', '%llu packets pruned from receive queue', S.opt_number],
  ['SockMallocOOM', 'Ran %llu times out of system memory during packet sending', S.opt_number],
  ['SyncookiesFailed', '%llu invalid SYN cookies received', S.opt_number],
  ['SyncookiesRecv', '%llu SYN cookies received', S.opt_number],
  ['SyncookiesSent', '%llu SYN cookies sent', S.opt_number],
  ['TCPAbortFailed', '%llu times unable to send RST due to no memory', S.opt_number],
  ['TCPAbortOnClose', '%llu connections reset due to early user close', S.opt_number],
  ['TCPAbortOnData', '%llu connections reset due to unexpected data', S.opt_number],
  ['TCPAbortOnLinger', '%llu connections aborted after user close in linger timeout', S.opt_number],
  ['TCPAbortOnMemory', '%llu connections aborted due to memory pressure', S.opt_number],
  ['TCPAbortOnSyn', '%llu connections reset due to unexpected SYN', S.opt_number],
  ['TCPAbortOnTimeout', '%llu connections aborted due to timeout', S.opt_number],
  ['TCPDirectCopyFromBacklog', '%llu bytes directly in process context from backlog', S.opt_number],
  ['TCPDirectCopyFromPrequeue', '%llu bytes directly received in process context from prequeue', S.opt_number],
  ['TCPDSACKOfoRecv', '%llu DSACKs for out of order packets received', S.opt_number],
  ['TCPDSACKOfoSent', '%llu DSACKs sent for out of order packets', S.opt_number],
  ['TCPDSACKOldSent', '%llu DSACKs sent for old packets', S.opt_number],
  ['TCPDSACKRecv', '%llu DSACKs received', S.opt_number],
  ['TCPDSackUndo', '%llu congestion window recovered without slow start using DSACK', S.opt_number],
  ['TCPDSACKUndo', '%llu congestion windows recovered without slow start by DSACK', S.opt_number],
  ['TCPFACKReorder', 'Detected reordering %llu times using FACK', S.opt_number],
  ['TCPFastRetrans', '%llu fast retransmits', S.opt_number],
  ['TCPForwardRetrans', '%llu forward retransmits', S.opt_number],
  ['TCPFullUndo', '%llu congestion windows fully recovered without slow start', S.opt_number],
  ['TCPHPAcks', '%llu predicted acknowledgments', S.opt_number],
  ['TCPHPHits', '%llu packet headers predicted', S.number],
  ['TCPHPHitsToUser', '%llu packet headers predicted and directly queued to user', S.opt_number],
  ['TCPLossFailures', '%llu timeouts in loss state', S.opt_number],
  ['TCPLoss', '%llu TCP data loss events', S.opt_number],
  ['TCPLossUndo', '%llu congestion windows recovered without slow start after partial ack', S.opt_number],
  ['TCPLostRetransmits', '%llu retransmits lost', S.opt_number],
  ['TCPMemoryPressures', 'TCP ran low on memory %llu times', S.opt_number],
  ['TCPPartialUndo', '%llu congestion windows partially recovered using Hoe heuristic', S.opt_number],
  ['TCPPrequeued', '%llu packets directly queued to recvmsg prequeue', S.opt_number],
  ['TCPPrequeueDropped', '%llu packets dropped from prequeue', S.opt_number],
  ['TCPPureAcks', '%llu acknowledgments not containing data payload received', S.opt_number],
  ['TCPRcvCollapsed', '%llu packets collapsed in receive queue due to low socket buffer', S.opt_number],
  ['TCPRenoFailures', '%llu timeouts after reno fast retransmit', S.opt_number],
  ['TCPRenoRecoveryFailed', '%llu reno fast retransmits failed', S.opt_number],
  ['TCPRenoRecoveryFail', '%llu classic Reno fast retransmits failed', S.opt_number],
  ['TCPRenoRecovery', '%llu times recovered from packet loss due to fast retransmit', S.opt_number],
  ['TCPRenoReorder', 'Detected reordering %llu times using reno fast retransmit', S.opt_number],
  ['TCPSackFailures', '%llu timeouts after SACK recovery', S.opt_number],
  ['TCPSackRecoveryFail', '%llu SACK retransmits failed', S.opt_number],
  ['TCPSackRecovery', '%llu times recovered from packet loss by selective acknowledgements', S.opt_number],
  ['TCPSACKReneging', '%llu bad SACK blocks received', S.opt_number],
  ['TCPSACKReorder', 'Detected reordering %llu times using SACK', S.opt_number],
  ['TCPSchedulerFailed', '%llu times receiver scheduled too late for direct processing', S.opt_number],
  ['TCPSlowStartRetrans', '%llu retransmits in slow start', S.opt_number],
  ['TCPTimeouts', '%llu other TCP timeouts', S.opt_number],
  ['TCPTSReorder', 'Detected reordering %llu times using time stamp', S.opt_number],
  ['TWKilled', '%llu TCP sockets finished time wait in slow timer', S.opt_number],
  ['TW', '%llu TCP sockets finished time wait in fast timer', S.opt_number],
  ['TWRecycled', '%llu time wait sockets recycled by time stamp', S.opt_number],
];

/** snmptabs[] (Sctp has no /proc/net/snmp line); the flag says which of -w -t -u selects it. */
const SNMPTABS: readonly (readonly [string, readonly Entry[], 'raw' | 'tcp' | 'udp'])[] = [
  ['Ip', Iptab, 'raw'], ['Icmp', Icmptab, 'raw'], ['Tcp', Tcptab, 'tcp'], ['Udp', Udptab, 'udp'], ['TcpExt', Tcpexttab, 'tcp'],
];

/** glibc bsearch() with strcmp(): the table's order decides what is found. */
function bsearch(tab: readonly Entry[], key: string): Entry | null {
  let l = 0;
  let u = tab.length;
  while (l < u) {
    const idx = (l + u) >> 1;
    const t = tab[idx]!;
    const c = key < t[0] ? -1 : key > t[0] ? 1 : 0;
    if (c < 0) u = idx;
    else if (c > 0) l = idx + 1;
    else return t;
  }
  return null;
}

/** printf's %llu / %s in a message of the tables. */
function fmt(out: string, v: bigint | string): string {
  return out.replace(/%llu|%s/, String(v));
}

/** The printing state of statistics.c (its file-level `state`). */
class SnmpPrinter {
  state = S.number;
  out = '';

  /** printval() */
  printval(tab: readonly Entry[] | null, title: string, val: bigint): void {
    const ent = tab ? bsearch(tab, title) : null;
    if (!ent) {
      // "try our best"
      if (val) this.out += `${' '.repeat(STATES[this.state]![0])}${title}: ${val}\n`;
      return;
    }
    let type = ent[2];
    if (type & I_STATIC) return;
    if (ent[1] === '') return;
    if (type & I_TITLE) {
      type &= ~I_TITLE;
      if (this.state !== type) this.out += `${' '.repeat(STATES[this.state]![0])}${STATES[type]![1]}\n`;
    }
    let buf = '';
    if (type === S.number || (type === S.opt_number && val !== 0n)) buf = fmt(ent[1], val);
    else if ((type === S.i_inp_icmp || type === S.i_outp_icmp) && val > 0n) buf = fmt(ent[1], val);
    if (buf) this.out += `${' '.repeat(STATES[type]![0])}${buf}\n`;
    this.state = type;
  }

  /** process_fd(): each "Title: names" line and its "Title: values" line. */
  processFd(text: string, flags: Record<'raw' | 'tcp' | 'udp', boolean>): void {
    const lines = text.split('\n');
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const names = lines[i]!;
      const vals = lines[i + 1]!;
      const sp = names.indexOf(':');
      const np = vals.indexOf(':');
      if (sp < 0 || np < 0) return;
      const title = names.slice(0, sp);
      const known = SNMPTABS.find((t) => t[0] === title);
      // newtable(): a known table prints its title when selected; an unknown one always (f_unknown)
      const on = known ? flags[known[2]] : true;
      if (known) this.state = S.number;
      if (on) this.out += `${title}:\n`;
      if (!on) continue;
      const ns = names.slice(sp + 1).trim().split(/\s+/).filter(Boolean);
      const vs = vals.slice(np + 1).trim().split(/\s+/);
      ns.forEach((n, k) => this.printval(known ? known[1] : null, n, strtoull(vs[k] ?? '')));
    }
  }
}

/** strtoull(): a negative value wraps (MaxConn -1). */
function strtoull(s: string): bigint {
  const m = /^[+-]?\d+/.exec(s);
  if (!m) return 0n;
  return BigInt.asUintN(64, BigInt(m[0]));
}

/** parsesnmp(): netstat -s [-t] [-u] [-w]; the exit status. */
export function parsesnmp(p: Proc, flags: Record<'raw' | 'tcp' | 'udp', boolean>): number {
  const pr = new SnmpPrinter();
  pr.processFd(p.fs.read('/proc/net/snmp', p.net), flags);
  pr.processFd(p.fs.read('/proc/net/netstat', p.net), flags);
  p.stdout.write(pr.out);
  return 0;
}
