import random, sys
# The global ICMP bucket's cost is random (icmp_global_consume(): 0-2 credits), so
# icmp_msgs_per_sec is 0 (nothing rate-limited goes out) or large, and the burst
# stays 50; a UDP payload is sent from a file (a pipe may be read in two pieces).
seed = int(sys.argv[1]); r = random.Random(seed)
R = r.choice([3, 3, 4])  # routers between a and b
lines = ["Random differential scenario (seed %d): a chain a - r1 - ... - r%d - b with random MTUs per link, per-router forwarding knobs (ip_forward, one interface's forwarding off, ip_default_ttl, icmp_errors_use_inbound_ifaddr, ip_forward_use_pmtu), ICMP rate limits (icmp_ratelimit, icmp_ratemask, icmp_msgs_per_sec/burst), PMTU knobs on a (ip_no_pmtu_disc, min_pmtu, mtu_expires), NAT or filtering on one router; then ping -t to each hop, ping -M modes and sizes, bursts of errors, traceroute and tracepath forms, ip route get with cached PMTU, and the Ip/Icmp counters of every node." % (seed, R), ""]
def c(x): lines.append("  $ " + x)
nodes = ['a'] + ['r%d' % i for i in range(1, R + 1)] + ['b']
# link k (1..R+1) joins nodes[k-1] (10.k.0.1, device <left>r) and nodes[k] (10.k.0.2, device <right>l)
def ldev(k): return 'e%d' % k      # left end of link k, in nodes[k-1]
def rdev(k): return 'w%d' % k      # right end of link k, in nodes[k]
c("for n in %s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done" % ' '.join(nodes))
for k in range(1, R + 2):
    c("ip link add %s netns %s address 02:00:00:00:%02d:01 type veth peer name %s netns %s address 02:00:00:00:%02d:02" % (ldev(k), nodes[k - 1], k, rdev(k), nodes[k], k))
MTUS = [1500, 1500, 1500, 1400, 1300, 1280, 1000, 576, 9000, 1200]
mtu = {}
for k in range(1, R + 2):
    m = r.choice(MTUS)
    if m != 1500:
        c("ip -n %s link set %s mtu %d; ip -n %s link set %s mtu %d" % (nodes[k - 1], ldev(k), m, nodes[k], rdev(k), m))
    mtu[k] = m
addrs = []
for k in range(1, R + 2):
    addrs.append("ip -n %s addr add 10.%d.0.1/24 dev %s; ip -n %s addr add 10.%d.0.2/24 dev %s" % (nodes[k - 1], k, ldev(k), nodes[k], k, rdev(k)))
c("; ".join(addrs))
c("for x in %s; do set -- $x; ip -n $1 link set $2 up; done" % ' '.join("'%s %s' '%s %s'" % (nodes[k - 1], ldev(k), nodes[k], rdev(k)) for k in range(1, R + 2)))
routes = ["ip -n a route add default via 10.1.0.2", "ip -n b route add default via 10.%d.0.1" % (R + 1)]
for i in range(1, R + 1):
    for k in range(1, i):
        routes.append("ip -n r%d route add 10.%d.0.0/24 via 10.%d.0.1" % (i, k, i))
    for k in range(i + 2, R + 2):
        routes.append("ip -n r%d route add 10.%d.0.0/24 via 10.%d.0.2" % (i, k, i + 1))
c("; ".join(routes))
c("for n in %s; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done" % ' '.join(nodes[1:-1]))
rt = lambda: r.randint(1, R)
knobs = []
for i in range(1, R + 1):
    knobs += [
      ('r%d' % i, 'net.ipv4.icmp_ratelimit', [0, 1000, 100, 250]),
      ('r%d' % i, 'net.ipv4.icmp_ratemask', [0, 6168, 6160, 2048, 8]),
      ('r%d' % i, 'net.ipv4.icmp_msgs_per_sec', [0, 1000, 100000]),
      ('r%d' % i, 'net.ipv4.ip_default_ttl', [1, 2, 64, 255]),
      ('r%d' % i, 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
      ('r%d' % i, 'net.ipv4.ip_forward_use_pmtu', [0, 1]),
      ('r%d' % i, 'net.ipv4.conf.%s.forwarding' % r.choice([rdev(i), ldev(i + 1)]), [0]),
      ('r%d' % i, 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
      ('r%d' % i, 'net.ipv4.icmp_echo_ignore_all', [1]),
    ]
knobs += [
  ('a', 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('a', 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('a', 'net.ipv4.route.min_pmtu', [552, 1000, 1300, 1400]),
  ('a', 'net.ipv4.route.mtu_expires', [1, 2, 600]),
  ('a', 'net.ipv4.icmp_ignore_bogus_error_responses', [0]),
  ('b', 'net.ipv4.icmp_ratelimit', [0, 1000]),
  ('b', 'net.ipv4.icmp_echo_ignore_all', [1]),
  ('b', 'net.ipv4.ip_default_ttl', [1, 3, 128]),
]
for ns, k, vals in r.sample(knobs, r.randint(4, 10)):
    c("ip netns exec %s sysctl -qw %s=%d; echo $?" % (ns, k, r.choice(vals)))
extras = []
for i in range(1, R + 1):
    extras += [
      "ip -n r%d addr add 10.%d.0.9/24 dev %s" % (i, i, rdev(i)),
      "ip -n r%d addr add 192.168.%d.1/32 dev lo" % (i, i),
      "ip netns exec r%d iptables -t nat -A POSTROUTING -o %s -j MASQUERADE" % (i, ldev(i + 1)),
      "ip netns exec r%d iptables -t nat -A POSTROUTING -o %s -j SNAT --to-source 10.%d.0.1" % (i, ldev(i + 1), i + 1),
      "ip netns exec r%d iptables -A FORWARD -p icmp --icmp-type fragmentation-needed -j DROP" % i,
      "ip netns exec r%d iptables -A FORWARD -p udp -j REJECT --reject-with %s" % (i, r.choice(['icmp-host-prohibited', 'icmp-net-unreachable', 'icmp-admin-prohibited', 'icmp-port-unreachable'])),
      "ip netns exec r%d iptables -A OUTPUT -p icmp --icmp-type time-exceeded -j DROP" % i,
      "ip -n r%d route add 10.%d.0.0/24 via 10.%d.0.2 mtu lock %d" % (i, R + 1, i + 1, r.choice([1000, 1300, 576])) if i < R else "ip -n r%d route add 10.99.0.0/16 via 10.%d.0.2" % (i, i + 1),
      "ip -n r%d route add unreachable 10.%d.0.128/25" % (i, R + 1) if i < R else "ip -n r%d route add prohibit 10.%d.0.128/25" % (i, R + 1),
    ]
extras += [
  "ip -n a route add 10.%d.0.0/24 via 10.1.0.2 mtu lock %d" % (R + 1, r.choice([1000, 1300, 576, 1400])),
  "ip -n a route add 10.%d.0.2/32 via 10.1.0.2 mtu %d" % (R + 1, r.choice([1000, 1300, 576, 1400])),
  "ip -n b addr add 10.%d.0.200/24 dev %s" % (R + 1, rdev(R + 1)),
]
for e in r.sample(extras, r.randint(0, 3)):
    c(e + "; echo $?")
mt = sorted(set(mtu.values()))
sizes = [56, 0, 1472, 2000, 3000]
for m in mt:
    sizes += [m - 28, m - 27]
sizes = [s for s in sizes if 0 <= s <= 65507]
B = '10.%d.0.2' % (R + 1)
hops = ['10.%d.0.2' % k for k in range(1, R + 1)] + ['10.%d.0.1' % (k + 1) for k in range(1, R + 1)]
SED_RT = "sed 's/expires [0-9]*sec/expires Xsec/'"
PING_F = "grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}"
for i in range(r.randint(7, 12)):
    kind = r.random()
    if kind < 0.2:
        c("ip netns exec a ping -c 1 -W 1 -t %d %s 2>&1 | %s" % (r.randint(1, R + 1), r.choice([B, B, r.choice(hops)]), PING_F))
    elif kind < 0.45:
        opt = r.choice(['', '-M do ', '-M want ', '-M dont ', '-M do ', '-M want ', '-M dont -t 2 '])
        src, t = r.choice([('a', B), ('a', B), ('b', '10.1.0.1'), ('a', r.choice(hops))])
        c("ip netns exec %s ping -c %d -i 0.3 -W 1 %s-s %d %s 2>&1 | %s" % (src, r.choice([1, 1, 2]), opt, r.choice(sizes), t, PING_F))
    elif kind < 0.52:
        c("sleep 6.5; ip netns exec a ping -c 12 -i 0.02 -W 1 %s%s 2>&1 | tail -n +2 | grep -v '^$\\|rtt' | sed 's/time=.*/time=X/;s/, time .*//'" % (r.choice(['-t %d ' % rt(), '-t 1 ', '-M do -s %d ' % (max(sizes)), '']), r.choice([B, '10.%d.0.77' % (R + 1), '10.%d.0.200' % (R + 1)])))
    elif kind < 0.67:
        opt = r.choice(['', '-I ', '-T ', '-U ', '-I -f 2 ', '-p 40000 ', '-T -p 22 ', '--mtu ', '-F '])
        sz = r.choice(['', '', ' 1400', ' 2000', ' 100'])
        c("ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m %d %s%s%s 2>&1 | sed -E 's/  [0-9.]+ ms//g'" % (R + 2, opt, r.choice([B, B, r.choice(hops), '10.%d.0.77' % (R + 1)]), sz))
    elif kind < 0.75:
        c("ip netns exec a tracepath -n -m %d %s%s 2>&1 | sed -E 's/ +[0-9.]+ms//'" % (R + 2, r.choice(['', '-l 2000 ', '-l 1000 ', '-l 1500 ']), r.choice([B, r.choice(hops)])))
    elif kind < 0.85:
        sz = r.choice([s for s in sizes if s > 0])
        pm = r.choice([0, 1, 2, 3])
        c("head -c %d /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:%s:9,ip-mtu-discover=%d,ip-ttl=%d 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[0]}" % (sz, B, pm, r.choice([64, 64, 2, 1])))
    else:
        c("ip -n a route get %s 2>&1 | %s; ip -n a route show cache | %s" % (B, SED_RT, SED_RT))
    if r.random() < 0.4:
        c("ip -n a route get %s 2>&1 | %s" % (B, SED_RT))
    if r.random() < 0.15:
        c("sleep 2.5")
c("for n in %s; do ip -n $n route show cache | %s; done" % (' '.join(nodes), SED_RT))
C = "IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts"
for n in nodes:
    c("ip netns exec %s nstat -az %s | grep -v '^#' | awk '$2 != 0 {print $1, $2}'" % (n, C))
print("\n".join(lines))
