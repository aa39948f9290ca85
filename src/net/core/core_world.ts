/**
 * What net/core keeps for the whole machine rather than per namespace: the
 * packet-type lists dev_add_pack() fills (ptype_all, ptype_base), the
 * softnet backlog netif_rx() queues on, the skb cache. One per lab world
 * (NetWorld.core).
 * @linux net/core/dev.c ptype_all ptype_base softnet_data
 */
import type { PacketType } from './dev_rx.js';
import type { SkBuff } from './skbuff.js';
import { Softnet } from './dev_rx.js';
import type { Scheduler } from '../../sim/scheduler.js';
import { SkbCache } from './skbuff_cache.js';
import type { NfHookStack } from '../netfilter/core.js';
import type { SockDiagHandler } from './sock_diag.js';
import { RatelimitState } from '../../lib/ratelimit.js';
import { NotifierChains } from './notifier.js';
import { RtCacheStat } from '../ipv4/route_stat.js';
import type { Net } from './net_namespace.js';

/**
 * The kernel build a lab runs: options of the kernel's .config that change
 * what the stack does. The defaults are the reference kernel's, the one the
 * conformance transcripts were recorded on (`tuxnet run --kconfig NAME=y`
 * builds another).
 */
export interface KConfig {
  /** CONFIG_BRIDGE_VLAN_FILTERING: unset on the reference kernel (vlan_filtering is EOPNOTSUPP, `bridge vlan add` too). */
  BRIDGE_VLAN_FILTERING: boolean;
}

/** The reference kernel's options. */
export function defaultKConfig(): KConfig {
  return { BRIDGE_VLAN_FILTERING: false };
}

/**
 * `NAME=y|n[,NAME=y|n...]` (NAME with or without CONFIG_): the options a lab
 * is built with, or the reason the text names none of KConfig's.
 */
export function parseKConfig(text: string): Partial<KConfig> | string {
  const out: Partial<KConfig> = {};
  const names = Object.keys(defaultKConfig()) as (keyof KConfig)[];
  for (const word of text.split(',')) {
    const m = /^(?:CONFIG_)?([A-Z0-9_]+)=([yn])$/.exec(word.trim());
    if (!m) return `'${word}' is not NAME=y or NAME=n`;
    const name = names.find((n) => n === m[1]);
    if (!name) return `'${m[1]}' is not a kernel option tuxnet builds (${names.join(', ')})`;
    out[name] = m[2] === 'y';
  }
  return out;
}

export class CoreWorld {
  /** The kernel's build options (KConfig). */
  readonly kconfig: KConfig = defaultKConfig();
  /** ptype_all: the ETH_P_ALL taps, in registration order. */
  readonly ptypeAll: PacketType[] = [];
  /** ptype_base: handlers by ethertype. */
  readonly ptypeBase = new Map<number, PacketType[]>();
  /** softnet_data: the receive backlog (one "CPU"). */
  readonly softnet: Softnet;
  /**
   * offload_base (dev_add_offload()): skb_gso_segment() by network
   * protocol; inet_init() registers IPv4's (inet_gso_segment ->
   * tcp_gso_segment). Returns the segments, or null when it cannot.
   */
  readonly gsoSegment = new Map<number, (skb: SkBuff) => SkBuff[] | null>();
  /** hashrnd of skb_get_hash() (net_get_random_once(): drawn at first use, 0 until then). */
  flowHashRnd = 0;
  /** nf_hooks_lwtunnel_enabled: the static key net.netfilter.nf_hooks_lwtunnel turns on for good. */
  nfHooksLwtunnel = false;
  /** nf_skb_duplicated (per CPU; tuxnet has one): a TEE copy is being sent, so it is not copied again. */
  nfSkbDuplicated = false;
  /** get_next_ino(): the next socket inode number. */
  nextSockIno = 20000;
  /** net_cookie's counter: the last socket cookie handed out (gen_cookie_next()). */
  lastSockCookie = 0;
  /** skbuff_cache and the head caches: freed skbs for the next alloc_skb() (skbuff_cache.ts). */
  readonly skbCache = new SkbCache();
  /** The nf_hook_state of each NF_HOOK() in progress (netfilter/core.ts): on the kernel's stack. */
  readonly nfHookStack: NfHookStack = { states: [], depth: 0 };
  /** sock_diag_handlers[]: the NETLINK_SOCK_DIAG dump of each family (sock_diag_register()). */
  readonly sockDiagHandlers = new Map<number, SockDiagHandler>();
  /** net_ratelimit_state: the one limit net_ratelimit() and the net_*_ratelimited() warnings share (net/core/utils.ts). */
  readonly netRatelimitState = new RatelimitState('net_ratelimit');
  /** The notifier chains of the lab's namespaces, shared while they are the same (notifier.ts). */
  readonly notifierChains = new NotifierChains();
  /** rt_cache_stat: the IPv4 routing counters of /proc/net/stat/rt_cache (machine-wide, per CPU in Linux). */
  readonly rtCacheStat = new RtCacheStat();

  /**
   * get_net_ns_by_pid(): the network namespace of the task with that pid,
   * or null when none has it. The lab's process table answers; a world
   * without one has no tasks.
   */
  taskNet: (pid: number) => Net | null = () => null;

  constructor(sched: Scheduler) {
    this.softnet = new Softnet(sched);
  }
}
