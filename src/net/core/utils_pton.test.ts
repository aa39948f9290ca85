import { test } from 'node:test';
import assert from 'node:assert/strict';
import { in4Pton, in6Pton, pI6 } from './utils_pton.js';

const six = (s: string): string | null => {
  const a = in6Pton(s, -1);
  return a ? pI6(a) : null;
};

test('in6_pton(-1): full, compressed and IPv4-tailed forms, shown as %pI6', () => {
  assert.equal(six('1:2:3:4:5:6:7:8'), '0001:0002:0003:0004:0005:0006:0007:0008');
  assert.equal(six('fe80::1'), 'fe80:0000:0000:0000:0000:0000:0000:0001');
  assert.equal(six('::'), '0000:0000:0000:0000:0000:0000:0000:0000');
  assert.equal(six('::ffff:1.2.3.4'), '0000:0000:0000:0000:0000:ffff:0102:0304');
  assert.equal(six('1::2'), '0001:0000:0000:0000:0000:0000:0000:0002');
});

test('in6_pton(-1): a character other than hex, ":" or "." ends the address; what is before must be one', () => {
  // the eighth word is complete: "x" is the delimiter (sysctl takes it, unchanged secret shown as written)
  assert.equal(six('1:2:3:4:5:6:7:8x'), '0001:0002:0003:0004:0005:0006:0007:0008');
  assert.equal(six(' 1::2'), null);
  assert.equal(six('bogus'), null);
  assert.equal(six('1::2::3'), null);
  assert.equal(six('12345::1'), null);
  assert.equal(six('a:b:c:d:e:f:1:2:3'), null);
});

test('in4_pton(): four decimal bytes, a 0 byte included', () => {
  assert.deepEqual([...in4Pton('10.0.0.1', 0, 8, -1)!.addr], [10, 0, 0, 1]);
  assert.equal(in4Pton('1.2.3', 0, 5, -1), null);
  assert.equal(in4Pton('1.2.3.256', 0, 9, -1), null);
});
