/**
 * Notifier chains: subsystems register callbacks that run, in priority then
 * registration order, when an event happens (netdev_chain, inetaddr_chain).
 * @linux kernel/notifier.c
 */
export type Notifier<E, T, I = string> = (event: E, subject: T, info?: I) => void;

/** A listener may refuse a PRE event (NETDEV_PRECHANGEUPPER...) by throwing a KError (notifier_to_errno). */
export class NotifierChain<E, T, I = string> {
  private readonly entries: { prio: number; fn: Notifier<E, T, I>; mask: number }[] = [];

  /**
   * Higher priority runs first; equal priorities in registration order.
   * `mask` (notifierMask()) names the numeric events `fn` acts on: the
   * others, which its own test would ignore, do not call it (a device's
   * registration and each link change meet a dozen notifiers, most of
   * them for other events). -1: every event.
   */
  register(fn: Notifier<E, T, I>, prio = 0, mask = -1): void {
    let i = 0;
    while (i < this.entries.length && this.entries[i]!.prio >= prio) i++;
    this.entries.splice(i, 0, { prio, fn, mask });
  }

  /** unregister_netdevice_notifier() */
  unregister(fn: Notifier<E, T, I>): void {
    const i = this.entries.findIndex((e) => e.fn === fn);
    if (i >= 0) this.entries.splice(i, 1);
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
