/**
 * The socket side of UDP (udp_prot), as far as the lab's tools need it
 * today: create, bind to an address, connect() to learn the route's source
 * (getsockname), options, close. Sending and receiving datagrams belong to
 * the UDP sockets issue: sendmsg/recvmsg answer EOPNOTSUPP until then, and
 * no port is taken (no udp_table yet).
 * @linux net/ipv4/udp.c udp_prot, net/ipv4/af_inet.c inet_bind()
 */
import type { Net } from '../core/net_namespace.js';
import type { Errno } from '../core/errno.js';
import { TCP_CLOSE, skCommonRelease } from '../core/sock.js';
import { SOCK_DGRAM } from '../../uapi/linux/socket.js';
import { IPPROTO_UDP, type SockaddrIn } from '../../uapi/linux/in.js';
import { InetSock } from './inet_sock.js';
import { ip4DatagramConnect } from './datagram.js';

export class UdpSocket extends InetSock {
  constructor(net: Net, protocol = IPPROTO_UDP) {
    super(net, SOCK_DGRAM, protocol);
  }

  get protName(): string {
    return 'UDP';
  }

  /** Not hashed: no udp_table yet. */
  unhash(): void {}

  /** inet_bind() of the address (the port waits for udp_table): local, or any with ip_nonlocal_bind. */
  override bind(addr: SockaddrIn): Errno | null {
    if (this.skState !== TCP_CLOSE || this.inetRcvSaddr) return 'EINVAL';
    return this.bindAddr(addr);
  }

  override connect(addr: SockaddrIn): Errno | null {
    return ip4DatagramConnect(this, addr);
  }

  override close(): void {
    skCommonRelease(this);
  }
}
