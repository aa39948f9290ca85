/**
 * The long-lived information about remote hosts (struct inet_peer): one
 * entry per peer address and namespace, holding the token bucket that
 * ICMP error rate limiting (icmpv4_xrlim_allow), ip_error() and the redirect
 * algorithm (ip_rt_send_redirect) all share — the kernel's "these ICMPs are
 * twice limited: by source and by destination".
 * @linux net/ipv4/inetpeer.c, include/net/inetpeer.h
 */
import type { Net } from '../core/net_namespace.js';
import { HZ } from '../core/sysctl.js';

/** One jiffy in virtual nanoseconds (HZ = 250: 4 ms). */
export const NSEC_PER_JIFFY = 1_000_000_000 / HZ;

/** include/net/inetpeer.h struct inet_peer (the IPv4 fields tuxnet uses). */
export interface InetPeer {
  readonly daddr: number;
  /** Token bucket of icmpv4_xrlim_allow() and ip_error(), in jiffies. */
  rateTokens: number;
  /** jiffies of the last token refill (or, for redirects, of the last redirect). */
  rateLast: number;
  /** Redirects sent since the last ip_rt_redirect_silence (ip_rt_send_redirect). */
  nRedirects: number;
  /** jiffies of the last use (inet_putpeer), for the garbage collector. */
  dtime: number;
  /** Fragments received from this peer (ip_frag_too_far's ipfrag_max_dist distance). */
  rid: number;
}

/**
 * inet_peer_minttl / inet_peer_maxttl / inet_peer_threshold: an unused peer
 * lives between 120 s and 10 min depending on how many there are.
 */
const INET_PEER_MINTTL = 120 * HZ;
const INET_PEER_MAXTTL = 10 * 60 * HZ;
const INET_PEER_THRESHOLD = 65536 + 128;

/** struct inet_peer_base: net->ipv4.peers. */
export class InetPeerBase {
  readonly peers = new Map<number, InetPeer>();
}

function peerBase(net: Net): InetPeerBase {
  return net.ipv4.peers;
}

/**
 * INITIAL_JIFFIES: the kernel starts jiffies 5 minutes before the 32-bit
 * wrap "to expose jiffies wraparound bugs" ((unsigned long)(unsigned
 * int)(-300 * HZ) on 64-bit), so stamps of 0 (icmp_global) are far in the
 * past at boot.
 */
export const INITIAL_JIFFIES = 2 ** 32 - 300 * HZ;

/** jiffies: the lab's virtual clock in ticks of 1/HZ s, from INITIAL_JIFFIES. */
export function jiffies(net: Net): number {
  return INITIAL_JIFFIES + Math.floor(net.sched.now / NSEC_PER_JIFFY);
}

/** inet_peer_gc(): unused peers older than the ttl go. Linux: only those met on the lookup path. */
function inetPeerGc(base: InetPeerBase, now: number): void {
  const total = base.peers.size;
  const ttl = total >= INET_PEER_THRESHOLD
    ? INET_PEER_MINTTL
    : INET_PEER_MAXTTL - Math.floor(((INET_PEER_MAXTTL - INET_PEER_MINTTL) / HZ) * total / INET_PEER_THRESHOLD) * HZ;
  for (const [addr, p] of base.peers) {
    if (now - p.dtime > ttl) base.peers.delete(addr);
  }
}

/**
 * inet_getpeer_v4(): the peer of `daddr`, created when `create` is set. A
 * new peer's rate_last is 60 s in the past, "chosen enough high so that the
 * first calculation of tokens is at its maximum". Linux keys on the l3mdev
 * vif too; tuxnet has no VRF, so the vif is always 0.
 */
export function inetGetpeerV4(net: Net, daddr: number, create = true): InetPeer | null {
  const base = peerBase(net);
  const found = base.peers.get(daddr >>> 0);
  if (found || !create) return found ?? null;
  const now = jiffies(net);
  inetPeerGc(base, now);
  const p: InetPeer = { daddr: daddr >>> 0, rateTokens: 0, rateLast: now - 60 * HZ, nRedirects: 0, dtime: now, rid: 0 };
  base.peers.set(p.daddr, p);
  return p;
}

/** inet_putpeer(): the caller is done with the peer; its idle time starts now. */
export function inetPutpeer(net: Net, p: InetPeer): void {
  p.dtime = jiffies(net);
}

/** XRLIM_BURST_FACTOR: the bucket holds six messages' worth of tokens. */
export const XRLIM_BURST_FACTOR = 6;

/**
 * inet_peer_xrlim_allow(): the token bucket of RFC 1812 4.3.2.8 ("SHOULD be
 * able to limit error message rate"). One token accrues per jiffy, up to
 * XRLIM_BURST_FACTOR * timeout; a message costs `timeout` tokens.
 */
export function inetPeerXrlimAllow(net: Net, peer: InetPeer | null, timeout: number): boolean {
  if (!peer) return true;
  const now = jiffies(net);
  let token = peer.rateTokens;
  // Since 6.13 the bucket is refilled and capped only when a jiffy passed:
  // a second message in the same jiffy keeps what ip_error() left.
  const delta = now - peer.rateLast;
  if (delta) {
    peer.rateLast = now;
    token += delta;
    if (token > XRLIM_BURST_FACTOR * timeout) token = XRLIM_BURST_FACTOR * timeout;
  }
  let rc = false;
  if (token >= timeout) {
    token -= timeout;
    rc = true;
  }
  peer.rateTokens = token;
  return rc;
}
