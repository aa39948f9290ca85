/**
 * Test helpers for the ICMP, raw socket and ping tests: a lab with the
 * shell and ICMP registered, and the router topology of forward-basic.t.
 */
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import type { Lab } from '../../lab/lab.js';
import type { Net } from '../core/net_namespace.js';

export interface IcmpLab {
  lab: Lab;
  /** Run a script in the lab's shell; merged output and status. */
  sh(script: string): Promise<{ output: string; status: number }>;
  /** A namespace by `ip netns` name. */
  ns(name: string): Net;
}

/** A fresh lab (seed 1) with the shell and tools, ICMP initialised. */
export function icmpLab(seed = 1): IcmpLab {
  const { lab, fs } = createLab(seed);
  const session = new Session(lab, fs);
  return {
    lab,
    sh: (script) => session.execCollect(script),
    ns: (name) => {
      const n = lab.netns.get(name);
      if (!n) throw new Error(`no netns ${name}`);
      return n;
    },
  };
}

/** The router lab of forward-basic.t: a (10.1.0.2) — r (10.1.0.1 | 10.2.0.1) — b (10.2.0.2). */
export const ROUTER_LAB = `
ip netns add a
ip netns add r
ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set a0 up
ip -n b link set b0 up
ip -n r link set r0 up
ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0
ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1
ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
`;
