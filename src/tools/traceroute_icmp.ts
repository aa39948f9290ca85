/**
 * parse_icmp_res() of traceroute 2.1.x, IPv4: what an ICMP answer to a
 * probe means — a hop on the way (time exceeded in transit), the end of the
 * trace (port unreachable: the target was reached), or the end with a mark.
 * @traceroute traceroute/traceroute.c parse_icmp_res()
 */
import {
  ICMP_DEST_UNREACH, ICMP_EXC_TTL, ICMP_FRAG_NEEDED, ICMP_HOST_ANO, ICMP_HOST_ISOLATED, ICMP_HOST_UNKNOWN,
  ICMP_HOST_UNREACH, ICMP_HOST_UNR_TOS, ICMP_NET_ANO, ICMP_NET_UNKNOWN, ICMP_NET_UNREACH, ICMP_NET_UNR_TOS,
  ICMP_PKT_FILTERED, ICMP_PORT_UNREACH, ICMP_PREC_CUTOFF, ICMP_PREC_VIOLATION, ICMP_PROT_UNREACH, ICMP_SR_FAILED,
  ICMP_TIME_EXCEEDED,
} from '../uapi/linux/icmp.js';

/** The mark printed after the time, and whether the trace ends at this hop. */
export interface IcmpRes {
  errStr: string;
  final: boolean;
}

const UNREACH_MARK: Record<number, string> = {
  [ICMP_NET_UNREACH]: '!N', [ICMP_NET_UNKNOWN]: '!N', [ICMP_HOST_ISOLATED]: '!N', [ICMP_NET_UNR_TOS]: '!N',
  [ICMP_HOST_UNREACH]: '!H', [ICMP_HOST_UNKNOWN]: '!H', [ICMP_HOST_UNR_TOS]: '!H',
  [ICMP_NET_ANO]: '!X', [ICMP_HOST_ANO]: '!X', [ICMP_PKT_FILTERED]: '!X',
  // "dest host is reached"
  [ICMP_PORT_UNREACH]: '',
  [ICMP_PROT_UNREACH]: '!P',
  [ICMP_SR_FAILED]: '!S',
  [ICMP_PREC_VIOLATION]: '!V',
  [ICMP_PREC_CUTOFF]: '!C',
};

/** `info` is the ICMP header's last word: the next-hop MTU of "fragmentation needed". */
export function parseIcmpRes(type: number, code: number, info: number): IcmpRes {
  if (type === ICMP_TIME_EXCEEDED && code === ICMP_EXC_TTL) return { errStr: '', final: false };
  let str: string;
  if (type === ICMP_TIME_EXCEEDED) str = `!<${type}-${code}>`;
  else if (type === ICMP_DEST_UNREACH) {
    if (code === ICMP_FRAG_NEEDED) str = `!F-${info}`;
    else str = UNREACH_MARK[code] ?? `!<${code}>`;
  } else str = `!<${type}-${code}>`;
  return { errStr: str, final: true };
}
