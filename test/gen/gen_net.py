import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): hosts a and b around router r, random per-device and all/default knobs (forwarding, rp_filter, accept_local, route_localnet, arp_ignore/announce/filter, proxy_arp, send_redirects, accept_redirects, icmp echo/ratelimit, log_martians), routes and addresses; then pings, ip route get and counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a b r; do ip netns add $n; ip -n $n link set lo up; done")
c("ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01")
c("ip link add rb netns r address 02:00:00:00:01:02 type veth peer name bx netns b address 02:00:00:00:0b:01")
c("ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n a addr add 10.1.0.2/24 dev ar; ip -n b addr add 10.2.0.2/24 dev bx")
c("ip -n r link set ra up; ip -n r link set rb up; ip -n a link set ar up; ip -n b link set bx up")
c("ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1")
knobs = [
  ('r', 'net.ipv4.ip_forward', [0, 1, 1, 1]),
  ('r', 'net.ipv4.conf.all.forwarding', [0, 1]),
  ('r', 'net.ipv4.conf.ra.forwarding', [0, 1]),
  ('r', 'net.ipv4.conf.rb.forwarding', [0, 1]),
  ('r', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.ra.rp_filter', [0, 1, 2]),
  ('b', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('b', 'net.ipv4.conf.bx.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.all.send_redirects', [0, 1]),
  ('r', 'net.ipv4.conf.ra.send_redirects', [0, 1]),
  ('a', 'net.ipv4.conf.all.accept_redirects', [0, 1]),
  ('a', 'net.ipv4.conf.ar.accept_redirects', [0, 1]),
  ('b', 'net.ipv4.icmp_echo_ignore_all', [0, 0, 1]),
  ('b', 'net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
  ('r', 'net.ipv4.icmp_ratelimit', [0, 1000]),
  ('r', 'net.ipv4.icmp_ratemask', [0, 6168, 6169]),
  ('b', 'net.ipv4.conf.bx.arp_ignore', [0, 1, 2, 3, 8]),
  ('r', 'net.ipv4.conf.rb.arp_announce', [0, 1, 2]),
  ('r', 'net.ipv4.conf.ra.proxy_arp', [0, 1]),
  ('r', 'net.ipv4.conf.all.accept_local', [0, 1]),
  ('b', 'net.ipv4.conf.bx.accept_local', [0, 1]),
  ('r', 'net.ipv4.conf.ra.route_localnet', [0, 1]),
  ('b', 'net.ipv4.conf.bx.arp_filter', [0, 1]),
  ('r', 'net.ipv4.conf.all.log_martians', [0, 1]),
  ('b', 'net.ipv4.conf.default.rp_filter', [0, 2]),
  ('r', 'net.ipv4.ip_default_ttl', [1, 2, 64]),
  ('a', 'net.ipv4.ip_default_ttl', [1, 64, 64]),
  ('r', 'net.ipv4.conf.rb.disable_policy', [0, 1]),
  ('b', 'net.ipv4.conf.bx.shared_media', [0, 1]),
  ('r', 'net.ipv4.conf.ra.bc_forwarding', [0, 1]),
  ('r', 'net.ipv4.conf.all.bc_forwarding', [0, 1]),
]
for ns, k, vals in r.sample(knobs, r.randint(4, 10)):
    c("ip netns exec %s sysctl -qw %s=%d; echo $?" % (ns, k, r.choice(vals)))
extras = [
  "ip -n b addr add 10.1.0.99/24 dev bx",
  "ip -n b addr add 10.9.9.9/32 dev lo",
  "ip -n r route add 10.9.9.0/24 via 10.2.0.2",
  "ip -n a addr add 10.1.0.3/24 dev ar",
  "ip -n r route add blackhole 10.7.0.0/16",
  "ip -n r route add unreachable 10.6.0.0/16",
  "ip -n r route add prohibit 10.5.0.0/16",
  "ip -n b route del default; ip -n b route add 10.1.0.0/16 via 10.2.0.1",
  "ip -n r link set rb mtu 1000",
  "ip -n r addr add 127.0.0.5/8 dev ra",
  "ip -n a route add 10.2.0.0/24 via 10.1.0.1 src 10.1.0.2",
  "ip -n b addr add 10.2.0.255/24 dev bx",
  "ip -n r rule add from 10.1.0.2 table 100; ip -n r route add default via 10.1.0.2 table 100",
  "ip -n r link set ra arp off",
  "ip -n b neigh add 10.2.0.1 lladdr 02:00:00:00:01:02 dev bx nud permanent",
]
for e in r.sample(extras, r.randint(1, 4)):
    c(e + "; echo $?")
targets = ['10.2.0.2', '10.2.0.1', '10.1.0.1', '10.9.9.9', '10.7.0.1', '10.6.0.1', '10.5.0.1', '10.2.0.255', '10.1.0.99', '10.8.0.1', '127.0.0.5', '10.2.0.0']
for i in range(r.randint(3, 6)):
    t = r.choice(targets)
    src = r.choice(['a', 'a', 'b', 'r'])
    opt = r.choice(['', '', '-s 1400 ', '-M do -s 1200 ', '-t 1 ', '-t 2 ', '-b ', '-I 10.1.0.2 ', '-R '])
    c("ip netns exec %s ping -c 2 -i 0.3 -W 1 %s%s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (src, opt, t))
    if r.random() < 0.4:
        c("ip -n %s route get %s 2>&1; ip -n r route get %s from 10.1.0.2 iif ra 2>&1" % (src, t, t))
c("ip netns exec r nstat -az IpInReceives IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInNoRoutes IpReasmFails IpFragFails IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutRedirects IcmpInEchos IcmpOutEchoReps TcpExtIPReversePathFilter | grep -v '^#'")
c("ip netns exec b nstat -az IpInReceives IpInAddrErrors IcmpInEchos IcmpOutEchoReps IcmpInRedirects TcpExtIPReversePathFilter IpExtInBcastPkts | grep -v '^#'")
c("ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInRedirects IcmpInEchoReps IpInReceives | grep -v '^#'")
c("ip -n a route show cache 2>&1; ip -n a neigh show | sort")
print("\n".join(lines))
