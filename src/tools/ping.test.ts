import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTER_LAB, icmpLab } from '../net/ipv4/icmp.testutil.js';
import { fmtG, fmtTriptime, llsqrt } from './ping_common.js';
import { inetAton } from './ping.js';
import { EXEC_COST_NS } from '../lab/lab.js';


/** Times vary; the transcripts glob them, so do we. */
function norm(s: string): string {
  return s
    .replace(/time=\d+\.\d{3} ms/g, 'time=T ms')
    .replace(/= \d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3}\/\d+\.\d{3} ms/g, '= R ms');
}

async function run(L: ReturnType<typeof icmpLab>, cmd: string): Promise<{ out: string; status: number; ms: number }> {
  const t0 = L.lab.sched.now;
  const r = await L.sh(cmd);
  // the time ping itself took: the lab charges its start (EXEC_COST_NS) before it runs
  return { out: norm(r.output), status: r.status, ms: (L.lab.sched.now - t0 - EXEC_COST_NS) / 1e6 };
}

const LO = 'ip link set lo up';

test('ping 127.0.0.1: replies, statistics, exit 0', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const r = await run(L, 'ping -c 2 -i 0.2 127.0.0.1');
  assert.equal(r.out, 'PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n' +
    '64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=T ms\n' +
    '64 bytes from 127.0.0.1: icmp_seq=2 ttl=64 time=T ms\n' +
    '\n--- 127.0.0.1 ping statistics ---\n' +
    '2 packets transmitted, 2 received, 0% packet loss, time 200ms\n' +
    'rtt min/avg/max/mdev = R ms\n');
  assert.equal(r.status, 0);
  assert.equal(r.ms, 200);
});

test('reply times are non-zero and repeat for the same seed', async () => {
  const times = async (): Promise<string[]> => {
    const L = icmpLab(7);
    await L.sh(LO);
    const r = await L.sh('ping -c 3 -i 0.2 127.0.0.1');
    return [...r.output.matchAll(/time=(\d+\.\d{3}) ms/g)].map((m) => m[1]!);
  };
  const a = await times();
  assert.equal(a.length, 3);
  for (const t of a) assert.ok(Number(t) > 0 && Number(t) < 1, t);
  assert.deepEqual(await times(), a);
});

test('no reply: -c 1 -W 1 waits one virtual second, exit 1', async () => {
  const L = icmpLab();
  await L.sh(`${LO}; sysctl -qw net.ipv4.icmp_echo_ignore_all=1`);
  const r = await run(L, 'ping -c 1 -W 1 127.0.0.1');
  assert.equal(r.out, 'PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n\n--- 127.0.0.1 ping statistics ---\n' +
    '1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n');
  assert.equal(r.status, 1);
  assert.equal(r.ms, 1000);
  const d = await run(L, 'ping -c 1 127.0.0.1');
  assert.equal(d.ms, 10000);
});

test('a flood ping whose pipe is closed dies of SIGPIPE at its first mark, while host-unreachable errors come in', async () => {
  const L = icmpLab();
  await L.sh(`${LO}; ip link add a0 type veth peer name b0; ip addr add 10.0.0.1/24 dev a0; ip link set a0 up; ip link set b0 up`);
  const r = await run(L, 'ping -f -c 5 10.0.0.2 | true; echo ${PIPESTATUS[@]}');
  assert.equal(r.out, '141 0\n');
});

test('-w deadline: probes every interval until it, exit 1 without replies', async () => {
  const L = icmpLab();
  await L.sh(`${LO}; sysctl -qw net.ipv4.icmp_echo_ignore_all=1`);
  const r = await run(L, 'ping -w 2 127.0.0.1');
  assert.match(r.out, /^2 packets transmitted, 0 received, 100% packet loss, time 1000ms$/m);
  assert.equal(r.ms, 2000);
  assert.equal(r.status, 1);
  await L.sh('sysctl -qw net.ipv4.icmp_echo_ignore_all=0');
  const ok = await run(L, 'ping -c 3 -i 0.2 -w 1 127.0.0.1');
  assert.match(ok.out, /^3 packets transmitted, 3 received, 0% packet loss, time 400ms$/m);
  assert.equal(ok.status, 0);
});

test('local errors: connect() failures exit 2 with the kernel errno', async () => {
  const L = icmpLab();
  assert.deepEqual(await run(L, 'ping -c 1 -W 1 127.0.0.1'), { out: 'ping: connect: Network is unreachable\n', status: 2, ms: 0 });
  await L.sh(`${LO}
ip link add a0 type veth peer name b0; ip link set a0 up; ip link set b0 up
ip addr add 192.168.1.1/24 dev a0
ip route add unreachable 10.4.0.0/16; ip route add prohibit 10.5.0.0/16; ip route add blackhole 10.6.0.0/16`);
  const q = 'ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n';
  assert.equal((await run(L, 'ping -c 1 10.4.0.9')).out, 'ping: connect: No route to host\n');
  assert.equal((await run(L, 'ping -c 1 10.5.0.9')).out, q);
  assert.equal((await run(L, 'ping -c 1 10.6.0.9')).out, 'ping: connect: Invalid argument\n');
  assert.equal((await run(L, 'ping -c 1 192.168.1.255')).out, q);
  assert.equal((await run(L, 'ping -c 1 -b 10.5.0.9')).out, 'WARNING: pinging broadcast address\nping: connect: Permission denied\n');
  assert.equal((await run(L, 'ping -c 1 -I nosuch 127.0.0.1')).out, 'ping: SO_BINDTODEVICE nosuch: No such device\n');
  assert.equal((await run(L, 'ping -c 1 -I 10.9.9.9 127.0.0.1')).out, 'ping: bind: Cannot assign requested address\n');
  assert.equal((await run(L, 'ping -c 1 -t 0 127.0.0.1')).out, 'ping: cannot set unicast time-to-live: Invalid argument\n');
  const b = await run(L, 'ping -c 1 -W 1 -b 192.168.1.255');
  assert.match(b.out, /^WARNING: pinging broadcast address\nPING 192\.168\.1\.255 \(192\.168\.1\.255\) 56\(84\)/);
  assert.equal(b.status, 1);
});

test('usage errors: exit 1 for numbers, 2 for the rest', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const cases: Array<[string, string, number]> = [
    ['ping', 'ping: usage error: Destination address required\n', 1],
    ['ping -c 0 127.0.0.1', "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n", 1],
    ['ping -c abc 127.0.0.1', "ping: invalid argument: 'abc'\n", 1],
    ['ping -t 256 127.0.0.1', "ping: invalid argument: '256': out of range: 0 <= value <= 255\n", 1],
    ['ping -M probe 127.0.0.1', 'ping: invalid -M argument: probe\n', 2],
    ['ping -Q 300 127.0.0.1', 'ping: the decimal value of TOS bits must be in range 0-255: 300\n', 2],
    ['ping -W -1 127.0.0.1', 'ping: bad linger time: -1\n', 2],
    ['ping -c 1 nosuchhost.invalid', 'ping: nosuchhost.invalid: Temporary failure in name resolution\n', 2],
  ];
  for (const [cmd, out, status] of cases) {
    const r = await run(L, cmd);
    assert.deepEqual([r.out, r.status], [out, status], cmd);
  }
  const x = await run(L, 'ping -x 127.0.0.1');
  assert.equal(x.status, 2);
  assert.match(x.out, /^ping: invalid option -- 'x'\n\nUsage\n  ping \[options\] <destination>\n/);
  const v = await run(L, 'ping -V');
  assert.deepEqual([v.out.split('\n')[0], v.status], ['ping from iputils 20221126', 0]);
});

test('router errors: Time to live exceeded, Net/Host Unreachable, +1 errors, immediate exit', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip -n r route add unreachable 10.4.0.0/16');
  const t = await run(L, 'ip netns exec a ping -c 1 -t 1 10.2.0.2');
  assert.equal(t.out, 'PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.\nFrom 10.1.0.1 icmp_seq=1 Time to live exceeded\n\n' +
    '--- 10.2.0.2 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n');
  // immediate exit: no time but ping's own start after ip netns exec's
  assert.deepEqual([t.status, t.ms], [1, EXEC_COST_NS / 1e6]);
  assert.match((await run(L, 'ip netns exec a ping -c 1 -W 1 10.3.0.9')).out, /^From 10\.1\.0\.1 icmp_seq=1 Destination Net Unreachable$/m);
  assert.match((await run(L, 'ip netns exec a ping -c 1 -W 1 10.4.0.9')).out, /^From 10\.1\.0\.1 icmp_seq=1 Destination Host Unreachable$/m);
  const ok = await run(L, 'ip netns exec a ping -c 1 10.2.0.2');
  assert.match(ok.out, /^64 bytes from 10\.2\.0\.2: icmp_seq=1 ttl=63 time=T ms$/m);
});

test('prohibit answers "Packet filtered" when the peer has tokens left', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip -n r route add prohibit 10.5.0.0/16');
  assert.match((await run(L, 'ip netns exec a ping -c 1 -W 1 10.5.0.9')).out, /^From 10\.1\.0\.1 icmp_seq=1 Packet filtered$/m);
});

test('-I: the banner names the source (and device); -q prints only statistics; -D timestamps', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const a = await run(L, 'ping -c 1 -I 127.0.0.1 127.0.0.1');
  assert.match(a.out, /^PING 127\.0\.0\.1 \(127\.0\.0\.1\) from 127\.0\.0\.1 : 56\(84\) bytes of data\.$/m);
  const d = await run(L, 'ping -c 1 -I lo 127.0.0.1');
  assert.match(d.out, /^PING 127\.0\.0\.1 \(127\.0\.0\.1\) from 127\.0\.0\.1 lo: 56\(84\) bytes of data\.$/m);
  const q = await run(L, 'ping -c 1 -q 127.0.0.1');
  assert.doesNotMatch(q.out, /bytes from/);
  assert.match(q.out, /^rtt min/m);
  const ts = await run(L, 'ping -c 1 -D 127.0.0.1');
  assert.match(ts.out, /^\[\d+\.\d{6}\] 64 bytes from/m);
});

test('-s: small data has no time=, large data is counted, over 64 KiB nothing is sent', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const s8 = await run(L, 'ping -c 1 -s 8 127.0.0.1');
  assert.match(s8.out, /^PING 127\.0\.0\.1 \(127\.0\.0\.1\) 8\(36\) bytes of data\.\n16 bytes from 127\.0\.0\.1: icmp_seq=1 ttl=64\n/);
  assert.doesNotMatch(s8.out, /rtt/);
  const big = await run(L, 'ping -c 1 -s 1000 127.0.0.1');
  assert.match(big.out, /^1008 bytes from 127\.0\.0\.1: icmp_seq=1 ttl=64 time=T ms$/m);
  const lerr = await run(L, 'ping -c 1 -s 65508 127.0.0.1');
  assert.match(lerr.out, /^ping: local error: message too long, mtu=65535$/m);
  assert.match(lerr.out, /^1 packets transmitted, 0 received, \+1 errors, 100% packet loss/m);
});

test('-M do over a smaller MTU: local error with the route MTU', async () => {
  const L = icmpLab();
  await L.sh(ROUTER_LAB);
  const r = await run(L, 'ip netns exec a ping -c 1 -M do -s 1600 10.2.0.2');
  assert.equal(r.out, 'PING 10.2.0.2 (10.2.0.2) 1600(1628) bytes of data.\nping: local error: message too long, mtu=1500\n\n' +
    '--- 10.2.0.2 ping statistics ---\n1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms\n\n');
  assert.equal(r.status, 1);
});

test('names: localhost from /etc/hosts, 0 means this host, inet_aton forms', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const l = await run(L, 'ping -c 1 localhost');
  assert.match(l.out, /^PING localhost \(127\.0\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from localhost \(127\.0\.0\.1\): icmp_seq=1/);
  const n = await run(L, 'ping -n -c 1 localhost');
  assert.match(n.out, /^64 bytes from 127\.0\.0\.1: icmp_seq=1/m);
  const z = await run(L, 'ping -c 1 0');
  assert.match(z.out, /^PING 0 \(127\.0\.0\.1\) 56\(84\) bytes of data\.$/m);
  assert.equal(inetAton('127.1'), 0x7f000001);
  assert.equal(inetAton('0x7f.1'), 0x7f000001);
  assert.equal(inetAton('10.0.0.256'), null);
  assert.equal(inetAton('1.2.3.4.5'), null);
});

test('SIGINT: ping catches it and prints its statistics; SIGTERM kills it silently', async () => {
  const L = icmpLab();
  await L.sh(LO);
  const r = await run(L, 'ping 127.0.0.1 & sleep 2.5; kill -INT %1; wait');
  assert.equal((r.out.match(/bytes from/g) ?? []).length, 3);
  assert.match(r.out, /^3 packets transmitted, 3 received, 0% packet loss, time 2000ms\nrtt min\/avg\/max\/mdev = R ms\n$/m);
  assert.equal(L.lab.sched.nextExpiry(), Infinity);
  const t = await run(L, 'ping 127.0.0.1 & sleep 1.5; kill %1; wait');
  // Its stdout is block-buffered, but each reply line is flushed (fflush() after it).
  assert.equal((t.out.match(/bytes from/g) ?? []).length, 2);
  assert.doesNotMatch(t.out, /statistics/);
  assert.equal(L.lab.sched.nextExpiry(), Infinity);
});

test('formatting helpers: %g loss, time= precision, integer sqrt', () => {
  assert.deepEqual([fmtG(100), fmtG(0), fmtG(50), fmtG(Math.fround(100 / 3)), fmtG(Math.fround(200 / 3)), fmtG(0.00005)],
    ['100', '0', '50', '33.3333', '66.6667', '5e-05']);
  assert.deepEqual([fmtTriptime(45), fmtTriptime(1234), fmtTriptime(12345), fmtTriptime(123456)], ['0.045', '1.23', '12.3', '123']);
  // iputils' llsqrt() returns the last Newton step: 4 for 15, as ping prints it.
  assert.deepEqual([llsqrt(0), llsqrt(15), llsqrt(16), llsqrt(1_000_001)], [0, 4, 4, 1000]);
});

test('a flood, -i 0 or -A with a -w deadline ends at the deadline, every request answered', async () => {
  const L = icmpLab();
  await L.sh(LO);
  for (const opt of ['-f', '-i 0', '-A']) {
    const r = await run(L, `ping ${opt} -w 1 -q 127.0.0.1`);
    const m = /(\d+) packets transmitted, (\d+) received, 0% packet loss, time (\d+)ms/.exec(r.out);
    assert.ok(m, r.out);
    // every request answered, thousands of them (a round costs tens of µs), about one virtual second
    assert.equal(m[1], m[2]);
    assert.ok(Number(m[1]) > 1000, m[1]);
    assert.equal(r.status, 0);
    assert.ok(r.ms >= 1000 && r.ms < 1100, `${opt}: ${r.ms}`);
    assert.match(r.out, /ipg\/ewma 0\.0\d\d\//);
  }
});

test('-I "" is a device (unbinds, warns, "from" banner); -l past rmem_max warns rcvbuf is short', async () => {
  const L = icmpLab();
  await L.sh(LO);
  let r = await run(L, "ping -c 1 -I '' 127.0.0.1 2>&1 | head -2");
  assert.equal(r.out, 'ping: Warning: source address might be selected on device other than: \n' +
    'PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 : 56(84) bytes of data.\n');
  // sock_setbufs(): 344 bytes a probe times 65536 is more than 2 * rmem_max.
  r = await run(L, 'ping -c 1 -l 65536 127.0.0.1 2>&1 | head -1');
  assert.equal(r.out, 'ping: WARNING: probably, rcvbuf is not enough to hold preload\n');
  r = await run(L, 'ping -c 1 -l 3 127.0.0.1 2>&1 | head -1');
  assert.equal(r.out, 'PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n');
});
