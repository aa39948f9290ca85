/**
 * nft's set types: time strings as nft parses and prints them, and
 * concatenated keys (each component padded to a 32-bit register).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEY_TYPES, concatType, parseTime, timeText, typeById } from './nft_set.js';

test('time strings: units d h m s ms, printed back with the non-zero ones', () => {
  assert.equal(parseTime('10s'), 10_000);
  assert.equal(parseTime('1m30s'), 90_000);
  assert.equal(parseTime('1d2h'), 93_600_000);
  assert.equal(parseTime('250ms'), 250);
  assert.equal(parseTime('10'), null);
  assert.equal(parseTime('5x'), null);
  assert.equal(timeText(60_000), '1m');
  assert.equal(timeText(9_996), '9s996ms');
  assert.equal(timeText(93_600_000), '1d2h');
});

test('concatenation: ipv4_addr . inet_service is 8 bytes, type id 7 << 6 | 13, round trip', () => {
  const kt = concatType([KEY_TYPES.find((t) => t.name === 'ipv4_addr')!, KEY_TYPES.find((t) => t.name === 'inet_service')!]);
  assert.equal(kt.len, 8);
  assert.equal(kt.id, (7 << 6) | 13);
  const d = kt.parse('10.0.0.1 . 22')!;
  assert.deepEqual([...d], [10, 0, 0, 1, 0, 22, 0, 0]);
  assert.equal(kt.print(d), '10.0.0.1 . 22');
  assert.equal(kt.parse('10.0.0.1'), null);
  assert.equal(typeById(kt.id)?.name, 'ipv4_addr . inet_service');
});

test('mark values are host order and print as 0x%08x', () => {
  const mark = KEY_TYPES.find((t) => t.name === 'mark')!;
  assert.deepEqual([...mark.parse('0x10')!], [0x10, 0, 0, 0]);
  assert.equal(mark.print(mark.parse('7')!), '0x00000007');
  assert.equal(mark.parse('0x100000000'), null);
});
