/**
 * TCP path MTU discovery (RFC 1191): an ICMP "fragmentation needed" about
 * one of our segments lowers the route's MTU (a next-hop exception), the
 * MSS follows, and what was sent larger than the new MSS is resent at once
 * ("the new fast path mtu discovery"), as GSO skbs of the new MSS.
 * @linux net/ipv4/tcp_ipv4.c tcp_v4_mtu_reduced(), net/ipv4/tcp_output.c tcp_sync_mss(),
 *        net/ipv4/tcp_input.c tcp_simple_retransmit()
 */
import type { SkBuff } from '../core/skbuff.js';
import { IPPROTO_TCP } from '../../wire/ipv4.js';
import { IP_PMTUDISC_DONT } from '../../uapi/linux/in.js';
import { TCP_CA_LOSS, TCP_CLOSE, TCP_LISTEN, tcpSegMarkLost, type TcpSock } from './tcp.js';
import { tcpRoute, tcpSyncMss, tcpWriteXmit } from './tcp_output.js';
import { dstMtu } from './icmp_send.js';
import { tcpCurrentSsthresh } from './tcp_undo.js';

/**
 * tcp_v4_mtu_reduced(): the route learns `mtu` (inet_csk_update_pmtu()),
 * and when its MTU is below what the MSS was sized for (icsk_pmtu_cookie),
 * the MSS shrinks and the too-large segments are resent.
 */
export function tcpV4MtuReduced(sk: TcpSock, skb: SkBuff, mtu: number): void {
  if (sk.skState === TCP_LISTEN || sk.skState === TCP_CLOSE) return;
  sk.net.world.inet.routeError.updatePmtu(skb, sk.net, mtu, sk.skBoundDevIf, IPPROTO_TCP);
  sk.dstReset();
  const rt = tcpRoute(sk);
  if (typeof rt === 'string') return;
  const pmtu = dstMtu(rt);
  // "Something is about to be wrong... Remember soft error for the case, if this connection will not able to recover."
  if (mtu < pmtu && sk.pmtudisc !== IP_PMTUDISC_DONT) sk.skErrSoft = 'EMSGSIZE';
  if (sk.pmtudisc === IP_PMTUDISC_DONT || sk.pmtuCookie <= pmtu) return;
  tcpSyncMss(sk, pmtu);
  tcpSimpleRetransmit(sk);
}

/**
 * tcp_simple_retransmit(): every segment in flight larger than the new
 * MSS is lost; outside Loss state the recovery point is snd_nxt and the
 * state Loss (without a cwnd reduction: the network lost nothing), then
 * tcp_xmit_retransmit_queue().
 */
function tcpSimpleRetransmit(sk: TcpSock): void {
  const mss = sk.mssCache;
  let marked = false;
  for (const seg of sk.rtxQueue) {
    if (seg.len > mss && !seg.sacked && !seg.lost) {
      tcpSegMarkLost(sk, seg);
      marked = true;
    } else if (seg.pcount === 0 && !seg.sacked && !seg.lost && marked) {
      // A segment inside a TSO skb whose head went: the skb was dropped whole.
      tcpSegMarkLost(sk, seg);
    } else marked = false;
  }
  if (!sk.lostOut) return;
  if (sk.caState !== TCP_CA_LOSS) {
    // "Don't muck with the congestion window here": no cwnd reduction, and nothing to undo.
    sk.highSeq = sk.sndNxt;
    sk.sndSsthresh = tcpCurrentSsthresh(sk);
    sk.priorSsthresh = 0;
    sk.undo.marker = 0;
    sk.caState = TCP_CA_LOSS;
  }
  tcpWriteXmit(sk);
}
