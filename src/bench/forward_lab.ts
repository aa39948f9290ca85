/**
 * The forwarding lab of `tuxnet bench forward` and of the forward path's
 * allocation test: hosts a and b on either side of router r, neighbours
 * resolved, traffic sent in batches on the virtual clock with time moving
 * by STEP_NS a batch, so every neighbour stays REACHABLE (steady state: no
 * STALE/DELAY probing after a jump of many seconds).
 */
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';
import type { Lab } from '../lab/lab.js';
import { type IpHdrSpec, ipAllocSkb, ipLocalOut, ipPushHeader } from '../net/ipv4/ip_output.js';
import { ipRouteOutputKey, type Rtable } from '../net/ipv4/route.js';
import { newFlowi4 } from '../net/ipv4/fib_rules.js';
import { NUD_REACHABLE } from '../net/core/neighbour.js';
import { ICMP_ECHO, icmpEchoUn, icmpFillChecksum, icmphEmit } from '../wire/icmp.js';
import { IPPROTO_ICMP, IP_DF } from '../wire/ipv4.js';
import type { Net } from '../net/core/net_namespace.js';

const SETUP = `
ip netns add a; ip netns add r; ip netns add b
for ns in a r b; do ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1; ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null
ip netns exec b ping -c 1 -W 1 10.1.0.2 > /dev/null
`;

/**
 * The most virtual time a batch may take: the softnet backlog charges
 * SOFTNET_PKT_COST_NS per packet, so 1000 echo requests through 4 receive
 * hops (r, b, r, a) take about 40 ms; the run never jumps ahead to far
 * timers (neighbour gc, the reachable_time expiry).
 */
export const STEP_NS = 60_000_000;
const BATCH = 1000;

/** `ip neigh replace ... nud reachable` for every neighbour entry of the lab: a fresh reachable_time for a run. */
const CONFIRM = `
ip -n a neigh replace 10.1.0.1 lladdr 02:00:00:00:01:01 dev a0 nud reachable
ip -n r neigh replace 10.1.0.2 lladdr 02:00:00:00:0a:01 dev r0 nud reachable
ip -n r neigh replace 10.2.0.2 lladdr 02:00:00:00:0b:01 dev r1 nud reachable
ip -n b neigh replace 10.2.0.1 lladdr 02:00:00:00:01:02 dev b0 nud reachable
`;

export interface ForwardLab {
  readonly lab: Lab;
  /** The sender, the router, the receiver. */
  readonly a: Net;
  readonly r: Net;
  readonly b: Net;
  /** Makes every neighbour REACHABLE with a fresh reachable_time (before a measured run). */
  confirm(): Promise<void>;
}

/** The a-r-b lab after `extra` ran in it (e.g. iptables rules on r). */
export async function forwardLab(extra = ''): Promise<ForwardLab> {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const res = await s.execCollect(SETUP + extra);
  if (res.status !== 0) throw new Error(res.output);
  const confirm = async (): Promise<void> => {
    const c = await s.execCollect(CONFIRM + (extra.includes(SINK_SETUP) ? SINK_CONFIRM : ''));
    if (c.status !== 0) throw new Error(c.output);
  };
  return { lab, a: lab.netns.get('a')!, r: lab.netns.get('r')!, b: lab.netns.get('b')!, confirm };
}

/**
 * What a raw socket's sendmsg keeps on its stack (struct flowi4, the
 * header to build): one of each, filled per packet.
 */
const echoFl4 = newFlowi4();
const echoHdr: IpHdrSpec = { saddr: 0, daddr: 0, protocol: IPPROTO_ICMP, tos: 0, ttl: 64, fragOff: IP_DF, id: 0 };

/** One ICMP echo request to daddr, 56 bytes of data, as ping builds it (the skb from the stack's skb cache). */
export function sendEcho(net: Net, seq: number, daddr = 0x0a020002): void {
  const fl4 = echoFl4;
  fl4.oif = 0;
  fl4.saddr = 0;
  fl4.daddr = daddr;
  fl4.iif = 1;
  fl4.proto = 1;
  const rt = ipRouteOutputKey(net, fl4);
  if (typeof rt === 'string') throw new Error(rt);
  const skb = ipAllocSkb(net, 64);
  icmphEmit(skb.buf, skb.data, ICMP_ECHO, 0, icmpEchoUn(0x1200, seq));
  icmpFillChecksum(skb.buf, skb.data, 64);
  echoHdr.saddr = fl4.saddr;
  echoHdr.daddr = fl4.daddr;
  echoHdr.id = 0;
  ipPushHeader(net, skb, echoHdr);
  ipLocalOut(net, skb, rt);
}

/**
 * Sends `packets` echo requests from a to daddr in batches of `batch`, each
 * batch run to completion (replies included) within STEP_NS of virtual time.
 * The kernel answers an echo request in softirq, no process wakes up: the
 * batch runs as runEvents() (without the turn of the host's event loop
 * runWhile() takes at every instant of virtual time, for processes).
 */
export async function sendBatches(lab: Lab, from: Net, packets: number, batch = BATCH, daddr = 0x0a020002): Promise<void> {
  for (let i = 0; i < packets; i += batch) {
    for (let j = 0; j < batch && i + j < packets; j++) sendEcho(from, (i + j) & 0xffff, daddr);
    runEvents(lab, lab.sched.now + STEP_NS);
  }
}

/** Whether every neighbour entry of `net` is REACHABLE (the steady state the bench measures). */
export function allReachable(net: Net): boolean {
  let n = 0;
  for (const byKey of net.ipv4.arpTbl.byDev.values()) {
    for (const neigh of byKey.values()) {
      if (neigh.nudState !== NUD_REACHABLE) return false;
      n++;
    }
  }
  return n > 0;
}

/**
 * What forwardLab() adds for router-only traffic: r routes 10.9.0.0/16 by
 * 10.2.0.9, a neighbour on b's link that does not exist, so b's veth
 * receives frames for another MAC and drops them first thing (OTHERHOST):
 * the receiver costs next to nothing, as a traffic sink should.
 */
export const SINK_SETUP = `
ip -n r route add 10.9.0.0/16 via 10.2.0.9
ip -n r neigh replace 10.2.0.9 lladdr 02:00:00:00:0b:99 dev r1 nud reachable
`;
/** The sink's neighbour, made REACHABLE again by confirm(). */
const SINK_CONFIRM = 'ip -n r neigh replace 10.2.0.9 lladdr 02:00:00:00:0b:99 dev r1 nud reachable\n';

const ECHO_LEN = 64;

/**
 * A sender of echo requests from `net` to `daddr` with its route cached as
 * a connected socket's dst is; its skbs come from the stack's skb cache
 * (skbuff_cache.ts) and go back there when the stack frees them, so what
 * it costs per packet is the stack's own.
 */
export class EchoSource {
  private readonly rt: Rtable;
  /** The header of every packet, made once (escape analysis may not spare a literal per send). */
  private readonly hdr: IpHdrSpec;

  constructor(private readonly net: Net, daddr: number) {
    const fl4 = newFlowi4({ daddr, iif: 1, proto: 1 });
    const rt = ipRouteOutputKey(net, fl4);
    if (typeof rt === 'string') throw new Error(rt);
    this.rt = rt;
    this.hdr = { saddr: fl4.saddr, daddr, protocol: IPPROTO_ICMP, tos: 0, ttl: 64, fragOff: IP_DF, id: 1 };
  }

  send(seq: number): void {
    const skb = ipAllocSkb(this.net, ECHO_LEN);
    icmphEmit(skb.buf, skb.data, ICMP_ECHO, 0, icmpEchoUn(0x1200, seq));
    icmpFillChecksum(skb.buf, skb.data, ECHO_LEN);
    ipPushHeader(this.net, skb, this.hdr);
    ipLocalOut(this.net, skb, this.rt);
  }
}

/**
 * The scheduler's events up to `until`, without letting async tasks run in
 * between: enough for traffic the kernel handles in softirq (no process
 * wakes up), and free of the promise and setImmediate turns runWhile pays.
 */
function runEvents(lab: Lab, until: number): void {
  const sched = lab.sched;
  for (;;) {
    if (sched.runDue() > 0) continue;
    const next = sched.nextExpiry();
    if (next > until) return;
    sched.clock.advanceTo(next);
  }
}

/** Sends `packets` echo requests from `src` in batches, each run to completion within STEP_NS (softirq work only). */
export function sourceBatches(lab: Lab, src: EchoSource, packets: number, batch = BATCH): void {
  for (let i = 0; i < packets; i += batch) {
    for (let j = 0; j < batch && i + j < packets; j++) src.send(i + j);
    runEvents(lab, lab.sched.now + STEP_NS);
  }
}
