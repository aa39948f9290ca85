/**
 * UDP and UDP-Lite socket options (SOL_UDP, SOL_UDPLITE).
 * @linux include/uapi/linux/udp.h, include/net/udplite.h
 */

/** UDP-Lite (RFC 3828): the checksum coverage of sent datagrams, the least accepted. */
export const UDPLITE_SEND_CSCOV = 10;
export const UDPLITE_RECV_CSCOV = 11;
