/**
 * `tuxnet bench forward`: packets per second through a router namespace —
 * ICMP echo requests of ping size (84 bytes of IP) from host a to host b
 * through r, and b's replies back, on the virtual clock (no wall waiting).
 */
import { registerBench } from '../cli/bench.js';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import { ipAllocSkb, ipLocalOut, ipPushHeader } from '../net/ipv4/ip_output.js';
import { ipRouteOutputKey } from '../net/ipv4/route.js';
import { newFlowi4 } from '../net/ipv4/fib_rules.js';
import { IpStat } from '../net/core/snmp.js';
import { ICMP_ECHO, icmpEchoUn, icmpFillChecksum, icmphEmit } from '../wire/icmp.js';
import { IPPROTO_ICMP, IP_DF } from '../wire/ipv4.js';
import type { Net } from '../net/core/net_namespace.js';

const SETUP = `
ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1; ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null
`;

const PACKETS = 200_000;
const BATCH = 1000;

/** One ICMP echo request to daddr, 56 bytes of data, as ping builds it. */
export function sendEcho(net: Net, seq: number, daddr = 0x0a020002): void {
  const fl4 = newFlowi4({ daddr, iif: 1, proto: 1 });
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') throw new Error(rt);
  const skb = ipAllocSkb(64);
  icmphEmit(skb.buf, skb.data, ICMP_ECHO, 0, icmpEchoUn(0x1200, seq));
  icmpFillChecksum(skb.buf, skb.data, 64);
  ipPushHeader(net, skb, { saddr: fl4.saddr, daddr: fl4.daddr, protocol: IPPROTO_ICMP, tos: 0, ttl: 64, fragOff: IP_DF });
  ipLocalOut(net, skb, rt);
}

/** Forward PACKETS echo requests (and their replies) through r after `extra` ran in the lab. */
async function forwardRun(extra: string, packets: number): Promise<string[]> {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(SETUP + extra);
  if (r.status !== 0) throw new Error(r.output);
  const a = lab.netns.get('a')!;
  const router = lab.netns.get('r')!;
  const before = router.mib.ip[IpStat.OUTFORWDATAGRAMS]!;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < packets; i += BATCH) {
    for (let j = 0; j < BATCH; j++) sendEcho(a, (i + j) & 0xffff);
    await lab.sched.runWhile(() => true);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const forwarded = router.mib.ip[IpStat.OUTFORWDATAGRAMS]! - before;
  const heap = process.memoryUsage().heapUsed;
  return [
    `${packets} echo requests a->r->b (+ replies), ${forwarded} forwarded by r in ${secs.toFixed(2)} s: ` +
      `${(forwarded / secs / 1e3).toFixed(0)} k forwarded packets/s, ${((2 * packets) / secs / 1e3).toFixed(0)} k end-to-end packets/s (heap ${(heap / 1e6).toFixed(0)} MB)`,
  ];
}

registerBench('forward', () => forwardRun('', PACKETS));

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
