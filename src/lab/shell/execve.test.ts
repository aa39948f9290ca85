import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execTooBig } from './execve.js';

const STACK = 8 * 1024 * 1024;
const x = (n: number): string => 'x'.repeat(n);
const none = new Map<string, string>();

test('execve E2BIG: one string of MAX_ARG_STRLEN bytes with its NUL passes, one byte more fails', () => {
  assert.equal(execTooBig('/bin/true', ['true', x(131071)], none, STACK), false);
  assert.equal(execTooBig('/bin/true', ['true', x(131072)], none, STACK), true);
  // an environment string counts as NAME=VALUE with its NUL
  assert.equal(execTooBig('/bin/true', ['true'], new Map([['A', x(131069)]]), STACK), false);
  assert.equal(execTooBig('/bin/true', ['true'], new Map([['A', x(131070)]]), STACK), true);
  // UTF-8 bytes, not UTF-16 units
  assert.equal(execTooBig('/bin/true', ['true', 'é'.repeat(65536)], none, STACK), true);
});

test('execve E2BIG: all strings and pointers within a quarter of RLIMIT_STACK (at most 6 MB, at least 128 KiB)', () => {
  const a = x(100000);
  // 8 MB stack: 2 MB for the strings
  assert.equal(execTooBig('/bin/true', ['true', ...Array(20).fill(a)], none, STACK), false);
  assert.equal(execTooBig('/bin/true', ['true', ...Array(21).fill(a)], none, STACK), true);
  // unlimited: 6 MB (3/4 of _STK_LIM)
  assert.equal(execTooBig('/bin/true', ['true', ...Array(62).fill(a)], none, Infinity), false);
  assert.equal(execTooBig('/bin/true', ['true', ...Array(63).fill(a)], none, Infinity), true);
  // 1 MB stack: 256 KiB; 128 KiB stack: still ARG_MAX (128 KiB)
  assert.equal(execTooBig('/bin/true', ['true', a, a, a], none, 1024 * 1024), true);
  assert.equal(execTooBig('/bin/true', ['true', a], none, 128 * 1024), false);
});
