/**
 * Tests' way to wait for a promise that needs virtual time: run the lab's
 * scheduler until it settles (rejections propagate).
 */
import type { Scheduler } from './scheduler.js';

export async function drive<T>(lab: { readonly sched: Scheduler }, p: Promise<T>): Promise<T> {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  await lab.sched.runWhile(() => !done);
  return p;
}
