import random, sys
# Random longest-prefix-match scenario: overlapping prefixes of random lengths
# and types (unicast via/dev, blackhole, unreachable, prohibit, throw, local,
# broadcast, multicast), tos keys, metrics and scopes spread over several
# tables, random policy rules (selectors and actions, goto, suppress_*), then
# many `ip route get` queries (plain, from, tos, mark, oif, iif, fibmatch,
# ipproto/ports) near the prefixes' edges.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random longest-prefix-match scenario (seed %d): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01")
c("ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02")
c("ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done")
c("ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1")
c("sysctl -qw net.ipv4.fib_multipath_hash_seed=4242")
if r.random() < 0.5:
    c("sysctl -qw net.ipv4.ip_forward=1")
if r.random() < 0.3:
    c("ip link set a1 group 5")

def rand_anchor():
    return [10, r.choice([0, 1, 2, 128, 200]), r.choice([0, 1, 2, 128, 255]), r.choice([0, 1, 64, 128, 255])]
anchors = [rand_anchor() for _ in range(3)] + [[r.choice([11, 172, 192]), r.choice([0, 16, 168]), r.choice([0, 1, 3]), r.choice([0, 4, 9])]]
def a2i(a): return (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]
def i2a(i): return "%d.%d.%d.%d" % ((i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255)
def prefix(a, l):
    m = (0xffffffff << (32 - l)) & 0xffffffff if l else 0
    return i2a(a2i(a) & m) + "/%d" % l
def near(a):
    i = a2i(a)
    k = r.choice([0, 1, 2, 7, 8, 15, 16, 23, 24, 31])
    i ^= r.randint(0, (1 << k) - 1) if k else 0
    if r.random() < 0.2:
        i ^= 1 << r.randint(0, 31)
    return i2a(i & 0xffffffff)

TABLES = ["", "", "", " table 100", " table 200"]
GWS = ["via 192.168.1.254", "via 192.168.2.254 dev a1", "dev a0", "dev a1", "via 10.200.3.4", "via 192.168.1.7 dev a0 onlink"]
routes = []
if r.random() < 0.4:
    c("ip nexthop add id 1 via 192.168.1.254 dev a0; ip nexthop add id 2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 9 group 1,3/2,2")
for i in range(r.randint(10, 22)):
    a = r.choice(anchors)
    l = r.choice([0, 1, 4, 8, 8, 12, 16, 16, 20, 24, 24, 25, 28, 30, 31, 32, 32])
    p = prefix(a, l)
    t = r.choice(TABLES)
    kind = r.choice(["u", "u", "u", "u", "blackhole", "unreachable", "prohibit", "throw", "local", "broadcast", "multicast", "nat"])
    extra = ""
    if r.random() < 0.25:
        extra += " tos 0x%02x" % r.choice([4, 8, 0x10, 0x0c, 0x18])
    if r.random() < 0.3:
        extra += " metric %d" % r.choice([0, 1, 5, 100, 1024])
    if kind == "u":
        cmd = "ip route add %s %s%s%s" % (p, r.choice(GWS), extra, t)
        if r.random() < 0.15:
            cmd += " scope link" if "via" not in cmd else " src 192.168.2.1"
    elif kind in ("local", "broadcast", "multicast", "nat"):
        cmd = "ip route add %s %s dev %s%s%s" % (kind, p, r.choice(["a0", "a1"]), extra, t)
    else:
        cmd = "ip route add %s %s%s%s" % (kind, p, extra, t)
    if kind == "u" and r.random() < 0.12:
        cmd = "ip route add %s nexthop via 192.168.1.%d weight %d nexthop via 192.168.2.%d%s%s" % (p, r.randint(2, 9), r.randint(1, 3), r.randint(2, 9), extra, t)
    elif kind == "u" and r.random() < 0.12:
        cmd = "ip route add %s nhid %d%s%s" % (p, r.choice([1, 2, 3, 9]), extra, t)
    if r.random() < 0.1:
        cmd = cmd.replace(" add ", " append ", 1)
    elif r.random() < 0.1:
        cmd = cmd.replace(" add ", " replace ", 1)
    routes.append(cmd)
# add in batches so the file stays short; keep each exit status visible
for i in range(0, len(routes), 4):
    c("; ".join("%s; echo $?" % x for x in routes[i:i + 4]))

rules = []
for i in range(r.randint(2, 7)):
    sel = []
    if r.random() < 0.3: sel.append("from " + prefix(r.choice(anchors + [[192, 168, 1, 1], [192, 168, 2, 1]]), r.choice([8, 16, 24, 32])))
    if r.random() < 0.35: sel.append("to " + prefix(r.choice(anchors), r.choice([1, 8, 16, 24, 28, 32])))
    if r.random() < 0.2: sel.append("tos 0x%02x" % r.choice([4, 8, 0x10]))
    if r.random() < 0.2: sel.append("fwmark 0x%x%s" % (r.choice([1, 2, 3, 0x10]), r.choice(["", "/0xf", "/0x1"])))
    if r.random() < 0.15: sel.append("iif " + r.choice(["a0", "a1", "lo"]))
    if r.random() < 0.15: sel.append("oif " + r.choice(["a0", "a1"]))
    if r.random() < 0.15: sel.append("ipproto %s dport %s" % (r.choice(["udp", "tcp"]), r.choice(["53", "80", "1000-2000"])))
    if r.random() < 0.1: sel.insert(0, "not")
    act = r.choice(["table 100", "table 200", "table 100", "table main", "unreachable", "prohibit", "blackhole", "goto", "table 100 suppress_prefixlength %d" % r.choice([0, 8, 16, 24]), "table main suppress_prefixlength 0", "table 200 suppress_ifgroup 5"])
    prio = r.choice([10, 20, 30, 40, 100, 200, 300, 32000])
    if act == "goto":
        act = "goto %d" % r.choice([20, 40, 200, 300, 32766])
    rules.append("ip rule add %s %s prio %d" % (" ".join(sel), act, prio))
c("; ".join("%s; echo $?" % x for x in rules))
c("ip rule show")
c("ip -4 route show table all")

addrs = [near(r.choice(anchors)) for _ in range(24)] + ["192.168.1.9", "192.168.2.255", "10.200.3.4", "8.8.8.8"]
r.shuffle(addrs)
def opt():
    o = r.choice(["", "", "", " from 192.168.1.1", " from 192.168.2.1", " tos 0x04", " tos 0x08", " tos 0x10", " mark 1", " mark 0x12", " oif a0", " oif a1",
                  " from 192.168.1.5 iif b0", " from 192.168.2.9 iif b1", " fibmatch", " ipproto udp dport 53", " ipproto tcp dport 1500", " connected", " dsfield 0x10", " tos 0x0c", " from 192.168.1.1 oif a1", " mark 3 fibmatch", " tos 0x10 fibmatch", " uid 1000"])
    return o
for i in range(0, len(addrs), 4):
    qs = ["ip route get %s%s" % (a, opt()) for a in addrs[i:i + 4]]
    c("for q in %s; do echo \"# $q\"; ip route get $q 2>&1; done" % " ".join("'%s'" % q[len("ip route get "):] for q in qs))
if r.random() < 0.5:
    dels = r.sample(routes, min(len(routes), r.randint(1, 4)))
    c("; ".join("%s; echo $?" % x.replace(" add ", " del ", 1).replace(" append ", " del ", 1).replace(" replace ", " del ", 1) for x in dels))
    for a in r.sample(addrs, 4):
        c("ip route get %s%s 2>&1" % (a, opt()))
if r.random() < 0.35:
    c(r.choice(["ip link set b1 down", "ip link set b0 down", "ip link set a1 down", "ip addr flush dev a0"]) + "; sleep 1.5")
    if r.random() < 0.5:
        c("sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1")
    c("ip -4 route show table all | grep -v 'table local'")
    for a in r.sample(addrs, 4):
        c("ip route get %s%s 2>&1" % (a, opt()))
for a in r.sample(addrs, r.randint(0, 3)):
    c("ping -c 1 -W 1 %s 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}" % a)
if r.random() < 0.5:
    c("ip route show table all %s 2>&1 | grep -v :" % r.choice(["type unicast", "type local", "type broadcast", "type multicast", "type blackhole", "type unreachable", "proto kernel", "proto boot", "scope link", "scope host", "tos 0x04", "tos 0x0c", "dev a0", "via 192.168.1.254", "src 192.168.2.1", "metric 0", "metric 5"]))
for t in ["", " table 100", " table 200"]:
    if r.random() < 0.5:
        a = r.choice(anchors)
        sel = r.choice(["root", "match", "exact"])
        c("ip route show%s %s %s 2>&1" % (t, sel, prefix(a, r.choice([0, 8, 16, 24, 32]))))
if r.random() < 0.5:
    c("ip route flush table %s 2>&1; echo $?; ip -4 route show table all | grep -v 'table local'" % r.choice(["100", "200", "main"]))
    for a in addrs[:4]:
        c("ip route get %s 2>&1" % a)
if r.random() < 0.6:
    c("cat /proc/net/fib_trie")
    c("cat /proc/net/fib_triestat")
print("\n".join(lines))
