import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): a chain a - r - s - b with random MTUs on each veth end (peers may disagree), route mtu/lock/advmss, PMTU knobs (ip_no_pmtu_disc, min_pmtu, ip_forward_use_pmtu, mtu_expires), reassembly and ICMP knobs; then pings of sizes around the MTUs with -M modes and TTLs, UDP datagrams, ip route get / show cache, nstat and ip -s link counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a r s b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01")
c("ip link add rs netns r address 02:00:00:00:01:02 type veth peer name sr netns s address 02:00:00:00:02:01")
c("ip link add sb netns s address 02:00:00:00:02:02 type veth peer name bs netns b address 02:00:00:00:0b:01")
c("ip -n a addr add 10.1.0.2/24 dev ar; ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rs; ip -n s addr add 10.2.0.2/24 dev sr; ip -n s addr add 10.3.0.1/24 dev sb; ip -n b addr add 10.3.0.2/24 dev bs")
MTUS = [1500, 1500, 1500, 1400, 1280, 1000, 576, 9000, 1006, 68]
ends = [('a', 'ar'), ('r', 'ra'), ('r', 'rs'), ('s', 'sr'), ('s', 'sb'), ('b', 'bs')]
mtu = {}
for i in range(0, 6, 2):
    m = r.choice(MTUS[:-1])
    mtu[ends[i]] = m
    mtu[ends[i + 1]] = m if r.random() < 0.7 else r.choice(MTUS)
for (ns, dev), m in mtu.items():
    if m != 1500:
        c("ip -n %s link set %s mtu %d; echo $?" % (ns, dev, m))
c("for x in 'a ar' 'r ra' 'r rs' 's sr' 's sb' 'b bs'; do set -- $x; ip -n $1 link set $2 up; done")
c("ip -n a route add default via 10.1.0.1; ip -n r route add 10.3.0.0/24 via 10.2.0.2; ip -n s route add 10.1.0.0/24 via 10.2.0.1; ip -n b route add default via 10.3.0.1")
c("ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec s sysctl -qw net.ipv4.ip_forward=1")
knobs = [
  ('a', 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('b', 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('r', 'net.ipv4.ip_no_pmtu_disc', [0, 1, 2, 3]),
  ('a', 'net.ipv4.route.min_pmtu', [552, 1000, 1300, 68]),
  ('r', 'net.ipv4.route.min_pmtu', [552, 1000, 1300]),
  ('r', 'net.ipv4.ip_forward_use_pmtu', [0, 1]),
  ('s', 'net.ipv4.ip_forward_use_pmtu', [0, 1]),
  ('r', 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
  ('s', 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
  ('r', 'net.ipv4.icmp_ratelimit', [0, 1000]),
  ('s', 'net.ipv4.icmp_ratemask', [0, 6168, 6160]),
  ('s', 'net.ipv4.icmp_msgs_per_sec', [0, 1, 1000]),
  ('b', 'net.ipv4.ipfrag_time', [1, 30]),
  ('b', 'net.ipv4.ipfrag_high_thresh', [4194304, 3000, 100000]),
  ('s', 'net.ipv4.ipfrag_time', [1, 30]),
  ('b', 'net.ipv4.icmp_echo_ignore_all', [0, 0, 1]),
  ('r', 'net.ipv4.ip_default_ttl', [1, 64]),
  ('s', 'net.ipv4.conf.sr.forwarding', [0, 1, 1]),
  ('r', 'net.ipv4.conf.rs.forwarding', [0, 1, 1]),
  ('a', 'net.ipv4.route.min_adv_mss', [256, 536]),
  ('s', 'net.ipv4.conf.all.send_redirects', [0, 1]),
]
for ns, k, vals in r.sample(knobs, r.randint(3, 8)):
    c("ip netns exec %s sysctl -qw %s=%d; echo $?" % (ns, k, r.choice(vals)))
rmtu = r.choice([1300, 1000, 576, 1400, 2000, 9000])
extras = [
  "ip -n a route add 10.3.0.0/24 via 10.1.0.1 mtu %d" % rmtu,
  "ip -n a route add 10.3.0.0/24 via 10.1.0.1 mtu lock %d" % rmtu,
  "ip -n a route add 10.3.0.2/32 via 10.1.0.1 advmss 500 mtu %d" % rmtu,
  "ip -n r route change 10.3.0.0/24 via 10.2.0.2 mtu %d" % rmtu,
  "ip -n r route change 10.3.0.0/24 via 10.2.0.2 mtu lock %d" % rmtu,
  "ip -n s route add 10.1.0.0/16 via 10.2.0.1 mtu lock %d" % rmtu,
  "ip -n b route add 10.1.0.0/24 via 10.3.0.1 mtu %d" % rmtu,
  "ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu lock %d" % rmtu,
  "ip netns exec s iptables -A FORWARD -f -j DROP",
  "ip netns exec r iptables -A FORWARD -p icmp --icmp-type fragmentation-needed -j DROP",
  "ip netns exec s iptables -t raw -A PREROUTING -j NOTRACK",
  "ip netns exec b iptables -A INPUT -p icmp -j DROP",
  "ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP",
  "ip netns exec s iptables -t nat -A POSTROUTING -o sb -j MASQUERADE",
  "ip netns exec s iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu",
]
for e in r.sample(extras, r.randint(0, 3)):
    c(e + "; echo $?")
mt = sorted(set(mtu.values()) | {rmtu})
sizes = [56, 0, 2000, 3000, 8972, 65507, 1472]
for m in mt:
    sizes += [m - 28, m - 27, m - 20, m - 29]
sizes = [s for s in sizes if 0 <= s <= 65507]
targets = [('a', '10.3.0.2'), ('a', '10.3.0.2'), ('a', '10.2.0.2'), ('b', '10.1.0.2'), ('a', '10.3.0.1'), ('r', '10.3.0.2'), ('b', '10.2.0.1')]
for i in range(r.randint(4, 8)):
    src, t = r.choice(targets)
    kind = r.random()
    if kind < 0.08:
        dev = r.choice([('r', 'rs'), ('s', 'sr'), ('s', 'sb'), ('a', 'ar'), ('r', 'ra')])
        c("ip -n %s link set %s mtu %d; echo $?" % (dev[0], dev[1], r.choice(MTUS)))
    elif kind < 0.16:
        c("ip netns exec %s tracepath -n %s%s 2>&1 | sed -E 's/ +[0-9.]+ms//'" % (src, r.choice(['', '-l 2000 ', '-l 1000 ', '-m 2 ']), t))
    elif kind < 0.24:
        c("ip netns exec %s traceroute -n -q 1 -w 1 %s%s 2>&1 | sed -E 's/  [0-9.]+ ms//g'" % (src, r.choice(['--mtu ', '-F ', '-I ', '-T ', '--mtu -I ']), t + r.choice(['', ' 1472', ' 2000', ' 1400'])))
    elif kind < 0.30 and t in ('10.3.0.2', '10.1.0.2'):
        c("timeout 6 ip netns exec %s socat -u TCP-LISTEN:5000,reuseaddr - | wc -c & sleep 0.2; head -c %d /dev/zero | timeout 5 ip netns exec %s socat -u - TCP:%s:5000; echo $?; wait; ip netns exec %s ss -Htin state time-wait state fin-wait-2 state closed 2>/dev/null | grep -o 'mss:[0-9]*\\|pmtu:[0-9]*' | sort -u" % ('b' if t == '10.3.0.2' else 'a', r.choice([3000, 20000, 100000]), src, t, src))
    elif kind < 0.75:
        opt = r.choice(['', '', '-M do ', '-M want ', '-M dont ', '-M probe ', '-M do ', '-t 1 ', '-t 2 ', '-M dont -t 2 '])
        n = r.choice([1, 1, 2])
        c("ip netns exec %s ping -c %d -i 0.3 -W 1 %s-s %d %s 2>&1 | grep -v '^PING\\|^$\\|rtt\\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}" % (src, n, opt, r.choice(sizes), t))
    else:
        sz = r.choice([s for s in sizes if s > 0])
        pm = r.choice(['dont', 'want', 'do', 'probe'])
        c("head -c %d /dev/zero | ip netns exec %s socat -u - UDP:%s:9,ip-mtu-discover=%s 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[1]}" % (sz, src, t, ['dont', 'want', 'do', 'probe'].index(pm)))
    if r.random() < 0.5:
        c("ip -n %s route get %s 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'" % (src, t))
    if r.random() < 0.2:
        c("sleep 1.5")
c("ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n r route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n s route show cache | sed 's/expires [0-9]*sec/expires Xsec/'")
C = "IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors"
for n in ['a', 'r', 's', 'b']:
    c("ip netns exec %s nstat -az %s | grep -v '^#'" % (n, C))
c("ip -n r -s link show ra | sed -n '4p;6p'; ip -n r -s link show rs | sed -n '4p;6p'; ip -n s -s link show sr | sed -n '4p;6p'; ip -n s -s link show sb | sed -n '4p;6p'")
print("\n".join(lines))
