import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import type { Lab } from '../../lab/lab.js';
import type { NetDevice } from './netdevice.js';
import { SkBuff } from './skbuff.js';
import { netifRx } from './dev_rx.js';
import { ethTypeTrans } from '../ethernet/eth.js';
import { IcmpStat, IpStat } from './snmp.js';
import { inetProto } from '../ipv4/protocol.js';
import { Lab as LabClass } from '../../lab/lab.js';

/** A lab whose inet_protos[] say which protocols have no handler. */
const PROTOS = new LabClass(1);
import { ETH_HLEN } from '../../wire/ethernet.js';
import { IP_MF, IP_OFFSET, Iph, ipSendCheck } from '../../wire/ipv4.js';
import { getU16, putU16, putU32 } from '../../wire/bytes.js';

/**
 * A host with 10.0.0.1/24 on a0, its peer b0 idle: frames are injected on
 * a0 as if b0 sent them. Every trace event is recorded: `ipRcv` counts the
 * frames that reached ip_rcv(), `drops` the reasons packets died with.
 */
async function host(forward = true) {
  const { lab, fs } = createLab(3);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`
ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
ip link set lo up; ip link set a0 up; ip link set b0 up
ip addr add 10.0.0.1/24 dev a0
sysctl -qw net.ipv4.ip_forward=${forward ? 1 : 0}`);
  assert.equal(r.status, 0, r.output);
  const seen = { ipRcv: 0, drops: [] as string[] };
  lab.tracer.sink = (ev) => {
    if (ev.net !== lab.initNet) return;
    if (ev.fn === 'ip_rcv' && ev.drop === null) seen.ipRcv++;
    if (ev.drop !== null) seen.drops.push(`${ev.fn}:${ev.drop}`);
  };
  return { lab, dev: lab.initNet.devByName('a0')!, seen };
}

/** The IPv4 header of an injected frame starts after the Ethernet header. */
const NH = ETH_HLEN;

/** A valid ICMP echo request b0 -> a0 (dst MAC a0's, ETH_P_IP), as a template to mutate. */
function echoFrame(): Uint8Array {
  const f = new Uint8Array(98);
  f.set([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x00]);
  f.set([0x45, 0, 0, 84, 0, 1, 0x40, 0, 64, 1, 0, 0, 10, 0, 0, 2, 10, 0, 0, 1], NH);
  f[NH + 20] = 8;
  ipSendCheck(f, NH);
  return f;
}

function inject(dev: NetDevice, bytes: Uint8Array): void {
  const skb = SkBuff.fromBytes(bytes, 32);
  if (ethTypeTrans(skb, dev)) netifRx(skb, dev);
}

async function settle(lab: Lab): Promise<void> {
  await lab.sched.runWhile(() => true, lab.sched.now + 5e9);
}

test('random frames never throw; bad IP headers are counted, not crashed on', async () => {
  const { lab, dev } = await host();
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 200 }), async (bytes) => {
      inject(dev, bytes);
      await settle(lab);
    }),
    { numRuns: 300 },
  );
});

test('mutated echo requests never throw and every IP packet is accounted for', async () => {
  const { lab, dev, seen } = await host();
  const mib = lab.initNet.mib.ip;
  const before = mib[IpStat.INPKTS]!;
  const rcvBefore = seen.ipRcv;
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 14, max: 97 }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), async (muts) => {
      const f = echoFrame();
      for (const [i, v] of muts) f[i] = v;
      const isIp = f[12] === 0x08 && f[13] === 0x00;
      inject(dev, f);
      if (isIp) sent++;
      await settle(lab);
    }),
    { numRuns: 300 },
  );
  // ip_rcv counts every IPv4 frame addressed to the host in InReceives.
  assert.equal(mib[IpStat.INPKTS]! - before, sent);
  assert.equal(seen.ipRcv - rcvBefore, sent);
});

/**
 * One class of mutation of the echo request's IPv4 header or body: every
 * frame must reach ip_rcv, move InReceives and the class's counter by one,
 * and die (if it dies) with the class's drop reason — ip_rcv_core()'s
 * order of checks, as the kernel counts them.
 */
interface MutationClass {
  name: string;
  forward?: boolean;
  mutate: fc.Arbitrary<(f: Uint8Array) => Uint8Array>;
  counters: ReadonlyArray<readonly ['ip' | 'icmp', number]>;
  drop: string | null;
}

const fixCsum = (f: Uint8Array): Uint8Array => {
  ipSendCheck(f, NH);
  return f;
};

const CLASSES: MutationClass[] = [
  {
    name: 'version other than 4 (RFC 1122 3.2.1.1)',
    mutate: fc.integer({ min: 0, max: 15 }).filter((v) => v !== 4).map((v) => (f) => {
      f[NH + Iph.VerIhl] = (v << 4) | 5;
      return fixCsum(f);
    }),
    counters: [['ip', IpStat.INHDRERRORS]],
    drop: 'ip_rcv_core:IP_INHDR',
  },
  {
    name: 'IHL below 5',
    mutate: fc.integer({ min: 0, max: 4 }).map((ihl) => (f) => {
      f[NH + Iph.VerIhl] = 0x40 | ihl;
      return f;
    }),
    counters: [['ip', IpStat.INHDRERRORS]],
    drop: 'ip_rcv_core:IP_INHDR',
  },
  {
    name: 'shorter than an IPv4 header',
    mutate: fc.integer({ min: 0, max: 19 }).map((n) => (f) => f.slice(0, NH + n)),
    counters: [['ip', IpStat.INHDRERRORS]],
    drop: 'ip_rcv_core:IP_INHDR',
  },
  {
    name: 'bad header checksum',
    // Another residue modulo 0xffff: 0x0000 and 0xffff are the same ones' complement number.
    mutate: fc.integer({ min: 1, max: 0xfffe }).map((d) => (f: Uint8Array) => {
      putU16(f, NH + Iph.Check, (getU16(f, NH + Iph.Check) + d) % 0xffff);
      return f;
    }),
    counters: [['ip', IpStat.CSUMERRORS], ['ip', IpStat.INHDRERRORS]],
    drop: 'ip_rcv_core:IP_CSUM',
  },
  {
    name: 'total length beyond the frame',
    mutate: fc.integer({ min: 85, max: 0xffff }).map((len) => (f) => {
      putU16(f, NH + Iph.TotLen, len);
      return fixCsum(f);
    }),
    counters: [['ip', IpStat.INTRUNCATEDPKTS]],
    drop: 'ip_rcv_core:PKT_TOO_SMALL',
  },
  {
    name: 'total length below the header length',
    mutate: fc.integer({ min: 0, max: 19 }).map((len) => (f) => {
      putU16(f, NH + Iph.TotLen, len);
      return fixCsum(f);
    }),
    counters: [['ip', IpStat.INHDRERRORS]],
    drop: 'ip_rcv_core:IP_INHDR',
  },
  {
    name: 'not for us on a host that does not forward',
    forward: false,
    mutate: fc.tuple(fc.integer({ min: 1, max: 126 }), fc.integer({ min: 0, max: 0xffffff }))
      .filter(([a, rest]) => a !== 10 || rest >>> 8 !== 0)
      .map(([a, rest]) => (f) => {
        putU32(f, NH + Iph.Daddr, ((a << 24) | rest) >>> 0);
        return fixCsum(f);
      }),
    counters: [['ip', IpStat.INADDRERRORS]],
    drop: 'ip_error:IP_INADDRERRORS',
  },
  {
    name: 'a protocol nobody handles',
    mutate: fc.integer({ min: 0, max: 255 }).filter((p) => inetProto(PROTOS.initNet, p) === undefined).map((p) => (f) => {
      f[NH + Iph.Protocol] = p;
      return fixCsum(f);
    }),
    counters: [['ip', IpStat.INUNKNOWNPROTOS]],
    drop: 'ip_local_deliver_finish:IP_NOPROTO',
  },
  {
    name: 'a fragment (queued for reassembly, or its queue discarded)',
    mutate: fc.tuple(fc.boolean(), fc.integer({ min: 0, max: IP_OFFSET }))
      .filter(([mf, off]) => mf || off !== 0)
      .map(([mf, off]) => (f) => {
        putU16(f, NH + Iph.FragOff, (mf ? IP_MF : 0) | off);
        return fixCsum(f);
      }),
    counters: [['ip', IpStat.REASMREQDS]],
    drop: null,
  },
  {
    name: 'a mangled ICMP body behind a valid header',
    mutate: fc.array(fc.tuple(fc.integer({ min: NH + 20, max: 97 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
      .map((muts) => (f) => {
        for (const [i, v] of muts) f[i] = v;
        return f;
      }),
    counters: [['ip', IpStat.INDELIVERS], ['icmp', IcmpStat.INMSGS]],
    drop: null,
  },
];

for (const c of CLASSES) {
  test(`receive fuzz reaching IPv4: ${c.name}`, async () => {
    const { lab, dev, seen } = await host(c.forward ?? true);
    const mib = lab.initNet.mib;
    await fc.assert(
      fc.asyncProperty(c.mutate, async (mutate) => {
        const frame = mutate(echoFrame());
        const rcv = seen.ipRcv;
        const inPkts = mib.ip[IpStat.INPKTS]!;
        const before = c.counters.map(([m, i]) => mib[m][i]!);
        seen.drops.length = 0;
        inject(dev, frame);
        await settle(lab);
        assert.equal(seen.ipRcv - rcv, 1, 'the frame reached ip_rcv');
        assert.equal(mib.ip[IpStat.INPKTS]! - inPkts, 1, 'InReceives');
        c.counters.forEach(([m, i], k) => assert.equal(mib[m][i]! - before[k]!, 1, `${m}[${i}]`));
        if (c.drop !== null) assert.equal(seen.drops[0], c.drop);
      }),
      { numRuns: 60 },
    );
  });
}
