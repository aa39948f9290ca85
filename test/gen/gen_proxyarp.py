import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): router r between a bridged LAN (hosts a and b, r's r0) and host c (r1), random prefix lengths on the hosts, proxy_arp, proxy_arp_pvlan, medium_id, forwarding, arp_ignore/arp_filter, proxy neighbour entries, host routes; who answers which ARP request (arping from a, b and c), pings through r and the neighbour tables." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in s r a b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up")
c("ip link add r0 netns r address 02:00:00:00:01:00 type veth peer name p0 netns s; ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name pa netns s; ip link add b0 netns b address 02:00:00:00:0b:00 type veth peer name pb netns s")
c("ip link add r1 netns r address 02:00:00:00:01:01 type veth peer name c0 netns c address 02:00:00:00:0c:00")
c("for p in p0 pa pb; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n r link set r0 up; ip -n r link set r1 up; ip -n a link set a0 up; ip -n b link set b0 up; ip -n c link set c0 up")
c("for d in r/r0 r/r1 a/a0 b/b0 c/c0; do ip netns exec ${d%/*} sysctl -qw net.ipv4.neigh.${d#*/}.base_reachable_time_ms=3600000 net.ipv4.neigh.${d#*/}.delay_first_probe_time=3600 net.ipv4.neigh.${d#*/}.mcast_solicit=1; done")
c("ip -n r addr add 10.0.0.1/24 dev r0; ip -n r addr add 10.0.1.1/24 dev r1")
c("ip -n a addr add 10.0.0.10/%d dev a0; ip -n b addr add 10.0.0.20/%d dev b0; ip -n c addr add 10.0.1.30/%d dev c0" % (r.choice([24, 16, 16]), r.choice([24, 24, 16]), r.choice([24, 16])))
c("ip -n a route add default via 10.0.0.1 2>/dev/null; ip -n b route add default via 10.0.0.1 2>/dev/null; ip -n c route add default via 10.0.1.1 2>/dev/null; true")
knobs = [
  ('net.ipv4.conf.r0.proxy_arp', [0, 1, 1, 1]),
  ('net.ipv4.conf.all.proxy_arp', [0, 1]),
  ('net.ipv4.conf.r1.proxy_arp', [0, 1]),
  ('net.ipv4.conf.r0.proxy_arp_pvlan', [0, 1]),
  ('net.ipv4.conf.r0.medium_id', [0, 1, 2]),
  ('net.ipv4.conf.r1.medium_id', [0, 1, 2, -1]),
  ('net.ipv4.ip_forward', [0, 1, 1, 1]),
  ('net.ipv4.conf.r0.forwarding', [0, 1]),
  ('net.ipv4.conf.r0.arp_ignore', [0, 1, 2]),
  ('net.ipv4.conf.r0.arp_filter', [0, 1]),
  ('net.ipv4.conf.r0.rp_filter', [0, 1, 2]),
  ('net.ipv4.neigh.r0.proxy_delay', [0, 0, 0, 20]),
  ('net.ipv4.neigh.r0.proxy_qlen', [0, 64]),
  ('net.ipv4.conf.r0.send_redirects', [0, 1]),
]
for k, vals in r.sample(knobs, r.randint(4, 9)):
    c("ip netns exec r sysctl -qw %s=%d; echo $?" % (k, r.choice(vals)))
extras = [
  "ip -n r neigh add proxy 10.0.0.99 dev r0",
  "ip -n r neigh add proxy 10.0.0.20 dev r0",
  "ip -n r neigh add proxy 10.0.1.30 dev r0",
  "ip -n r neigh add proxy 10.0.0.10 dev r1",
  "ip -n r route add 10.0.0.20/32 dev r1",
  "ip -n r route add 10.0.0.99/32 via 10.0.1.30",
  "ip -n r route add blackhole 10.0.0.77/32",
  "ip -n r route add 10.0.9.0/24 via 10.0.1.30",
  "ip -n r addr add 10.0.0.2/24 dev r1",
  "ip -n r link set r0 arp off",
  "ip -n c addr add 10.0.0.99/32 dev c0",
]
for e in r.sample(extras, r.randint(1, 4)):
    c(e + "; echo $?")
tg = ['10.0.0.1', '10.0.0.20', '10.0.0.10', '10.0.1.30', '10.0.1.1', '10.0.0.99', '10.0.0.77', '10.0.9.9', '10.0.0.55', '10.0.0.2']
for i in range(r.randint(5, 9)):
    k = r.random()
    n = r.choice(['a', 'a', 'b', 'c'])
    if k < 0.55:
        c("ip netns exec %s arping -c 1 -w %d -I %s0 %s | sed 's/ [0-9.]*ms$//'; echo ${PIPESTATUS[0]}" % (n, r.choice([1, 1, 2]), n, r.choice(tg)))
    elif k < 0.9:
        c("ip netns exec %s ping -c 1 -W 1 %s >/dev/null 2>&1; echo $?; sleep 0.05" % (n, r.choice(tg)))
    else:
        c("ip -n %s neigh flush all; echo $?" % n)
c("sleep 1.1; for n in r a b c; do echo \"== $n\"; ip -n $n neigh show | sort; done")
c("ip -n r neigh show proxy | sort")
c("ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IcmpOutRedirects IpOutNoRoutes | grep -v '^#'")
print("\n".join(lines))
