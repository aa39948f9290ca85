import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from './boot.js';

const SCRIPT = `
ip netns add a
ip link add a0 netns a type veth peer name b0
ip link add x0 type veth peer name y0
ip -n a link set a0 up
ip link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0
ip link show
ip -n a link show
ip -n a -4 route show table all
sleep 2
`;

async function run(seed: number): Promise<string> {
  const s = createLabSession({ seed });
  const r = await s.exec(SCRIPT);
  assert.equal(r.status, 0, r.output);
  return r.output;
}

const MAC = /([0-9a-f]{2}:){5}[0-9a-f]{2}/g;

test('the same seed gives the same run, byte for byte', async () => {
  assert.equal(await run(7), await run(7));
});

test('another seed changes only the random MAC addresses', async () => {
  const a = await run(7);
  const b = await run(8);
  assert.notEqual(a, b);
  assert.equal(a.replace(MAC, 'MAC'), b.replace(MAC, 'MAC'));
});

test('random MACs are unicast and locally administered (eth_random_addr)', async () => {
  const out = await run(3);
  const macs = (out.match(MAC) ?? []).filter((m) => m !== 'ff:ff:ff:ff:ff:ff' && m !== '00:00:00:00:00:00');
  assert.ok(macs.length >= 4);
  for (const m of macs) assert.equal(parseInt(m.slice(0, 2), 16) & 3, 2, m);
});
