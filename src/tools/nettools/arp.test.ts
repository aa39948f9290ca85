import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inEther } from './arp.js';

const hex = (a: Uint8Array | null) => (a ? [...a].map((x) => x.toString(16).padStart(2, '0')).join(':') : null);
const host = (10 << 24) | 12; // 10.0.0.12

test('in_ether: six bytes of one or two hex digits, anything past them ignored', () => {
  assert.equal(hex(inEther('1:2:3:4:5:6', host)), '01:02:03:04:05:06');
  assert.equal(hex(inEther('12:34:56:78:9A:bc:de', host)), '12:34:56:78:9a:bc');
  assert.equal(hex(inEther('123456', host)), '12:34:56:00:00:0c');
  assert.equal(hex(inEther('1::2', host)), '01:02:0a:00:00:0c');
});

test('in_ether: bytes not given keep the sockaddr_in arp_set() resolved the host into (port 0, address)', () => {
  assert.equal(hex(inEther('ab', host)), 'ab:00:0a:00:00:0c');
  assert.equal(hex(inEther('02:00:00', host)), '02:00:00:00:00:0c');
  assert.equal(hex(inEther('', host)), '00:00:0a:00:00:0c');
});

test('in_ether: a character that is neither a hex digit nor the colon after one is refused', () => {
  for (const bad of ['1-2', '::::::', '12:3g', 'g', '1:-']) assert.equal(inEther(bad, host), null, bad);
});
