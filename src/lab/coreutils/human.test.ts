/**
 * dd's figures when a copy takes virtual time: human_readable() of the
 * bytes and of the rate, and the `%g s` of the time, against lines the real
 * dd printed (the transcripts glob them).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gFormat, humanBytes, humanRate } from './human.js';

test('humanBytes: SI and IEC as dd prints them', () => {
  assert.equal(humanBytes(102400), '102 kB');
  assert.equal(humanBytes(102400, true), '100 KiB');
  assert.equal(humanBytes(1000), '1.0 kB');
  assert.equal(humanBytes(999), '999 B');
  assert.equal(humanBytes(3145728), '3.1 MB');
  assert.equal(humanBytes(3145728, true), '3.0 MiB');
  assert.equal(humanBytes(1048575), '1.0 MB');
  assert.equal(humanBytes(1048575, true), '1.0 MiB');
  assert.equal(humanBytes(1500000, true), '1.4 MiB');
});

test('humanRate and gFormat: rates and times of recorded dd runs', () => {
  const cases: [number, number, string, string][] = [
    [102400, 0.000212525, '0.000212525', '482 MB'],
    [2400, 6.6118e-5, '6.6118e-05', '36.3 MB'],
    [21, 5.0455e-5, '5.0455e-05', '416 kB'],
    [1, 2.9955e-5, '2.9955e-05', '33.4 kB'],
    [102400, 9.1096e-5, '9.1096e-05', '1.1 GB'],
    [0, 4.724e-5, '4.724e-05', '0.0 kB'],
  ];
  for (const [bytes, s, time, rate] of cases) {
    const ns = Math.round(s * 1e9);
    assert.equal(gFormat(ns / 1e9), time);
    assert.equal(humanRate(bytes, 1e9, ns), rate);
  }
});
