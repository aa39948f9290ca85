/**
 * ICMP as userland sees it: message types and codes, and the ICMP_FILTER
 * option of raw ICMP sockets.
 * @linux include/uapi/linux/icmp.h
 */

/* Types */
export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_SOURCE_QUENCH = 4;
export const ICMP_REDIRECT = 5;
export const ICMP_ECHO = 8;
export const ICMP_TIME_EXCEEDED = 11;
export const ICMP_PARAMETERPROB = 12;
export const ICMP_TIMESTAMP = 13;
export const ICMP_TIMESTAMPREPLY = 14;
export const ICMP_INFO_REQUEST = 15;
export const ICMP_INFO_REPLY = 16;
export const ICMP_ADDRESS = 17;
export const ICMP_ADDRESSREPLY = 18;
export const NR_ICMP_TYPES = 18;
/** RFC 8335 PROBE. */
export const ICMP_EXT_ECHO = 42;
export const ICMP_EXT_ECHOREPLY = 43;

/* RFC 8335 PROBE: extended echo reply codes, interface identification c-types, AFIs and state bits. */
export const ICMP_EXT_CODE_MAL_QUERY = 1;
export const ICMP_EXT_CODE_NO_IF = 2;
export const ICMP_EXT_CODE_NO_TABLE_ENT = 3;
export const ICMP_EXT_CODE_MULT_IFS = 4;
export const ICMP_EXT_ECHOREPLY_ACTIVE = 1 << 2;
export const ICMP_EXT_ECHOREPLY_IPV4 = 1 << 1;
export const ICMP_EXT_ECHOREPLY_IPV6 = 1 << 0;
export const ICMP_EXT_ECHO_CTYPE_NAME = 1;
export const ICMP_EXT_ECHO_CTYPE_INDEX = 2;
export const ICMP_EXT_ECHO_CTYPE_ADDR = 3;
export const ICMP_AFI_IP = 1;
export const ICMP_AFI_IP6 = 2;

/* Codes for ICMP_DEST_UNREACH */
export const ICMP_NET_UNREACH = 0;
export const ICMP_HOST_UNREACH = 1;
export const ICMP_PROT_UNREACH = 2;
export const ICMP_PORT_UNREACH = 3;
/** RFC 1191: un carries the next-hop MTU. */
export const ICMP_FRAG_NEEDED = 4;
export const ICMP_SR_FAILED = 5;
export const ICMP_NET_UNKNOWN = 6;
export const ICMP_HOST_UNKNOWN = 7;
export const ICMP_HOST_ISOLATED = 8;
export const ICMP_NET_ANO = 9;
export const ICMP_HOST_ANO = 10;
export const ICMP_NET_UNR_TOS = 11;
export const ICMP_HOST_UNR_TOS = 12;
/** RFC 1812: communication administratively prohibited. */
export const ICMP_PKT_FILTERED = 13;
export const ICMP_PREC_VIOLATION = 14;
export const ICMP_PREC_CUTOFF = 15;
export const NR_ICMP_UNREACH = 15;

/* Codes for ICMP_REDIRECT */
export const ICMP_REDIR_NET = 0;
export const ICMP_REDIR_HOST = 1;
export const ICMP_REDIR_NETTOS = 2;
export const ICMP_REDIR_HOSTTOS = 3;

/* Codes for ICMP_TIME_EXCEEDED */
export const ICMP_EXC_TTL = 0;
export const ICMP_EXC_FRAGTIME = 1;


/** SOL_RAW option: struct icmp_filter { __u32 data; }, bit `type` set blocks that type. */
export const ICMP_FILTER = 1;
