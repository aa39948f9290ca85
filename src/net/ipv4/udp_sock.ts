/**
 * UDP sockets (udp_prot): bind with the port rules of udp_lib_get_port(),
 * autobind on connect/send, connect and disconnect, udp_sendmsg() (header,
 * checksum, route, DF/TTL/TOS, OutDatagrams), udp_recvmsg() (MSG_PEEK,
 * MSG_TRUNC, InDatagrams, the IP cmsgs), the receive queue with its
 * buffer drops, and the ICMP errors of __udp4_lib_err(). The lookup that
 * udp_rcv() uses lives in udp_lookup.ts.
 * @linux net/ipv4/udp.c, net/ipv4/af_inet.c inet_bind() inet_autobind()
 */
import { ipPushHeaderOpts } from './ip_options_build.js';
import type { Net } from '../core/net_namespace.js';
import { CHECKSUM_NONE, CHECKSUM_PARTIAL, allocSkbTruesize, type SkBuff } from '../core/skbuff.js';
import { NETIF_F_HW_CSUM, NETIF_F_IP_CSUM } from '../core/netdev_features.js';
import type { Errno } from '../core/errno.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { IpStat, UdpStat, udpIncStats } from '../core/snmp.js';
import {
  SOCK_BROADCAST, SOCK_DEAD, TCP_CLOSE, TCP_ESTABLISHED, skCommonRelease, skbFreeDatagram, skbTryRecvDatagram,
  sockError, type SockOptVal,
} from '../core/sock.js';
import {
  AF_INET, AF_UNSPEC, MSG_CONFIRM, MSG_DONTROUTE, MSG_DONTWAIT, MSG_ERRQUEUE, MSG_MORE, MSG_NOSIGNAL, MSG_OOB,
  MSG_PEEK, MSG_TRUNC, SOCK_DGRAM, SOL_UDP, SOL_UDPLITE, type Cmsg, type MsgIn, type MsgOut,
} from '../../uapi/linux/socket.js';
import { IPPROTO_UDP, IPPROTO_UDPLITE, IP_PMTUDISC_DO, IP_PMTUDISC_OMIT, IP_PMTUDISC_PROBE, IP_PMTUDISC_WANT, type SockaddrIn } from '../../uapi/linux/in.js';
import { CSUM_MANGLED_0, csumTcpUdpNofold } from '../../wire/checksum.js';
import { UDP_HLEN, Udph, udpCsum } from '../../wire/udp.js';
import { getU16, getU32, putU16 } from '../../wire/bytes.js';
import { Iph, ipv4IsMulticast } from '../../wire/ipv4.js';
import { RTCF_BROADCAST, ipRouteOutputKey, type Rtable } from './route.js';
import type { Flowi4 } from './fib_rules.js';
import { RTAX_LOCK, RTAX_MTU } from './fib_semantics.js';
import { dstMtu, ipSelectTtl } from './icmp_send.js';
import { IP_DF, ipAllocSkb, ipPushHeader, ipSendSkb } from './ip_output.js';
import { InetSock } from './inet_sock.js';
import { SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK, skbSetOwnerW } from '../core/sock.js';
import { ip4DatagramConnect } from './datagram.js';
import { ipAppendMsgSize, ipCmsgRecv, ipCmsgSend, ipRecvError, ipcmInitSk, sockRecvTimestamp, type IpcmCookie } from './ip_sockglue.js';
import { portFree, udpEphemeralPort } from './inet_hashtables.js';
import { udpliteCsum } from './udplite.js';
import { udpEnqueueScheduleSkb, udpReaderSplice } from './udp_rmem.js';
import { UDPLITE_RECV_CSCOV, UDPLITE_SEND_CSCOV } from '../../uapi/linux/udp.js';
import type { DropReason } from '../core/drop_reason.js';

export { SOCK_BINDADDR_LOCK, SOCK_BINDPORT_LOCK };

export class UdpSocket extends InetSock {
  /**
   * up->encap_rcv (setup_udp_tunnel_sock()): a tunnel's kernel socket
   * hands each datagram, data at the UDP header, to its driver (vxlan_rcv),
   * which owns it from then on.
   */
  encapRcv: ((sk: UdpSocket, skb: SkBuff) => void) | null = null;
  /**
   * up->encap_err_lookup: whether an ICMP error quoting one of the
   * tunnel's datagrams (its UDP header at `uh` in `skb`) is the tunnel's
   * (vxlan_err_lookup(): a VXLAN header of a VNI it carries).
   */
  encapErrLookup: ((sk: UdpSocket, skb: SkBuff, uh: number) => boolean) | null = null;

  /** UDP-Lite (udplite_prot, RFC 3828): its own table and MIB, a checksum coverage. */
  readonly isUdplite: boolean;
  /** up->pcslen / pcrlen: UDPLITE_SEND_CSCOV and UDPLITE_RECV_CSCOV once set (-1: not set, UDPLITE_*_CC off). */
  pcslen = -1;
  pcrlen = -1;
  /** up->forward_deficit and the reader_queue's length (udp_rmem.ts). */
  forwardDeficit = 0;
  readerQlen = 0;

  constructor(net: Net, protocol = IPPROTO_UDP) {
    super(net, SOCK_DGRAM, protocol);
    this.isUdplite = protocol === IPPROTO_UDPLITE;
  }

  get protName(): string {
    return this.isUdplite ? 'UDP-Lite' : 'UDP';
  }

  /** udp_lib_unhash() */
  unhash(): void {
    if (this.inetNum) this.net.ipv4.udpTableOf(this.protocol).del(this.inetNum, this);
  }

  /**
   * udp_lib_setsockopt()'s UDP-Lite options (SOL_UDP or SOL_UDPLITE):
   * ENOPROTOOPT on a UDP socket; a coverage under the header is the
   * header's (8), over 65535 is 65535; 0 means the whole datagram.
   */
  override setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    if ((level !== SOL_UDP && level !== SOL_UDPLITE) || (optname !== UDPLITE_SEND_CSCOV && optname !== UDPLITE_RECV_CSCOV)) {
      return super.setsockopt(level, optname, v);
    }
    if (typeof v !== 'number') return 'EINVAL';
    if (!this.isUdplite) return 'ENOPROTOOPT';
    const val = v !== 0 && v < UDP_HLEN ? UDP_HLEN : Math.min(v, 0xffff);
    if (optname === UDPLITE_SEND_CSCOV) this.pcslen = val;
    else this.pcrlen = val;
    return null;
  }

  /** udp_lib_get_port(): take `snum` (0: an ephemeral one); EADDRINUSE when taken. */
  getPort(snum: number): Errno | null {
    const table = this.net.ipv4.udpTableOf(this.protocol);
    if (snum === 0) {
      snum = udpEphemeralPort(this.net, table, this);
      if (!snum) return 'EADDRINUSE';
    } else if (!portFree(table, this, snum, false)) return 'EADDRINUSE';
    this.inetNum = snum;
    this.inetSport = snum;
    table.add(snum, this);
    return null;
  }

  /** inet_autobind(): an unbound socket takes an ephemeral port (EAGAIN when none is left). */
  autobind(): Errno | null {
    if (this.inetNum) return null;
    return this.getPort(0) ? 'EAGAIN' : null;
  }

  /**
   * __inet_bind(): EINVAL when already bound; the address must be local
   * (or nonlocal binding allowed); then the port, which restores the
   * address on failure.
   */
  override bind(addr: SockaddrIn): Errno | null {
    if (this.skState !== TCP_CLOSE || this.inetNum) return 'EINVAL';
    const err = this.bindAddr(addr);
    if (err) return err;
    const e = this.getPort(addr.port);
    if (e) {
      this.inetSaddr = this.inetRcvSaddr = 0;
      return e;
    }
    if (this.inetRcvSaddr) this.skUserlocks |= SOCK_BINDADDR_LOCK;
    if (addr.port) this.skUserlocks |= SOCK_BINDPORT_LOCK;
    this.inetDaddr = 0;
    this.inetDport = 0;
    return null;
  }

  /** inet_dgram_connect(): AF_UNSPEC disconnects; otherwise autobind, then ip4_datagram_connect(). */
  override connect(addr: SockaddrIn): Errno | null {
    if (addr.family === AF_UNSPEC) {
      this.disconnect();
      return null;
    }
    const e = this.autobind();
    if (e) return e;
    return ip4DatagramConnect(this, addr);
  }

  /**
   * udp_abort() (SOCK_DESTROY, ss -K): the user sees `err` (a blocked
   * recvfrom() fails with it, poll() reports POLLERR), and the socket is
   * disconnected; a closing (dead) socket is left alone.
   */
  abort(err: Errno): void {
    if (this.sockFlag(SOCK_DEAD)) return;
    this.skErr = err;
    this.errorReport();
    this.disconnect();
  }

  /** __udp_disconnect(): forget the peer and the bound device; an address or port not from bind() is forgotten too. */
  private disconnect(): void {
    this.skState = TCP_CLOSE;
    this.inetDaddr = 0;
    this.inetDport = 0;
    this.skBoundDevIf = 0;
    if (!(this.skUserlocks & SOCK_BINDADDR_LOCK)) this.inetSaddr = this.inetRcvSaddr = 0;
    if (!(this.skUserlocks & SOCK_BINDPORT_LOCK)) {
      this.unhash();
      this.inetNum = this.inetSport = 0;
    }
  }

  /** udp_sendmsg(): one datagram of `msg.data`; the bytes sent. */
  override sendmsg(msg: MsgOut, flags: number): number | Errno {
    const len = msg.data.length;
    if (len > 0xffff - UDP_HLEN) return 'EMSGSIZE';
    if (flags & MSG_OOB) return 'EOPNOTSUPP';
    if (flags & ~(MSG_DONTWAIT | MSG_DONTROUTE | MSG_CONFIRM | MSG_NOSIGNAL | MSG_MORE)) return 'EOPNOTSUPP';
    let daddr: number;
    let dport: number;
    if (msg.name) {
      if (msg.name.family !== AF_INET) return msg.name.family === AF_UNSPEC ? 'EAFNOSUPPORT' : 'EINVAL';
      daddr = msg.name.addr >>> 0;
      dport = msg.name.port;
      if (dport === 0) return 'EINVAL';
    } else {
      if (this.skState !== TCP_ESTABLISHED) return 'EDESTADDRREQ';
      daddr = this.inetDaddr;
      dport = this.inetDport;
    }
    const ipc = ipcmInitSk(this);
    const e = msg.control ? ipCmsgSend(msg.control, ipc) : null;
    if (e) return e;
    const eb = this.autobind();
    if (eb) return eb;
    // A source route (IP_OPTIONS) goes first to its first hop; daddr stays the final destination.
    const opt = this.inetOpt;
    let faddr = daddr;
    if (opt?.srr) {
      if (!daddr) return 'EINVAL';
      faddr = opt.faddr;
    }
    const fl4 = this.sendmsgFlow(faddr, ipc, flags, this.protocol, this.inetSport, dport);
    const rt = ipRouteOutputKey(this.net, fl4);
    if (typeof rt === 'string') {
      if (rt === 'ENETUNREACH') this.net.mib.ip[IpStat.OUTNOROUTES]!++;
      return rt;
    }
    if (rt.flags & RTCF_BROADCAST && !this.sockFlag(SOCK_BROADCAST)) return 'EACCES';
    const err = this.sendSkb(fl4, rt, msg.data, ipc, daddr);
    if (!err) return len;
    // "ENOBUFS = no kernel mem, SOCK_NOSPACE = no sndbuf space": other errors (EMSGSIZE) count nothing here.
    if (err === 'ENOBUFS') udpIncStats(this.net, UdpStat.SNDBUFERRORS, this.isUdplite);
    return err;
  }

  /**
   * ip_make_skb() + udp_send_skb(): the size check against the path MTU
   * (IP_PMTUDISC_DO/PROBE), the UDP header and its checksum (0 is sent as
   * 0xffff, RFC 768), the IP header, and out.
   */
  private sendSkb(fl4: Flowi4, rt: Rtable, payload: Uint8Array, ipc: IpcmCookie, daddr: number): Errno | null {
    const pmtudisc = this.pmtudisc;
    const opt = this.inetOpt;
    // fragheaderlen: the IP header and the socket's options.
    const hlen = 20 + (opt ? opt.optlen : 0);
    const mtu = pmtudisc < IP_PMTUDISC_PROBE ? dstMtu(rt) : Math.min(rt.dev.mtu, 0xffff);
    const ignoreDf = pmtudisc < IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_OMIT;
    const ulen = payload.length + UDP_HLEN;
    // __ip_append_data(): without DF the datagram may be fragmented, up to 64 KiB with its headers (65507 bytes of payload);
    // the error names inet->inet_dport: 0 for a socket that is not connected.
    const maxnonfragsize = ignoreDf ? 0xffff : mtu;
    if (ulen + hlen > maxnonfragsize) return ipAppendMsgSize(this, fl4.daddr, mtu);
    // sock_alloc_send_skb(), after the size check: a pending error (an ICMP refusal on a connected socket)
    // fails this send and is cleared; __ip_append_data()'s error path counts it in OutDiscards.
    const pending = sockError(this);
    if (pending) {
      this.net.mib.ip[IpStat.OUTDISCARDS]!++;
      return pending;
    }
    const skb = ipAllocSkb(this.net, ulen, hlen - 20);
    // sock_alloc_send_skb(alloclen + hh_len + 15): the head an Ethernet device's LL_RESERVED_SPACE (16) leaves.
    skb.truesize = allocSkbTruesize(hlen + ulen + 16 + 15);
    const b = skb.buf;
    const uh = skb.data;
    putU16(b, uh + Udph.Source, this.inetSport);
    putU16(b, uh + Udph.Dest, fl4.dport);
    putU16(b, uh + Udph.Len, ulen);
    putU16(b, uh + Udph.Check, 0);
    b.set(payload, uh + UDP_HLEN);
    // The pseudo-header names the final destination (RFC 1122 4.1.3.6 via RFC 768); Linux sums fl4->daddr, the
    // first hop of a source route, which on its offloaded veths nobody checks: the lab checks every checksum.
    if (this.isUdplite) udpliteCsum(b, uh, ulen, this.pcslen, fl4.saddr, daddr);
    // udp_send_skb(): sk_no_check_tx (SO_NO_CHECK) sends CHECKSUM_NONE with the field left 0 (RFC 768: no checksum).
    else if (this.skNoCheckTx) skb.ipSummed = CHECKSUM_NONE;
    else if (ulen + hlen <= mtu && rt.dev.features & (NETIF_F_HW_CSUM | NETIF_F_IP_CSUM)) {
      // __ip_append_data(): one unfragmented skb to a device that sums is CHECKSUM_PARTIAL;
      // udp4_hwcsum() leaves the pseudo-header sum in the field for the device to finish.
      putU16(b, uh + Udph.Check, csumTcpUdpNofold(fl4.saddr, daddr, ulen, IPPROTO_UDP, 0));
      skb.ipSummed = CHECKSUM_PARTIAL;
      skb.csumStart = uh;
      skb.csumOffset = Udph.Check;
    } else {
      const csum = udpCsum(b, uh, fl4.saddr, daddr);
      putU16(b, uh + Udph.Check, csum === 0 ? CSUM_MANGLED_0 : csum);
    }
    const locked = ((rt.metrics?.[RTAX_LOCK] ?? 0) & (1 << RTAX_MTU)) !== 0;
    const df = pmtudisc === IP_PMTUDISC_DO || pmtudisc === IP_PMTUDISC_PROBE ||
      (ulen + hlen <= dstMtu(rt) && pmtudisc === IP_PMTUDISC_WANT && !locked);
    let ttl = ipc.ttl;
    if (!ttl) ttl = ipv4IsMulticast(fl4.daddr) ? this.mcTtl : this.ucTtl >= 0 ? this.ucTtl : ipSelectTtl(this.net, rt);
    skb.mark = ipc.mark;
    skb.priority = this.skPriority;
    // __ip_make_skb(): skb->ignore_df = ip_sk_ignore_df(sk); ip_skb_dst_mtu() reads the socket's pmtudisc.
    skb.ignoreDf = ignoreDf;
    skb.ignorePmtu = pmtudisc >= IP_PMTUDISC_PROBE;
    const h = {
      saddr: fl4.saddr, daddr: fl4.daddr, protocol: this.protocol, tos: ipc.tos !== -1 ? ipc.tos : this.tos, ttl,
      fragOff: df ? IP_DF : 0, sk: this,
    };
    if (opt) ipPushHeaderOpts(this.net, skb, h, opt, daddr, rt);
    else ipPushHeader(this.net, skb, h);
    skbSetOwnerW(skb, this);
    return this.sendCount(ipSendSkb(this.net, skb, rt));
  }

  /**
   * udp_send_skb()'s counting: OutDatagrams when the datagram left; a device
   * drop (ENOBUFS) without IP_RECVERR is SndbufErrors and no error to the
   * caller ("no kernel mem" is not the application's business).
   */
  private sendCount(err: Errno | null): Errno | null {
    if (!err) {
      udpIncStats(this.net, UdpStat.OUTDATAGRAMS, this.isUdplite);
      return null;
    }
    if (err !== 'ENOBUFS' || this.recverr) return err;
    udpIncStats(this.net, UdpStat.SNDBUFERRORS, this.isUdplite);
    return null;
  }

  /**
   * udp_recvmsg(): the next datagram's payload up to `len` (MSG_TRUNC
   * reports the full length), msg_name its source; InDatagrams unless
   * peeking.
   */
  override recvmsgNow(len: number, flags: number): MsgIn | Errno {
    if (flags & MSG_OOB) return 'EOPNOTSUPP';
    if (flags & MSG_ERRQUEUE) return ipRecvError(this, len);
    const peek = (flags & MSG_PEEK) !== 0;
    udpReaderSplice(this);
    const skb = skbTryRecvDatagram(this, peek);
    if (typeof skb === 'string') return skb;
    if (!peek) this.readerQlen--;
    const ulen = skb.len;
    const copied = Math.min(ulen, len);
    const data = skb.buf.slice(skb.data, skb.data + copied);
    const control: Cmsg[] = [];
    sockRecvTimestamp(this, skb, control);
    const name = {
      family: AF_INET, addr: getU32(skb.buf, skb.networkHeader + Iph.Saddr),
      port: getU16(skb.buf, skb.transportHeader + Udph.Source),
    };
    if (this.cmsgFlags) ipCmsgRecv(this, skb, control);
    if (!peek) udpIncStats(this.net, UdpStat.INDATAGRAMS, this.isUdplite);
    const msg: MsgIn = { data, len: flags & MSG_TRUNC ? ulen : copied, name, control, flags: ulen > len ? MSG_TRUNC : 0 };
    skbFreeDatagram(skb);
    return msg;
  }

  /**
   * udp_queue_rcv_skb() -> __udp_queue_rcv_skb(): queue the payload (the
   * header pulled, the transport header kept for the source port), or
   * count RcvbufErrors and InErrors and drop it.
   */
  rcv(skb: SkBuff, cscov = skb.len): void {
    skb.transportHeader = skb.data;
    // udp_queue_rcv_one_skb(): an encapsulation socket's datagrams count as delivered (InDatagrams).
    if (this.encapRcv && skb.len > UDP_HLEN) {
      udpIncStats(this.net, UdpStat.INDATAGRAMS);
      this.encapRcv(this, skb);
      return;
    }
    // UDP-Lite with UDPLITE_RECV_CSCOV: a partial coverage when full was asked for (0), or under the minimum, is dropped.
    if (this.pcrlen >= 0 && cscov < skb.len && (this.pcrlen === 0 || cscov < this.pcrlen)) return this.rcvDrop(skb, 'NOT_SPECIFIED', false);
    skb.pull(UDP_HLEN);
    const reason = udpEnqueueScheduleSkb(this, skb);
    if (reason) this.rcvDrop(skb, reason, true);
  }

  /** udp_queue_rcv_one_skb()'s drop: RcvbufErrors for a full buffer, InErrors always. */
  private rcvDrop(skb: SkBuff, reason: DropReason, rcvbuf: boolean): void {
    if (rcvbuf) udpIncStats(this.net, UdpStat.RCVBUFERRORS, this.isUdplite);
    udpIncStats(this.net, UdpStat.INERRORS, this.isUdplite);
    kfreeSkbReason(this.net, skb, reason, 'udp_queue_rcv_one_skb');
  }

  /** udp_rqueue_get(): sk_rmem_alloc less what was read and not yet released (forward_deficit). */
  get rqueue(): number {
    return this.skRmemAlloc - this.forwardDeficit;
  }

  override close(): void {
    skCommonRelease(this);
  }
}
