/**
 * Netfilter verdicts, hook numbers and protocol families as userland and
 * the kernel share them.
 * @linux include/uapi/linux/netfilter.h
 */

/** Responses from hook functions. */
export const NF_DROP = 0;
export const NF_ACCEPT = 1;
export const NF_STOLEN = 2;
export const NF_QUEUE = 3;
export const NF_REPEAT = 4;
export const NF_STOP = 5;
export const NF_MAX_VERDICT = NF_STOP;
export const NF_VERDICT_MASK = 0xff;
/** NF_QUEUE's upper bits: the queue number (NF_QUEUE_NR()), and "accept when nobody listens". */
export const NF_VERDICT_QBITS = 16;
export const NF_VERDICT_FLAG_QUEUE_BYPASS = 0x8000;

/** enum nf_inet_hooks */
export const NF_INET_PRE_ROUTING = 0;
export const NF_INET_LOCAL_IN = 1;
export const NF_INET_FORWARD = 2;
export const NF_INET_LOCAL_OUT = 3;
export const NF_INET_POST_ROUTING = 4;
export const NF_INET_NUMHOOKS = 5;

/** enum nf_arp_hooks (include/uapi/linux/netfilter_arp.h) */
export const NF_ARP_IN = 0;
export const NF_ARP_OUT = 1;
export const NF_ARP_FORWARD = 2;

/** NFPROTO_*: the families of netfilter tables. */
export const NFPROTO_UNSPEC = 0;
export const NFPROTO_INET = 1;
export const NFPROTO_IPV4 = 2;
export const NFPROTO_ARP = 3;
export const NFPROTO_NETDEV = 5;
export const NFPROTO_BRIDGE = 7;
export const NFPROTO_IPV6 = 10;

/** enum nf_ip_hook_priorities (include/uapi/linux/netfilter_ipv4.h) */
export const NF_IP_PRI_RAW = -300;
export const NF_IP_PRI_CONNTRACK = -200;
export const NF_IP_PRI_MANGLE = -150;
export const NF_IP_PRI_NAT_DST = -100;
export const NF_IP_PRI_FILTER = 0;
export const NF_IP_PRI_SECURITY = 50;
export const NF_IP_PRI_NAT_SRC = 100;
