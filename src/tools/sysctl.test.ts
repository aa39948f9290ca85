import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Capture, run as runCmd, type RunResult } from '../lab/coreutils/testkit.testutil.js';
import { ProcVfs, labOf } from '../lab/proc_vfs.testutil.js';
import { fakeNet, type FakeNet } from '../net/ipv4/fake_net.testutil.js';
import { sysctl } from './sysctl.js';

function setup(): { f: FakeNet; fs: ProcVfs; sh: (...argv: string[]) => Promise<RunResult> } {
  const f = fakeNet();
  f.addDev('lo');
  const fs = new ProcVfs();
  fs.mkdir('/work', true);
  fs.mkdir('/etc', true);
  const lab = labOf(f.net);
  return { f, fs, sh: (...argv) => {
    const out = new Capture();
    return runCmd(sysctl, ['sysctl', ...argv], { fs, lab, stdout: out, stderr: out });
  } };
}

function expect(r: RunResult, text: string, status = 0): void {
  assert.equal(r.stdout, text);
  assert.equal(r.status, status);
}

test('sysctl-conf.t: reads, writes, all/default/forwarding', async () => {
  const { f, sh } = setup();
  expect(await sh('net.ipv4.ip_forward', 'net.ipv4.conf.all.forwarding', 'net.ipv4.conf.default.forwarding'),
    'net.ipv4.ip_forward = 0\nnet.ipv4.conf.all.forwarding = 0\nnet.ipv4.conf.default.forwarding = 0\n');
  f.addDev('a0');
  f.addDev('b0');
  expect(await sh('net.ipv4.conf.a0.forwarding', 'net.ipv4.conf.a0.rp_filter', 'net.ipv4.conf.a0.arp_ignore'),
    'net.ipv4.conf.a0.forwarding = 0\nnet.ipv4.conf.a0.rp_filter = 0\nnet.ipv4.conf.a0.arp_ignore = 0\n');
  expect(await sh('-w', 'net.ipv4.conf.default.rp_filter=2'), 'net.ipv4.conf.default.rp_filter = 2\n');
  expect(await sh('-w', 'net.ipv4.conf.default.forwarding=1'), 'net.ipv4.conf.default.forwarding = 1\n');
  f.addDev('a1');
  f.addDev('b1');
  expect(await sh('net.ipv4.conf.a1.rp_filter', 'net.ipv4.conf.a0.rp_filter', 'net.ipv4.conf.a1.forwarding'),
    'net.ipv4.conf.a1.rp_filter = 2\nnet.ipv4.conf.a0.rp_filter = 2\nnet.ipv4.conf.a1.forwarding = 1\n');
  expect(await sh('-w', 'net.ipv4.conf.all.forwarding=1'), 'net.ipv4.conf.all.forwarding = 1\n');
  expect(await sh('net.ipv4.ip_forward', 'net.ipv4.conf.a0.forwarding', 'net.ipv4.conf.b1.forwarding', 'net.ipv4.conf.lo.forwarding'),
    'net.ipv4.ip_forward = 1\nnet.ipv4.conf.a0.forwarding = 1\nnet.ipv4.conf.b1.forwarding = 1\nnet.ipv4.conf.lo.forwarding = 1\n');
  expect(await sh('-w', 'net.ipv4.ip_forward=0'), 'net.ipv4.ip_forward = 0\n');
  expect(await sh('net.ipv4.conf.all.forwarding', 'net.ipv4.conf.a0.forwarding', 'net.ipv4.conf.default.forwarding'),
    'net.ipv4.conf.all.forwarding = 0\nnet.ipv4.conf.a0.forwarding = 0\nnet.ipv4.conf.default.forwarding = 0\n');
});

test('sysctl-conf.t: /proc/sys files, errors and exit statuses', async () => {
  const { f, fs, sh } = setup();
  f.addDev('a0');
  assert.equal(fs.write('/proc/sys/net/ipv4/conf/a0/arp_filter', '1\n', f.net), null);
  assert.equal(fs.read('/proc/sys/net/ipv4/conf/a0/arp_filter', f.net), '1\n');
  expect(await sh('net.ipv4.conf.a0.arp_filter'), 'net.ipv4.conf.a0.arp_filter = 1\n');
  expect(await sh('net.ipv4.conf.a0.nosuch'), 'sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory\n', 1);
  expect(await sh('-w', 'net.ipv4.conf.a0.rp_filter=abc'), 'sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument\n', 1);
  expect(await sh('-w', 'net.ipv4.icmp_echo_ignore_all=1'), 'net.ipv4.icmp_echo_ignore_all = 1\n');
  assert.equal(f.net.ipv4.sysctl.icmpEchoIgnoreAll, 1);
  const keys = ['gc_thresh1', 'gc_thresh2', 'gc_thresh3', 'base_reachable_time_ms'].map((k) => `net.ipv4.neigh.default.${k}`);
  expect(await sh(...keys, 'net.ipv4.neigh.a0.delay_first_probe_time', 'net.ipv4.neigh.default.gc_stale_time'),
    ['gc_thresh1', 'gc_thresh2', 'gc_thresh3', 'base_reachable_time_ms']
      .map((k) => `sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/${k}: No such file or directory\n`).join('') +
    'net.ipv4.neigh.a0.delay_first_probe_time = 5\n' +
    'sysctl: cannot stat /proc/sys/net/ipv4/neigh/default/gc_stale_time: No such file or directory\n', 5);
  expect(await sh('net.ipv4.ip_default_ttl', 'net.ipv4.icmp_ratelimit', 'net.ipv4.icmp_ratemask', 'net.ipv4.icmp_echo_ignore_broadcasts',
    'net.ipv4.ip_local_port_range', 'net.ipv4.conf.all.log_martians'),
  'net.ipv4.ip_default_ttl = 64\nnet.ipv4.icmp_ratelimit = 1000\nnet.ipv4.icmp_ratemask = 6168\n' +
    'net.ipv4.icmp_echo_ignore_broadcasts = 1\nnet.ipv4.ip_local_port_range = 32768\t60999\nnet.ipv4.conf.all.log_martians = 0\n');
  f.delDev('a0');
  expect(await sh('net.ipv4.conf.a0.rp_filter'), 'sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/rp_filter: No such file or directory\n', 1);
});

test('procps 4.0.2 quirks measured on Linux', async () => {
  const { f, sh } = setup();
  f.addDev('a0');
  expect(await sh('-w', 'net.ipv4.conf.a0.rp_filter'), 'sysctl: command line(0): invalid syntax, continuing...\n', 1);
  expect(await sh('-w', 'net.ipv4.conf.a0.rp_filter='), 'sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument\n', 1);
  expect(await sh('-w', '=3'), 'sysctl: Path is not under /proc/sys/: /proc/sys/\n', 1);
  expect(await sh('-w', 'net.ipv4.conf.a0.rp_filter=abc', 'net.ipv4.conf.a0.rp_filter=1'),
    'sysctl: setting key "net.ipv4.conf.a0.rp_filter": Invalid argument\nnet.ipv4.conf.a0.rp_filter = 1\n', 1);
  expect(await sh('net.ipv4.conf.a0.rp_filter=2'), 'net.ipv4.conf.a0.rp_filter = 2\n');
  expect(await sh('-w', 'net.ipv4.conf.a0.rp_filter= 1 '), 'net.ipv4.conf.a0.rp_filter = 1\n');
  expect(await sh('-w', 'net/ipv4/conf/a0/rp_filter=1'), 'net.ipv4.conf.a0.rp_filter = 1\n');
  expect(await sh('net/ipv4/conf/a0/rp_filter'), 'net.ipv4.conf.a0.rp_filter = 1\n');
  expect(await sh('-n', 'net.ipv4.conf.a0.rp_filter', 'net.ipv4.ip_local_port_range'), '1\n32768\t60999\n');
  expect(await sh('-e', 'net.ipv4.conf.a0.nosuch'), '');
  expect(await sh('-q', 'net.ipv4.conf.a0.rp_filter'), 'net.ipv4.conf.a0.rp_filter = 1\n');
  expect(await sh('-qw', 'net.ipv4.conf.a0.rp_filter=5'), '');
  expect(await sh('-w', 'net.ipv4.conf.a0.mc_forwarding=1'), 'sysctl: setting key "net.ipv4.conf.a0.mc_forwarding": Invalid argument\n');
  expect(await sh('-w', 'net.ipv4.route.flush=1'), 'net.ipv4.route.flush = 1\n');
  expect(await sh('net.ipv4.route.flush'), '');
  expect(await sh('net.ipv4.route'), 'net.ipv4.route.min_adv_mss = 256\nnet.ipv4.route.min_pmtu = 552\nnet.ipv4.route.mtu_expires = 600\n');
  expect(await sh('net.ipv4.conf.a0.nosuch', 'net.ipv4.conf.a0.nosuch2', 'net.ipv4.ip_forward'),
    'sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch: No such file or directory\n' +
    'sysctl: cannot stat /proc/sys/net/ipv4/conf/a0/nosuch2: No such file or directory\nnet.ipv4.ip_forward = 0\n', 2);
  expect(await sh('-w', 'net.ipv4.ip_default_ttl=0'), 'sysctl: setting key "net.ipv4.ip_default_ttl": Invalid argument\n', 1);
  expect(await sh('-w', 'net.ipv4.conf.a0=1'), 'sysctl: setting key "net.ipv4.conf.a0": Invalid argument\n');
  expect(await sh('net..ipv4.ip_forward'), 'sysctl: separators should not be repeated: ..ipv4.ip_forward\nnet..ipv4.ip_forward = 0\n');
  expect(await sh('net//ipv4/ip_forward'),
    'sysctl: separators should not be repeated: //ipv4/ip_forward\nsysctl: separators should not be repeated: //ipv4/ip_forward\n' +
    'net..ipv4.ip_forward = 0\n');
  expect(await sh(''), 'sysctl: "" is an unknown key\n', 255);
  expect(await sh('-N', 'net.ipv4.ip_forward'), 'net.ipv4.ip_forward\n');
  expect(await sh('-n', '-w', 'net.ipv4.ip_forward=1'), '1\n');
  expect(await sh('-a', '-r', 'ip_forward'),
    'net.ipv4.ip_forward = 1\nnet.ipv4.ip_forward_update_priority = 1\nnet.ipv4.ip_forward_use_pmtu = 0\n');
  expect(await sh('-a', '-N', '-r', '^net.ipv4.route'), 'net.ipv4.route.min_adv_mss\nnet.ipv4.route.min_pmtu\nnet.ipv4.route.mtu_expires\n');
  expect(await sh('-r', 'forw', 'net.ipv4.conf.all'),
    'net.ipv4.conf.all.bc_forwarding = 0\nnet.ipv4.conf.all.forwarding = 1\nnet.ipv4.conf.all.mc_forwarding = 0\n');
  expect(await sh('-V'), 'sysctl from procps-ng 4.0.2\n');
  expect(await sh('-e', '-w', 'net.ipv4.nosuch=1'), '');
  expect(await sh('-w'), "sysctl: no variables specified\nTry `sysctl --help' for more information.\n", 1);
});

test('usage: no argument (stderr, 1), bad option (stdout, 0)', async () => {
  const { sh } = setup();
  const none = await sh();
  assert.equal(none.status, 1);
  assert.match(none.stdout, /^\nUsage:\n sysctl \[options\] \[variable\[=value\] \.\.\.\]\n/);
  const bad = await sh('-z');
  assert.equal(bad.status, 0);
  assert.match(bad.stdout, /^sysctl: invalid option -- 'z'\n\nUsage:/);
  assert.match(bad.stdout, /For more details see sysctl\(8\)\.\n$/);
});

test('-p FILE: settings, comments, invalid lines, failures', async () => {
  const { fs, sh } = setup();
  fs.files.set('/work/sc.conf', 'net.ipv4.ip_forward = 1\n# c\n; c\nbad line\n-net.ipv4.nosuch=1\nnet.ipv4.nosuch2=3\n');
  expect(await sh('-p', 'sc.conf'),
    'sysctl: sc.conf(4): invalid syntax, continuing...\nnet.ipv4.ip_forward = 1\n' +
    'sysctl: cannot stat /proc/sys/net/ipv4/nosuch: No such file or directory\n' +
    'sysctl: cannot stat /proc/sys/net/ipv4/nosuch2: No such file or directory\n', 1);
  expect(await sh('-p', '/nonexist'), 'sysctl: cannot open "/nonexist": No such file or directory\n', 1);
  fs.files.set('/etc/sysctl.conf', 'net.ipv4.conf.*.rp_filter = 2\n');
  expect(await sh('-p'),
    'net.ipv4.conf.all.rp_filter = 2\nnet.ipv4.conf.default.rp_filter = 2\nnet.ipv4.conf.lo.rp_filter = 2\n');
});

test('-a lists every readable knob, deprecated names left out', async () => {
  const { f, sh } = setup();
  f.addDev('a0');
  const r = await sh('-a');
  assert.equal(r.status, 0);
  const lines = r.stdout.trimEnd().split('\n');
  assert.ok(lines.includes('net.ipv4.neigh.a0.retrans_time_ms = 1000'));
  assert.ok(!lines.some((l) => l.startsWith('net.ipv4.neigh.a0.retrans_time ')));
  assert.ok(!lines.some((l) => l.includes('route.flush')));
  assert.ok(lines.includes('net.ipv4.ip_local_reserved_ports = '));
  const sorted = [...lines].sort((a, b) => (a.split(' = ')[0]! < b.split(' = ')[0]! ? -1 : 1));
  assert.deepEqual(lines, sorted);
  const dep = await sh('--deprecated', '-a');
  assert.ok(dep.stdout.includes('net.ipv4.neigh.a0.retrans_time = 100\n'));
});

test('-p of a directory reads nothing and succeeds; -p "" is ENOENT', async () => {
  const { fs, sh } = setup();
  fs.mkdir('/work/conf.d', true);
  expect(await sh('-p', 'conf.d'), '');
  expect(await sh('-p', ''), 'sysctl: cannot open "": No such file or directory\n', 1);
  fs.files.set('/work/t.conf', 'net.ipv4.ip_default_ttl = 90\n');
  expect(await sh('-p', 'conf.d', 't.conf'), 'net.ipv4.ip_default_ttl = 90\n');
});
