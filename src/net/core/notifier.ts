/**
 * Notifier chains: subsystems register callbacks that run, in priority then
 * registration order, when an event happens (netdev_chain, inetaddr_chain).
 * @linux kernel/notifier.c
 */
export type Notifier<E, T, I = string> = (event: E, subject: T, info?: I) => void;

interface Entry<E, T, I> {
  readonly prio: number;
  readonly fn: Notifier<E, T, I>;
  readonly mask: number;
}

/**
 * The chains made so far in one lab, each by the chains one register()
 * longer: every namespace registers the same notifiers in the same order,
 * so all of them share one array per step (no entries of their own) as
 * long as their notifiers are module functions that find their state from
 * the subject (dev_net(dev)), as Linux's netdev notifiers do. Keyed weakly
 * by the function too: a closure's chains go with it. An array here is
 * never written. One per lab (CoreWorld.notifierChains).
 */
export class NotifierChains {
  /** The chain with no notifier, where every namespace's starts. */
  readonly root: readonly never[] = [];
  private readonly extensions = new WeakMap<readonly unknown[], WeakMap<object, Extension<unknown, unknown, unknown>[]>>();

  /**
   * `entries` with `e` inserted after those of its priority or higher: the
   * shared array if one was made (found by the entry it inserted: no walk
   * of the chain for the namespaces after the first).
   */
  extended<E, T, I>(entries: readonly Entry<E, T, I>[], e: Entry<E, T, I>): readonly Entry<E, T, I>[] {
    let byFn = this.extensions.get(entries);
    if (!byFn) this.extensions.set(entries, (byFn = new WeakMap()));
    let made = byFn.get(e.fn) as Extension<E, T, I>[] | undefined;
    if (!made) byFn.set(e.fn, (made = []));
    for (let k = 0; k < made.length; k++) {
      const x = made[k]!;
      if (x.prio === e.prio && x.mask === e.mask) return x.chain;
    }
    const i = firstBelow(entries, e.prio);
    const chain = [...entries.slice(0, i), e, ...entries.slice(i)];
    made.push({ prio: e.prio, mask: e.mask, chain });
    return chain;
  }
}

/** A chain NotifierChains made from another by inserting one function's entry of this priority and mask. */
interface Extension<E, T, I> {
  readonly prio: number;
  readonly mask: number;
  readonly chain: readonly Entry<E, T, I>[];
}

/** The index of the first entry of a lower priority than `prio` (the end if none). */
function firstBelow<E, T, I>(entries: readonly Entry<E, T, I>[], prio: number): number {
  let i = 0;
  while (i < entries.length && entries[i]!.prio >= prio) i++;
  return i;
}

/** A listener may refuse a PRE event (NETDEV_PRECHANGEUPPER...) by throwing a KError (notifier_to_errno). */
export class NotifierChain<E, T, I = string> {
  /** Shared with every chain of the lab that had the same registrations (never written: register() and unregister() replace it). */
  private entries: readonly Entry<E, T, I>[];

  constructor(private readonly chains: NotifierChains) {
    this.entries = chains.root;
  }

  /**
   * Higher priority runs first; equal priorities in registration order.
   * `mask` (notifierMask()) names the numeric events `fn` acts on: the
   * others, which its own test would ignore, do not call it (a device's
   * registration and each link change meet a dozen notifiers, most of
   * them for other events). -1: every event.
   */
  register(fn: Notifier<E, T, I>, prio = 0, mask = -1): void {
    this.entries = this.chains.extended(this.entries, { prio, fn, mask });
  }

  /** unregister_netdevice_notifier() */
  unregister(fn: Notifier<E, T, I>): void {
    const i = this.entries.findIndex((e) => e.fn === fn);
    if (i >= 0) this.entries = this.entries.filter((_, j) => j !== i);
  }

  call(event: E, subject: T, info?: I): void {
    // an index, not for-of: the chain runs several times per device event, mostly in not yet optimized code
    const entries = this.entries;
    const bit = typeof event === 'number' ? 1 << event : -1;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.mask & bit) e.fn(event, subject, info);
    }
  }
}

/** The register() mask of the numeric events (below 32) a notifier acts on. */
export function notifierMask(...events: number[]): number {
  let m = 0;
  for (const ev of events) m |= 1 << ev;
  return m;
}
