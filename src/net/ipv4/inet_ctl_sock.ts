/**
 * The kernel's control sockets of a namespace: what ICMP answers
 * (icmp_xmit_lock()) and TCP resets of no socket (ip_send_unicast_reply()
 * with ipv4_tcp_sk) are sent from. They own those packets on the way out
 * (the owner match sees a socket without a file) and nothing else of them
 * is modelled.
 * @linux net/ipv4/af_inet.c inet_ctl_sock_create(), net/ipv4/icmp.c icmp_xmit_lock(), net/ipv4/ip_output.c ip_send_unicast_reply()
 */
import { Sock } from '../core/sock.js';
import type { Net } from '../core/net_namespace.js';

const AF_INET = 2;
const SOCK_RAW = 3;

class CtlSock extends Sock {
  constructor(net: Net, protocol: number) {
    super(net, AF_INET, SOCK_RAW, protocol, true);
  }
  override get skFile(): boolean {
    return false;
  }
  get protName(): string {
    return 'RAW';
  }
  unhash(): void {}
}

/** The namespace's control socket of `protocol` (IPPROTO_ICMP, IPPROTO_TCP), made when first used. */
export function inetCtlSock(net: Net, protocol: number): Sock {
  const m = net.ipv4.ctlSocks;
  let sk = m.get(protocol);
  if (!sk) m.set(protocol, (sk = new CtlSock(net, protocol)));
  return sk;
}
