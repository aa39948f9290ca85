/**
 * printk(): a line in the kernel's log ring, the one `dmesg` reads. Linux
 * has one ring per kernel; tuxnet keeps it with the LOG target's lines, in
 * the lab's first (init) namespace, stamped with the virtual time.
 * @linux kernel/printk/printk.c
 */
import type { Net } from '../net/core/net_namespace.js';

/** include/linux/kern_levels.h */
export const KERN_WARNING = 4;
export const KERN_INFO = 6;

/** One record; a text of several lines stays one record (dmesg indents the later lines under the first). */
export function printk(net: Net, level: number, text: string): void {
  net.world.nets[0]?.nf.log.push({ time: net.sched.now, level, text });
}
