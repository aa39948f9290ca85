import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeNet } from './fake_net.testutil.js';
import { DevconfIdx } from './devconf.js';
import { NeighVar } from '../core/neigh_parms.js';
import type { Net } from '../core/net_namespace.js';

/** `sysctl -a` of a child netns with a veth a0 (Linux 6.x, HZ 250), deprecated names left out. */
const CHILD_NETNS = `
net.ipv4.conf.a0.accept_local = 0
net.ipv4.conf.a0.accept_redirects = 1
net.ipv4.conf.a0.accept_source_route = 1
net.ipv4.conf.a0.arp_accept = 0
net.ipv4.conf.a0.arp_announce = 0
net.ipv4.conf.a0.arp_evict_nocarrier = 1
net.ipv4.conf.a0.arp_filter = 0
net.ipv4.conf.a0.arp_ignore = 0
net.ipv4.conf.a0.arp_notify = 0
net.ipv4.conf.a0.bc_forwarding = 0
net.ipv4.conf.a0.bootp_relay = 0
net.ipv4.conf.a0.disable_policy = 0
net.ipv4.conf.a0.disable_xfrm = 0
net.ipv4.conf.a0.drop_gratuitous_arp = 0
net.ipv4.conf.a0.drop_unicast_in_l2_multicast = 0
net.ipv4.conf.a0.force_igmp_version = 0
net.ipv4.conf.a0.forwarding = 0
net.ipv4.conf.a0.igmpv2_unsolicited_report_interval = 10000
net.ipv4.conf.a0.igmpv3_unsolicited_report_interval = 1000
net.ipv4.conf.a0.ignore_routes_with_linkdown = 0
net.ipv4.conf.a0.log_martians = 0
net.ipv4.conf.a0.mc_forwarding = 0
net.ipv4.conf.a0.medium_id = 0
net.ipv4.conf.a0.promote_secondaries = 0
net.ipv4.conf.a0.proxy_arp = 0
net.ipv4.conf.a0.proxy_arp_pvlan = 0
net.ipv4.conf.a0.route_localnet = 0
net.ipv4.conf.a0.rp_filter = 0
net.ipv4.conf.a0.secure_redirects = 1
net.ipv4.conf.a0.send_redirects = 1
net.ipv4.conf.a0.shared_media = 1
net.ipv4.conf.a0.src_valid_mark = 0
net.ipv4.conf.a0.tag = 0
net.ipv4.fib_multipath_hash_fields = 7
net.ipv4.fib_multipath_hash_policy = 0
net.ipv4.fib_multipath_hash_seed = 0
net.ipv4.fib_multipath_use_neigh = 0
net.ipv4.fib_notify_on_flag_change = 0
net.ipv4.fwmark_reflect = 0
net.ipv4.icmp_echo_enable_probe = 0
net.ipv4.icmp_echo_ignore_all = 0
net.ipv4.icmp_echo_ignore_broadcasts = 1
net.ipv4.icmp_errors_use_inbound_ifaddr = 0
net.ipv4.icmp_ignore_bogus_error_responses = 1
net.ipv4.icmp_msgs_burst = 50
net.ipv4.icmp_msgs_per_sec = 1000
net.ipv4.icmp_ratelimit = 1000
net.ipv4.icmp_ratemask = 6168
net.ipv4.igmp_link_local_mcast_reports = 1
net.ipv4.igmp_max_memberships = 20
net.ipv4.igmp_max_msf = 10
net.ipv4.igmp_qrv = 2
net.ipv4.ip_autobind_reuse = 0
net.ipv4.ip_default_ttl = 64
net.ipv4.ip_dynaddr = 0
net.ipv4.ip_early_demux = 1
net.ipv4.ip_forward = 0
net.ipv4.ip_forward_update_priority = 1
net.ipv4.ip_forward_use_pmtu = 0
net.ipv4.ip_local_port_range = 32768\t60999
net.ipv4.ip_local_reserved_ports = 
net.ipv4.ip_no_pmtu_disc = 0
net.ipv4.ip_nonlocal_bind = 0
net.ipv4.ip_unprivileged_port_start = 1024
net.ipv4.ipfrag_high_thresh = 4194304
net.ipv4.ipfrag_low_thresh = 3145728
net.ipv4.ipfrag_max_dist = 64
net.ipv4.ipfrag_time = 30
net.ipv4.neigh.a0.anycast_delay = 100
net.ipv4.neigh.a0.app_solicit = 0
net.ipv4.neigh.a0.base_reachable_time_ms = 30000
net.ipv4.neigh.a0.delay_first_probe_time = 5
net.ipv4.neigh.a0.gc_stale_time = 60
net.ipv4.neigh.a0.interval_probe_time_ms = 5000
net.ipv4.neigh.a0.locktime = 100
net.ipv4.neigh.a0.mcast_resolicit = 0
net.ipv4.neigh.a0.mcast_solicit = 3
net.ipv4.neigh.a0.proxy_delay = 80
net.ipv4.neigh.a0.proxy_qlen = 64
net.ipv4.neigh.a0.retrans_time_ms = 1000
net.ipv4.neigh.a0.ucast_solicit = 3
net.ipv4.neigh.a0.unres_qlen = 101
net.ipv4.neigh.a0.unres_qlen_bytes = 212992
net.ipv4.nexthop_compat_mode = 1
net.ipv4.ping_group_range = 1\t0
net.ipv4.raw_l3mdev_accept = 1
net.ipv4.route.min_adv_mss = 256
net.ipv4.route.min_pmtu = 552
net.ipv4.route.mtu_expires = 600
net.ipv4.udp_child_hash_entries = 0
net.ipv4.udp_early_demux = 1
net.ipv4.udp_hash_entries = -16384
net.ipv4.udp_l3mdev_accept = 0
net.ipv4.udp_rmem_min = 4096
net.ipv4.udp_wmem_min = 4096
net.ipv4.xfrm4_gc_thresh = 32768
`;

function dump(net: Net, skip: RegExp): string {
  const out: string[] = [];
  for (const p of net.sysctl.walk('net/ipv4')) {
    const name = p.split('/').pop()!;
    if (name === 'base_reachable_time' || name === 'retrans_time' || skip.test(p)) continue;
    const v = net.sysctl.read(p);
    if (v === 'EACCES') continue;
    out.push(`${p.replaceAll('/', '.')} = ${v.replace(/\n$/, '')}`);
  }
  return out.join('\n');
}

const rd = (net: Net, p: string) => net.sysctl.read(`net/ipv4/${p}`);
const wr = (net: Net, p: string, v: string) => net.sysctl.write(`net/ipv4/${p}`, v);

test('names and defaults are those of a Linux child namespace', () => {
  const f = fakeNet();
  f.addDev('a0');
  // The tcp_* knobs are the transport's (tcp_sysctl.ts).
  assert.equal(dump(f.net, /conf\/(all|default)\/|\/tcp_/), CHILD_NETNS.trim().replaceAll('\\t', '\t'));
  // conf/*/loop (send-to-self) and loopback_reenter (NAT through loopback) are tuxnet's: read by name, never listed.
  assert.equal(rd(f.net, 'conf/a0/loop'), '0\n');
  assert.equal(rd(f.net, 'loopback_reenter'), '0\n');
  assert.ok(!f.net.sysctl.list('net/ipv4').includes('loopback_reenter'));
  assert.ok(!f.net.sysctl.list('net/ipv4/conf/a0').includes('loop'));
  assert.equal(rd(f.net, 'conf/default/accept_source_route'), '1\n');
  assert.equal(rd(f.net, 'conf/all/accept_source_route'), '0\n');
  assert.equal(f.net.sysctl.stat('net/ipv4/neigh/default'), null, 'neigh/default exists only in init_net');
  assert.equal(f.net.sysctl.lookup('net/ipv4/route/flush')?.mode, 0o200);
  assert.equal(f.net.sysctl.lookup('net/ipv4/conf/a0/mc_forwarding')?.mode, 0o444);
});

test('default.X is copied to devices that did not set X; the write marks the knob set', () => {
  const f = fakeNet();
  const a0 = f.addDev('a0');
  const b0 = f.addDev('b0');
  assert.equal(wr(f.net, 'conf/b0/rp_filter', '1\n'), null);
  assert.ok(b0.ip!.cnf.isSet(DevconfIdx.RP_FILTER));
  assert.equal(wr(f.net, 'conf/default/rp_filter', '2\n'), null);
  assert.equal(a0.ip!.cnf.get(DevconfIdx.RP_FILTER), 2);
  assert.equal(b0.ip!.cnf.get(DevconfIdx.RP_FILTER), 1, 'explicitly set: kept');
  const a1 = f.addDev('a1');
  assert.equal(rd(f.net, 'conf/a1/rp_filter'), '2\n', 'a new device copies default');
  assert.ok(a1.ip!.cnf.isSet(DevconfIdx.RP_FILTER), 'state bits are copied with the values');
  assert.equal(wr(f.net, 'conf/default/rp_filter', '0\n'), null);
  assert.equal(rd(f.net, 'conf/a0/rp_filter'), '0\n');
  assert.equal(rd(f.net, 'conf/a1/rp_filter'), '2\n');
});

test('a refused write still marks the knob (devinet_conf_proc)', () => {
  const f = fakeNet();
  const a0 = f.addDev('a0');
  assert.equal(wr(f.net, 'conf/a0/arp_ignore', 'abc\n'), 'EINVAL');
  assert.ok(a0.ip!.cnf.isSet(DevconfIdx.ARP_IGNORE));
  assert.equal(wr(f.net, 'conf/default/arp_ignore', '2\n'), null);
  assert.equal(rd(f.net, 'conf/a0/arp_ignore'), '0\n');
});

test('address add (setAll) stops default propagation', () => {
  const f = fakeNet();
  const a0 = f.addDev('a0');
  a0.ip!.cnf.setAll();
  wr(f.net, 'conf/default/log_martians', '1\n');
  assert.equal(rd(f.net, 'conf/a0/log_martians'), '0\n');
});

test('all.forwarding and ip_forward: every device, default, accept_redirects', () => {
  const f = fakeNet();
  const a0 = f.addDev('a0');
  assert.equal(wr(f.net, 'conf/default/forwarding', '1\n'), null);
  assert.equal(rd(f.net, 'conf/a0/forwarding'), '0\n', 'default.forwarding does not propagate');
  assert.equal(rd(f.net, 'ip_forward'), '0\n');
  const a1 = f.addDev('a1');
  assert.equal(rd(f.net, 'conf/a1/forwarding'), '1\n');
  assert.equal(wr(f.net, 'conf/all/forwarding', '1\n'), null);
  for (const p of ['ip_forward', 'conf/a0/forwarding', 'conf/a1/forwarding', 'conf/default/forwarding']) assert.equal(rd(f.net, p), '1\n', p);
  assert.equal(rd(f.net, 'conf/all/accept_redirects'), '0\n');
  assert.ok(a0.ip!.cnf.isSet(DevconfIdx.FORWARDING));
  assert.equal(wr(f.net, 'ip_forward', '0\n'), null);
  for (const p of ['conf/all/forwarding', 'conf/a0/forwarding', 'conf/a1/forwarding', 'conf/default/forwarding']) assert.equal(rd(f.net, p), '0\n', p);
  assert.equal(rd(f.net, 'conf/all/accept_redirects'), '1\n');
  assert.equal(wr(f.net, 'conf/a1/forwarding', '1\n'), null);
  assert.equal(rd(f.net, 'ip_forward'), '0\n', 'a device write does not touch all');
  assert.equal(a1.ip!.cnf.get(DevconfIdx.FORWARDING), 1);
  assert.equal(wr(f.net, 'ip_forward', '2\n'), null, 'proc_dointvec: any int');
  assert.equal(rd(f.net, 'conf/a0/forwarding'), '2\n');
});

test('hooks: rt_cache_flush and netconf on changes', () => {
  const f = fakeNet();
  f.addDev('a0');
  const seen: string[] = [];
  f.onRtCacheFlush = () => void seen.push('flush');
  f.net.world.inet.sysctl.netconfNotify = (_n, ev, attr, ifindex) => void seen.push(`${ev}:${attr}:${ifindex}`);
  wr(f.net, 'conf/a0/rp_filter', '1\n');
  wr(f.net, 'conf/a0/rp_filter', '1\n');
  wr(f.net, 'conf/all/route_localnet', '1\n');
  wr(f.net, 'conf/all/route_localnet', '1\n');
  wr(f.net, 'route/flush', '1\n');
  wr(f.net, 'conf/all/forwarding', '1\n');
  assert.deepEqual(seen, ['new:3:1', 'flush', 'flush', 'new:2:-1', 'new:2:-2', 'new:2:1', 'flush']);
});

test('unregister: the device directories go', () => {
  const f = fakeNet();
  f.addDev('a0');
  f.delDev('a0');
  assert.equal(f.net.sysctl.stat('net/ipv4/conf/a0'), null);
  assert.equal(f.net.sysctl.stat('net/ipv4/neigh/a0'), null);
  assert.equal(f.net.sysctl.stat('net/ipv4/conf/all/rp_filter'), 'file');
});

test('neigh: units, shared slots, data_state, unres_qlen', () => {
  const f = fakeNet();
  const p = f.addDev('a0').ip!.arpParms;
  assert.equal(rd(f.net, 'neigh/a0/retrans_time'), '100\n');
  assert.equal(rd(f.net, 'neigh/a0/base_reachable_time'), '30\n');
  assert.equal(wr(f.net, 'neigh/a0/retrans_time_ms', '1\n'), null);
  assert.equal(p.retransTime, 4);
  assert.equal(rd(f.net, 'neigh/a0/retrans_time'), '0\n');
  assert.equal(wr(f.net, 'neigh/a0/base_reachable_time_ms', '30001\n'), null);
  assert.equal(rd(f.net, 'neigh/a0/base_reachable_time_ms'), '30004\n');
  assert.equal(rd(f.net, 'neigh/a0/base_reachable_time'), '30\n');
  // neigh_proc_base_reachable_time(): reachable_time = neigh_rand_reach_time(base), in [base/2, 3*base/2).
  assert.ok(p.reachableTime >= 15002 && p.reachableTime < 45006, String(p.reachableTime));
  assert.equal(wr(f.net, 'neigh/a0/unres_qlen', '7\n'), null);
  assert.equal(rd(f.net, 'neigh/a0/unres_qlen_bytes'), '14630\n');
  assert.equal(wr(f.net, 'neigh/a0/unres_qlen_bytes', '1000\n'), null);
  assert.equal(rd(f.net, 'neigh/a0/unres_qlen'), '0\n');
  assert.equal(wr(f.net, 'neigh/a0/unres_qlen', '2147483647\n'), 'EINVAL');
  assert.equal(wr(f.net, 'neigh/a0/mcast_solicit', '-1\n'), 'EINVAL');
  assert.equal(p.isSet(NeighVar.MCAST_PROBES), true, 'marked even when refused');
  assert.equal(wr(f.net, 'neigh/a0/delay_first_probe_time', '-1\n'), null);
  assert.equal(p.delayProbeTime, -1000);
  assert.equal(wr(f.net, 'neigh/a0/interval_probe_time_ms', '0\n'), 'EINVAL');
});

test('net.ipv4 knobs: ranges and refusals as on Linux', () => {
  const f = fakeNet();
  const s = f.net.ipv4.sysctl;
  for (const v of ['1000 2000', '2000 1000', '30000 29999', '1024 65536', '40000 x', '40000,50000']) {
    assert.equal(wr(f.net, 'ip_local_port_range', v), 'EINVAL', v);
  }
  assert.equal(rd(f.net, 'ip_local_port_range'), '32768\t60999\n');
  assert.equal(wr(f.net, 'ip_local_port_range', '40000\t50000\t3'), null);
  assert.equal(wr(f.net, 'ip_local_port_range', '40000'), null);
  assert.equal(rd(f.net, 'ip_local_port_range'), '40000\t50000\n');
  assert.equal(wr(f.net, 'ip_unprivileged_port_start', '40001'), 'EINVAL');
  assert.equal(wr(f.net, 'ip_unprivileged_port_start', '0'), null);
  assert.equal(s.ipProtSock, 0);
  assert.equal(wr(f.net, 'ping_group_range', '10 0'), null);
  assert.equal(rd(f.net, 'ping_group_range'), '1\t0\n');
  assert.equal(wr(f.net, 'ping_group_range', '0 10'), null);
  assert.equal(rd(f.net, 'ping_group_range'), '0\t10\n');
  assert.equal(wr(f.net, 'ping_group_range', '-1 5'), 'EINVAL');
  assert.equal(wr(f.net, 'icmp_ratelimit', '5'), null);
  assert.equal(rd(f.net, 'icmp_ratelimit'), '8\n');
  assert.equal(wr(f.net, 'icmp_ratelimit', '-5'), 'EINVAL');
  assert.equal(wr(f.net, 'icmp_msgs_per_sec', '-1'), 'EINVAL');
  assert.equal(wr(f.net, 'icmp_ratemask', '-1'), null);
  assert.equal(wr(f.net, 'icmp_echo_ignore_all', '2'), 'EINVAL');
  assert.equal(wr(f.net, 'icmp_echo_ignore_all', '1'), null);
  assert.equal(s.icmpEchoIgnoreAll, 1);
  assert.equal(wr(f.net, 'fib_multipath_hash_policy', '9'), 'EINVAL');
  assert.equal(wr(f.net, 'route/mtu_expires', '-5'), null);
  assert.equal(s.ipRtMtuExpires, -5000);
  assert.equal(wr(f.net, 'route/min_pmtu', '67'), 'EINVAL');
  assert.equal(wr(f.net, 'ipfrag_low_thresh', '5000000'), 'EINVAL');
  assert.equal(wr(f.net, 'ip_local_reserved_ports', '1000,2000-2005\n'), null);
  assert.equal(rd(f.net, 'ip_local_reserved_ports'), '1000,2000-2005\n');
  for (const v of ['abc', '5-3', '70000']) assert.equal(wr(f.net, 'ip_local_reserved_ports', v), 'EINVAL', v);
});
