import random, sys
# Policy rules under real traffic: a host h with two links to a peer p and a
# third to q (h forwards between them). Random marks from mangle (MARK,
# CONNMARK save/restore in PREROUTING/OUTPUT), random rules (fwmark, iif,
# oif, from, to, ipproto, dport, not; lookup, goto, prohibit, unreachable,
# blackhole), reply knobs (fwmark_reflect, tcp_fwmark_accept,
# icmp_errors_use_inbound_ifaddr), source validation (rp_filter,
# src_valid_mark); then pings, TCP and UDP to h, through h and from h, with
# which link each reply leaves by (mangle POSTROUTING counters), ip route get
# of the flows, nstat of h.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Policy rules under traffic (seed %d): marks from mangle MARK/CONNMARK, random rules and reply knobs (fwmark_reflect, tcp_fwmark_accept, icmp_errors_use_inbound_ifaddr, rp_filter, src_valid_mark); pings, TCP and UDP to, through and from the host, the link each packet leaves by and the counters." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip netns add p; ip netns add q; for n in p q; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done; sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1")
c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01; ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02; ip link add c0 address 02:00:00:00:0c:01 type veth peer name d0 netns q address 02:00:00:00:0d:01")
c("ip link set lo up; for d in a0 a1 c0; do ip link set $d up; done; ip -n p link set b0 up; ip -n p link set b1 up; ip -n q link set d0 up")
c("ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 172.16.0.1/24 dev c0; ip -n q addr add 172.16.0.2/24 dev d0; ip -n q route add default via 172.16.0.1")
c("ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 10.9.9.9/32 dev lo; ip -n p route add default via 192.168.1.1; ip -n p route add 172.16.0.0/24 via 192.168.2.1")
c("sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0; ip netns exec q sysctl -qw net.ipv4.icmp_ratelimit=0")
c("ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.50.0.0/16 via 172.16.0.2 table 200; ip route add 10.9.9.9 via 192.168.2.254 table 200; ip -n q addr add 10.50.0.1/32 dev lo")
# permanent neighbours: no ARP (whose answers rp_filter may refuse) to race the kernel's real time
c("ip neigh add 192.168.1.254 lladdr 02:00:00:00:0b:01 dev a0 nud permanent; ip neigh add 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent; ip neigh add 172.16.0.2 lladdr 02:00:00:00:0d:01 dev c0 nud permanent; ip -n p neigh add 192.168.1.1 lladdr 02:00:00:00:0a:01 dev b0 nud permanent; ip -n p neigh add 192.168.2.1 lladdr 02:00:00:00:0a:02 dev b1 nud permanent; ip -n q neigh add 172.16.0.1 lladdr 02:00:00:00:0c:01 dev d0 nud permanent")
c("for d in a0 a1 c0; do for p in icmp tcp udp; do iptables -t mangle -A POSTROUTING -o $d -p $p; done; done")
knobs = []
if r.random() < 0.5: knobs.append("net.ipv4.fwmark_reflect=1")
if r.random() < 0.5: knobs.append("net.ipv4.tcp_fwmark_accept=1")
if r.random() < 0.3: knobs.append("net.ipv4.icmp_errors_use_inbound_ifaddr=1")
for d in r.sample(["all", "default", "a0", "a1", "c0"], r.randint(0, 2)):
    knobs.append("net.ipv4.conf.%s.rp_filter=%d" % (d, r.choice([0, 1, 2])))
for d in r.sample(["all", "a0", "a1"], r.randint(0, 1)):
    knobs.append("net.ipv4.conf.%s.src_valid_mark=1" % d)
if knobs:
    c("sysctl -w " + " ".join(knobs))
MARKS = ["1", "2", "0x10", "5"]
mangle = []
for i in range(r.randint(1, 4)):
    chain = r.choice(["PREROUTING", "PREROUTING", "OUTPUT"])
    m = ""
    if chain == "PREROUTING": m += " -i " + r.choice(["a0", "a1", "c0"])
    else: m += r.choice(["", " -o a0", " -d 10.9.9.9"])
    if r.random() < 0.6: m += " -p " + r.choice(["icmp", "tcp", "udp"])
    t = r.choice(["MARK --set-mark %s" % r.choice(MARKS), "MARK --set-xmark %s/0xff" % r.choice(MARKS), "CONNMARK --set-mark %s" % r.choice(MARKS), "CONNMARK --save-mark", "CONNMARK --restore-mark", "MARK --set-mark %s" % r.choice(MARKS)])
    mangle.append("iptables -t mangle -A %s%s -j %s" % (chain, m, t))
c("; ".join(mangle))
def sel():
    s = []
    if r.random() < 0.45: s.append("fwmark " + r.choice(["1", "2", "0x10", "5", "0x10/0xf0", "1/1"]))
    if r.random() < 0.25: s.append("iif " + r.choice(["a0", "a1", "c0", "lo"]))
    if r.random() < 0.15: s.append("oif " + r.choice(["a0", "a1", "c0"]))
    if r.random() < 0.2: s.append("from " + r.choice(["192.168.1.1", "192.168.2.1", "10.9.9.9", "172.16.0.0/24", "192.168.0.0/16"]))
    if r.random() < 0.2: s.append("to " + r.choice(["10.9.9.9", "10.50.0.0/16", "192.168.1.254", "172.16.0.2"]))
    if r.random() < 0.2: s.append("ipproto " + r.choice(["icmp", "tcp", "udp"]))
    if r.random() < 0.1: s.append("dport " + r.choice(["80", "53", "1-1024", "771"]))
    if r.random() < 0.08: s.insert(0, "not")
    return s
def act():
    a = r.choice(["lookup 100", "lookup 100", "lookup 200", "lookup 200", "lookup main", "prohibit", "unreachable", "blackhole", "goto 32766", "nop"])
    return a
rules = []
for i in range(r.randint(2, 6)):
    s = sel()
    a = act()
    if a in ("prohibit", "unreachable", "blackhole") and not s: s = ["fwmark 5"]
    rules.append(" ".join(s + [a, "pref %d" % (10 * (i + 1) + r.choice([0, 0, 100]))]))
c("; ".join("ip rule add %s" % x for x in rules) + "; ip rule show")
c("for f in '10.9.9.9' '10.9.9.9 mark 1' '10.9.9.9 mark 5' '10.9.9.9 from 192.168.1.1 mark 2' '10.50.0.1 from 10.9.9.9 iif a0' '10.50.0.1 from 10.9.9.9 iif a1 mark 0x10' '10.9.9.9 from 172.16.0.2 iif c0'; do ip route get $f 2>&1 | head -1; done")
tests = []
def ping_to_h():
    src = r.choice(["-I 10.9.9.9 ", "", "-I b1 ", "-I 192.168.2.254 "])
    dst = r.choice(["192.168.1.1", "192.168.2.1", "172.16.0.1"])
    return "ip netns exec p ping -c 1 -W 1 %s%s 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}" % (src, dst)
def ping_through():
    ttl = r.choice(["", "", "-t 1 "])
    return "ip netns exec p ping -c 1 -W 1 %s-I 10.9.9.9 10.50.0.1 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}" % ttl
def ping_from_q():
    return "ip netns exec q ping -c 1 -W 1 %s 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}" % r.choice(["10.9.9.9", "192.168.2.254", "192.168.1.1"])
def ping_from_h():
    o = r.choice(["", "-m 1 ", "-m 5 ", "-m 2 ", "-I a1 ", "-I 192.168.2.1 ", "-Q 16 "])
    return "ping -c 1 -W 1 %s%s 2>&1 | sed -n 2p | sed 's/time=.*//'; echo ${PIPESTATUS[0]}" % (o, r.choice(["10.9.9.9", "10.50.0.1", "192.168.2.254"]))
def tcp_to_h():
    port = r.choice([80, 81])
    src = r.choice(["-s 10.9.9.9 ", "", "-s 192.168.2.254 "])
    if port == 80:
        return "timeout 4 nc -l 80 > got.txt & sleep 0.3; echo hi | ip netns exec p nc -N -w 2 %s192.168.1.1 80; echo $?; wait; cat got.txt" % src
    return "ip netns exec p nc -w 2 %s192.168.1.1 81 2>&1 | sed 's/^nc: //'; echo ${PIPESTATUS[0]}" % src
def udp_to_h():
    return "echo x | ip netns exec p nc -u -q 1 -s 10.9.9.9 %s 999; echo $?" % r.choice(["192.168.1.1", "192.168.2.1"])
def udp_from_h():
    return "timeout 3 ip netns exec p nc -u -l -W 1 5353 > gotu.txt & sleep 0.3; echo hey | nc -u -w1 -p %d 10.9.9.9 5353; echo $?; wait; cat gotu.txt" % r.choice([53, 1500, 80])
def tcp_from_h():
    return "timeout 4 ip netns exec p nc -l 10.9.9.9 8080 > gott.txt & sleep 0.3; echo yo | nc -N -w 2 %s10.9.9.9 8080; echo $?; wait; cat gott.txt" % r.choice(["", "-s 192.168.2.1 ", "-s 192.168.1.1 "])
def tcp_from_q():
    return "timeout 4 nc -l 8081 > gotq.txt & sleep 0.3; echo yq | ip netns exec q nc -N -w 2 %s 8081; echo $?; wait; cat gotq.txt" % r.choice(["172.16.0.1", "192.168.1.1"])
def event():
    e = r.choice(["rule", "rule", "knob", "link", "flush", "rget"])
    if e == "rule":
        if rules and r.random() < 0.5:
            return "ip rule del pref %s; echo $?" % rules.pop(r.randrange(len(rules))).split()[-1]
        x = " ".join(sel() + [act(), "pref %d" % r.choice([5, 15, 25, 35, 1000])])
        return "ip rule add %s; echo $?" % x
    if e == "knob":
        return "sysctl -w %s" % r.choice(["net.ipv4.fwmark_reflect=%d" % r.randint(0, 1), "net.ipv4.tcp_fwmark_accept=%d" % r.randint(0, 1), "net.ipv4.conf.all.rp_filter=%d" % r.randint(0, 2), "net.ipv4.conf.a0.src_valid_mark=%d" % r.randint(0, 1), "net.ipv4.conf.all.src_valid_mark=%d" % r.randint(0, 1), "net.ipv4.icmp_errors_use_inbound_ifaddr=%d" % r.randint(0, 1)])
    if e == "link":
        return r.choice(["ip link set a1 down; sleep 0.1; ip link set a1 up", "ip link set a1 down", "ip link set a1 up", "ip route add default via 192.168.2.254 table 100 2>&1; ip route add 10.9.9.9 via 192.168.2.254 table 200 2>&1; ip neigh replace 192.168.2.254 lladdr 02:00:00:00:0b:02 dev a1 nud permanent"])
    if e == "flush":
        return r.choice(["iptables -t mangle -F PREROUTING", "iptables -t mangle -F OUTPUT", "conntrack -F 2>&1", "ip route flush cache"])
    return "for f in '10.9.9.9 mark 5' '10.9.9.9 from 192.168.2.1' '10.50.0.1 from 10.9.9.9 iif a0 mark 1' '192.168.1.254 from 172.16.0.2 iif c0 mark 0x10'; do ip route get $f 2>&1 | head -1; done"
def midflow():
    # a flow from h with a rule change between its writes (0.4 s and 1.0 s into it, the writes at 0, 0.6, 1.2 s)
    x = " ".join(sel() + [act(), "pref %d" % r.choice([5, 15, 1000])])
    if r.random() < 0.5:
        flow = "timeout 5 ip netns exec p nc -l 10.9.9.9 9000 > gotm.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -N -w 3 10.9.9.9 9000 &"
    else:
        flow = "timeout 4 ip netns exec p nc -u -l -W 3 10.9.9.9 9001 > gotm.txt & sleep 0.3; (echo a; sleep 0.6; echo b; sleep 0.6; echo c) | timeout 5 nc -u -q 1 10.9.9.9 9001 &"
    return "%s sleep 0.4; ip rule add %s; sleep 0.6; ip rule del %s; wait; cat gotm.txt; nstat -az IpOutNoRoutes TcpRetransSegs | tail -n +2 | awk '{print $1, $2}' | paste -sd ' '" % (flow, x, x.split()[-2] + " " + x.split()[-1])
gens = [ping_to_h, ping_to_h, ping_through, ping_from_q, ping_from_h, ping_from_h, tcp_to_h, tcp_to_h, udp_to_h, udp_from_h, tcp_from_h, tcp_from_q, midflow]
for i in range(r.randint(8, 13)):
    if r.random() < 0.35:
        c(event())
    c(r.choice(gens)())
    if r.random() < 0.25:
        c("iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}' | paste -sd ' '")
c("iptables -t mangle -L POSTROUTING -v -n -x | awk 'NR>2 {print $1, $3, $6}'")
c("nstat -az IpForwDatagrams IpOutNoRoutes IpExtInNoRoutes IpInAddrErrors IcmpOutEchoReps IcmpOutDestUnreachs IcmpOutTimeExcds TcpOutRsts TcpPassiveOpens TcpExtListenDrops UdpNoPorts TcpExtIPReversePathFilter | tail -n +2")
if r.random() < 0.5:
    c("iptables -t mangle -S | grep -v '^-P'")
print("\n".join(lines))
