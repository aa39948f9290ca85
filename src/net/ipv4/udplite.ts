/**
 * UDP-Lite (RFC 3828, IPPROTO_UDPLITE 136): UDP's header and ports, its
 * own socket table and MIB (UdpLite in /proc/net/snmp), and a checksum
 * that covers only the first Length bytes (0: the whole datagram), the
 * pseudo-header giving the full length. Sockets are UdpSocket with the
 * protocol; receiving is __udp4_lib_rcv() with IPPROTO_UDPLITE (udp.ts
 * registers it, as udplite4_register() does). These are its checksum rules.
 * @linux include/net/udplite.h udplite_checksum_init() udplite_csum()
 */
import type { SkBuff } from '../core/skbuff.js';
import { IPPROTO_UDPLITE } from '../../uapi/linux/in.js';
import { CSUM_MANGLED_0, csumPartial, csumTcpUdpMagic } from '../../wire/checksum.js';
import { UDP_HLEN, Udph } from '../../wire/udp.js';
import { getU16, putU16 } from '../../wire/bytes.js';

/**
 * udplite_checksum_init() + the coverage's checksum check: the bytes the
 * checksum covers, or -1 when the datagram is bad — a zero checksum
 * ("UDP-Lite mandates checksums"), a coverage under the header or past
 * the datagram ("violates RFC 3828"), or a wrong sum.
 */
export function udpliteChecksumInit(skb: SkBuff, saddr: number, daddr: number): number {
  const b = skb.buf;
  const uh = skb.data;
  if (getU16(b, uh + Udph.Check) === 0) return -1;
  let cscov = getU16(b, uh + Udph.Len);
  if (cscov === 0) cscov = skb.len;
  else if (cscov < UDP_HLEN || cscov > skb.len) return -1;
  return csumTcpUdpMagic(saddr, daddr, skb.len, IPPROTO_UDPLITE, csumPartial(b, uh, cscov, 0)) === 0 ? cscov : -1;
}

/**
 * udplite_csum() as udp_send_skb() applies it: with UDPLITE_SEND_CSCOV
 * (`pcslen` >= 0) under the datagram's length, Length is the coverage (0:
 * all); the checksum over the covered bytes, in software (no offload for
 * UDP-Lite), 0 sent as 0xffff.
 */
export function udpliteCsum(b: Uint8Array, uh: number, ulen: number, pcslen: number, saddr: number, daddr: number): void {
  let cov = ulen;
  if (pcslen >= 0 && pcslen < ulen) {
    if (pcslen > 0) cov = pcslen;
    putU16(b, uh + Udph.Len, pcslen);
  }
  putU16(b, uh + Udph.Check, 0);
  const csum = csumTcpUdpMagic(saddr, daddr, ulen, IPPROTO_UDPLITE, csumPartial(b, uh, cov, 0));
  putU16(b, uh + Udph.Check, csum === 0 ? CSUM_MANGLED_0 : csum);
}
