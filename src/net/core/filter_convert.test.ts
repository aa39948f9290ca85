/**
 * sk_filter_charge() of classic programs tcpdump attached on Linux 6.18
 * (x86-64), as ss -0 -bm printed them there: each program and the `o` it
 * cost its socket.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bpfConvertFilterLen, skFilterCharge } from './filter_convert.js';
import type { SockFilter } from '../../uapi/linux/filter.js';

/** "0x28 0 0 12, 0x15 0 1 2054, ..." as ss -b prints a program. */
function prog(s: string): SockFilter[] {
  return s.split(',').map((t) => t.trim()).filter((t) => t).map((t) => {
    const [code, jt, jf, k] = t.split(/\s+/);
    return { code: Number(code), jt: Number(jt), jf: Number(jf), k: Number(k) };
  });
}

const MEASURED: readonly (readonly [string, string, number])[] = [
  ['(no expression)', '0x06 0 0 262144', 136],
  ['arp', '0x28 0 0 12, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0', 304],
  ['icmp', '0x28 0 0 12, 0x15 0 3 2048, 0x30 0 0 23, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0', 416],
  ['-i any arp', '0x28 0 0 4294963200, 0x15 0 1 2054, 0x06 0 0 262144, 0x06 0 0 0', 176],
  ['-i any icmp', '0x28 0 0 4294963200, 0x15 0 3 2048, 0x30 0 0 9, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0', 320],
  ['arp or icmp', '0x28 0 0 12, 0x15 3 0 2054, 0x15 0 3 2048, 0x30 0 0 23, 0x15 0 1 1, 0x06 0 0 262144, 0x06 0 0 0', 424],
  ['tcp port 80', '0x28 0 0 12, 0x15 0 6 34525, 0x30 0 0 20, 0x15 0 15 6, 0x28 0 0 54, 0x15 12 0 80, 0x28 0 0 56, 0x15 10 11 80, ' +
    '0x15 0 10 2048, 0x30 0 0 23, 0x15 0 8 6, 0x28 0 0 20, 0x45 6 0 8191, 0xb1 0 0 14, 0x48 0 0 14, 0x15 2 0 80, 0x48 0 0 16, ' +
    '0x15 0 1 80, 0x06 0 0 262144, 0x06 0 0 0', 1216],
];

test('the eBPF translation of tcpdump filters costs what Linux charges (ss -m o)', () => {
  for (const [name, p, o] of MEASURED) assert.equal(skFilterCharge(prog(p)), o, name);
});

test('translation lengths: RET K is two instructions, a constant packet load fourteen, a JSET that falls through on true two', () => {
  assert.equal(bpfConvertFilterLen(prog('0x06 0 0 1')), 5);
  // ldh [12]: the inline load (mov, sub, bounds jump, load, byte swap, ja) and the helper call (8); the prologue caches skb->data.
  assert.equal(bpfConvertFilterLen(prog('0x28 0 0 12, 0x16 0 0 0')), 3 + 4 + 14 + 1);
  // ldh [0]: no subtraction of a zero offset.
  assert.equal(bpfConvertFilterLen(prog('0x28 0 0 0, 0x16 0 0 0')), 3 + 4 + 13 + 1);
  assert.equal(bpfConvertFilterLen(prog('0x45 0 1 8191, 0x06 0 0 1, 0x06 0 0 0')), 3 + 2 + 2 + 2);
});
