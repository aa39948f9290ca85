/**
 * `tuxnet bench forward`: packets per second through a router namespace —
 * ICMP echo requests of ping size (84 bytes of IP) from host a to host b
 * through r, and b's replies back, on the virtual clock (no wall waiting),
 * in steady state (forward_lab.ts: neighbours REACHABLE throughout). Each
 * run reports the forwarding rate (r's ForwDatagrams over the wall time of
 * the whole exchange), the cost per forwarded packet, and the V8 heap bytes
 * allocated per forwarded packet, measured on a separate run under the
 * sampling heap profiler.
 */
import { registerBench, type BenchReport } from '../cli/bench.js';
import { IpStat } from '../net/core/snmp.js';
import { allocatedBytes } from './alloc_sample.js';
import { EchoSource, SINK_SETUP, allReachable, forwardLab, sendBatches, sourceBatches } from './forward_lab.js';

export { sendEcho } from './forward_lab.js';

const PACKETS = 100_000;
const RUNS = 3;

const cpuSec = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Forward `packets` echo requests (and their replies) through r after `extra` ran in the lab. */
async function forwardRun(extra: string, packets: number): Promise<BenchReport> {
  const fl = await forwardLab(extra);
  const { lab, a, r } = fl;
  const fwd = (): number => r.mib.ip[IpStat.OUTFORWDATAGRAMS]!;
  await sendBatches(lab, a, packets / 10); // warm the JIT up
  const lines: string[] = [];
  let best = 0;
  for (let run = 1; run <= RUNS; run++) {
    await fl.confirm();
    const before = fwd();
    const c0 = cpuSec();
    const t0 = process.hrtime.bigint();
    await sendBatches(lab, a, packets);
    const cpu = cpuSec() - c0;
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const forwarded = fwd() - before;
    const pps = forwarded / secs;
    best = Math.max(best, pps);
    lines.push(`run ${run}: ${packets} echo requests a->r->b (+ replies), ${forwarded} forwarded by r in ${secs.toFixed(2)} s: ` +
      `${(pps / 1e3).toFixed(0)} k forwarded packets/s, ${(forwarded / cpu / 1e3).toFixed(0)} k per cpu second (sending and answering included)${allReachable(r) ? '' : ', r\'s neighbours NOT all REACHABLE at the end'}`);
  }
  await fl.confirm();
  const before = fwd();
  const bytes = await allocatedBytes(() => sendBatches(lab, a, packets / 4));
  const perPacket = bytes / (fwd() - before);
  const steady = allReachable(r);
  lines.push(`${perPacket.toFixed(0)} bytes allocated (V8 heap) per forwarded packet, end to end; r's neighbours ${steady ? 'all REACHABLE' : 'NOT all REACHABLE'} at the end; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  return { lines, figures: { forwardedPerSec: Math.round(best), bytesPerPacket: Math.round(perPacket) } };
}

registerBench('forward', () => forwardRun('', PACKETS));

/**
 * `tuxnet bench forward-router`: what r alone sustains — a sends echo
 * requests from a ring of recycled skbs (EchoSource), r forwards them to a
 * next hop on b's link that b's veth drops as OTHERHOST, nobody answers.
 * The rate counts the sender's and the sink's work too; the allocation is
 * per forwarded packet, everything included.
 */
async function routerRun(packets: number): Promise<BenchReport> {
  const fl = await forwardLab(SINK_SETUP);
  const src = new EchoSource(fl.a, 0x0a090001);
  const fwd = (): number => fl.r.mib.ip[IpStat.OUTFORWDATAGRAMS]!;
  sourceBatches(fl.lab, src, packets / 10);
  const lines: string[] = [];
  let best = 0;
  for (let run = 1; run <= RUNS; run++) {
    await fl.confirm();
    const before = fwd();
    const c0 = cpuSec();
    const t0 = process.hrtime.bigint();
    sourceBatches(fl.lab, src, packets);
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = cpuSec() - c0;
    const forwarded = fwd() - before;
    best = Math.max(best, forwarded / secs);
    lines.push(`run ${run}: ${forwarded} forwarded by r in ${secs.toFixed(2)} s wall (${cpu.toFixed(2)} s cpu): ` +
      `${(forwarded / secs / 1e3).toFixed(0)} k packets/s wall, ${(forwarded / cpu / 1e3).toFixed(0)} k packets/s per cpu second${allReachable(fl.r) ? '' : ', r\'s neighbours NOT all REACHABLE at the end'}`);
  }
  await fl.confirm();
  const before = fwd();
  const st0 = { ...fl.lab.core.skbCache.stats };
  const bytes = await allocatedBytes(async () => sourceBatches(fl.lab, src, packets / 4));
  const st1 = fl.lab.core.skbCache.stats;
  const fresh = st1.allocs - st1.hits - (st0.allocs - st0.hits);
  const perPacket = bytes / (fwd() - before);
  lines.push(`${perPacket.toFixed(1)} bytes allocated (V8 heap) per forwarded packet; ${fresh} skbs made new during it (the rest from the skb cache)`);
  return { lines, figures: { forwardedPerSec: Math.round(best), bytesPerPacket: Math.round(perPacket * 10) / 10 } };
}

registerBench('forward-router', () => routerRun(4 * PACKETS));

/**
 * `tuxnet bench forward-1000-rules`: the same traffic through 1,000
 * iptables FORWARD rules that never match (each a source-address compare,
 * as iptables-nft builds it: payload load, cmp, counter, verdict), so
 * every packet walks the whole chain before the ACCEPT policy.
 */
const RULES = 1000;
function ruleSet(): string {
  let t = '*filter\n:FORWARD ACCEPT [0:0]\n';
  for (let i = 0; i < RULES; i++) t += `-A FORWARD -s 192.168.${i >> 8}.${i & 255}/32 -p udp -j DROP\n`;
  return t + 'COMMIT\n';
}
registerBench('forward-1000-rules', () => forwardRun(`printf '${ruleSet().replace(/\n/g, '\\n')}' | ip netns exec r iptables-restore\n`, 20_000));

/**
 * `tuxnet bench forward-conntrack`: the same traffic through a router
 * that tracks connections (a state rule loads conntrack): every packet is
 * looked up in the table and refreshed on the ESTABLISHED path.
 */
registerBench('forward-conntrack', () => forwardRun('ip netns exec r iptables -A FORWARD -m state --state ESTABLISHED,RELATED,NEW -j ACCEPT\n', PACKETS));

/**
 * `tuxnet bench forward-nat`: the same traffic through r masquerading a's
 * flows out of r1 (iptables -t nat MASQUERADE): the first packet sets the
 * connection up, every other one is looked up in conntrack and rewritten
 * both ways (nf_nat_packet, incremental checksums).
 */
registerBench('forward-nat', () => forwardRun('ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE\n', 20_000));
