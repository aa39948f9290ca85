/**
 * Conntrack events: what changed in a connection is cached on it while a
 * packet is processed and delivered to the listeners (ctnetlink, read by
 * `conntrack -E`) when the packet leaves conntrack's hands (confirmation);
 * a destruction is delivered at once.
 * @linux net/netfilter/nf_conntrack_ecache.c, include/net/netfilter/nf_conntrack_ecache.h
 */
import type { NfConn } from './nf_conntrack_core.js';
import type { Net } from '../core/net_namespace.js';

/** enum ip_conntrack_events (bit numbers). */
export const IPCT_NEW = 0;
export const IPCT_RELATED = 1;
export const IPCT_DESTROY = 2;
export const IPCT_REPLY = 3;
export const IPCT_ASSURED = 4;
export const IPCT_PROTOINFO = 5;
export const IPCT_HELPER = 6;
export const IPCT_MARK = 7;
export const IPCT_SEQADJ = 8;
export const IPCT_SECMARK = 9;
export const IPCT_LABEL = 10;
export const IPCT_SYNPROXY = 11;

/**
 * nf_ct_ecache_ext_add() without a template's event mask: whether a new
 * entry gets the event cache. nf_conntrack_events 0: never; 2 (auto, the
 * default): only while a ctnetlink socket has joined a conntrack group
 * (net->ct.ctnetlink_has_listener); 1: always. An entry made without it
 * reports nothing for its whole life, its DESTROY included.
 */
export function nfCtEcacheExtWanted(net: Net): boolean {
  const cn = net.nf.ct;
  if (!cn) return false;
  switch (cn.sysctl.events) {
    case 1:
      return true;
    case 2:
      return cn.hasListener(net);
    default:
      return false;
  }
}

/** nf_conntrack_event_cache(): remember that `event` happened to ct (nf_ct_ecache_find(): only with the extension). */
export function nfConntrackEventCache(event: number, ct: NfConn): void {
  const cn = ct.net.nf.ct;
  if (!cn || !ct.ecacheExt || cn.listeners.length === 0) return;
  ct.ecache |= 1 << event;
}

/** nf_ct_deliver_cached_events(): hand the cached events of ct to the listeners. */
export function nfCtDeliverCachedEvents(ct: NfConn): void {
  const cn = ct.net.nf.ct;
  if (!cn || cn.listeners.length === 0) return;
  const mask = ct.ecache;
  if (!mask) return;
  ct.ecache = 0;
  for (const l of cn.listeners) l(mask, ct, 0);
}

/**
 * nf_conntrack_eventmask_report(): deliver the events of `mask` (1 << IPCT_*)
 * now; `portid`: the netlink socket whose request caused them (0: the kernel).
 */
export function nfConntrackEventmaskReport(mask: number, ct: NfConn, portid = 0): void {
  const cn = ct.net.nf.ct;
  if (!cn || !ct.ecacheExt || cn.listeners.length === 0) return;
  for (const l of cn.listeners) l(mask, ct, portid);
}

/** nf_conntrack_event(): deliver one event now (IPCT_DESTROY). */
export function nfCtEvent(ct: NfConn, event: number, portid = 0): void {
  nfConntrackEventmaskReport(1 << event, ct, portid);
}
