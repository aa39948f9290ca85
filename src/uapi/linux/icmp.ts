/**
 * ICMP socket ABI: the ICMP_FILTER option of raw ICMP sockets.
 * (Message types and codes live with the header in wire/icmp.ts.)
 * @linux include/uapi/linux/icmp.h
 */

/** SOL_RAW option: struct icmp_filter { __u32 data; }, bit `type` set blocks that type. */
export const ICMP_FILTER = 1;
