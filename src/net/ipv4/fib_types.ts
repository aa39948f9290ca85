/**
 * Route types, scopes, protocols, tables and next-hop flags.
 * @linux include/uapi/linux/rtnetlink.h, include/net/ip_fib.h
 */
export const RTN_UNSPEC = 0;
export const RTN_UNICAST = 1;
export const RTN_LOCAL = 2;
export const RTN_BROADCAST = 3;
export const RTN_ANYCAST = 4;
export const RTN_MULTICAST = 5;
export const RTN_BLACKHOLE = 6;
export const RTN_UNREACHABLE = 7;
export const RTN_PROHIBIT = 8;
export const RTN_THROW = 9;
export const RTN_NAT = 10;
export const RTN_XRESOLVE = 11;
export const RTN_MAX = 11;

export const RT_SCOPE_UNIVERSE = 0;
export const RT_SCOPE_SITE = 200;
export const RT_SCOPE_LINK = 253;
export const RT_SCOPE_HOST = 254;
export const RT_SCOPE_NOWHERE = 255;

export const RTPROT_UNSPEC = 0;
export const RTPROT_REDIRECT = 1;
export const RTPROT_KERNEL = 2;
export const RTPROT_BOOT = 3;
export const RTPROT_STATIC = 4;

export const RT_TABLE_UNSPEC = 0;
export const RT_TABLE_COMPAT = 252;
export const RT_TABLE_DEFAULT = 253;
export const RT_TABLE_MAIN = 254;
export const RT_TABLE_LOCAL = 255;

export const RTNH_F_DEAD = 1;
export const RTNH_F_PERVASIVE = 2;
export const RTNH_F_ONLINK = 4;
export const RTNH_F_OFFLOAD = 8;
export const RTNH_F_LINKDOWN = 16;
export const RTNH_F_UNRESOLVED = 32;
export const RTNH_F_TRAP = 64;

/** netlink request flags that steer fib_table_insert(). */
export const NLM_F_REPLACE = 0x100;
export const NLM_F_EXCL = 0x200;
export const NLM_F_CREATE = 0x400;
export const NLM_F_APPEND = 0x800;

/**
 * fib_props[]: the error a lookup returns for each type and the scope a
 * route of that type must at least have.
 * @linux net/ipv4/fib_semantics.c fib_props
 */
export const fibProps: readonly { readonly error: string | null; readonly scope: number }[] = [
  { error: null, scope: RT_SCOPE_NOWHERE }, // RTN_UNSPEC
  { error: null, scope: RT_SCOPE_UNIVERSE }, // RTN_UNICAST
  { error: null, scope: RT_SCOPE_HOST }, // RTN_LOCAL
  { error: null, scope: RT_SCOPE_LINK }, // RTN_BROADCAST
  { error: null, scope: RT_SCOPE_LINK }, // RTN_ANYCAST
  { error: null, scope: RT_SCOPE_UNIVERSE }, // RTN_MULTICAST
  { error: 'EINVAL', scope: RT_SCOPE_UNIVERSE }, // RTN_BLACKHOLE
  { error: 'EHOSTUNREACH', scope: RT_SCOPE_UNIVERSE }, // RTN_UNREACHABLE
  { error: 'EACCES', scope: RT_SCOPE_UNIVERSE }, // RTN_PROHIBIT
  { error: 'EAGAIN', scope: RT_SCOPE_UNIVERSE }, // RTN_THROW
  { error: 'EINVAL', scope: RT_SCOPE_NOWHERE }, // RTN_NAT
  { error: 'EINVAL', scope: RT_SCOPE_NOWHERE }, // RTN_XRESOLVE
];
