import random, sys
# Random policy-routing scenario: rules with random selectors (from/to/tos/
# fwmark[/mask]/iif/oif/uidrange/ipproto/sport/dport/not/l3mdev), actions
# (lookup, goto, nop, unreachable/prohibit/blackhole, suppress_*), explicit
# or automatic priorities, deletions by selector or priority, rule show
# filters and output forms; then ip route get through them (output and
# input, with marks, uids, ports) and a flush.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random policy-routing scenario (seed %d): rules with random selectors, actions and priorities (explicit and automatic), deletions by selector, rule show filters and forms, then ip route get through them (output and input with from/iif/mark/uid/tos/ports) and a flush." % seed, ""]
def c(x): lines.append("  $ " + x)
traffic = r.random() < 0.5
if traffic:
    # a peer namespace behind both links answers pings and UDP for the queried addresses
    c("ip netns add p; ip -n p link set lo up; sysctl -qw net.ipv4.fib_multipath_hash_seed=4242")
    c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 netns p address 02:00:00:00:0b:01")
    c("ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 netns p address 02:00:00:00:0b:02")
    c("ip link set lo up; ip link set a0 up; ip link set a1 up; ip -n p link set b0 up; ip -n p link set b1 up; sysctl -qw net.ipv4.ip_forward=1")
    c("ip -n p addr add 192.168.1.254/24 dev b0; ip -n p addr add 192.168.2.254/24 dev b1; ip -n p addr add 192.168.2.253/24 dev b1; for x in 10.1.2.3 10.5.5.5 8.8.8.8 8.8.4.4 10.2.0.1; do ip -n p addr add $x/32 dev lo; done; ip -n p route add default via 192.168.1.1")
else:
    c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01")
    c("ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02")
    c("ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done; sysctl -qw net.ipv4.ip_forward=1")
c("ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1")
c("ip route add default via 192.168.1.254; ip route add default via 192.168.2.254 table 100; ip route add 10.0.0.0/8 via 192.168.2.254 table 200; ip route add 10.1.0.0/16 via 192.168.1.254 table 200; ip route add blackhole 10.2.0.0/16 table 100; ip route add default via 192.168.2.253 table 300")
TABLES = ["100", "200", "300", "main", "local", "default", "400"]
def sel():
    s = []
    if r.random() < 0.3: s.append("from " + r.choice(["192.168.1.0/24", "192.168.2.1", "10.0.0.0/8", "0.0.0.0/0", "192.168.0.0/16", "all"]))
    if r.random() < 0.3: s.append("to " + r.choice(["10.0.0.0/8", "10.1.0.0/16", "10.1.2.3", "8.8.0.0/16", "all", "0/0"]))
    if r.random() < 0.15: s.append("tos 0x%02x" % r.choice([4, 8, 0x10]))
    if r.random() < 0.15: s.append("dsfield 0x%02x" % r.choice([4, 0x10]))
    if r.random() < 0.2: s.append("fwmark " + r.choice(["1", "0x2", "0x10/0xf0", "3/1", "0/0xff", "0xffffffff"]))
    if r.random() < 0.15: s.append("iif " + r.choice(["a0", "a1", "b0" if not traffic else "a0", "lo", "nosuch"]))
    if r.random() < 0.15: s.append("oif " + r.choice(["a0", "a1", "lo"]))
    if r.random() < 0.15: s.append("uidrange " + r.choice(["1000-2000", "0-0", "5-5", "100-10"]))
    if r.random() < 0.15: s.append("ipproto " + r.choice(["udp", "tcp", "icmp", "17", "6"]))
    if r.random() < 0.12: s.append("sport " + r.choice(["53", "1000-2000", "0", "65535"]))
    if r.random() < 0.15: s.append("dport " + r.choice(["53", "80", "1000-2000", "100-50"]))
    if r.random() < 0.1: s.insert(0, "not")
    return s
def act():
    a = r.choice(["table", "table", "table", "lookup", "goto", "nop", "unreachable", "prohibit", "blackhole", "suppress", "realms", "type"])
    if a in ("table", "lookup"): return "%s %s" % (a, r.choice(TABLES))
    if a == "goto": return "goto %d" % r.choice([0, 50, 100, 150, 200, 1000, 32766, 32767])
    if a == "suppress": return "table %s %s" % (r.choice(TABLES[:4]), r.choice(["suppress_prefixlength 0", "suppress_prefixlength 8", "suppress_prefixlength 24", "suppress_ifgroup 0", "suppress_ifgroup 7"]))
    if a == "realms": return "table %s realms %s" % (r.choice(TABLES[:3]), r.choice(["1", "2/3", "0x10"]))
    if a == "type": return "type %s" % r.choice(["unicast", "unreachable", "blackhole", "prohibit", "nat", "local"])
    return a
def prio():
    return r.choice(["", "", "prio %d" % r.choice([0, 1, 50, 100, 150, 200, 32765, 32766, 32767, 40000]), "pref %d" % r.choice([50, 100, 200]), "priority 150", "order 77"])
rules = []
for i in range(r.randint(5, 14)):
    rule = " ".join(x for x in sel() + [act(), prio()] if x)
    if r.random() < 0.1:
        rule += " protocol " + r.choice(["static", "boot", "99", "kernel"])
    rules.append(rule)
for i in range(0, len(rules), 3):
    c("; ".join("ip rule add %s; echo $?" % x for x in rules[i:i + 3]))
c("ip rule show")
form = r.choice(["ip -d rule show", "ip -j rule show", "ip -o rule", "ip rule list", "ip -s rule"])
c(form)
for f in r.sample(["table 100", "table main", "lookup 200", "pref 100", "priority 32766", "from 192.168.1.0/24", "to 10.0.0.0/8", "fwmark 1", "iif a0", "oif a1", "uidrange 1000-2000", "ipproto udp", "dport 53", "tos 0x04", "protocol static", "all", "goto 100", "not", "priority 7"], 3):
    c("ip rule show %s 2>&1" % f)
QS = ["10.1.2.3", "10.5.5.5", "8.8.8.8", "8.8.4.4", "10.2.0.1", "192.168.2.9", "192.168.1.1"]
def q():
    o = r.choice(["", "", " from 192.168.1.1", " from 192.168.2.1", " tos 0x04", " tos 0x10", " dsfield 0x08", " mark 1", " mark 2", " mark 0x13", " uid 1000", " uid 5", " oif a0", " oif a1",
                  " ipproto udp dport 53", " ipproto tcp sport 1500 dport 80", " ipproto udp sport 53", " ipproto icmp",
                  " from 192.168.1.5 iif a0", " from 192.168.2.9 iif a1", " from 192.168.1.5 iif a0 mark 1", " from 192.168.2.9 iif a1 tos 0x04", " from 10.9.9.9 iif a0", " iif lo", " fibmatch"])
    return r.choice(QS) + o
qs = [q() for _ in range(r.randint(8, 16))]
for i in range(0, len(qs), 4):
    c("for q in %s; do echo \"# $q\"; ip route get $q 2>&1; done" % " ".join("'%s'" % x for x in qs[i:i + 4]))
for x in r.sample(rules, min(len(rules), r.randint(1, 4))):
    d = x
    if r.random() < 0.4:
        # delete by a subset of the words: the kernel matches what is given
        w = d.split()
        k = r.randint(0, len(w) // 2) * 2
        d = " ".join(w[k:k + 2]) if w[k:k + 2] else "pref 100"
    c("ip rule del %s; echo $?" % d)
c("ip rule show")
if traffic:
    for t in r.sample(QS, 3):
        o = r.choice(["", "", "-Q 4 ", "-Q 16 ", "-m 1 ", "-m 2 ", "-I 192.168.2.1 ", "-I a1 "])
        c("ping -c 1 -W 1 %s%s 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % (o, t))
    c("timeout 3 ip netns exec p nc -u -l -W 1 5353 > got.txt & sleep 0.2; echo hi | nc -u -w1 -p %d %s 5353; echo $?; wait; cat got.txt" % (r.choice([53, 1500, 40000]), r.choice(QS[:5])))
    c("nstat -az IpOutNoRoutes IpOutRequests IcmpInEchoReps | grep -v '^#'")
qs = [q() for _ in range(4)]
c("for q in %s; do echo \"# $q\"; ip route get $q 2>&1; done" % " ".join("'%s'" % x for x in qs))
if r.random() < 0.5:
    c(r.choice(["ip rule flush", "ip -4 rule flush", "ip rule flush table 100", "ip rule flush pref 100", "ip rule flush protocol static"]) + "; echo $?; ip rule show")
    c("ip rule save > rules.bin; echo $?; ip rule flush; ip rule restore < rules.bin; echo $?; ip rule show")
print("\n".join(lines))
