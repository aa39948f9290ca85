/**
 * Errors of the wire layer.
 *
 * A wire view never throws on bad input: `newChecked` and `parse` return one
 * of these values, and the stack maps it to a kernel drop reason and MIB
 * counter (net/ipv4/ip_input.c ip_rcv_core(), net/ipv4/udp.c
 * __udp4_lib_rcv(), net/ipv4/arp.c arp_rcv()). A programming mistake, such
 * as emitting into a buffer too short for the header, throws via `assert`.
 */

export const WireError = {
  /**
   * The buffer is shorter than the fixed header, or than the header length
   * the header declares (ihl * 4). ip_rcv_core(): pskb_may_pull() failed,
   * IP_INHDR / InHdrErrors; elsewhere PKT_TOO_SMALL.
   */
  Truncated: 'truncated',
  /** IPv4 version field is not 4. ip_rcv_core(): IP_INHDR. */
  BadVersion: 'bad-version',
  /** Header length field below the minimum (ihl < 5). IP_INHDR. */
  BadHeaderLen: 'bad-header-len',
  /**
   * A total-length field smaller than the header it covers
   * (totLen < ihl * 4: IP_INHDR; UDP len < 8: __udp4_lib_rcv() short_packet).
   */
  BadLength: 'bad-length',
  /**
   * A total-length field beyond the end of the buffer. ip_rcv_core():
   * PKT_TOO_SMALL / InTruncatedPkts; UDP: short_packet.
   */
  LengthExceedsBuffer: 'length-exceeds-buffer',
  /** Checksum mismatch: IP_CSUM, UDP_CSUM, ICMP_CSUM. */
  Checksum: 'checksum',
  /**
   * Well-formed but not a format tuxnet parses (an ARP packet that is not
   * Ethernet/IPv4). arp_rcv() / arp_process(): dropped, NOT_SPECIFIED.
   */
  Unsupported: 'unsupported',
} as const;

export type WireError = (typeof WireError)[keyof typeof WireError];

const ERRORS: ReadonlySet<unknown> = new Set(Object.values(WireError));

/** Narrows a `newChecked`/`parse` result. */
export function isWireError(x: unknown): x is WireError {
  return typeof x === 'string' && ERRORS.has(x);
}

/** Throws on a programming mistake (third kind of error in DESIGN.md). */
export function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new Error(`wire: ${msg}`);
}
