import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d) for ICMP redirects: host h, routers r and r2 and host d on one bridged LAN (192.168.0.0/24, d also on 192.168.1.0/24), b behind r; random send_redirects / accept_redirects / secure_redirects / shared_media / forwarding / rp_filter values and suboptimal routes on h; then pings, ip route get, the route cache and the counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in h r r2 d b lan; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv4.fib_multipath_hash_seed=%d; done" % r.randint(1, 99999))
c("ip -n lan link add br0 type bridge; ip -n lan link set br0 up")
c("ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan")
c("ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan")
c("ip link add d0 netns d address 02:00:00:00:00:10 type veth peer name p3 netns lan")
c("ip link add s0 netns r2 address 02:00:00:00:00:02 type veth peer name p4 netns lan")
c("ip link add rb netns r address 02:00:00:00:01:22 type veth peer name bx netns b address 02:00:00:00:0b:01")
c("for p in p1 p2 p3 p4; do ip -n lan link set $p master br0 up; done")
c("ip -n h link set h0 up; ip -n r link set r0 up; ip -n r link set rb up; ip -n d link set d0 up; ip -n r2 link set s0 up; ip -n b link set bx up")
c("ip -n h addr add 192.168.0.31/24 dev h0; ip -n r addr add 192.168.0.121/24 dev r0; ip -n d addr add 192.168.0.10/24 dev d0; ip -n r2 addr add 192.168.0.2/24 dev s0")
c("ip -n d addr add 192.168.1.10/24 dev d0; ip -n r addr add 10.5.0.1/24 dev rb; ip -n b addr add 10.5.0.2/24 dev bx; ip -n r2 addr add 10.7.0.1/32 dev lo")
c("ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1")
c("ip -n b route add default via 10.5.0.1; ip -n d route add default via 192.168.0.121; ip -n r2 route add 10.5.0.0/24 via 192.168.0.121")
c("ip -n r route add 10.7.0.0/24 via 192.168.0.2")
c("ip -n r route add 192.168.1.0/24 %s" % r.choice(['via 192.168.0.10', 'dev r0', 'via 192.168.0.10 onlink']))
knobs = [
  ('r', 'net.ipv4.conf.all.send_redirects', [0, 1]),
  ('r', 'net.ipv4.conf.r0.send_redirects', [0, 1]),
  ('r', 'net.ipv4.conf.r0.shared_media', [0, 1]),
  ('r', 'net.ipv4.conf.all.shared_media', [0, 1]),
  ('r', 'net.ipv4.icmp_ratelimit', [0, 1000]),
  ('r', 'net.ipv4.conf.r0.rp_filter', [0, 1, 2]),
  ('r', 'net.ipv4.conf.all.accept_redirects', [0, 1]),
  ('h', 'net.ipv4.conf.all.accept_redirects', [0, 1]),
  ('h', 'net.ipv4.conf.h0.accept_redirects', [0, 1]),
  ('h', 'net.ipv4.conf.all.secure_redirects', [0, 1]),
  ('h', 'net.ipv4.conf.h0.secure_redirects', [0, 1]),
  ('h', 'net.ipv4.conf.h0.shared_media', [0, 1]),
  ('h', 'net.ipv4.conf.all.shared_media', [0, 1]),
  ('h', 'net.ipv4.conf.all.forwarding', [0, 1]),
  ('h', 'net.ipv4.conf.h0.forwarding', [0, 1]),
  ('h', 'net.ipv4.conf.all.rp_filter', [0, 1, 2]),
  ('h', 'net.ipv4.conf.h0.accept_local', [0, 1]),
  ('h', 'net.ipv4.conf.all.log_martians', [0, 1]),
  ('d', 'net.ipv4.conf.d0.rp_filter', [0, 1]),
  ('r', 'net.ipv4.conf.r0.forwarding', [0, 1, 1]),
]
for ns, k, vals in r.sample(knobs, r.randint(4, 9)):
    c("ip netns exec %s sysctl -qw %s=%d; echo $?" % (ns, k, r.choice(vals)))
hroutes = [
  "ip -n h route add 192.168.0.10/32 via 192.168.0.121",
  "ip -n h route add 10.7.0.0/24 via 192.168.0.121",
  "ip -n h route add 192.168.1.0/24 via 192.168.0.121",
  "ip -n h route add default via 192.168.0.121",
  "ip -n h route add 10.5.0.0/24 via 192.168.0.2",
  "ip -n h route add 10.5.0.0/24 via 192.168.0.121",
  "ip -n h route add 192.168.0.2/32 via 192.168.0.121",
  "ip -n h route add 10.7.0.1/32 via 192.168.0.10",
  "ip netns exec d sysctl -qw net.ipv4.ip_forward=1; ip -n d route add 10.7.0.0/24 via 192.168.0.2",
  "ip -n h addr add 192.168.1.31/24 dev h0",
  "ip -n r route add 192.168.0.10/32 via 192.168.0.2",
  "ip -n h route add 192.168.0.10/32 via 192.168.0.121 table 7; ip -n h rule add to 192.168.0.10 lookup 7 pref 7",
  "ip -n h route add 10.7.0.0/24 nexthop via 192.168.0.121 nexthop via 192.168.0.2",
  "ip -n h nexthop add id 5 via 192.168.0.121 dev h0; ip -n h route add 192.168.1.0/24 nhid 5",
  "ip -n h route add 10.7.0.0/16 via 192.168.0.121 mtu 1300",
  "ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE",
  "ip netns exec r iptables -A FORWARD -p icmp -j ACCEPT; ip netns exec r iptables -A OUTPUT -p icmp --icmp-type redirect -j DROP",
  "ip -n h neigh add 192.168.0.2 lladdr 02:00:00:00:00:02 dev h0 nud permanent",
  "ip -n h link set h0 mtu 1400",
]
for e in r.sample(hroutes, r.randint(2, 5)):
    c(e + "; echo $?")
targets = ['192.168.0.10', '10.7.0.1', '192.168.1.10', '10.5.0.2', '192.168.0.2']
for i in range(r.randint(3, 5)):
    t = r.choice(targets)
    opt = r.choice(['', '', '-I 192.168.0.31 ', '-s 100 ', '-t 1 ', '-Q 0x10 '])
    c("ip netns exec h ping -c 2 -i 0.5 -W 1 %s%s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (opt, t))
    if r.random() < 0.6:
        c("ip -n h %sroute get %s%s" % (r.choice(['', '', '-d ', '-j ', '-o ']), t, r.choice(['', '', ' from 192.168.0.31', ' oif h0', ' tos 0x10', ' mark 3', ' fibmatch'])))
    if r.random() < 0.3:
        c("ip -n h %sroute show cache%s" % (r.choice(['', '-d ', '-j ', '-s ']), r.choice(['', '', ' table main', ' ' + t, ' dev h0'])))
    if r.random() < 0.2:
        c("ip -n h route flush cache")
c("ip -n h route show cache; ip -n h -o route show cache 192.168.0.10")
c("ip netns exec r nstat -az IpForwDatagrams IcmpOutRedirects IcmpOutDestUnreachs IcmpOutTimeExcds TcpExtIPReversePathFilter | grep -v '^#'")
c("ip netns exec h nstat -az IcmpInRedirects IcmpInErrors IcmpInEchoReps IcmpInTimeExcds IpOutRequests | grep -v '^#'")
print("\n".join(lines))
