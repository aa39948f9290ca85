import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLabSession } from './boot.js';
import { EPB_INBOUND, EPB_OUTBOUND, PCAPNG, readPcapng } from './pcapng.js';
import { tcpCsum } from '../wire/tcp.js';

const LAB = `
ip netns add a; ip netns add r; ip netns add b
for ns in a r b; do ip netns exec $ns sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1; ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
`;

/** The run: a capture of a's side with tcpdump, and the whole run in pcapng. */
async function run(): Promise<{ pcapng: Uint8Array; tcpdump: string }> {
  const s = createLabSession({ seed: 1, pcap: true });
  await s.exec(LAB);
  const r = await s.exec(
    'ip netns exec a tcpdump -n -t -i a0 -c 6 > out 2> err & sleep 0.5; ip netns exec a ping -c 2 -i 0.5 10.2.0.2 > /dev/null; wait; cat out',
  );
  const pcapng = s.pcap?.();
  assert.ok(pcapng);
  return { pcapng, tcpdump: r.output };
}

/** A pcapng's interfaces and packets in a form a test reads. */
function decode(b: Uint8Array): { ifs: string[]; pkts: Array<{ dev: string; tsNs: bigint; flags: number; data: Uint8Array }> } {
  const blocks = readPcapng(b);
  assert.equal(blocks[0]!.type, PCAPNG.SHB);
  const dec = new TextDecoder();
  const ifs: string[] = [];
  const pkts: Array<{ dev: string; tsNs: bigint; flags: number; data: Uint8Array }> = [];
  for (const bl of blocks.slice(1)) {
    const dv = new DataView(bl.body.buffer, bl.body.byteOffset, bl.body.byteLength);
    if (bl.type === PCAPNG.IDB) {
      assert.equal(dv.getUint16(0, true), 1, 'LINKTYPE_ETHERNET');
      assert.deepEqual([...bl.options.get(PCAPNG.IF_TSRESOL)![0]!], [9]);
      ifs.push(`${dec.decode(bl.options.get(PCAPNG.IF_NAME)![0])}|${dec.decode(bl.options.get(PCAPNG.IF_DESCRIPTION)![0])}`);
    } else if (bl.type === PCAPNG.EPB) {
      const id = dv.getUint32(0, true);
      const ts = (BigInt(dv.getUint32(4, true)) << 32n) | BigInt(dv.getUint32(8, true));
      const cap = dv.getUint32(12, true);
      const fl = bl.options.get(PCAPNG.EPB_FLAGS)?.[0];
      pkts.push({
        dev: ifs[id]!.split('|')[0]!, tsNs: ts, flags: fl ? new DataView(fl.buffer, fl.byteOffset).getUint32(0, true) : 0,
        data: bl.body.subarray(20, 20 + cap),
      });
    } else assert.fail(`unexpected block type ${bl.type}`);
  }
  return { ifs, pkts };
}

test('--pcap: one interface per device with its namespace, both directions, nanosecond virtual timestamps', async () => {
  const { pcapng } = await run();
  const { ifs, pkts } = decode(pcapng);
  assert.deepEqual([...ifs].sort(), ['a0|a0 in netns a', 'b0|b0 in netns b', 'r0|r0 in netns r', 'r1|r1 in netns r']);
  // ARP and two echo round trips cross each of the 4 devices; each device shows each frame once.
  const a0 = pkts.filter((p) => p.dev === 'a0');
  assert.deepEqual(a0.map((p) => p.flags), [EPB_OUTBOUND, EPB_INBOUND, EPB_OUTBOUND, EPB_INBOUND, EPB_OUTBOUND, EPB_INBOUND]);
  const r0In = pkts.filter((p) => p.dev === 'r0' && p.flags === EPB_INBOUND);
  assert.ok(r0In.length >= 3);
  for (let i = 1; i < pkts.length; i++) assert.ok(pkts[i]!.tsNs >= pkts[i - 1]!.tsNs, 'timestamps never go back');
  assert.ok(pkts[0]!.tsNs > 1_700_000_000n * 1_000_000_000n, 'epoch-based timestamps');
});

/** "src > dst: ICMP echo request" / ARP lines as tcpdump -n -t prints them, from a frame. */
function summary(d: Uint8Array): string {
  const ip = (o: number): string => `${d[o]}.${d[o + 1]}.${d[o + 2]}.${d[o + 3]}`;
  const type = (d[12]! << 8) | d[13]!;
  if (type === 0x0806) return d[21] === 1 ? `ARP, Request who-has ${ip(38)} tell ${ip(28)}` : `ARP, Reply ${ip(28)}`;
  const icmp = d[34] === 8 ? 'echo request' : d[34] === 0 ? 'echo reply' : `type ${d[34]}`;
  return `IP ${ip(26)} > ${ip(30)}: ICMP ${icmp}`;
}

test('--pcap: the packets of a0 are the ones tcpdump printed in the same run', async () => {
  const { pcapng, tcpdump } = await run();
  const fromPcap = decode(pcapng).pkts.filter((p) => p.dev === 'a0').map((p) => summary(p.data));
  const fromTcpdump = tcpdump.trim().split('\n').map((l) => l.replace(/, (id \d+|length \d+).*$/, '').replace(/ is-at .*$/, ''));
  assert.deepEqual(fromPcap, fromTcpdump);
});

function hasTshark(): boolean {
  try {
    execFileSync('tshark', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('--pcap: Debian\'s tshark reads the file back: interfaces, addresses, ICMP types as tcpdump showed them', async (t) => {
  if (!hasTshark()) {
    t.skip('tshark is not installed (apt-get install tshark): the read-back by a well-kept reader is skipped');
    return;
  }
  const { pcapng, tcpdump } = await run();
  const dir = mkdtempSync(join(tmpdir(), 'tuxnet-pcap-'));
  try {
    const file = join(dir, 'run.pcapng');
    writeFileSync(file, pcapng);
    const out = execFileSync('tshark', [
      '-r', file, '-T', 'fields', '-E', 'separator=|', '-e', 'frame.interface_name', '-e', 'frame.interface_description',
      '-e', 'ip.src', '-e', 'ip.dst', '-e', 'icmp.type', '-e', 'arp.opcode',
    ], { encoding: 'utf8', env: { ...process.env, HOME: dir } });
    const rows = out.trim().split('\n').map((l) => l.split('|'));
    const a0 = rows.filter((r) => r[0] === 'a0');
    assert.ok(a0.every((r) => r[1] === 'a0 in netns a'));
    const view = a0.map((r) => (r[5] ? `ARP ${r[5]}` : `IP ${r[2]} > ${r[3]}: ${r[4] === '8' ? 'echo request' : 'echo reply'}`));
    const fromTcpdump = tcpdump.trim().split('\n').map((l) =>
      l.startsWith('ARP, Request') ? 'ARP 1' : l.startsWith('ARP, Reply') ? 'ARP 2' : l.replace(/^(IP \S+ > \S+): ICMP (echo \w+).*$/, '$1 $2'));
    assert.deepEqual(view, fromTcpdump.map((l) => l.replace(/^(IP \S+ > \S+) /, '$1: ')));
    assert.equal(new Set(rows.map((r) => r[0])).size, 4, 'four interfaces');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--pcap: TCP from the stack (CHECKSUM_PARTIAL, tcpdump -v says "incorrect") is saved with its checksums finished', async () => {
  const s = createLabSession({ seed: 1, pcap: true });
  await s.exec(LAB);
  const r = await s.exec([
    'ip netns exec b nc -l 5000 > got & sleep 0.5',
    'ip netns exec a tcpdump -v -n -t -i a0 -c 4 tcp > out 2> err & sleep 0.5',
    "printf 'hello' | ip netns exec a nc -N 10.2.0.2 5000; wait; cat got; echo; cat out",
  ].join('\n'));
  assert.match(r.output, /^hello\n/);
  assert.equal(r.output.match(/cksum 0x[0-9a-f]{4} \(incorrect -> 0x[0-9a-f]{4}\)/g)?.length, 4, r.output);
  const file = s.pcap?.();
  assert.ok(file);
  const tcp = decode(file).pkts.filter((p) => p.data[23] === 6);
  assert.ok(tcp.length >= 4 * 5, 'the handshake, data and FINs on every device');
  for (const p of tcp) {
    const d = p.data;
    const ihl = (d[14]! & 15) * 4;
    const len = ((d[16]! << 8) | d[17]!) - ihl;
    const saddr = ((d[26]! << 24) | (d[27]! << 16) | (d[28]! << 8) | d[29]!) >>> 0;
    const daddr = ((d[30]! << 24) | (d[31]! << 16) | (d[32]! << 8) | d[33]!) >>> 0;
    assert.equal(tcpCsum(d, 14 + ihl, len, saddr, daddr), 0, `${p.dev}: a TCP checksum in the file is wrong`);
  }
});
