/**
 * Notifier chains: subsystems register callbacks that run, in priority then
 * registration order, when an event happens (netdev_chain, inetaddr_chain).
 * @linux kernel/notifier.c
 */
export type Notifier<E, T> = (event: E, subject: T, info?: string) => void;

export class NotifierChain<E, T> {
  private readonly entries: { prio: number; fn: Notifier<E, T> }[] = [];

  /** Higher priority runs first; equal priorities in registration order. */
  register(fn: Notifier<E, T>, prio = 0): void {
    let i = 0;
    while (i < this.entries.length && this.entries[i]!.prio >= prio) i++;
    this.entries.splice(i, 0, { prio, fn });
  }

  call(event: E, subject: T, info?: string): void {
    for (const e of this.entries) e.fn(event, subject, info);
  }
}
