/**
 * Conntrack events: what changed in a connection is cached on it while a
 * packet is processed and delivered to the listeners (ctnetlink, read by
 * `conntrack -E`) when the packet leaves conntrack's hands (confirmation);
 * a destruction is delivered at once.
 * @linux net/netfilter/nf_conntrack_ecache.c, include/net/netfilter/nf_conntrack_ecache.h
 */
import type { NfConn } from './nf_conntrack_core.js';

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
 * nf_ct_ecache_ext_add(): whether a new entry gets the event cache, and
 * the events it reports (ctmask: 1 << IPCT_*, from a CT target's template,
 * 0 without one). nf_conntrack_events 0: only with a template's mask; 2
 * (auto, the default): only while a ctnetlink socket has joined a
 * conntrack group (net->ct.ctnetlink_has_listener); 1: always. Without a
 * mask every event is reported. An entry made without the cache reports
 * nothing for its whole life, its DESTROY included.
 */
export function nfCtEcacheExtAdd(ct: NfConn, ctmask: number, expmask: number): void {
  const net = ct.net;
  const cn = net.nf.ct;
  if (!cn) return;
  const events = cn.sysctl.events;
  if (events === 0) {
    if (!ctmask && !expmask) return;
  } else if (events === 1 || (events === 2 && cn.hasListener(net))) {
    // case 2 falls through to 1: always the extension, every event without a mask
    if (!ctmask && !expmask) ctmask = 0xffff;
  } else return;
  ct.ecacheExt = true;
  ct.ecacheCtmask = ctmask;
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
  // __nf_conntrack_eventmask_report(): nothing when none of the events is in the entry's ctmask
  if (!(mask & ct.ecacheCtmask)) return;
  for (const l of cn.listeners) l(mask, ct, 0);
}

/**
 * nf_conntrack_eventmask_report(): deliver the events of `mask` (1 << IPCT_*)
 * now; `portid`: the netlink socket whose request caused them (0: the kernel).
 */
export function nfConntrackEventmaskReport(mask: number, ct: NfConn, portid = 0): void {
  const cn = ct.net.nf.ct;
  if (!cn || !ct.ecacheExt || cn.listeners.length === 0 || !(mask & ct.ecacheCtmask)) return;
  for (const l of cn.listeners) l(mask, ct, portid);
}

/** nf_conntrack_event(): deliver one event now (IPCT_DESTROY). */
export function nfCtEvent(ct: NfConn, event: number, portid = 0): void {
  nfConntrackEventmaskReport(1 << event, ct, portid);
}
