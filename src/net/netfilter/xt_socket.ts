/**
 * The socket match (revision 3): a local socket the packet belongs to, the
 * packet's own or the one a lookup of its addresses and ports finds (TCP:
 * established, then listening; UDP; for an ICMP error, the socket of the
 * datagram it is about). A listener or UDP socket bound to 0.0.0.0 does not
 * count unless --nowildcard; --transparent wants IP_TRANSPARENT;
 * --restore-skmark copies the socket's mark to the packet.
 * @linux net/netfilter/xt_socket.c socket_match(), socket_mt_v3_check(); net/ipv4/netfilter/nf_socket_ipv4.c nf_sk_lookup_slow_v4()
 */
import { KError } from '../core/errno.js';
import { NF_INET_LOCAL_IN, NF_INET_PRE_ROUTING } from '../../uapi/linux/netfilter.js';
import { getU16, getU32 } from '../../wire/bytes.js';
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, Iph, iphHdrLen } from '../../wire/ipv4.js';
import { ICMP_DEST_UNREACH, ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIME_EXCEEDED } from '../../wire/icmp.js';
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import type { InetSock } from '../ipv4/inet_sock.js';
import { TCP_SYN_RECV, TCP_TIME_WAIT } from '../ipv4/tcp.js';
import { udp4LibLookup } from '../ipv4/udp_lookup.js';
import { nfCtGet } from './nf_conntrack_core.js';
import { IP_CT_DIR_ORIGINAL, IP_CT_ESTABLISHED_REPLY, IP_CT_RELATED_REPLY, IPS_SRC_NAT_DONE } from './nf_conntrack_tuple.js';
import type { XtMatch } from './x_tables.js';
import { num } from './x_tables_info.js';

/** XT_SOCKET_* (xt_socket.h) */
const XT_SOCKET_TRANSPARENT = 1 << 0;
const XT_SOCKET_NOWILDCARD = 1 << 1;
const XT_SOCKET_RESTORESKMARK = 1 << 2;
const XT_SOCKET_FLAGS_V3 = XT_SOCKET_TRANSPARENT | XT_SOCKET_NOWILDCARD | XT_SOCKET_RESTORESKMARK;

/** TCP_NEW_SYN_RECV: a request socket (tuxnet's request sockets are TCP_SYN_RECV). */
const TCP_NEW_SYN_RECV = 12;

/** sk_fullsock(): neither a TIME_WAIT nor a request socket. */
const fullsock = (sk: InetSock): boolean => sk.skState !== TCP_TIME_WAIT && sk.skState !== TCP_NEW_SYN_RECV && sk.skState !== TCP_SYN_RECV;

/**
 * extract_icmp4_fields(): for an ICMP error, the protocol, addresses and
 * ports of the datagram it quotes, turned round (the socket that sent it);
 * null for any other ICMP message or a quote too short.
 */
function icmpFields(b: Uint8Array, th: number, tail: number): [number, number, number, number, number] | null {
  if (th + 8 > tail) return null;
  const type = b[th]!;
  if (type !== ICMP_DEST_UNREACH && type !== ICMP_SOURCE_QUENCH && type !== ICMP_REDIRECT && type !== ICMP_TIME_EXCEEDED && type !== ICMP_PARAMETERPROB) return null;
  const inner = th + 8;
  if (inner + 20 > tail) return null;
  const proto = b[inner + Iph.Protocol]!;
  if (proto !== IPPROTO_TCP && proto !== IPPROTO_UDP) return null;
  const ports = inner + iphHdrLen(b, inner);
  if (ports + 4 > tail) return null;
  // saddr, daddr, sport, dport of the socket's view: the quoted datagram's reversed.
  return [proto, getU32(b, inner + Iph.Daddr), getU32(b, inner + Iph.Saddr), getU16(b, ports + 2), getU16(b, ports)];
}

/** nf_sk_lookup_slow_v4(): the socket of a TCP or UDP packet, or of the datagram an ICMP error quotes. */
function skLookupSlowV4(net: Net, skb: SkBuff, indev: NetDevice | null): InetSock | null {
  const b = skb.buf;
  const nh = skb.networkHeader;
  const th = nh + iphHdrLen(b, nh);
  const protocol = b[nh + Iph.Protocol]!;
  let f: [number, number, number, number, number] | null;
  if (protocol === IPPROTO_TCP || protocol === IPPROTO_UDP) {
    if (th + 4 > skb.tail) return null;
    f = [protocol, getU32(b, nh + Iph.Saddr), getU32(b, nh + Iph.Daddr), getU16(b, th), getU16(b, th + 2)];
  } else if (protocol === IPPROTO_ICMP) f = icmpFields(b, th, skb.tail);
  else return null;
  if (!f) return null;
  const [proto, saddr, , sport] = f;
  let daddr = f[2];
  let dport = f[4];
  // "Do the lookup with the original socket address in case this is a reply packet of an established SNAT-ted connection."
  const ct = nfCtGet(skb);
  const reply = protocol === IPPROTO_ICMP ? IP_CT_RELATED_REPLY : IP_CT_ESTABLISHED_REPLY;
  if (ct && skb.nfctinfo === reply && ct.status & IPS_SRC_NAT_DONE) {
    const orig = ct.tuplehash[IP_CT_DIR_ORIGINAL].tuple;
    daddr = orig.srcIp;
    dport = orig.srcU;
  }
  const dif = indev?.ifindex ?? 0;
  if (proto === IPPROTO_UDP) return udp4LibLookup(net, saddr, sport, daddr, dport, dif);
  // inet_lookup(): an established (or TIME_WAIT, request) socket, then a listener.
  const h = net.ipv4.tcpHashinfo;
  return h.lookupEstablished(saddr, sport, daddr, dport, dif) ?? h.lookupListener(daddr, dport, dif);
}

export const socketMatch: XtMatch = {
  revision: 3,
  hooks: (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN),
  /** socket_mt_v3_check() */
  check(info) {
    if (num(info, 'flags') & ~XT_SOCKET_FLAGS_V3) throw new KError('EINVAL');
  },
  /** socket_match() */
  match(skb, par, info) {
    const flags = num(info, 'flags');
    const own = skb.sk as InetSock | null;
    const sk = own && own.net === par.state.net ? own : skLookupSlowV4(par.state.net, skb, par.state.in);
    if (!sk) return false;
    // "Ignore sockets listening on INADDR_ANY, unless XT_SOCKET_NOWILDCARD is set"
    const wildcard = !(flags & XT_SOCKET_NOWILDCARD) && fullsock(sk) && sk.inetRcvSaddr === 0;
    // "Ignore non-transparent sockets, if XT_SOCKET_TRANSPARENT is used"
    const transparent = flags & XT_SOCKET_TRANSPARENT ? sk.transparent : true;
    if (flags & XT_SOCKET_RESTORESKMARK && !wildcard && transparent && fullsock(sk)) skb.mark = sk.skMark;
    return !wildcard && transparent;
  },
};
