import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseU32, XT_U32_AND, XT_U32_AT, XT_U32_RIGHTSH } from './ipt_u32.js';

test('u32_parse(): tests as [nnums, nvalues, number, op..., min, max...], blanks anywhere', () => {
  assert.deepEqual(parseU32('0>>22&0x3C@ 0 >> 24 = 0:7 , 9 && 6&0xFF=1'), [
    5, 2, 0, XT_U32_AND, 22, XT_U32_RIGHTSH, 0x3c, XT_U32_AND, 0, XT_U32_AT, 24, XT_U32_RIGHTSH, 0, 7, 9, 9,
    2, 1, 6, XT_U32_AND, 0xff, XT_U32_AND, 1, 1,
  ]);
});

test('u32_parse() errors name the character where the parse stopped', () => {
  assert.equal(parseU32('6&=1'), 'u32: at char 2: not a number or out of range');
  assert.equal(parseU32('6=1:'), 'u32: at char 4: not a number or out of range');
  assert.equal(parseU32('=1'), 'u32: at char 0: location spec missing');
  assert.equal(parseU32('6<1=1'), "u32: at char 2: a second '<' was expected");
  assert.equal(parseU32('6=1 2'), 'u32: at char 4: expected "," or "&&"');
  assert.equal(parseU32('6='), 'u32: test ended with no value specified');
  assert.equal(parseU32('6=1&&'), 'u32: abrupt end of input after location specifier');
  assert.equal(parseU32(Array(11).fill('6=1').join('&&')), 'u32: at char 53: too many "&&"s');
  assert.equal(parseU32(Array(10).fill('6=1').join('&&')).length, 10 * 6);
});
