/**
 * pr_icmph() and pr_iph(): ping's words for an ICMP message ("Destination
 * Host Unreachable", "Time to live exceeded", "Redirect Host(New nexthop:
 * ...)") and, with -v, the dump of the quoted IP header.
 * @iputils ping/ping.c pr_icmph(), pr_iph()
 */
import {
  ICMP_ADDRESS, ICMP_ADDRESSREPLY, ICMP_DEST_UNREACH, ICMP_ECHO, ICMP_ECHOREPLY, ICMP_INFO_REPLY, ICMP_INFO_REQUEST,
  ICMP_PARAMETERPROB, ICMP_REDIRECT, ICMP_SOURCE_QUENCH, ICMP_TIMESTAMP, ICMP_TIMESTAMPREPLY, ICMP_TIME_EXCEEDED,
} from '../uapi/linux/icmp.js';
import { ICMP_HLEN, Icmph } from '../wire/icmp.js';
import { IPV4_MIN_HLEN, Iph, iphHdrLen, iphVersion, ipToString } from '../wire/ipv4.js';
import { getU32 } from '../wire/bytes.js';

/** The Destination Unreachable codes 0..15. */
const UNREACH: readonly string[] = [
  'Destination Net Unreachable', 'Destination Host Unreachable', 'Destination Protocol Unreachable',
  'Destination Port Unreachable', '', 'Source Route Failed', 'Destination Net Unknown', 'Destination Host Unknown',
  'Source Host Isolated', 'Destination Net Prohibited', 'Destination Host Prohibited',
  'Destination Net Unreachable for Type of Service', 'Destination Host Unreachable for Type of Service',
  'Packet filtered', 'Precedence Violation', 'Precedence Cutoff',
];

const REDIRECT: readonly string[] = [
  'Redirect Network', 'Redirect Host', 'Redirect Type of Service and Network', 'Redirect Type of Service and Host',
];

const hex = (v: number, w: number): string => v.toString(16).padStart(w, '0');

/** pr_options() of ping: the text of the options of the header `ip` (`hlen` bytes with them). */
export type PrOptions = (ip: Uint8Array, hlen: number) => string;

/**
 * pr_iph(): "Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data",
 * then the quoted header's options (pr_options()). ping prints the raw
 * (network order) 16-bit fields as host integers, so on x86 they come out
 * byte-swapped; so they do here.
 */
function prIph(quoted: Uint8Array, prOpts: PrOptions): string {
  // The quoted header may be cut short: what is missing reads as zero.
  const ip = new Uint8Array(IPV4_MIN_HLEN);
  ip.set(quoted.subarray(0, IPV4_MIN_HLEN));
  const le16 = (o: number): number => ip[o]! | (ip[o + 1]! << 8);
  const fo = le16(Iph.FragOff);
  let s = 'Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data\n';
  s += ` ${hex(iphVersion(ip, 0), 1)}  ${hex(iphHdrLen(ip, 0) >> 2, 1)}  ${hex(ip[Iph.Tos]!, 2)} ${hex(le16(Iph.TotLen), 4)} ${hex(le16(Iph.Id), 4)}`;
  s += `   ${hex((fo & 0xe000) >> 13, 1)} ${hex(fo & 0x1fff, 4)}`;
  s += `  ${hex(ip[Iph.Ttl]!, 2)}  ${hex(ip[Iph.Protocol]!, 2)} ${hex(le16(Iph.Check), 4)}`;
  s += ` ${ipToString(getU32(ip, Iph.Saddr))}  ${ipToString(getU32(ip, Iph.Daddr))} \n`;
  const hlen = Math.min(iphHdrLen(ip, 0), quoted.length);
  return hlen > IPV4_MIN_HLEN ? s + prOpts(quoted, hlen) : s;
}

/**
 * pr_icmph(): the text after "From X icmp_seq=N ", newline included. `icp`
 * (the whole ICMP message) is given only when -v should dump the quoted
 * header (with `prOpts` for its options); `prAddr` prints the redirect's
 * new gateway.
 */
export function prIcmph(type: number, code: number, info: number, icp: Uint8Array | null, prAddr: (a: number) => string, prOpts: PrOptions = () => ''): string {
  const quoted = icp ? prIph(icp.subarray(ICMP_HLEN), prOpts) : '';
  switch (type) {
    case ICMP_ECHOREPLY: return 'Echo Reply\n';
    case ICMP_DEST_UNREACH: {
      let s: string;
      if (code === 4) s = `Frag needed and DF set (mtu = ${info >>> 0})`;
      else s = code < UNREACH.length ? UNREACH[code]! : `Dest Unreachable, Bad Code: ${code}`;
      return `${s}\n${quoted}`;
    }
    case ICMP_SOURCE_QUENCH: return `Source Quench\n${quoted}`;
    case ICMP_REDIRECT: {
      const s = code < REDIRECT.length ? REDIRECT[code]! : `Redirect, Bad Code: ${code}`;
      const gw = icp ? getU32(icp, Icmph.Gateway) : info >>> 0;
      return `${s}(New nexthop: ${prAddr(gw)})\n${quoted}`;
    }
    case ICMP_ECHO: return 'Echo Request\n';
    case ICMP_TIME_EXCEEDED: {
      const s = code === 0 ? 'Time to live exceeded' : code === 1 ? 'Frag reassembly time exceeded' : `Time exceeded, Bad Code: ${code}`;
      return `${s}\n${quoted}`;
    }
    case ICMP_PARAMETERPROB:
      return `Parameter problem: pointer = ${icp ? icp[Icmph.Pointer]! : info >>> 0}\n${quoted}`;
    case ICMP_TIMESTAMP: return 'Timestamp\n';
    case ICMP_TIMESTAMPREPLY: return 'Timestamp Reply\n';
    case ICMP_INFO_REQUEST: return 'Information Request\n';
    case ICMP_INFO_REPLY: return 'Information Reply\n';
    case ICMP_ADDRESS: return 'Address Mask Request\n';
    case ICMP_ADDRESSREPLY: return 'Address Mask Reply\n';
    default: return `Bad ICMP type: ${type}\n`;
  }
}
