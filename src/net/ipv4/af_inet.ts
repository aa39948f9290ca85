/**
 * inet_init(): plug IPv4 into the device layer and the protocol table, once
 * per process (the registries are shared by every lab, as the kernel's are
 * by every namespace).
 * @linux net/ipv4/af_inet.c inet_init()
 */
import { ipInit } from './ip_input.js';
import { ipOutputInit } from './ip_output.js';
import { ipForwardInit } from './ip_forward.js';
import { arpInit, neighErrorHook } from './arp.js';
import { icmpInit } from './icmp.js';
import { icmpSend } from './icmp_send.js';
import { udpInit } from './udp.js';
import { ICMP_DEST_UNREACH, ICMP_HOST_UNREACH } from '../../wire/icmp.js';

let done = false;

export function inetInit(): void {
  if (done) return;
  done = true;
  ipOutputInit();
  ipForwardInit();
  ipInit();
  arpInit();
  icmpInit();
  udpInit();
  // A neighbour that never resolves turns its queued packets into ICMP host
  // unreachable (neigh_invalidate -> arp_error_report).
  neighErrorHook.report = (_net, skb) => icmpSend(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
}
