import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d) for source validation: host a on two links (ar0, ar1) to router r, host b behind r; random rp_filter / accept_local / route_localnet / src_valid_mark / log_martians values (all, default and per device), reverse routes, policy rules, spoofed sources on a's lo; then spoofed-source pings via ping -I, ip route get with iif/from/mark on r, and the counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a b r; do ip netns add $n; ip -n $n link set lo up; done")
c("ip link add ra0 netns r address 02:00:00:00:01:01 type veth peer name ar0 netns a address 02:00:00:00:0a:01")
c("ip link add ra1 netns r address 02:00:00:00:01:03 type veth peer name ar1 netns a address 02:00:00:00:0a:03")
c("ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01")
c("ip -n r addr add 10.1.0.1/24 dev ra0; ip -n r addr add 10.3.0.1/24 dev ra1; ip -n r addr add 10.2.0.1/24 dev rb")
c("ip -n a addr add 10.1.0.2/24 dev ar0; ip -n a addr add 10.3.0.2/24 dev ar1; ip -n b addr add 10.2.0.2/24 dev bx")
c("for d in ra0 ra1 rb; do ip -n r link set $d up; done; for d in ar0 ar1; do ip -n a link set $d up; done; ip -n b link set bx up")
c("ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=%d; ip -n b route add default via 10.2.0.1" % r.randint(1, 99999))
c("ip -n a addr add 172.16.0.1/32 dev lo; ip -n a addr add 10.2.0.7/32 dev lo; ip -n a addr add 10.1.0.77/32 dev lo")
# a's route towards b: over either link
c("ip -n a route add 10.2.0.0/24 via %s" % r.choice(['10.1.0.1', '10.3.0.1']))
c("ip -n a route add 10.9.0.0/24 via %s" % r.choice(['10.1.0.1', '10.3.0.1']))
c("ip -n r addr add 10.9.0.1/32 dev lo")
knobs = [
  ('r', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.ra0.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.ra1.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.ra0.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.default.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.lo.rp_filter', [0, 1, 2]),
  ('b', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.all.accept_local', [0, 1]),
  ('r', 'net.ipv4.conf.ra0.accept_local', [0, 1]),
  ('r', 'net.ipv4.conf.ra1.accept_local', [0, 1]),
  ('r', 'net.ipv4.conf.all.route_localnet', [0, 1]),
  ('r', 'net.ipv4.conf.ra0.route_localnet', [0, 1]),
  ('a', 'net.ipv4.conf.ar0.route_localnet', [0, 1]),
  ('a', 'net.ipv4.conf.all.route_localnet', [0, 1]),
  ('r', 'net.ipv4.conf.all.src_valid_mark', [0, 1]),
  ('r', 'net.ipv4.conf.ra1.src_valid_mark', [0, 1]),
  ('r', 'net.ipv4.conf.all.log_martians', [0, 1]),
  ('r', 'net.ipv4.conf.ra0.forwarding', [0, 1, 1]),
  ('r', 'net.ipv4.conf.all.send_redirects', [0, 1]),
  ('r', 'net.ipv4.conf.all.accept_source_route', [0, 1]),
]
for ns, k, vals in r.sample(knobs, r.randint(4, 9)):
    c("ip netns exec %s sysctl -qw %s=%d; echo $?" % (ns, k, r.choice(vals)))
extras = [
  "ip -n r route add 172.16.0.1/32 via 10.1.0.2",
  "ip -n r route add 172.16.0.1/32 via 10.3.0.2",
  "ip -n r route add 172.16.0.0/24 nexthop via 10.1.0.2 nexthop via 10.3.0.2",
  "ip -n r route add default via 10.3.0.2",
  "ip -n r route add default via 10.1.0.2",
  "ip -n r route add blackhole 172.16.0.0/16",
  "ip -n r route add unreachable 172.16.0.1/32",
  "ip -n r route add prohibit 172.16.0.0/24",
  "ip -n r addr add 172.16.0.1/32 dev lo",
  "ip -n r addr add 10.2.0.7/32 dev rb",
  "ip -n r rule add fwmark 1 lookup 10 pref 10; ip -n r route add 172.16.0.0/24 via 10.3.0.2 table 10",
  "ip -n r rule add iif ra1 lookup 20 pref 20; ip -n r route add 172.16.0.0/24 via 10.3.0.2 table 20",
  "ip -n r rule add from 172.16.0.1 lookup 30 pref 30; ip -n r route add default via 10.3.0.2 table 30",
  "ip -n r rule add to 172.16.0.1 lookup 40 pref 40; ip -n r route add 172.16.0.1 via 10.1.0.2 table 40",
  "ip -n r rule add oif ra0 lookup 50 pref 50; ip -n r route add 172.16.0.0/24 dev ra0 table 50",
  "ip netns exec r iptables -t mangle -A PREROUTING -i ra1 -j MARK --set-mark 1",
  "ip netns exec r iptables -t mangle -A PREROUTING -i ra0 -j MARK --set-mark 1",
  "ip -n a rule add from 172.16.0.1 lookup 5 pref 5; ip -n a route add default via 10.3.0.1 table 5",
  "ip -n a rule add from 10.2.0.7 lookup 6 pref 6; ip -n a route add default via 10.1.0.1 table 6",
  "ip -n r link set ra1 down; ip -n r link set ra1 up",
  "ip -n r route add 10.1.0.77/32 via 10.3.0.2",
  "ip -n r addr add 127.0.0.9/8 dev ra0",
  "ip -n r route add 172.16.0.1/32 dev lo",
  "ip -n r link set ra1 down",
  "ip -n r addr flush dev ra1",
  "ip -n r addr flush dev ra0; ip -n r route add 10.1.0.0/24 dev ra0",
  "ip -n r link add mv0 link rb type macvlan mode bridge; ip -n r link set mv0 up; ip -n r addr add 10.4.0.1/24 dev mv0; ip -n r route add 172.16.0.0/24 dev mv0 metric 5",
  "ip -n r route add 172.16.0.0/24 dev rb",
  "ip netns exec r sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1; ip -n a link set ar1 down; ip -n r route add 172.16.0.0/24 via 10.3.0.2",
  "ip -n r nexthop add id 1 via 10.1.0.2 dev ra0; ip -n r nexthop add id 2 via 10.3.0.2 dev ra1; ip -n r nexthop add id 3 group 1/2; ip -n r route add 172.16.0.0/24 nhid 3",
  "ip -n r route add 172.16.0.1 via 10.3.0.2 metric 10; ip -n r route add 172.16.0.1 via 10.1.0.2 metric 20",
  "ip -n r rule add from 172.16.0.0/24 lookup 60 pref 60; ip -n r route add throw 172.16.0.0/24 table 60",
  "ip -n r rule add iif ra0 lookup 70 pref 70; ip -n r route add 10.2.0.0/24 via 10.2.0.2 dev rb table 70",
  "ip -n r rule add not from 172.16.0.0/24 lookup 80 pref 80; ip -n r route add 172.16.0.0/24 dev ra1 table 80",
  "ip -n r rule add ipproto icmp lookup 90 pref 90; ip -n r route add 172.16.0.0/24 via 10.3.0.2 table 90",
  "ip -n r route add 172.16.0.0/24 via 10.1.0.2 src 10.9.0.1",
  "ip -n r route add 10.1.0.77/32 dev ra1 scope link",
]
for e in r.sample(extras, r.randint(2, 6)):
    c(e + "; echo $?")
srcs = ['172.16.0.1', '172.16.0.1', '10.2.0.7', '10.1.0.77', '10.1.0.2', '10.3.0.2']
dsts = ['10.2.0.2', '10.2.0.2', '10.9.0.1', '10.1.0.1', '10.3.0.1', '10.2.0.1']
for i in range(r.randint(2, 4)):
    s = r.choice(srcs); d = r.choice(dsts)
    c("ip netns exec a ping -c 1 -W 1 -I %s %s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (s, d))
gsrcs = srcs + ['10.2.0.2', '127.0.0.1', '127.0.0.9', '0.0.0.0', '240.0.0.1', '255.255.255.255', '10.1.0.255', '10.1.0.1', '10.9.0.1', '224.0.0.5', '10.3.0.0']
gdsts = dsts + ['127.0.0.1', '10.1.0.255', '255.255.255.255', '240.0.0.1', '0.0.0.0', '10.2.0.255', '172.16.0.1', '127.0.0.9']
for i in range(r.randint(5, 12)):
    s = r.choice(gsrcs); d = r.choice(gdsts); iif = r.choice(['ra0', 'ra0', 'ra1', 'rb', 'lo'])
    mark = r.choice(['', '', '', ' mark 1', ' mark 2'])
    tos = r.choice(['', '', '', ' tos 0x10'])
    extra = r.choice(['', '', '', ' ipproto icmp', ' ipproto udp dport 53', ' fibmatch', ' oif rb', ' uid 5'])
    fmt = r.choice(['', '', '', '-j ', '-d ', '-o '])
    c("ip -n r %sroute get %s from %s iif %s%s%s%s" % (fmt, d, s, iif, mark, tos, extra))
for i in range(r.randint(2, 6)):
    d = r.choice(['255.255.255.255', '224.0.0.5', '239.1.2.3', '0.0.0.0', '127.0.0.1', '127.1.2.3', '10.2.0.2', '10.1.0.255', '10.1.0.1', '172.16.0.1', '10.9.0.1', '240.0.0.1'])
    s_ = r.choice(['', '', ' from 10.1.0.2', ' from 172.16.0.1', ' from 10.2.0.7', ' from 0.0.0.0', ' from 10.9.9.9', ' from 127.0.0.1'])
    o = r.choice(['', '', ' oif ar0', ' oif ar1', ' oif lo'])
    c("ip -n a %sroute get %s%s%s%s" % (r.choice(['', '-d ', '-j ']), d, s_, o, r.choice(['', '', ' tos 0x10', ' mark 1', ' fibmatch', ' connected'])))
c("sleep 3.5")
c("ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors IpInNoRoutes IpForwDatagrams IpInReceives IpInDiscards IpOutNoRoutes IcmpOutDestUnreachs IcmpOutRedirects IcmpInEchos | grep -v '^#'")
c("ip netns exec b nstat -az IpInReceives IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'")
c("ip netns exec a nstat -az IpInReceives IpOutRequests IcmpInEchoReps IcmpInDestUnreachs IpOutNoRoutes | grep -v '^#'")
print("\n".join(lines))
