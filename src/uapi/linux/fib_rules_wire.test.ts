import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FR_ACT_GOTO, type FibRuleBody } from './fib_rules.js';
import { fibRuleFromBytes, fibRuleToBytes } from './fib_rules_wire.js';
import { NLM_F_MULTI } from './netlink.js';
import { RTM_NEWRULE } from './rtnetlink.js';

test('fib rule bytes: the sizes Linux saves (fib_nl_fill_rule layout) and a lossless round trip', () => {
  // `32766: from all lookup main`: 60 bytes in a Linux `ip rule save` (table, suppress_prefixlen, protocol, priority).
  const main: FibRuleBody = {
    family: 2, dstLen: 0, srcLen: 0, tos: 0, table: 254, action: 1, flags: 0,
    attrs: { table: 254, suppressPrefixlen: -1, protocol: 2, priority: 32766 },
  };
  const b = fibRuleToBytes({ type: RTM_NEWRULE, flags: NLM_F_MULTI, seq: 3, pid: 9, body: main });
  assert.equal(b.length, 60);
  assert.deepEqual([...b.subarray(16, 28)], [2, 0, 0, 0, 254, 0, 0, 1, 0, 0, 0, 0]);
  // FRA_TABLE first, then FRA_SUPPRESS_PREFIXLEN as 0xffffffff
  assert.deepEqual([...b.subarray(28, 44)], [8, 0, 15, 0, 254, 0, 0, 0, 8, 0, 14, 0, 255, 255, 255, 255]);
  assert.deepEqual(fibRuleFromBytes(b), { type: RTM_NEWRULE, flags: NLM_F_MULTI, seq: 3, pid: 9, body: main });
  const full: FibRuleBody = {
    family: 2, dstLen: 16, srcLen: 8, tos: 0x10, table: 0, action: FR_ACT_GOTO, flags: 2,
    attrs: {
      table: 0, suppressPrefixlen: -1, protocol: 4, iifname: 'a0', oifname: 'veth-long', priority: 250, fwmark: 0x10,
      fwmask: 0xf0, goto: 300, tunId: 0x0102030405060708n, uidRange: { start: 100, end: 200 }, sportRange: { start: 80, end: 80 },
      dportRange: { start: 1000, end: 2000 }, ipProto: 6, suppressIfgroup: 5, dst: { addr: 0x0a020000, bytelen: 4 },
      src: { addr: 0x0a000000, bytelen: 4 }, flow: 0x30004,
    },
  };
  const fb = fibRuleToBytes({ type: RTM_NEWRULE, flags: 0, seq: 0, pid: 0, body: full });
  assert.equal(fb.length, 188);
  assert.deepEqual(fibRuleFromBytes(fb).body, full);
});
