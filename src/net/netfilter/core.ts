/**
 * Netfilter hooks: per-namespace arrays of hook entries sorted by priority,
 * NF_HOOK() with its okfn continuation, nf_hook_slow() walking the entries.
 * With no entry on a hook the cost is one length check: no allocation.
 * @linux include/linux/netfilter.h NF_HOOK(), net/netfilter/core.c nf_hook_slow()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { Net } from '../core/net_namespace.js';
import type { NetDevice } from '../core/netdevice.js';
import type { NfConntrackNet } from './nf_conntrack_core.js';
import { kfreeSkbReason } from '../core/drop_reason.js';
import { errnoNumber } from '../core/errno.js';
import { trace } from '../core/trace.js';
import { nfLoggersDefault } from './nf_log_net.js';
import { IP_CT_DIR_ORIGINAL, IP_CT_RELATED, IP_CT_RELATED_REPLY, ctinfo2dir } from './nf_conntrack_tuple.js';
import {
  NF_ACCEPT, NF_DROP, NF_QUEUE, NF_REPEAT, NF_STOLEN, NF_STOP, NF_VERDICT_FLAG_QUEUE_BYPASS,
  NF_VERDICT_MASK,
} from '../../uapi/linux/netfilter.js';

/** The continuation of a hook: the rest of the path once the packet is accepted. */
/** What runs after the hook accepts; its return (0, NET_XMIT_*, -errno) is NF_HOOK()'s. */
export type NfOkfn = (net: Net, skb: SkBuff) => number | void;

/** struct nf_hook_state */
export interface NfHookState {
  readonly hook: number;
  readonly pf: number;
  readonly in: NetDevice | null;
  readonly out: NetDevice | null;
  readonly net: Net;
  readonly okfn: NfOkfn;
}

/** nf_hookfn: returns an NF_* verdict (NF_DROP may carry an errno in its upper bits). */
export type NfHookFn = (priv: unknown, skb: SkBuff, state: NfHookState) => number;

/** struct nf_hook_ops */
export interface NfHookOps {
  readonly hook: NfHookFn;
  readonly priv: unknown;
  readonly pf: number;
  readonly hooknum: number;
  readonly priority: number;
  /** For the packet walk: who registered it (the table and chain). */
  readonly name: string;
}

/** net->nf: the IPv4 hook entries of one namespace (nf_hook_entries per hook). */
export class NetNf {
  /** One array per hook, NF_INET_NUMHOOKS of them. */
  readonly hooksIpv4: NfHookOps[][] = [[], [], [], [], []];
  readonly hooksArp: NfHookOps[][] = [[], [], []];
  /** nf_tables per-namespace state (struct nftables_pernet); set by nf_tables_api. */
  nft: unknown = null;
  private ctState: NfConntrackNet | null = null;
  /**
   * What makes `ct` (set by nf_conntrack's pernet init): struct netns_ct
   * exists in every namespace from its creation, but nothing reads it
   * before a packet is tracked or a file of it is read, so it is made then.
   */
  ctMake: (() => NfConntrackNet) | null = null;
  /** net->ct: connection tracking state (made at the first look once nf_conntrack's pernet init ran). */
  get ct(): NfConntrackNet | null {
    return (this.ctState ??= this.ctMake?.() ?? null);
  }
  set ct(cn: NfConntrackNet | null) {
    this.ctState = cn;
  }
  /** `ct` if it was made (a teardown does not make it to stop its timer). */
  get ctIfMade(): NfConntrackNet | null {
    return this.ctState;
  }
  /** NAT per-namespace state (NfNatNet); set by nf_nat_core. */
  nat: unknown = null;
  /** hashlimit_net->htables: xt_hashlimit's tables by name; set by xt_hashlimit. */
  hashlimit: unknown = null;
  /** The kernel log ring nf_log writes to (read by dmesg). */
  readonly log: { time: number; level: number; text: string }[] = [];
  /** net.netfilter.nf_log_all_netns (init namespace only). */
  logAllNetns = false;
  /** nf_loggers[pf]: the logger bound per family for untyped logging (net.netfilter.nf_log.N), null for NONE. */
  readonly loggers: (string | null)[] = nfLoggersDefault();
}

function hookArray(net: Net, pf: number, hooknum: number): NfHookOps[] | null {
  // NFPROTO_ARP = 3; NFPROTO_IPV4 = 2 (inet chains register as IPv4 here: tuxnet has no IPv6).
  const a = pf === 3 ? net.nf.hooksArp : net.nf.hooksIpv4;
  return a[hooknum] ?? null;
}

/** nf_register_net_hook(): insert in priority order, after entries of equal priority. */
export function nfRegisterNetHook(net: Net, ops: NfHookOps): void {
  const a = hookArray(net, ops.pf, ops.hooknum);
  if (!a) return;
  let i = 0;
  while (i < a.length && a[i]!.priority <= ops.priority) i++;
  a.splice(i, 0, ops);
}

/** nf_unregister_net_hook() */
export function nfUnregisterNetHook(net: Net, ops: NfHookOps): void {
  const a = hookArray(net, ops.pf, ops.hooknum);
  if (!a) return;
  const i = a.indexOf(ops);
  if (i >= 0) a.splice(i, 1);
}

/** A struct nf_hook_state to fill: the kernel's lives on NF_HOOK()'s stack. */
export interface MutableHookState {
  hook: number;
  pf: number;
  in: NetDevice | null;
  out: NetDevice | null;
  net: Net;
  okfn: NfOkfn;
}

/**
 * The hook states of the NF_HOOK() calls in progress, one per nesting
 * level (a hook that sends a packet, as REJECT does, runs NF_HOOK() again
 * inside the first): made once per lab world and refilled, so a hook call
 * allocates nothing. A state is read only while its nf_hook_slow() runs.
 */
export interface NfHookStack {
  readonly states: MutableHookState[];
  depth: number;
}

/** NF_HOOK() with entries: nf_hook_state_init() on this level's state, nf_hook_slow(), okfn() when it says so; okfn's result, or 0 when a hook took the skb (Linux: -EPERM for NF_DROP, not passed on here). */
function nfHookRun(
  pf: number, hook: number, net: Net, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: NfOkfn, entries: readonly NfHookOps[],
): number {
  const stack = net.world.core.nfHookStack;
  let state = stack.states[stack.depth];
  if (state === undefined) {
    state = { hook, pf, in: indev, out: outdev, net, okfn };
    stack.states[stack.depth] = state;
  } else {
    state.hook = hook;
    state.pf = pf;
    state.in = indev;
    state.out = outdev;
    state.net = net;
    state.okfn = okfn;
  }
  stack.depth++;
  let ret: number;
  try {
    ret = nfHookSlow(skb, state, entries);
  } finally {
    stack.depth--;
  }
  return ret === 1 ? okfnResult(okfn(net, skb)) : ret;
}

/** An okfn that returns nothing succeeded. */
function okfnResult(rc: number | void): number {
  return rc === undefined ? 0 : rc;
}

/**
 * NF_HOOK(): run the IPv4 hook `hook`; when every entry accepts, okfn()
 * continues. The skb belongs to the hook afterwards (dropped, stolen, or
 * passed to okfn).
 */
export function nfHook(hook: number, net: Net, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: NfOkfn): number {
  const entries = net.nf.hooksIpv4[hook]!;
  if (entries.length === 0) return okfnResult(okfn(net, skb));
  return nfHookRun(2, hook, net, skb, indev, outdev, okfn, entries);
}

/**
 * NF_HOOK(NFPROTO_ARP, ...): the arp family's hooks (NF_ARP_IN in
 * arp_rcv(), NF_ARP_OUT in arp_xmit()); arptables-nft chains sit here.
 */
export function nfHookArp(hook: number, net: Net, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, okfn: NfOkfn): void {
  const entries = net.nf.hooksArp[hook]!;
  if (entries.length === 0) {
    okfn(net, skb);
    return;
  }
  void nfHookRun(3, hook, net, skb, indev, outdev, okfn, entries);
}

/**
 * nf_hook_slow(): returns 1 when okfn() must run; otherwise the skb was
 * consumed: dropped (-1, the kernel's -EPERM) or stolen (0). NF_QUEUE with no queue listener drops (as
 * nf_queue() fails with ESRCH without a handler); NF_REPEAT runs the same
 * entry again. `start`: the entry to begin with (a hook that replaced the
 * skb, as defragmentation does, runs the rest for the new one).
 */
export function nfHookSlow(skb: SkBuff, state: NfHookState, entries: readonly NfHookOps[], start = 0): number {
  const net = state.net;
  for (let s = start; s < entries.length; s++) {
    const e = entries[s]!;
    // The step's text is built only while tracing: no string per packet and hook otherwise.
    if (net.world.tracer.sink) trace(net, skb, `nf_hook_slow ${(state.pf === 3 ? ARP_HOOK_NAMES : HOOK_NAMES)[state.hook]} ${e.name}`, state.pf === 2 && state.hook === 4 ? state.out : state.in ?? state.out);
    const verdict = e.hook(e.priv, skb, state);
    switch (verdict & NF_VERDICT_MASK) {
      case NF_ACCEPT:
        break;
      case NF_DROP:
        // Linux: kfree_skb_reason(NETFILTER_DROP); no MIB counter moves. The
        // caller gets NF_DROP_GETERR(verdict), -EPERM when it carries none
        // (a sendmsg through OUTPUT fails with it).
        kfreeSkbReason(net, skb, 'NETFILTER_DROP', 'nf_hook_slow');
        return -errnoNumber.EPERM;
      case NF_QUEUE:
        // nf_queue() fails (-ESRCH: no listener); with the bypass flag the hook accepts and the next one runs;
        // else the skb is freed and the hook says 0, as for a stolen one.
        if (verdict & NF_VERDICT_FLAG_QUEUE_BYPASS) break;
        kfreeSkbReason(net, skb, 'NETFILTER_DROP', 'nf_queue');
        return 0;
      case NF_STOLEN:
        return 0;
      case NF_REPEAT:
        s--;
        break;
      case NF_STOP:
        return 1;
      default:
        kfreeSkbReason(net, skb, 'NETFILTER_DROP', 'nf_hook_slow');
        return -errnoNumber.EPERM;
    }
  }
  return 1;
}

export const HOOK_NAMES = ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'] as const;
export const ARP_HOOK_NAMES = ['ARP_IN', 'ARP_OUT', 'ARP_FORWARD', '', ''] as const;

/**
 * nf_ct_attach() -> nf_conntrack_attach(): "locally generated errors need
 * it if connection tracking in use": the ICMP error joins the connection of
 * the packet it answers, in the other direction (RELATED_REPLY to a packet
 * of the original direction, else RELATED), even before that connection is
 * confirmed. NAT then translates it (or drops a redirect, nf_nat_icmp_reply_translation).
 */
export function nfCtAttach(nskb: SkBuff, skb: SkBuff): void {
  if (!skb.nfct) return;
  nskb.nfct = skb.nfct;
  nskb.nfctinfo = ctinfo2dir(skb.nfctinfo) === IP_CT_DIR_ORIGINAL ? IP_CT_RELATED_REPLY : IP_CT_RELATED;
}
