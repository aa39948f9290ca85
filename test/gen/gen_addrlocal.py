import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): local addresses of h (on e0, on lo, secondaries, scopes, peers, broadcast forms, noprefixroute, lifetimes) added, deleted and flushed at random with promote_secondaries, route_localnet, accept_local and link state changes; after each step the local table, ip route get and pings of h's own addresses and from the peer x." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00")
c("ip -n h link set e0 up; ip -n x link set x0 up; ip -n x addr add 10.0.0.100/24 dev x0; ip -n x route add default via 10.0.0.1")
c("ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=3600; ip netns exec x sysctl -qw net.ipv4.neigh.x0.mcast_solicit=1 net.ipv4.neigh.x0.base_reachable_time_ms=3600000 net.ipv4.neigh.x0.delay_first_probe_time=3600")
if r.random() < 0.8:
    c("ip -n h link set lo up")
addrs = ['0.0.0.0/8', '255.255.255.255/32', '224.1.1.1/24', '10.0.0.1/0', '10.0.0.1/24', '10.0.0.2/24', '10.0.0.3/25', '10.0.0.130/25', '10.0.0.5/32', '10.1.0.1/16', '10.0.0.1/32', '192.168.7.1/24', '127.0.0.2/8', '127.1.2.3/32', '10.0.0.255/24', '10.0.0.0/24', '172.16.0.1/30', '172.16.0.2/31']
devs = ['e0', 'e0', 'e0', 'lo']
probe = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.5', '10.0.0.255', '10.0.0.127', '10.1.0.1', '10.1.255.255', '192.168.7.1', '127.0.0.2', '127.1.2.3', '127.0.0.1', '172.16.0.1', '172.16.0.3', '10.9.9.9']
for i in range(r.randint(8, 14)):
    k = r.random()
    d = r.choice(devs)
    if k < 0.4:
        extra = []
        if r.random() < 0.15: extra.append("noprefixroute")
        if r.random() < 0.15: extra.append("scope " + r.choice(["host", "link", "global", "253", "nowhere"]))
        if r.random() < 0.15: extra.append("brd " + r.choice(["+", "-", "10.0.0.77"]))
        if r.random() < 0.08: extra.append("peer 10.9.9.%d" % r.randint(1, 9))
        if r.random() < 0.1: extra.append("valid_lft %d preferred_lft %d" % (r.choice([100, 0]), 0))
        if r.random() < 0.08: extra.append("label %s:%d" % (d, r.randint(0, 3)))
        c("ip -n h addr add %s dev %s %s; echo $?" % (r.choice(addrs), d, " ".join(extra)))
    elif k < 0.58:
        c("ip -n h addr del %s dev %s; echo $?" % (r.choice(addrs), d))
    elif k < 0.65:
        c("ip netns exec h sysctl -qw net.ipv4.conf.%s.%s=%d" % (r.choice(['all', 'e0', 'default']), r.choice(['promote_secondaries', 'promote_secondaries', 'route_localnet', 'accept_local']), r.randint(0, 1)))
    elif k < 0.7:
        c("ip -n h addr flush dev %s %s 2>&1 | sed 's/^\\(\\*\\*\\* Round [0-9]*, deleting\\).*/\\1/'; echo ${PIPESTATUS[0]}" % (d, r.choice(["", "secondary", "primary", "to 10.0.0.0/24", "scope host", "label e0:1", "-s", "permanent", "dynamic", "to 10.0.0.2"])))
    elif k < 0.76:
        c("ip -n h link set %s down; %s" % (r.choice(['e0', 'e0', 'lo']), r.choice(['', 'ip -n h route show table local; '])) + r.choice(["ip -n h link set e0 up; ip -n h link set lo up", "ip -n h link set lo up", "ip -n h link set e0 up"]))
    elif k < 0.79:
        c("ip -n h addr %s; echo $?" % r.choice(["change 10.0.0.1/24 dev e0 valid_lft 50 preferred_lft 10", "replace 10.0.0.2/24 dev e0 metric 9", "replace 10.0.0.1/24 dev lo", "change 10.0.0.9/24 dev e0", "replace 10.0.0.3/25 dev e0 noprefixroute", "replace 10.0.0.1/24 dev e0 scope link", "add 10.0.0.1/24 dev e0 metric 3", "add 10.0.0.1/24 dev lo"]))
    elif k < 0.82:
        c("ip -n h route %s; echo $?" % r.choice(["add local 10.5.0.0/16 dev lo", "add local 10.0.0.50 dev e0", "del local 10.0.0.1 table local", "add broadcast 10.0.0.200 dev e0 table local", "add 10.0.0.0/24 dev e0 metric 50", "add unreachable 10.0.0.3"]))
    elif k < 0.9:
        a = r.choice(probe)
        c("ip netns exec h ping -c 1 -W 1 %s%s >/dev/null 2>&1; echo $?; ip -n h route get %s 2>&1" % (r.choice(['', '', '-b ', '-I lo ', '-I e0 ', '-I 10.0.0.1 ']), a, a))
    else:
        a = r.choice(probe)
        c("ip netns exec x ping -c 1 -W 1 %s%s >/dev/null 2>&1; echo $?; sleep 0.05" % (r.choice(['', '', '-b ']), a))
    if r.random() < 0.35:
        c("ip -n h route show table local")
    if r.random() < 0.25:
        c("ip -n h -br -4 addr show")
c("ip -n h -4 addr show | grep -v valid_lft")
c("ip -n h route show table all type local; ip -n h route show table all type broadcast; ip -n h -4 route show")
c("for a in %s; do ip netns exec h ping -c 1 -W 1 $a > /dev/null 2>&1; echo \"$a $?\"; done" % ' '.join(r.sample(probe, 6)))
c("ip netns exec h nstat -az IpInAddrErrors IpOutNoRoutes IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts IpExtOutBcastPkts | grep -v '^#'")
c("sleep 1.1; ip -n x neigh show | sort; ip -n h neigh show | sort")
print("\n".join(lines))
