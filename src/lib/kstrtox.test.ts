import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kstrtoul, simpleStrtoul } from './kstrtox.js';

test('kstrtoul(): base 0, a leading +, one trailing newline, nothing else', () => {
  assert.equal(kstrtoul('0x10'), 16);
  assert.equal(kstrtoul('010'), 8);
  assert.equal(kstrtoul('+20'), 20);
  assert.equal(kstrtoul('50\n'), 50);
  assert.equal(kstrtoul('60\n\n'), 'EINVAL');
  assert.equal(kstrtoul(' 30'), 'EINVAL');
  assert.equal(kstrtoul('40 '), 'EINVAL');
  assert.equal(kstrtoul('-1'), 'EINVAL');
  assert.equal(kstrtoul('0x'), 'EINVAL');
  assert.equal(kstrtoul('08'), 'EINVAL');
  assert.equal(kstrtoul(''), 'EINVAL');
  assert.equal(kstrtoul('99999999999999999999'), 'ERANGE');
});

test('simple_strtoul(): the leading digits, null when there are none', () => {
  assert.equal(simpleStrtoul('1e3'), 1);
  assert.equal(simpleStrtoul('0x1F'), 31);
  assert.equal(simpleStrtoul('0x'), 0);
  assert.equal(simpleStrtoul('08'), 0);
  assert.equal(simpleStrtoul('+1'), null);
  assert.equal(simpleStrtoul(' 1'), null);
  assert.equal(simpleStrtoul('on'), null);
});
