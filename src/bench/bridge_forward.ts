/**
 * `tuxnet bench bridge-forward`: frames per second through a bridge —
 * ICMP echo requests of ping size from host a to host b, both on one
 * bridge (veth ports p1, p2), and b's replies back, on the virtual clock.
 */
import { registerBench } from '../cli/bench.js';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import { sendEcho } from './forward.js';

const SETUP = `
ip netns add a; ip netns add sw; ip netns add b
ip -n sw link add br0 type bridge; ip -n sw link set br0 up
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name p1 netns sw address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name p2 netns sw address 02:00:00:00:01:02
ip -n sw link set p1 master br0 up; ip -n sw link set p2 master br0 up
ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n b addr add 10.1.0.3/24 dev b0
ip netns exec a ping -c 1 -W 1 10.1.0.3 > /dev/null
`;

const PACKETS = 200_000;
const BATCH = 1000;

registerBench('bridge-forward', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(SETUP);
  if (r.status !== 0) throw new Error(r.output);
  const a = lab.netns.get('a')!;
  const p2 = lab.netns.get('sw')!.devByName('p2')!;
  const before = p2.stats.txPackets;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < PACKETS; i += BATCH) {
    for (let j = 0; j < BATCH; j++) sendEcho(a, (i + j) & 0xffff, 0x0a010003);
    // Bounded: the bridge's fdb gc work keeps a timer pending forever.
    await lab.sched.runWhile(() => true, lab.sched.now + 1_000_000_000);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const bridged = p2.stats.txPackets - before;
  const heap = process.memoryUsage().heapUsed;
  return [
    `${PACKETS} echo requests a->br0->b (+ replies), ${bridged} bridged out of p2 in ${secs.toFixed(2)} s: ` +
      `${(bridged / secs / 1e3).toFixed(0)} k bridged frames/s, ${((2 * PACKETS) / secs / 1e3).toFixed(0)} k end-to-end frames/s (heap ${(heap / 1e6).toFixed(0)} MB)`,
  ];
});
