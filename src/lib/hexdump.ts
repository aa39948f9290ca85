/**
 * print_hex_dump() with DUMP_PREFIX_OFFSET, groups of one byte and no ASCII
 * column: each row of `rowsize` bytes is logged as PREFIX + the offset in 8
 * hex digits + ": " + the bytes in hex, one space apart
 * (hex_dump_to_buffer()).
 * @linux lib/hexdump.c
 */
import type { Net } from '../net/core/net_namespace.js';
import { printk } from '../kernel/printk.js';

export function printHexDump(net: Net, level: number, prefix: string, buf: Uint8Array, start: number, len: number, rowsize = 16): void {
  for (let i = 0; i < len; i += rowsize) {
    const row: string[] = [];
    for (let j = i; j < Math.min(i + rowsize, len); j++) row.push(buf[start + j]!.toString(16).padStart(2, '0'));
    printk(net, level, `${prefix}${i.toString(16).padStart(8, '0')}: ${row.join(' ')}`);
  }
}
