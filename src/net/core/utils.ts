/**
 * net_ratelimit(): the networking stack's shared limit on kernel-log
 * warnings (net_ratelimit_state: 10 lines per 5 s, the defaults of
 * net.core.message_burst and message_cost); net_warn_ratelimited() and
 * friends print only when it allows.
 * @linux net/core/utils.c include/linux/net.h
 */
import type { Net } from './net_namespace.js';
import { ratelimit } from '../../lib/ratelimit.js';

export function netRatelimit(net: Net): boolean {
  return ratelimit(net, net.world.core.netRatelimitState);
}
