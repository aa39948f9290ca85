import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { SkBuff } from './skbuff.js';
import { netifRx } from './dev_rx.js';
import { ethTypeTrans } from '../ethernet/eth.js';
import { IpStat } from './snmp.js';

/** A host with an address on a0, its peer b0 idle: frames are injected as if b0 sent them. */
async function host() {
  const { lab, fs } = createLab(3);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
ip link set lo up; ip link set a0 up; ip link set b0 up
ip addr add 10.0.0.1/24 dev a0
sysctl -qw net.ipv4.ip_forward=1`);
  assert.equal(r.status, 0, r.output);
  return { lab, dev: lab.initNet.devByName('a0')! };
}

/** A valid ICMP echo request b0 -> a0, as a template to mutate. */
function echoFrame(): Uint8Array {
  const f = new Uint8Array(98);
  f.set([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x00]);
  f.set([0x45, 0, 0, 84, 0, 1, 0x40, 0, 64, 1, 0, 0, 10, 0, 0, 2, 10, 0, 0, 1], 14);
  f[34] = 8;
  return f;
}

function inject(dev: ReturnType<typeof Object>, bytes: Uint8Array): void {
  const skb = SkBuff.fromBytes(bytes, 32);
  if (ethTypeTrans(skb, dev as never)) netifRx(skb, dev as never);
}

test('random frames never throw; bad IP headers are counted, not crashed on', async () => {
  const { lab, dev } = await host();
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
      inject(dev, bytes);
      await lab.sched.runWhile(() => true, lab.sched.now + 5e9);
    }),
    { numRuns: 300 },
  );
});

test('mutated echo requests never throw and every IP packet is accounted for', async () => {
  const { lab, dev } = await host();
  const mib = lab.initNet.mib.ip;
  const before = mib[IpStat.INPKTS]!;
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 14, max: 97 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), async (muts) => {
      const f = echoFrame();
      for (const [i, v] of muts) f[i] = v;
      const isIp = f[12] === 0x08 && f[13] === 0x00;
      inject(dev, f);
      if (isIp) sent++;
      await lab.sched.runWhile(() => true, lab.sched.now + 5e9);
    }),
    { numRuns: 300 },
  );
  // ip_rcv counts every IPv4 frame addressed to the host in InReceives.
  assert.equal(mib[IpStat.INPKTS]! - before, sent);
});
