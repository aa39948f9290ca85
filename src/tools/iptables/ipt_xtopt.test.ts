import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xtoptMarkmask, xtoptMport, xtoptName, xtoptUint } from './ipt_xtopt.js';

test('xtoptMarkmask: strtoui of base 0 each side, trailing garbage apart from a bad number', () => {
  assert.deepEqual(xtoptMarkmask('mark', 'mark', '0x10/0xff'), [16, 255]);
  assert.deepEqual(xtoptMarkmask('mark', 'mark', ' 020'), [16, 0xffffffff]);
  assert.match(xtoptMarkmask('mark', 'mark', '0x') as string, /trailing garbage/);
  assert.match(xtoptMarkmask('mark', 'mark', '1/2/3') as string, /trailing garbage/);
  for (const bad of ['', '-1', '1/', '/1', '4294967296', '1/foo']) assert.match(xtoptMarkmask('mark', 'mark', bad) as string, /bad integer value/);
});

test('xtoptMport: empty sides default, one port both ends, numbers cut to 16 bits, three parts refused', () => {
  assert.deepEqual(xtoptMport('udp', 'sport', ':5'), [0, 5]);
  assert.deepEqual(xtoptMport('udp', 'sport', '5:'), [5, 0xffff]);
  assert.deepEqual(xtoptMport('udp', 'sport', ':'), [0, 0xffff]);
  assert.deepEqual(xtoptMport('udp', 'sport', ''), [0, 0]);
  assert.deepEqual(xtoptMport('udp', 'sport', '70000'), [4464, 4464]);
  assert.deepEqual(xtoptMport('udp', 'sport', '5:3'), [5, 3]);
  assert.match(xtoptMport('udp', 'sport', '-1') as string, /Port "-1" does not resolve/);
  assert.match(xtoptMport('udp', 'sport', '0x10') as string, /does not resolve/);
  assert.match(xtoptMport('udp', 'sport', '1:2:3') as string, /Too many components/);
});

test('xtoptName: an alias is named by the first entry of its id', () => {
  const t = { 'source-port': { id: 0 }, sport: { id: 0 }, dport: { id: 1 } };
  assert.equal(xtoptName(t, 'sport'), 'source-port');
  assert.equal(xtoptName(t, 'dport'), 'dport');
});

test('xtoptUint: an entry .min raises the floor and the range the error names', () => {
  assert.equal(xtoptUint('TTL', 'ttl-set', '0', 255), 0);
  assert.equal(xtoptUint('TTL', 'ttl-dec', '1', 255, 1), 1);
  assert.equal(xtoptUint('TTL', 'ttl-dec', '0', 255, 1), 'TTL: bad value for option "--ttl-dec", or out of range (1-255).\n');
  assert.equal(xtoptUint('TTL', 'ttl-set', '256', 255), 'TTL: bad value for option "--ttl-set", or out of range (0-255).\n');
});
