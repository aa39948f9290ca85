import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): pings from host a through router r to host b with random options (-t, -s, -Q, -R, -T, -p, -b, -I) at reachable, unreachable, prohibited, broadcast and unresolvable destinations, with random icmp knobs on r and b and REJECT rules on r: what ping prints for each answer or error, its exit status, tcpdump -v on b's side, and the ICMP counters of r and b." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01")
c("ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02")
c("for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done")
c("ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0")
if r.random() < 0.4:
    c("ip -n r addr add 10.0.0.253/24 dev r0; ip -n a addr add 10.0.0.2/24 dev a0")
c("ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
c("ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0")
c("ip netns exec r sysctl -qw net.ipv4.neigh.r1.mcast_solicit=1 net.ipv4.neigh.r1.retrans_time_ms=100")
if r.random() < 0.5:
    c("ip -n r route add unreachable 10.8.0.0/24; ip -n r route add prohibit 10.8.1.0/24; ip -n r route add blackhole 10.8.2.0/24")
knobs = [
    ('r', 'net.ipv4.icmp_errors_use_inbound_ifaddr', [0, 1]),
    ('r', 'net.ipv4.icmp_echo_ignore_all', [0, 1]),
    ('r', 'net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
    ('b', 'net.ipv4.icmp_echo_ignore_broadcasts', [0, 1]),
    ('b', 'net.ipv4.icmp_echo_ignore_all', [0, 1]),
    ('r', 'net.ipv4.conf.all.bc_forwarding', [0, 1]),
    ('r', 'net.ipv4.conf.r1.bc_forwarding', [0, 1]),
    ('r', 'net.ipv4.conf.all.accept_source_route', [0, 1]),
    ('b', 'net.ipv4.ip_default_ttl', [1, 32, 255]),
    ('r', 'net.ipv4.ip_default_ttl', [1, 32, 255]),
]
c("for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0; done")
for ns, k, v in r.sample(knobs, r.randint(1, 4)):
    c("ip netns exec %s sysctl -qw %s=%d" % (ns, k, r.choice(v)))
if r.random() < 0.35:
    rj = r.choice(['icmp-net-unreachable', 'icmp-host-unreachable', 'icmp-port-unreachable', 'icmp-proto-unreachable', 'icmp-net-prohibited', 'icmp-host-prohibited', 'icmp-admin-prohibited'])
    c("ip netns exec r iptables -A FORWARD -p icmp -m length --length 100:65535 -j REJECT --reject-with %s" % rj)
if r.random() < 0.25:
    c("ip netns exec r iptables -A INPUT -p icmp -j DROP")
c("ip netns exec b tcpdump -l -n -t -v -i b0 not arp > b.txt 2>/dev/null & sleep 0.5")
DSTS = ['10.0.1.2', '10.0.1.2', '10.0.1.2', '10.0.1.254', '10.0.0.254', '10.9.9.9', '10.8.0.1', '10.8.1.1', '10.8.2.1',
        '10.0.1.255', '10.0.0.255', '255.255.255.255', '10.0.1.99']
iperrs = 0
SED = "sed -E 's/time=[0-9.]+ ms/time=T/; s/ident=[0-9]+/ident=X/; s/time [0-9]+ms/time T/; /^rtt|^$/d; s/\\t[0-9]+ (absolute|ms)/\\tT \\1/; s/^TS: *[0-9]+ absolute/TS: T absolute/'"
for i in range(r.randint(6, 9)):
    dst = r.choice(DSTS)
    if dst in ('10.9.9.9', '10.8.0.1', '10.8.1.1', '10.8.2.1'):
        iperrs += 1
        if iperrs > 4: dst = '10.0.1.2'
    opts = []
    for o in r.sample(['-t 1', '-t 2', '-s 0', '-s 8', '-s 200', '-Q 0x10', '-R', '-T tsonly', '-T tsandaddr', '-p ff', '-I 10.0.0.1', '-n', '-v'], r.randint(0, 3)):
        if o.startswith('-T') and any(x.startswith('-T') or x == '-R' for x in opts): continue
        if o == '-R' and any(x.startswith('-T') for x in opts): continue
        if o.startswith('-t') and any(x.startswith('-t') for x in opts): continue
        if o.startswith('-s') and any(x.startswith('-s') for x in opts): continue
        opts.append(o)
    if dst.endswith('.255') and r.random() < 0.8: opts.append('-b')
    w = '-W 1' if dst != '10.0.1.99' else '-W 2'
    lines.append("")
    c("ip netns exec a ping -c 1 %s %s %s 2>&1 | %s; echo ${PIPESTATUS[0]}" % (w, ' '.join(opts), dst, SED))
c("sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/; s/[0-9]+@/T@/g; s/(recv|xmit|org) [0-9:.]+/\\1 T/g; s/bad cksum [0-9a-f]+ \\(->[0-9a-f]+\\)/bad cksum/' b.txt")
c("for n in r b; do ip netns exec $n nstat -a | grep '^Icmp' | awk '{print $1, $2}'; done")
print("\n".join(lines))
