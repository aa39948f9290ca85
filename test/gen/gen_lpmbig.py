import random, sys
# Longest-prefix match in a big main table (over FIB_INDEX_THRESHOLD
# prefixes, so tuxnet answers through its index and group results, not the
# plain walk): a batch of filler prefixes, then overlapping routes of random
# lengths, types, tos, metrics, multipath and nexthop objects near them,
# `ip route get` (oif/tos/mark/fibmatch/from-iif) at their edges, then
# deletions, replaces, a nexthop replace, carrier loss with
# ignore_routes_with_linkdown, a device down, and the same queries again.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Longest-prefix match in a main table of over 2048 prefixes (seed %d): filler /24s from a batch, overlapping routes of random lengths, types, tos, metrics, multipath and nexthop objects, ip route get near the edges with oif/tos/mark/fibmatch/iif, then deletions, replaces, nexthop changes, carrier loss and a device down, and the queries again." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01")
c("ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02")
c("ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03")
c("ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done")
c("ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.2.1/24 dev a2")
c("sysctl -qw net.ipv4.fib_multipath_hash_seed=5")
c("ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 dev a2")
n = r.choice([2100, 2300, 3000])
stride = r.choice([1, 3, 7])
c("for i in $(seq 0 %d); do k=$((i*%d)); echo \"route add 100.$((k/256%%256)).$((k%%256)).0/24 via 10.0.$((i%%3)).2\"; done > b.txt; ip -batch b.txt; echo $?" % (n - 1, stride))
c("ip route show | wc -l")

def a2i(a): return (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]
def i2a(i): return "%d.%d.%d.%d" % ((i >> 24) & 255, (i >> 16) & 255, (i >> 8) & 255, i & 255)
def prefix(i, l):
    m = (0xffffffff << (32 - l)) & 0xffffffff if l else 0
    return i2a(i & m) + "/%d" % l
span = (n * stride) // 256
def anchor():
    return a2i([100, r.randint(0, max(0, min(255, span))), r.randint(0, 255), r.randint(0, 255)])
anchors = [anchor() for _ in range(5)] + [a2i([100, 0, 0, 0]), a2i([101, 2, 3, 4])]
def near(a):
    k = r.choice([0, 1, 4, 8, 9, 12, 16, 20, 24])
    i = a ^ (r.randint(0, (1 << k) - 1) if k else 0)
    return i2a(i & 0xffffffff)
GWS = ["via 10.0.0.2", "via 10.0.1.2", "dev a2", "via 10.0.2.9 dev a2", "nhid 1", "nhid 3", "nhid 4", "nexthop via 10.0.0.2 nexthop via 10.0.1.2 weight 3", "via 10.0.0.7 dev a0 onlink"]
routes = []
for i in range(r.randint(14, 24)):
    l = r.choice([8, 12, 16, 18, 20, 22, 23, 24, 24, 25, 26, 28, 30, 32, 32])
    p = prefix(r.choice(anchors), l)
    kind = r.choice(["u"] * 6 + ["blackhole", "unreachable", "prohibit", "throw", "local", "broadcast"])
    extra = ""
    if r.random() < 0.2: extra += " tos 0x%02x" % r.choice([4, 8, 0x10])
    if r.random() < 0.3: extra += " metric %d" % r.choice([0, 1, 7, 100])
    verb = r.choice(["add", "add", "add", "append", "prepend", "replace"])
    if kind == "u":
        cmd = "ip route %s %s %s%s" % (verb, p, r.choice(GWS), extra)
    elif kind in ("local", "broadcast"):
        cmd = "ip route %s %s %s dev a%d%s table main" % (verb, kind, p, r.randint(0, 2), extra)
    else:
        cmd = "ip route %s %s %s%s" % (verb, kind, p, extra)
    routes.append(cmd)
for i in range(0, len(routes), 4):
    c("; ".join("%s 2>&1; echo $?" % x for x in routes[i:i + 4]))
addrs = [near(r.choice(anchors)) for _ in range(24)]
def opt():
    return r.choice(["", "", "", " oif a0", " oif a1", " oif a2", " tos 0x04", " tos 0x10", " fibmatch", " fibmatch", " mark 3", " from 10.0.0.9 iif b0", " ipproto tcp dport 80", " tos 0x08 fibmatch", " oif a2 fibmatch"])
qs = ["%s%s" % (a, opt()) for a in addrs]
def queries(qq):
    for i in range(0, len(qq), 6):
        c("for q in %s; do echo \"# $q\"; ip route get $q 2>&1 | head -1; done" % " ".join("'%s'" % q for q in qq[i:i + 6]))
queries(qs)
for a in r.sample(anchors, 3):
    c("ip route show %s %s" % (r.choice(["root", "match", "exact"]), prefix(a, r.choice([8, 16, 20, 24, 32]))))
# mutations
muts = []
for x in r.sample(routes, min(len(routes), r.randint(2, 5))):
    muts.append(x.replace(" add ", " del ", 1).replace(" append ", " del ", 1).replace(" prepend ", " del ", 1).replace(" replace ", " del ", 1))
muts.append(r.choice(["ip nexthop replace id 1 via 10.0.2.2 dev a2", "ip nexthop replace id 3 group 2/1,4", "ip nexthop del id 2", "ip nexthop replace id 4 blackhole"]))
muts.append("ip route del 100.%d.%d.0/24" % (r.randint(0, min(255, span)), r.randint(0, 255)))
c("; ".join("%s 2>&1; echo $?" % x for x in muts))
queries(r.sample(qs, 12))
ev = r.choice(["ip link set b0 down", "sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1; ip link set b1 down", "ip link set a2 down", "ip addr del 10.0.0.1/24 dev a0", "ip link del a1"])
c(ev + "; sleep 0.5; ip route show | wc -l")
queries(r.sample(qs, 12))
c("ip route show | grep -v '^100\\.[0-9]*\\.[0-9]*\\.0/24 via 10\\.0\\.[0-9]\\.2 dev a[0-9] $'")
print("\n".join(lines))
