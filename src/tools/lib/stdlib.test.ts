import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atoi, strtol10, strtoul0, strtoul10 } from './stdlib.js';

test('atoi: leading blanks and a sign, digits up to the first other character, 0 without any', () => {
  assert.equal(atoi(' \t+5'), 5);
  assert.equal(atoi('10x'), 10);
  assert.equal(atoi('1e3'), 1);
  assert.equal(atoi('0x10'), 0);
  assert.equal(atoi('-0'), 0);
  assert.equal(atoi(''), 0);
  assert.equal(atoi('x1'), 0);
  assert.equal(atoi('- 1'), 0);
});

test("atoi: strtol's long cut to an int; out of long range it saturates first", () => {
  assert.equal(atoi('2147483647'), 2147483647);
  assert.equal(atoi('2147483648'), -2147483648);
  assert.equal(atoi('4294967296'), 0);
  assert.equal(atoi('-2147483649'), 2147483647);
  assert.equal(atoi('18446744073709551616'), -1);
  assert.equal(atoi('-99999999999999999999'), 0);
  assert.equal(strtol10('99999999999999999999'), (1n << 63n) - 1n);
  assert.equal(strtol10('-99999999999999999999'), -(1n << 63n));
});

test('strtoul10: past ULONG_MAX saturates, a minus sign negates modulo 2^64', () => {
  assert.equal(strtoul10(' 3x'), 3n);
  assert.equal(strtoul10('-1'), (1n << 64n) - 1n);
  assert.equal(strtoul10('99999999999999999999'), (1n << 64n) - 1n);
  assert.equal(strtoul10('-99999999999999999999'), (1n << 64n) - 1n);
  assert.equal(strtoul10('x'), 0n);
});

test('strtoul0: the base from the prefix and where the number ends', () => {
  assert.deepEqual(strtoul0('0x10'), { value: 16n, end: 4 });
  assert.deepEqual(strtoul0('010'), { value: 8n, end: 3 });
  assert.deepEqual(strtoul0('08'), { value: 0n, end: 1 });
  assert.deepEqual(strtoul0('0x'), { value: 0n, end: 1 });
  assert.deepEqual(strtoul0(' 12x'), { value: 12n, end: 3 });
  assert.deepEqual(strtoul0('-1'), { value: (1n << 64n) - 1n, end: 2 });
  assert.deepEqual(strtoul0('foo'), { value: 0n, end: 0 });
  assert.deepEqual(strtoul0(''), { value: 0n, end: 0 });
});
