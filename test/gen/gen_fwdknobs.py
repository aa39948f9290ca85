import random, sys
# A router with three legs and random forwarding knobs (per device and all),
# carrier loss, MTUs and routes; pings from every side, what a captures, counters.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): router r between a, b and c with random forwarding knobs (ip_forward, all/default/DEV forwarding, ignore_routes_with_linkdown, icmp_errors_use_inbound_ifaddr, ip_no_pmtu_disc, ip_forward_use_pmtu, route_localnet, icmp_echo_ignore_*, ip_default_ttl), carrier loss, MTUs and routes; pings, what a captures (ICMP errors' source and TTL), ip route get, nstat." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a b c r; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip link add ra netns r address 02:00:00:00:01:0a type veth peer name ax netns a address 02:00:00:00:0a:01")
c("ip link add rb netns r address 02:00:00:00:01:0b type veth peer name bx netns b address 02:00:00:00:0b:01")
c("ip link add rc netns r address 02:00:00:00:01:0c type veth peer name cx netns c address 02:00:00:00:0c:01")
c("ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n r addr add 10.3.0.1/24 dev rc; ip -n r addr add 10.99.0.1/32 dev lo")
c("ip -n a addr add 10.1.0.2/24 dev ax; ip -n b addr add 10.2.0.2/24 dev bx; ip -n c addr add 10.3.0.2/24 dev cx")
c("for p in r:ra r:rb r:rc a:ax b:bx c:cx; do ip -n ${p%:*} link set ${p#*:} up; done")
c("ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1; ip -n c route add default via 10.3.0.1")
knobs = [
  ('net.ipv4.ip_forward', [0, 1, 1, 1]),
  ('net.ipv4.conf.all.forwarding', [0, 1, 1]),
  ('net.ipv4.conf.default.forwarding', [0, 1]),
  ('net.ipv4.conf.ra.forwarding', [0, 1, 1]),
  ('net.ipv4.conf.rb.forwarding', [0, 1, 1]),
  ('net.ipv4.conf.rc.forwarding', [0, 1, 1]),
  ('net.ipv4.conf.all.ignore_routes_with_linkdown', [0, 1]),
  ('net.ipv4.conf.rb.ignore_routes_with_linkdown', [0, 1]),
  ('net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
  ('net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('net.ipv4.ip_forward_use_pmtu', [0, 1]),
  ('net.ipv4.conf.ra.route_localnet', [0, 1]),
  ('net.ipv4.conf.all.route_localnet', [0, 1]),
  ('net.ipv4.icmp_echo_ignore_all', [0, 0, 1]),
  ('net.ipv4.ip_default_ttl', [1, 2, 64, 255]),
  ('net.ipv4.conf.all.send_redirects', [0, 1]),
  ('net.ipv4.conf.rc.rp_filter', [0, 1, 2]),
  ('net.ipv4.conf.all.accept_local', [0, 1]),
  ('net.ipv4.conf.ra.proxy_arp', [0, 1]),
  ('net.ipv4.conf.all.log_martians', [0, 1]),
]
events = [
  "ip -n b link set bx down",
  "ip -n b link set bx up",
  "ip -n r link set rb down",
  "ip -n r link set rb up",
  "ip -n r link set rc mtu 1000",
  "ip -n c link set cx mtu 1000",
  "ip -n r route add 10.20.0.0/16 via 10.2.0.2",
  "ip -n r route add 10.30.0.0/16 via 10.3.0.2 mtu lock 800",
  "ip -n r route add 10.40.0.0/16 nexthop via 10.2.0.2 nexthop via 10.3.0.2",
  "ip -n r route add 127.0.0.0/8 via 10.3.0.2 table 7; ip -n r rule add iif ra lookup 7",
  "ip -n b addr add 10.20.0.2/16 dev lo; ip -n c addr add 10.30.0.2/16 dev lo; ip -n c addr add 10.40.0.2/16 dev lo; ip -n b addr add 10.40.0.2/16 dev lo",
  "ip -n r route add blackhole 10.50.0.0/16",
  "ip -n r route add unreachable 10.60.0.0/16",
  "ip -n a route add 127.0.0.0/8 via 10.1.0.1 table 9; ip -n a rule add to 127.0.0.0/8 lookup 9 pref 10; ip netns exec a sysctl -qw net.ipv4.conf.ax.route_localnet=1",
]
targets = ['10.2.0.2', '10.3.0.2', '10.2.0.1', '10.3.0.1', '10.99.0.1', '10.20.0.2', '10.30.0.2', '10.40.0.2', '10.50.0.1', '10.60.0.1', '10.70.0.1', '127.0.0.9']
if r.random() < 0.8:
    c("ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
c("ip netns exec a tcpdump -nn -l -v -i ax icmp > cap 2>/dev/null & sleep 1")
steps = r.randint(8, 14)
for i in range(steps):
    x = r.random()
    if x < 0.4:
        k, vals = r.choice(knobs)
        c("ip netns exec r sysctl -qw %s=%d; echo $?" % (k, r.choice(vals)))
    elif x < 0.6:
        c(r.choice(events) + "; sleep 0.1")
    else:
        t = r.choice(targets)
        opt = r.choice(['', '', '-s 1200 ', '-M do -s 1200 ', '-M dont -s 1200 ', '-t 1 ', '-I 10.1.0.2 '])
        c("ip netns exec a ping -c 1 -W 1 %s%s 2>&1 | sed -n 2p | sed 's/time=.*//'" % (opt, t))
        if r.random() < 0.25:
            c("ip netns exec a traceroute -n -q 1 -w 1 -m 3 %s 2>&1 | sed -E 's/  [0-9.]+ ms//'" % t)
        if r.random() < 0.35:
            c("ip -n r route get %s from 10.1.0.2 iif ra 2>&1" % t)
for t in r.sample(targets, 3):
    c("ip netns exec a ping -c 1 -W 1 -M do -s 1100 %s 2>&1 | sed -n 2p | sed 's/time=.*//'" % t)
c("sleep 0.5; kill %1; sleep 0.2; sed -E 's/, id [0-9]+,/,/; s/(ICMP echo (request|reply)), id [0-9]+/\\1/; s/cksum 0x[0-9a-f]+ //; s/, length [0-9]+$//; s/([0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+)\\.[0-9]+ > (.*): UDP/\\1.PORT > \\2: UDP/' cap | grep -v '^\\s*$' | sed 's/^[0-9:.]* //'")
c("ip netns exec r nstat -az IpInReceives IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInNoRoutes IpFragFails IpFragOKs IpFragCreates IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutRedirects IcmpInEchos IcmpOutEchoReps IpExtInNoRoutes TcpExtIPReversePathFilter IpInDiscards IpOutDiscards | grep -v '^#'")
c("ip -n r route show; ip -n r route show cache 2>&1 | head -5")
print("\n".join(lines))
