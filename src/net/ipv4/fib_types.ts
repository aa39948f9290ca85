/**
 * Route types, scopes, protocols, tables and next-hop flags.
 * @linux include/uapi/linux/rtnetlink.h, include/net/ip_fib.h
 */
export {
  RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST, RTN_BLACKHOLE, RTN_UNREACHABLE,
  RTN_PROHIBIT, RTN_THROW, RTN_NAT, RTN_XRESOLVE, RTN_MAX, RT_SCOPE_UNIVERSE, RT_SCOPE_SITE, RT_SCOPE_LINK,
  RT_SCOPE_HOST, RT_SCOPE_NOWHERE, RTPROT_UNSPEC, RTPROT_REDIRECT, RTPROT_KERNEL, RTPROT_BOOT, RTPROT_STATIC,
  RT_TABLE_UNSPEC, RT_TABLE_COMPAT, RT_TABLE_DEFAULT, RT_TABLE_MAIN, RT_TABLE_LOCAL, RTNH_F_DEAD, RTNH_F_PERVASIVE,
  RTNH_F_ONLINK, RTNH_F_OFFLOAD, RTNH_F_LINKDOWN, RTNH_F_UNRESOLVED, RTNH_F_TRAP,
} from '../../uapi/linux/rtmsg.js';
import { RT_SCOPE_HOST, RT_SCOPE_LINK, RT_SCOPE_NOWHERE, RT_SCOPE_UNIVERSE } from '../../uapi/linux/rtmsg.js';

/** netlink request flags that steer fib_table_insert(). */
export { NLM_F_APPEND, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from '../../uapi/linux/netlink.js';

/**
 * fib_props[]: the error a lookup returns for each type and the scope a
 * route of that type must at least have.
 * @linux net/ipv4/fib_semantics.c fib_props
 */
export const fibProps: readonly { error: string | null; scope: number }[] = [
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
