import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { devAddPack, devQueueXmit } from '../core/dev_rx.js';
import { SkBuff } from '../core/skbuff.js';
import { consumeSkb } from '../core/drop_reason.js';
import { ETH_P_ALL } from '../../wire/ethernet.js';

function session(): Session {
  const { lab, fs } = createLab(1);
  return new Session(lab, fs);
}

/** Three namespaces s1..s3, each with br0 (MAC 02:00:00:00:0N:00, 10.0.0.N), veths a1..a3 in a triangle. */
function loop(stp: number): string {
  return `
for s in s1 s2 s3; do ip netns add $s; done
for i in 1 2 3; do ip -n s$i link add br0 address 02:00:00:00:0$i:00 type bridge stp_state ${stp} forward_delay 200 hello_time 100; done
ip link add a2 netns s1 address 02:00:00:00:01:02 type veth peer name a1 netns s2 address 02:00:00:00:02:01
ip link add a3 netns s2 address 02:00:00:00:02:03 type veth peer name a2 netns s3 address 02:00:00:00:03:02
ip link add a1 netns s3 address 02:00:00:00:03:01 type veth peer name a3 netns s1 address 02:00:00:00:01:03
ip -n s1 link set a2 master br0; ip -n s1 link set a3 master br0
ip -n s2 link set a1 master br0; ip -n s2 link set a3 master br0
ip -n s3 link set a1 master br0; ip -n s3 link set a2 master br0
for i in 1 2 3; do ip -n s$i addr add 10.0.0.$i/24 dev br0; done
for i in 1 2 3; do ip -n s$i link set br0 up; for p in a1 a2 a3; do ip -n s$i link set $p up 2>/dev/null; done; done
true`;
}

test('stp: the loop converges with one blocking port; pings cross it', async () => {
  const s = session();
  assert.equal(await s.exec(loop(1)), 0);
  const r = await s.execCollect(`sleep 5
for i in 1 2 3; do bridge -n s$i link show; done | grep -c forwarding
for i in 1 2 3; do bridge -n s$i link show; done | grep -c blocking
ip netns exec s1 ping -c 3 -i 0.2 -q 10.0.0.3 | grep transmitted`);
  assert.equal(r.output, '5\n1\n3 packets transmitted, 3 received, 0% packet loss, time 400ms\n');
});

test('stp off: the same loop storms, and the lab survives it (softnet budget, virtual CPU time)', async () => {
  const s = session();
  assert.equal(await s.exec(loop(0)), 0);
  const r = await s.execCollect(`ip netns exec s1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
sleep 2; cat /proc/net/softnet_stat`);
  const [status, stat] = r.output.split('\n');
  assert.ok(status === '0' || status === '1', r.output);
  const f = stat!.split(' ').map((x: string) => parseInt(x, 16));
  // processed, dropped, time_squeeze: the frames went round and round, the backlog ran out of budget.
  assert.ok(f[0]! > 10_000, `processed ${f[0]}`);
  assert.ok(f[2]! > 0, `time_squeeze ${f[2]}`);
});

test('stp: a designated port sends a configuration BPDU every hello_time (802.3 + LLC 42 42 03)', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  assert.equal(await s.exec(`ip link add br0 address 02:00:00:00:00:10 type bridge stp_state 1 priority 4096
ip link add v0 address 02:00:00:00:00:01 type veth peer name v0p address 02:00:00:00:00:02
ip link set v0 master br0; ip link set v0p up; ip link set v0 up; ip link set br0 up`), 0);
  const net = lab.initNet;
  const seen: { t: number; hex: string }[] = [];
  devAddPack(net.world, {
    type: ETH_P_ALL, dev: net.devByName('v0p'),
    func: (skb) => {
      const hex = Buffer.from(skb.buf.subarray(skb.macHeader, skb.tail)).toString('hex');
      // BPDUs only: the ports' IPv6 (MLD reports, DAD, router solicitations) goes by too.
      if (hex.startsWith('0180c2000000')) seen.push({ t: net.sched.now, hex });
      consumeSkb(skb);
    },
  });
  assert.equal(await s.exec('sleep 5'), 0);
  assert.ok(seen.length >= 2, `${seen.length} BPDUs`);
  // The hello timer: one every hello_time (2 s by default).
  assert.equal(seen[1]!.t - seen[0]!.t, 2e9);
  assert.equal(
    seen[0]!.hex,
    '0180c2000000' + '020000000001' + '0026' + '424203' + '0000' + '00' + '00' + '00' +
      '1000020000000010' + '00000000' + '1000020000000010' + '8001' + '0000' + '1400' + '0200' + '0f00',
  );
});

test('fuzz: mutated BPDUs and 802.1Q frames on a STP, VLAN-filtering bridge port never throw', async () => {
  const { lab, fs } = createLab(7);
  // a kernel built with CONFIG_BRIDGE_VLAN_FILTERING (the reference kernel is not)
  lab.core.kconfig.BRIDGE_VLAN_FILTERING = true;
  const s = new Session(lab, fs);
  assert.equal(await s.exec(`ip link add br0 type bridge stp_state 1 vlan_filtering 1
ip link add v0 address 02:00:00:00:00:01 type veth peer name v0p address 02:00:00:00:00:02
ip link add v1 address 02:00:00:00:00:03 type veth peer name v1p address 02:00:00:00:00:04
ip link set v0 master br0; ip link set v1 master br0
bridge vlan add dev v0 vid 10; bridge vlan add dev v1 vid 10 pvid untagged
for d in br0 v0 v0p v1 v1p; do ip link set $d up; done
sleep 31`), 0);
  const peer = lab.initNet.devByName('v0p')!;
  const bpdu = Uint8Array.from(Buffer.from(
    '0180c2000000' + '020000000002' + '0026' + '424203' + '000000' + '00' + '00' +
      '0000020000000002' + '00000004' + '0000020000000002' + '8001' + '0000' + '1400' + '0200' + '0f00', 'hex'));
  const tagged = Uint8Array.from(Buffer.from('ffffffffffff020000000002' + '8100000a' + '0806' + '00'.repeat(28), 'hex'));
  const send = (b: Uint8Array): void => {
    const skb = SkBuff.fromBytes(b, 32);
    skb.dev = peer;
    devQueueXmit(skb);
  };
  await fc.assert(
    fc.asyncProperty(
      fc.boolean(), fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(60),
      async (useBpdu, muts, cut) => {
        const f = (useBpdu ? bpdu : tagged).slice(0, Math.max(0, (useBpdu ? bpdu : tagged).length - cut));
        for (const [i, v] of muts) if (i < f.length) f[i] = v;
        send(f);
        await lab.sched.runWhile(() => true, lab.sched.now + 3e9);
      },
    ),
    { numRuns: 200 },
  );
  // Still a working bridge: after the valid BPDU (root 0000.02:00:00:00:00:02) the root port is v0 (1), or none if a fuzzed one claimed better.
  send(bpdu);
  await lab.sched.runWhile(() => true, lab.sched.now + 1e8);
  assert.match((await s.execCollect('cat /sys/class/net/br0/bridge/root_port')).output, /^[01]\n$/);
});
