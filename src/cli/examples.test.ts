/**
 * Every examples/*.sh runs through the CLI (`tuxnet run`), every
 * examples/*.mjs under node (the library API), exits 0 and prints the
 * lines its comments promise. A new example needs an entry here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('./main.js', import.meta.url));
const dir = fileURLToPath(new URL('../../examples/', import.meta.url));

/** What each example must print (whole lines, or a RegExp for one line). */
const PROMISES: Record<string, readonly (string | RegExp)[]> = {
  'send-to-self.sh': [
    'local 192.168.2.2 from 192.168.1.1 dev lo uid 0 ',
    '192.168.2.2 from 192.168.1.1 dev eth1 uid 0 ',
    '192.168.1.1 from 192.168.2.2 dev eth2 uid 0 ',
    /^64 bytes from 192\.168\.2\.2: icmp_seq=2 ttl=64/,
    '192.168.2.2 dev eth1 lladdr 02:00:00:00:00:e2 REACHABLE ',
    '           238       3      0       0       0       0 ',
    '02:00:00:00:00:e2 dev p2 master hub ',
    // --trace: the echo request leaves eth1, crosses the bridge from p1 to p2 and comes in on eth2.
    /^ {3}wire: \[p1\] __netif_receive_skb → br_handle_frame → br_handle_frame_finish \[p2\] br_forward → br_dev_queue_push_xmit → dev_queue_xmit$/,
    /^ {3}h: \[eth2\] __netif_receive_skb → ip_rcv → ip_rcv_finish → ip_route_input_slow → ip_local_deliver → /,
  ],
  'lvs-dr-arp.sh': [
    'the VIP\'s traffic goes to r2\'s MAC, past the director:',
    '192.168.0.100 dev eth0 lladdr 02:00:00:00:00:04 REACHABLE ',
    '192.168.0.100 dev eth0 lladdr 02:00:00:00:00:02 REACHABLE ',
    '192.168.0.11 dev eth0 lladdr 02:00:00:00:00:03 STALE ',
  ],
  'icmp-redirect-lan.sh': [
    'default via 192.168.0.1 dev eth0 ',
    'From 192.168.0.1: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.254)',
    /^64 bytes from 10\.0\.9\.10: icmp_seq=1 ttl=63 /,
    'IcmpOutRedirects                2                  0.0',
    'IcmpInRedirects                 2                  0.0',
    '10.0.9.10 via 192.168.0.254 dev eth0 src 192.168.0.2 uid 0 ',
    '    cache <redirected> expires 299sec ',
  ],
  'nvi-loopback.sh': [
    '10.2.0.2 from 10.1.0.2 dev lo ',
    '10.2.0.2 from 10.1.0.2 dev eth1 table loop mark 0x64 ',
    /^64 bytes from 203\.0\.113\.80: icmp_seq=1 ttl=62 /,
    'hello-nvi',
    /^ +3 +\d+ MARK +0 +-- +lo +\* /,
    // --trace: in from eth0, DNAT, routed into lo; back in from lo, routed again (table 100), out of eth1 with SNAT.
    /^ {3}n: \[eth0\] __netif_receive_skb → ip_rcv → .*nf_nat_ipv4_pre_routing .*ip_route_input_slow → ip_forward → ip_forward_finish \[lo\] ip_output → .*ip_rcv → .*ip_route_input_slow → ip_forward → ip_forward_finish \[eth1\] ip_output → /,
  ],
  'virt-interface.sh': [
    'virt0@eth0       UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> ',
    '192.168.56.0/24 dev virt0 proto kernel scope link src 192.168.56.101 ',
    '3 packets transmitted, 3 received, 0% packet loss, time 400ms',
    '2 packets transmitted, 2 received, 0% packet loss, time 200ms',
    '192.168.56.101 dev c0 lladdr 02:00:00:00:00:11 REACHABLE ',
    '192.168.56.1 dev virt0 lladdr 02:00:00:00:00:22 DELAY ',
    '           238       3      0       0       0       0 ',
    '           574       7      0       0       0       0 ',
  ],
  'vxlan-overlay.sh': [
    '4: vx0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue master br0 state UNKNOWN mode DEFAULT group default qlen 1000',
    /^64 bytes from 172\.16\.0\.2: icmp_seq=2 ttl=64 /,
    /^IP 10\.0\.1\.1\.\d+ > 10\.0\.2\.1\.4789: VXLAN, flags \[I\] \(0x08\), vni 100$/,
    'ARP, Reply 172.16.0.2 is-at 02:00:00:00:02:0c, length 28',
    '02:00:00:00:02:0c master br0 ',
    '02:00:00:00:02:0c dst 10.0.2.1 self ',
    '           196       3      0       0       0       0 ',
  ],
};

/** What each Node example (examples/*.mjs, run with node) must print. */
const NODE_PROMISES: Record<string, readonly (string | RegExp)[]> = {
  'node-http.mjs': [
    'HTTP/1.1 200 OK',
    'hello 10.0.0.1:40000, you asked for /index.html',
    /^TIME-WAIT 0 +0 +10\.0\.0\.2:80 +10\.0\.0\.1:40000 *$/,
    'TcpPassiveOpens                 1                  0.0',
    // the exchange, and the starts of the programs the script ran (2 ms each, Lab.execCostNs)
    'virtual time: 32.000 ms',
  ],
};

test('every example has its promises listed here', () => {
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.sh')).sort();
  assert.deepEqual(scripts, Object.keys(PROMISES).sort());
  const programs = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  assert.deepEqual(programs, Object.keys(NODE_PROMISES).sort());
});

for (const [name, lines] of Object.entries(NODE_PROMISES)) {
  test(`examples/${name} runs under node and prints what its comments promise`, () => {
    const r = spawnSync(process.execPath, [dir + name], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.split('\n');
    for (const want of lines) {
      const ok = typeof want === 'string' ? out.includes(want) : out.some((l) => want.test(l));
      assert.ok(ok, `${name}: missing ${String(want)}\n${r.stdout}`);
    }
  });
}

for (const [name, lines] of Object.entries(PROMISES)) {
  test(`examples/${name} runs and prints what its comments promise`, () => {
    const trace = name === 'send-to-self.sh' || name === 'nvi-loopback.sh' ? ['--trace'] : [];
    const r = spawnSync(process.execPath, [bin, 'run', ...trace, dir + name], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.split('\n');
    for (const want of lines) {
      const ok = typeof want === 'string' ? out.includes(want) : out.some((l) => want.test(l));
      assert.ok(ok, `${name}: missing ${String(want)}\n${r.stdout}`);
    }
  });
}
