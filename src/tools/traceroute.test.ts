import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from '../lab/boot.js';
import { ROUTER_LAB } from '../net/ipv4/icmp.testutil.js';
import { parseIcmpRes } from './traceroute_icmp.js';
import { parseTracerouteArgs } from './traceroute_args.js';
import { rawProtocol } from './traceroute_raw.js';

const SETUP = ROUTER_LAB + `
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n r route add unreachable 10.4.0.0/16
ip -n r route add prohibit 10.5.0.0/16
ip -n r route add blackhole 10.6.0.0/16
`;

/** Times vary with the probe; compare them as T. */
const norm = (s: string): string => s.replace(/\d+\.\d{3} ms/g, 'T ms');

async function lab(): Promise<(cmd: string) => Promise<{ output: string; status: number }>> {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec(SETUP);
  assert.equal(r.status, 0, r.output);
  return (cmd) => s.exec(cmd);
}

test('two hops: the router, then the target answering port unreachable', async () => {
  const sh = await lab();
  const r = await sh('ip netns exec a traceroute -n -q 1 10.2.0.2');
  assert.equal(norm(r.output), 'traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets\n' +
    ' 1  10.1.0.1  T ms\n 2  10.2.0.2  T ms\n');
  assert.equal(r.status, 0);
  assert.match(r.output, / 1 {2}10\.1\.0\.1 {2}0\.\d{3} ms\n/);
  // 16 probes at once: TTL 2..16 cross the router, and the six port
  // unreachables b's rate limit lets out come back through it (forward-basic.t).
  const n = await sh('ip netns exec r nstat -asz IpForwDatagrams IcmpOutTimeExcds');
  assert.match(n.output, /IpForwDatagrams +21 /);
  assert.match(n.output, /IcmpOutTimeExcds +1 /);
  const b = await sh('ip netns exec b nstat -asz UdpNoPorts IcmpOutDestUnreachs');
  assert.match(b.output, /UdpNoPorts +15 /);
  assert.match(b.output, /IcmpOutDestUnreachs +6 /);
});

test('default three queries, names printed as "addr (addr)" without -n', async () => {
  const sh = await lab();
  const r = await sh('ip netns exec a traceroute 10.2.0.2');
  assert.equal(norm(r.output), 'traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets\n' +
    ' 1  10.1.0.1 (10.1.0.1)  T ms  T ms  T ms\n 2  10.2.0.2 (10.2.0.2)  T ms  T ms  T ms\n');
});

test('unreachable destinations: !H, !X, !N mark the last hop', async () => {
  // The router rate-limits its ICMP errors per peer: let its bucket refill between runs.
  const sh = await lab();
  const h = await sh('ip netns exec a traceroute -n -q 1 10.4.0.9');
  assert.equal(norm(h.output), 'traceroute to 10.4.0.9 (10.4.0.9), 30 hops max, 60 byte packets\n 1  10.1.0.1  T ms !H\n');
  const x = await sh('sleep 10; ip netns exec a traceroute -n -q 1 10.5.0.9');
  assert.equal(norm(x.output), 'traceroute to 10.5.0.9 (10.5.0.9), 30 hops max, 60 byte packets\n 1  10.1.0.1  T ms !X\n');
  const n = await sh('sleep 10; ip netns exec a traceroute -n -q 1 10.9.9.9');
  assert.equal(norm(n.output), 'traceroute to 10.9.9.9 (10.9.9.9), 30 hops max, 60 byte packets\n 1  10.1.0.1  T ms !N\n');
});

test('no answer: a star per probe, each waiting -w seconds of virtual time', async () => {
  const sh = await lab();
  const r = await sh('ip netns exec a traceroute -n -q 2 -m 3 -N 1 -w 1 10.6.0.9');
  assert.equal(r.output, 'traceroute to 10.6.0.9 (10.6.0.9), 3 hops max, 60 byte packets\n' +
    ' 1  * *\n 2  * *\n 3  * *\n');
  assert.equal(r.status, 0);
});

test('no route: connect fails after the header, exit 1', async () => {
  const sh = await lab();
  const r = await sh('ip netns exec b ip route del default; ip netns exec b traceroute -n 10.1.0.2');
  assert.equal(r.output, 'traceroute to 10.1.0.2 (10.1.0.2), 30 hops max, 60 byte packets\nconnect: Network is unreachable\n');
  assert.equal(r.status, 1);
});

test('packet length, first hop and usage errors', async () => {
  const sh = await lab();
  const r = await sh('ip netns exec a traceroute -n -f 2 -q 1 10.2.0.2 100');
  assert.equal(norm(r.output), 'traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 100 byte packets\n 2  10.2.0.2  T ms\n');
  const u = await sh('traceroute -n');
  assert.deepEqual([u.output, u.status], ['Specify "host" missing argument.\n', 2]);
  const h = await sh('traceroute');
  assert.deepEqual([h.output.split('\n')[0], h.status], ['Usage:', 0]);
  const q = await sh('traceroute -q 11 10.2.0.2');
  assert.deepEqual([q.output, q.status], ['no more than 10 probes per hop\n', 2]);
});

test('parse_icmp_res marks and -w MAX,HERE,NEAR', () => {
  assert.deepEqual(parseIcmpRes(11, 0, 0), { errStr: '', final: false });
  assert.deepEqual(parseIcmpRes(3, 3, 0), { errStr: '', final: true });
  assert.equal(parseIcmpRes(3, 1, 0).errStr, '!H');
  assert.equal(parseIcmpRes(3, 0, 0).errStr, '!N');
  assert.equal(parseIcmpRes(3, 2, 0).errStr, '!P');
  assert.equal(parseIcmpRes(3, 13, 0).errStr, '!X');
  assert.equal(parseIcmpRes(3, 4, 1400).errStr, '!F-1400');
  assert.equal(parseIcmpRes(11, 1, 0).errStr, '!<11-1>');
  const a = parseTracerouteArgs(['-n', '-q1', '-w', '2,1,4', '10.0.0.1']);
  assert.ok(!('message' in a));
  assert.deepEqual([a.noresolve, a.probesPerHop, a.waitSecs, a.hereFactor, a.nearFactor], [true, 1, 2, 1, 4]);
});

test('-I and -T: echo requests and SYNs; -O syn,info leaves the sysctl options out (44 byte packets)', async () => {
  const sh = await lab();
  const i = await sh('ip netns exec a traceroute -I -n -q 1 10.2.0.2');
  assert.equal(norm(i.output), 'traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 60 byte packets\n' +
    ' 1  10.1.0.1  T ms\n 2  10.2.0.2  T ms\n');
  const t = await sh('ip netns exec a traceroute -T -n -q 1 -O syn,info 10.2.0.2');
  assert.equal(norm(t.output), 'traceroute to 10.2.0.2 (10.2.0.2), 30 hops max, 44 byte packets\n' +
    ' 1  10.1.0.1  T ms\n 2  10.2.0.2 <rst,ack>  T ms\n');
  const bad = await sh('ip netns exec a traceroute -T -O foo 10.2.0.2');
  assert.deepEqual([bad.output, bad.status], ["`foo' (argc 1): arguments are not allowed\n", 2]);
  const mod = await sh('ip netns exec a traceroute -M foo 10.2.0.2');
  assert.deepEqual([mod.output, mod.status], ['Unknown traceroute module foo\n', 2]);
});

test("CLIF's messages: the option as written, the index of the word holding its value", () => {
  const msg = (argv: string[]): string => {
    const r = parseTracerouteArgs(argv, (n) => (n === 'h' ? { addr: 0x0a000001 } : { error: 'Temporary failure in name resolution' }));
    return 'message' in r ? r.message : `ok ${r.waitSecs},${r.hereFactor},${r.nearFactor} ${r.srcAddr}`;
  };
  assert.equal(msg(['-n', '-w', 'abc', 'x']), "Cannot handle `-w' option with arg `abc' (argc 3)");
  assert.equal(msg(['-n', '-wabc', 'x']), "Cannot handle `-w' option with arg `abc' (argc 2)");
  assert.equal(msg(['-n', '--queries=x', 'x']), "Cannot handle `--queries' option with arg `x' (argc 2)");
  assert.equal(msg(['-n', '--wait', '3', 'x']), "Option `--wait' (argc 2) requires an argument: `--wait=MAX,HERE,NEAR'");
  assert.equal(msg(['x', '-q']), "Option `-q' (argc 2) requires an argument: `-q nqueries'");
  assert.equal(msg(['-q', '', 'x']), "Cannot handle `-q' option with arg `' (argc 2)");
  assert.equal(msg(['-w', '1,', 'x']), "Cannot handle `-w' option with arg `1,' (argc 2)");
  assert.equal(msg(['-w', '1,-2', 'x']), "bad wait specifications `1,-2,0' used");
  assert.equal(msg(['-f', '-1', 'x']), 'first hop out of range');
  assert.equal(msg(['-s', 'nosuch', 'x']), "nosuch: Temporary failure in name resolution\nCannot handle `-s' option with arg `nosuch' (argc 2)");
  assert.equal(msg(['-s', 'h', '-w', '2x1', 'x']), 'ok 2,1,0 10.0.0.1');
  assert.equal(msg(['-q', '0x3', '-m', ' 3', 'x']), 'ok 5,3,10 null');
  // A value attached to a letter inside a bundle is no value; "--" ends the options.
  assert.equal(msg(['-nq1', 'x']), "Option `-q' (argc 1) requires an argument: `-q nqueries'");
  assert.equal(msg(['-n', '--', 'x']), 'ok 5,3,10 null');
});

test('--mtu implies -F and one probe at a time, from 65000 bytes unless packetlen says; -U is the udp method', () => {
  const a = parseTracerouteArgs(['--mtu', '10.0.0.1']);
  assert.ok(!('message' in a));
  assert.deepEqual([a.mtudisc, a.dontfrag, a.simProbes, a.packetLen], [true, true, 1, 65000]);
  const b = parseTracerouteArgs(['--mtu', '10.0.0.1', '1450']);
  assert.ok(!('message' in b));
  assert.equal(b.packetLen, 1450);
  const c = parseTracerouteArgs(['--back', '-U', '10.0.0.1']);
  assert.ok(!('message' in c));
  assert.deepEqual([c.backward, c.mtudisc, c.module, c.simProbes], [true, false, 'udp', 16]);
  assert.deepEqual(parseTracerouteArgs(['--mtu=1', '10.0.0.1']), { message: "Bad option `--mtu=1' (with arg `1') (argc 1)", status: 2 });
});

test('-P PROT is the raw method with its protocol= option; --sport implies -N 1 and no HERE/NEAR waits', () => {
  const a = parseTracerouteArgs(['-P', '0x11', '-O', 'protocol=252', '10.0.0.1']);
  assert.ok(!('message' in a));
  assert.deepEqual([a.module, a.modOptions, a.simProbes, a.hereFactor], ['raw', ['protocol=0x11', 'protocol=252'], 1, 0]);
  assert.equal(rawProtocol(a.modOptions), 252);
  assert.equal(rawProtocol(['protocol=17x']), 17);
  assert.equal(rawProtocol(['protocol=abc']), "Cannot handle `protocol' keyword with arg `abc' (argc 1)");
  const s = parseTracerouteArgs(['--sport=4000x', '10.0.0.1']);
  assert.ok(!('message' in s));
  assert.deepEqual([s.srcPort, s.simProbes, s.nearFactor], [4000, 1, 0]);
  assert.deepEqual(parseTracerouteArgs(['--sport=x', '10.0.0.1']), { message: "Cannot handle `--sport' option with arg `x' (argc 1)", status: 2 });
  assert.equal((parseTracerouteArgs(['-UL', '10.0.0.1']) as { module: string }).module, 'udplite');
});

test('-p and --sport are strtoul() into an unsigned int: saturated at 64 bits, negated modulo 2^64, then cut to 32', () => {
  const port = (v: string): number => (parseTracerouteArgs(['-p', v, '10.0.0.1']) as { port: number }).port;
  assert.deepEqual(
    [port('65536'), port('4294967296'), port('-1'), port('0x1fffe'), port('017'), port('99999999999999999999999'), port('-4294967297')],
    [65536, 0, 4294967295, 131070, 15, 4294967295, 4294967295],
  );
  assert.equal((parseTracerouteArgs(['--sport=-2', '10.0.0.1']) as { srcPort: number }).srcPort, 4294967294);
});

test('-f 0 is out of range like -f past -m ("if (!first_hop || first_hop > max_hops)")', () => {
  assert.deepEqual(parseTracerouteArgs(['-f', '0', '10.0.0.1']), { message: 'first hop out of range', status: 2 });
  assert.deepEqual(parseTracerouteArgs(['-f', '-1', '10.0.0.1']), { message: 'first hop out of range', status: 2 });
});
