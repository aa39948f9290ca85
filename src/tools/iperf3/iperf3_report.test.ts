import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bwLine, cwndLine, udpLine, unitSnprintf } from './iperf3_report.js';
import { cG, cjsonPrint } from './iperf3_json.js';

test('unit_snprintf: bytes in 1024s, rates in bits and 1000s, three significant figures', () => {
  assert.equal(unitSnprintf(446 * 1024 * 1024, 'A'), ' 446 MByte');
  assert.equal(unitSnprintf(1024 * 1024, 'A'), '1.00 MByte');
  assert.equal(unitSnprintf(125976, 'A'), ' 123 KByte');
  assert.equal(unitSnprintf(125976, 'a'), '1.01 Mbit');
  assert.equal(unitSnprintf(124528, 'a'), ' 996 Kbit');
  assert.equal(unitSnprintf(3.74e9 / 8, 'a'), '3.74 Gbit');
  assert.equal(unitSnprintf(66.3e6 / 8, 'a'), '66.3 Mbit');
});

test('report lines as iperf_locale.c formats them', () => {
  assert.equal(cwndLine(5, 0, 1, 446 * 1024 * 1024, 2, 1.42 * 1024 * 1024),
    '[  5]   0.00-1.00   sec   446 MBytes  3.74 Gbits/sec    2   1.42 MBytes       \n');
  assert.equal(bwLine('SUM', 0, 1.03, 337 * 1024 * 1024, 'receiver'),
    '[SUM]   0.00-1.03   sec   337 MBytes  2.74 Gbits/sec                  receiver\n');
  assert.equal(udpLine(5, 0, 2, 250504, 0.083, 0, 173, 'receiver'),
    '[  5]   0.00-2.00   sec   245 KBytes  1.00 Mbits/sec  0.083 ms  0/173 (0%)  receiver\n');
});

test('cJSON numbers and layout', () => {
  assert.equal(cG(1.009274959564209, 15), '1.00927495956421');
  assert.equal(cG(2388522771.8726883, 15), '2388522771.87269');
  assert.equal(cG(1e-7, 15), '1e-07');
  assert.equal(cjsonPrint({ a: [{ b: 1 }], c: { d: true } }), '{\n\t"a":\t[{\n\t\t\t"b":\t1\n\t\t}],\n\t"c":\t{\n\t\t"d":\ttrue\n\t}\n}');
});
