import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): host h with two interfaces e0/e1 on one bridged LAN with hosts x and y (and z behind h's third link e2), random ARP knobs (arp_ignore, arp_announce, arp_filter, arp_accept, drop_gratuitous_arp, proxy_arp, proxy_arp_pvlan, medium_id, arp_notify), secondary/lo/scoped addresses and rules; then arping (plain, -s, -U, -A, -D, -b), pings, and which interface learned what (sorted ip neigh) and the ARP counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in s h x y z; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip -n s link add sw type bridge; ip -n s link set sw up")
c("ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add e1 netns h address 02:00:00:00:01:01 type veth peer name p2 netns s")
c("ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p3 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p4 netns s")
c("ip link add e2 netns h address 02:00:00:00:01:02 type veth peer name z0 netns z address 02:00:00:00:04:00")
c("for p in p1 p2 p3 p4; do ip -n s link set $p master sw; ip -n s link set $p up; done")
c("for d in e0 e1 e2; do ip -n h link set $d up; done; for n in x y z; do ip -n $n link set ${n}0 up; done")
c("ip -n h addr add 10.0.0.1/24 dev e0; ip -n h addr add 10.0.0.2/24 dev e1; ip -n h addr add 10.2.0.1/24 dev e2")
c("ip -n x addr add 10.0.0.100/24 dev x0; ip -n y addr add 10.0.0.200/24 dev y0; ip -n z addr add 10.2.0.2/24 dev z0")
c("ip -n z route add default via 10.2.0.1; ip -n x route add 10.9.9.0/24 via 10.0.0.1")
c("for d in e0 e1 e2; do ip netns exec h sysctl -qw net.ipv4.neigh.$d.base_reachable_time_ms=3600000 net.ipv4.neigh.$d.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done")
c("for n in x y z; do ip netns exec $n sysctl -qw net.ipv4.neigh.${n}0.base_reachable_time_ms=3600000 net.ipv4.neigh.${n}0.delay_first_probe_time=3600 net.ipv4.neigh.${n}0.mcast_solicit=1; done")
extras = [
  "ip -n h addr add 10.0.0.11/24 dev e0",
  "ip -n h addr add 10.0.0.12/24 dev e1",
  "ip -n h addr add 10.0.5.1/24 dev e1",
  "ip -n h addr add 10.9.9.9/32 dev lo",
  "ip -n h addr add 10.0.0.21/32 dev e0 scope host",
  "ip -n h addr add 10.0.0.22/32 dev e1 scope link",
  "ip -n x addr add 10.0.5.100/24 dev x0",
  "ip -n y addr add 10.0.5.200/24 dev y0",
  "ip -n h rule add from 10.0.0.2 table 100; ip -n h route add 10.0.0.0/24 dev e1 table 100",
  "ip -n h route add 10.0.0.100/32 dev e1",
  "ip -n h route add 10.0.0.200/32 dev e0 src 10.0.0.1",
  "ip -n h link set e1 arp off",
  "ip -n h link set e1 down",
  "ip -n x neigh add 10.0.0.1 lladdr 02:00:00:00:01:01 dev x0 nud permanent",
  "ip -n h neigh add proxy 10.0.0.150 dev e0",
  "ip -n h neigh add proxy 10.0.0.150 dev e1",
  "ip -n h neigh add 10.0.0.200 lladdr 02:00:00:00:03:00 dev e1 nud stale",
  "ip -n h route add 10.0.0.128/25 via 10.2.0.2",
  "ip -n h link set e0 down; ip -n h link set e0 up",
]
knobs = [
  ('h', 'arp_ignore', [0, 1, 2, 3, 4, 8]),
  ('h', 'arp_announce', [0, 1, 2]),
  ('h', 'arp_filter', [0, 1]),
  ('h', 'arp_accept', [0, 1, 2]),
  ('h', 'drop_gratuitous_arp', [0, 1]),
  ('h', 'proxy_arp', [0, 1]),
  ('h', 'proxy_arp_pvlan', [0, 1]),
  ('h', 'medium_id', [0, 1, 2, -1]),
  ('h', 'arp_notify', [0, 1]),
  ('h', 'forwarding', [0, 1]),
  ('h', 'accept_local', [0, 1]),
  ('h', 'rp_filter', [0, 1, 2]),
  ('x', 'arp_accept', [0, 1, 2]),
  ('x', 'arp_announce', [0, 1, 2]),
  ('x', 'arp_ignore', [0, 1, 2]),
  ('x', 'drop_gratuitous_arp', [0, 1]),
  ('y', 'arp_accept', [0, 1, 2]),
  ('h', 'arp_evict_nocarrier', [0, 1]),
  ('x', 'arp_notify', [0, 1]),
  ('h', 'promote_secondaries', [0, 1]),
]
devs = {'h': ['all', 'e0', 'e1', 'e1', 'e0', 'default', 'e2'], 'x': ['all', 'x0'], 'y': ['all', 'y0']}
extras += [
  "ip -n x link add mv0 link x0 address 02:00:00:00:02:10 type macvlan mode %s; ip -n x addr add 10.0.0.101/24 dev mv0; ip -n x link set mv0 up" % r.choice(['bridge', 'private', 'vepa', 'source']),
  "ip -n s link set p3 type bridge_slave hairpin on",
  "ip -n s link set p2 type bridge_slave flood off",
  "ip -n h addr add 10.0.0.31/24 dev e0 noprefixroute",
  "ip -n h route replace 10.0.0.0/24 dev e1 src 10.0.0.2 metric 5",
]
for e in r.sample(extras, r.randint(2, 6)):
    c(e + "; echo $?")
for ns, k, vals in r.sample(knobs, r.randint(4, 9)):
    c("ip netns exec %s sysctl -qw net.ipv4.conf.%s.%s=%d; echo $?" % (ns, r.choice(devs[ns]), k, r.choice(vals)))
cap = r.random() < 0.6
if cap:
    c("ip netns exec x tcpdump -l -n -e -t -i x0 arp > cap 2>/dev/null & sleep 1")
htargets = ['10.0.0.101', '10.0.0.1', '10.0.0.2', '10.0.0.11', '10.0.0.12', '10.0.5.1', '10.9.9.9', '10.0.0.21', '10.0.0.22', '10.0.0.150', '10.2.0.1', '10.2.0.2', '10.0.0.130']
xsrcs = ['10.0.0.100', '10.0.5.100', '10.0.0.77', '0.0.0.0']
for i in range(r.randint(5, 10)):
    k = r.random()
    n = r.choice(['x', 'x', 'y'])
    if k < 0.35:
        s = ' -s ' + r.choice(xsrcs) if r.random() < 0.3 else ''
        b = ' -b' if r.random() < 0.1 else ''
        c("ip netns exec %s arping -c 1 -w 1%s%s -I %s0 %s; echo $?" % (n, s, b, n, r.choice(htargets)))
    elif k < 0.5:
        mode = r.choice(['-U', '-A'])
        ip = r.choice(['10.0.0.100', '10.0.5.100', '10.0.0.1', '10.0.0.77']) if n == 'x' else r.choice(['10.0.0.200', '10.0.5.200', '10.0.0.77'])
        if n == 'y' and r.random() < 0.5: ip = '10.0.0.100'
        c("ip netns exec %s arping %s -c 1 -I %s0 %s >/dev/null; echo $?" % (n, mode, n, ip))
    elif k < 0.58:
        c("ip netns exec %s arping -D -c 1 -w 1 -I %s0 %s; echo $?" % (n, n, r.choice(htargets[:5] + ['10.0.0.100'])))
    elif k < 0.78:
        c("ip netns exec %s ping -c 1 -W 1 %s >/dev/null; echo $?" % (n, r.choice(htargets)))
    elif k < 0.95:
        src = r.choice(['', '', ' -I 10.0.0.2', ' -I 10.0.0.11', ' -I 10.9.9.9', ' -I 10.0.5.1', ' -I e1', ' -I e0', ' -I 10.2.0.1'])
        c("ip netns exec h ping -c 1 -W 1%s %s >/dev/null 2>&1; echo $?" % (src, r.choice(['10.0.0.100', '10.0.0.200', '10.0.5.100', '10.0.0.99', '10.2.0.2'])))
    elif k < 0.97:
        c(r.choice(["ip -n h neigh flush dev e0", "ip -n h link set e1 down; ip -n h link set e1 up", "ip -n x link set x0 address 02:00:00:00:02:55", "ip -n h addr del 10.0.0.1/24 dev e0", "ip -n h addr add 10.0.0.41/24 dev e1", "ip -n s link set p2 down; sleep 0.1; ip -n s link set p2 up", "ip -n x neigh flush all", "ip -n h neigh replace 10.0.0.100 lladdr 02:00:00:00:09:09 dev e0 nud stale"]) + "; echo $?")
    else:
        c("ip netns exec z ping -c 1 -W 1 %s >/dev/null; echo $?" % r.choice(['10.0.0.100', '10.0.0.200', '10.0.0.1']))
c("sleep 3.2; for n in h x y z; do echo \"== $n\"; ip -n $n neigh show | sort; done")
if cap:
    c("kill %1; wait; cat cap")
c("ip -n h neigh show proxy | sort; ip -n h -s neigh show | sed 's/used [0-9/]*//' | sort; ip netns exec x cat /proc/net/arp | sort")
c("ip netns exec h nstat -az TcpExtArpFilter IpInAddrErrors IpOutNoRoutes IcmpInEchos IcmpOutEchoReps | grep -v '^#'")
print("\n".join(lines))
