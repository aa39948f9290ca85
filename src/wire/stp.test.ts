import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WireError } from './error.js';
import { hex, toHex } from './testutil.js';
import {
  BPDU_CONFIG_LEN, BPDU_TYPE_CONFIG, BPDU_TYPE_TCN, bpduCheck, configBpduEmit, configBpduParse, llcIsStp, tcnBpduEmit,
} from './stp.js';

/**
 * A configuration BPDU as a Linux bridge sends it (LLC header stripped):
 * root 8000.02:00:00:00:01:00, cost 2, bridge 8000.02:00:00:00:02:00, port
 * 0x8002, message age 1/256 s, max age 20 s, hello 1 s, forward delay 4 s.
 */
const CONFIG = hex(
  '0000' + '00' + '00' + '01' + '8000020000000100' + '00000002' + '8000020000000200' + '8002' +
    '0001' + '1400' + '0100' + '0400',
);

test('parses a configuration BPDU', () => {
  assert.equal(CONFIG.length, BPDU_CONFIG_LEN);
  assert.equal(bpduCheck(CONFIG, 0, CONFIG.length), BPDU_TYPE_CONFIG);
  const r = configBpduParse(CONFIG, 0, CONFIG.length);
  assert.ok(typeof r !== 'string');
  assert.equal(r.topologyChange, true);
  assert.equal(r.topologyChangeAck, false);
  assert.equal(toHex(r.root), '8000020000000100');
  assert.equal(r.rootPathCost, 2);
  assert.equal(r.portId, 0x8002);
  assert.equal(r.messageAge, 1);
  assert.equal(r.maxAge, 20 * 256);
  assert.equal(r.helloTime, 256);
  assert.equal(r.forwardDelay, 4 * 256);
  const out = new Uint8Array(BPDU_CONFIG_LEN);
  configBpduEmit(r, out, 0);
  assert.equal(toHex(out), toHex(CONFIG));
});

test('a TCN BPDU is four octets; truncated and foreign BPDUs are refused', () => {
  const b = new Uint8Array(4);
  tcnBpduEmit(b, 0);
  assert.equal(toHex(b), '00000080');
  assert.equal(bpduCheck(b, 0, 4), BPDU_TYPE_TCN);
  assert.equal(bpduCheck(b, 0, 3), WireError.Truncated);
  assert.equal(bpduCheck(hex('00000280'), 0, 4), WireError.Unsupported);
  assert.equal(configBpduParse(CONFIG, 0, 34), WireError.Truncated);
  assert.equal(llcIsStp(hex('424203'), 0, 3), true);
  assert.equal(llcIsStp(hex('aaaa03'), 0, 3), false);
  assert.equal(llcIsStp(hex('4242'), 0, 2), false);
});

test('random input never throws', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
    bpduCheck(b, 0, b.length);
    configBpduParse(b, 0, b.length);
    llcIsStp(b, 0, b.length);
  }));
});
