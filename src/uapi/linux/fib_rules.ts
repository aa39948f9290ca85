/**
 * Rule messages (RTM_NEWRULE / RTM_DELRULE / RTM_GETRULE): struct
 * fib_rule_hdr and its FRA_* attributes as optional fields.
 * @linux include/uapi/linux/fib_rules.h
 */

/** fib_rule_hdr.flags */
export const FIB_RULE_PERMANENT = 0x1;
export const FIB_RULE_INVERT = 0x2;
export const FIB_RULE_UNRESOLVED = 0x4;
export const FIB_RULE_IIF_DETACHED = 0x8;
export const FIB_RULE_DEV_DETACHED = FIB_RULE_IIF_DETACHED;
export const FIB_RULE_OIF_DETACHED = 0x10;
export const FIB_RULE_FIND_SADDR = 0x10000;

/** fib_rule_hdr.action */
export const FR_ACT_UNSPEC = 0;
export const FR_ACT_TO_TBL = 1;
export const FR_ACT_GOTO = 2;
export const FR_ACT_NOP = 3;
export const FR_ACT_RES3 = 4;
export const FR_ACT_RES4 = 5;
export const FR_ACT_BLACKHOLE = 6;
export const FR_ACT_UNREACHABLE = 7;
export const FR_ACT_PROHIBIT = 8;

/** struct fib_rule_uid_range */
export interface FibRuleUidRange {
  start: number;
  end: number;
}

/** struct fib_rule_port_range (host order) */
export interface FibRulePortRange {
  start: number;
  end: number;
}

/** struct fib_rule_hdr */
export interface FibRuleHdr {
  family: number;
  dstLen: number;
  srcLen: number;
  tos: number;
  table: number;
  action: number;
  flags: number;
}

/** An address attribute: the IPv4 address (host order) and the attribute's length in bytes. */
export interface NlAddr {
  addr: number;
  bytelen: number;
}

/** The FRA_* attributes of an RTM_*RULE message; an absent key is an attribute not sent. */
export interface FibRuleAttrs {
  dst?: NlAddr;
  src?: NlAddr;
  /** FRA_IIFNAME (formerly FRA_IFNAME) */
  iifname?: string;
  oifname?: string;
  priority?: number;
  fwmark?: number;
  fwmask?: number;
  /** FRA_FLOW: the realms (tclassid) */
  flow?: number;
  tunId?: bigint;
  table?: number;
  /** FRA_SUPPRESS_PREFIXLEN, as the kernel's int (-1: none) */
  suppressPrefixlen?: number;
  suppressIfgroup?: number;
  goto?: number;
  l3mdev?: number;
  uidRange?: FibRuleUidRange;
  protocol?: number;
  ipProto?: number;
  sportRange?: FibRulePortRange;
  dportRange?: FibRulePortRange;
  sportMask?: number;
  dportMask?: number;
  /** FRA_DSCP */
  dscp?: number;
}

/** The body of an RTM_*RULE message: the header with its attributes. */
export interface FibRuleBody extends FibRuleHdr {
  attrs: FibRuleAttrs;
}
