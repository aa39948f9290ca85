import random, sys
# Random route-table mutation sequences: add/append/prepend/replace/change/del
# with every selector (tos/dsfield, metric/preference, table, proto, scope, the
# route types, via/dev/onlink/src/nexthop/nhid, metrics), each step's error and
# exit status, interleaved with `ip route show|list` filters (root/match/exact,
# proto/scope/type/table/dev/via/src, -d/-o/-j/-p/-4), `ip route get` selectors,
# flush variants, save/showdump, and events that kill routes (address removed,
# device down, carrier loss with ignore_routes_with_linkdown).
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random route-table mutation sequence (seed %d): add/append/prepend/replace/change/del with random selectors (tos, metric, table, proto, scope, types, via/dev/onlink/src/nexthop/nhid, metrics), their errors and exit status, show/list filters and forms, route get selectors, flush variants and the routes that die with an address or a device." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01")
c("ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02")
c("ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03")
c("ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done")
c("ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.2.1/24 dev a2; ip addr add 10.0.1.9/24 dev a1")
c("sysctl -qw net.ipv4.fib_multipath_hash_seed=77")
if r.random() < 0.3:
    c("sysctl -qw net.ipv4.fib_multipath_hash_policy=%d" % r.choice([1, 2]))
if r.random() < 0.4:
    c("ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 5 dev a2")

DESTS = ["20.0.0.0/8", "20.1.0.0/16", "20.1.2.0/24", "20.1.2.3", "20.1.2.3/32", "20.1.2.128/25", "0.0.0.0/0", "default", "20.1.2.3/24", "21.0.0.0/8", "20.1.0.0/15"]
GWS = ["via 10.0.0.2", "via 10.0.1.2", "dev a0", "dev a1", "dev a2", "via 10.0.2.2 dev a2", "via 10.0.0.2 dev a1",
       "via 10.9.9.9", "via 10.9.9.9 dev a0 onlink", "via 10.0.1.1", "via 10.0.0.2 dev b0", "dev lo",
       "nexthop via 10.0.0.2 nexthop via 10.0.1.2", "nexthop via 10.0.0.2 weight 3 nexthop dev a2",
       "nexthop via 10.0.1.2 dev a1 weight 2", "nhid 1", "nhid 3", "nhid 4", "nhid 9", "via 10.0.2.2"]
TYPES = ["", "", "", "", "", "unicast ", "local ", "broadcast ", "blackhole ", "unreachable ", "prohibit ", "throw ", "nat ", "multicast ", "anycast "]
def sel():
    s = ""
    if r.random() < 0.25: s += " tos 0x%02x" % r.choice([4, 8, 0x10, 0x0c, 0x03])
    if r.random() < 0.08: s += " dsfield 0x%02x" % r.choice([4, 0x10, 0xb8])
    if r.random() < 0.3: s += " %s %d" % (r.choice(["metric", "metric", "preference", "priority"]), r.choice([0, 1, 5, 100, 1024]))
    if r.random() < 0.3: s += " table %s" % r.choice(["100", "100", "200", "main", "local", "default", "0", "4294967295"])
    if r.random() < 0.2: s += " proto %s" % r.choice(["static", "boot", "kernel", "dhcp", "42", "zebra", "redirect"])
    if r.random() < 0.2: s += " scope %s" % r.choice(["link", "global", "host", "site", "nowhere", "250"])
    if r.random() < 0.12: s += " src %s" % r.choice(["10.0.0.1", "10.0.1.9", "10.0.2.7", "127.0.0.1"])
    if r.random() < 0.2:
        k = r.choice(["mtu 1400", "mtu lock 1300", "advmss 1000", "window 5000", "rtt 30ms", "hoplimit 9", "initcwnd 20", "quickack 1", "fastopen_no_cookie 1", "congctl reno", "congctl lock cubic", "features ecn", "mtu 70000", "hoplimit 256", "rtt lock 1s", "initrwnd 7", "ssthresh 9", "cwnd lock 5"])
        s += " " + k
    return s
state_cmds = []
def mutation():
    verb = r.choice(["add", "add", "add", "append", "prepend", "replace", "replace", "change", "del", "del"])
    t = r.choice(TYPES)
    d = r.choice(DESTS)
    if t in ("", "unicast "):
        g = " " + r.choice(GWS)
    elif t in ("local ", "broadcast ", "nat ", "anycast ", "multicast "):
        g = " dev " + r.choice(["a0", "a1", "lo"]) if r.random() < 0.9 else ""
    else:
        g = "" if r.random() < 0.85 else " dev a0"
    if verb == "del" and r.random() < 0.5:
        g = "" if r.random() < 0.6 else g
    if verb == "del" and state_cmds and r.random() < 0.6:
        return r.choice(state_cmds).replace(" add ", " del ", 1).replace(" append ", " del ", 1).replace(" prepend ", " del ", 1).replace(" replace ", " del ", 1)
    cmd = "ip route %s %s%s%s%s" % (verb, t, d, g, sel())
    if verb != "del":
        state_cmds.append(cmd)
    return cmd

SHOWS = ["ip route show", "ip route list", "ip -4 route show table all | grep -v 'table local'", "ip route show table 100", "ip route show table 200",
         "ip -d route show", "ip -o route show table all | grep -v local", "ip -j route show table 100", "ip -j -p route show", "ip route show root 20.1.0.0/16",
         "ip route show match 20.1.2.3", "ip route show exact 20.1.0.0/16", "ip route show proto static table all", "ip route show proto kernel", "ip route show scope link",
         "ip route show scope host table all", "ip route show type blackhole table all", "ip route show type unreachable table all", "ip route show type local table all | grep -v 10.0",
         "ip route show type unicast table all", "ip route show dev a0", "ip route show dev a1 table all", "ip route show via 10.0.0.2 table all", "ip route show src 10.0.1.9 table all",
         "ip route show tos 0x04", "ip route show table all tos 0x10", "ip route show metric 5", "ip route show table all match 20.0.0.0/8", "ip route show root 0.0.0.0/0 table all",
         "ip route show exact 0/0", "ip route show table all type throw", "ip route show table all type nat", "ip route show table all type prohibit", "ip route show table all type broadcast | grep -v 10.0",
         "ip route show table all type multicast", "ip route show table all type anycast", "ip route show cache", "ip route show table all proto boot", "ip -s route show", "ip route show table all dev lo | grep -v 127.0",
         "ip route list table all realm 0", "ip route show root 20.1.2.0/24 table 100", "ip -d -j route show table all type unicast", "ip route save | ip route showdump", "ip route save | wc -c",
         "ip route show nhid 1", "ip route show table all nhid 3", "ip route show table all dev a2"]
GETS = ["20.1.2.3", "20.1.2.200", "20.9.9.9", "21.2.3.4", "10.0.0.2", "10.0.1.9", "8.8.8.8", "20.1.3.3", "20.1.2.3 from 10.0.1.9", "20.1.2.3 tos 0x04", "20.1.2.3 tos 0x10",
        "20.1.2.3 oif a2", "20.1.2.3 from 10.0.0.5 iif b0", "20.1.2.3 fibmatch", "20.1.2.200 fibmatch", "20.9.9.9 fibmatch", "20.1.2.3 mark 5", "20.1.2.3 uid 1000",
        "20.1.2.3 ipproto udp sport 1 dport 53", "20.1.2.3 ipproto tcp dport 80", "20.1.2.3 connected", "20.1.2.3 dsfield 0x10 fibmatch", "20.1.2.3 from 10.0.2.7", "20.1.2.3 from 10.0.1.1 oif a0",
        "20.1.2.3 from 10.0.2.5 iif b2 tos 0x04"]

for step in range(r.randint(6, 9)):
    ms = [mutation() for _ in range(r.randint(2, 5))]
    c("; ".join("%s; echo $?" % x for x in ms))
    sh = r.choice(SHOWS)
    if "table all" in sh and " -4" not in sh:
        # IPv6's link-local routes come with DAD's real time: IPv4 only
        sh = "ip -4 " + sh[3:]
    c("%s 2>&1" % sh)
    if r.random() < 0.6:
        qs = r.sample(GETS, 3)
        c("for q in %s; do echo \"# $q\"; ip route get $q 2>&1; done" % " ".join("'%s'" % q for q in qs))
    if "y" in sys.argv[2:] and r.random() < 0.45:
        # nexthop objects, rules, addresses and links changing under the routes
        c(r.choice(["ip nexthop replace id 1 via 10.0.1.2 dev a1", "ip nexthop del id 1", "ip nexthop replace id 3 group 2", "ip nexthop add id 9 group 1/5",
                    "ip nexthop replace id 2 blackhole", "ip nexthop add id 6 via 10.0.0.9 dev a0 onlink; ip nexthop replace id 3 group 6/2",
                    "ip rule add from 10.0.1.9 table 100 prio 100", "ip rule add tos 0x10 table 200 prio 50", "ip rule add to 20.1.0.0/16 lookup 100 prio 10",
                    "ip rule add fwmark 5 table 100 prio 5", "ip rule add iif b0 table 200 prio 7", "ip rule add oif a2 table 100 prio 8", "ip rule add table main suppress_prefixlength 8 prio 1",
                    "ip addr add 10.0.0.9/24 dev a0", "sysctl -qw net.ipv4.conf.a0.promote_secondaries=1; ip addr add 10.0.0.9/24 dev a0; ip addr del 10.0.0.1/24 dev a0",
                    "ip addr del 10.0.0.1/24 dev a0", "ip addr add 10.0.1.1/16 dev a1", "ip link set a0 down; ip link set a0 up", "ip link set dev a1 mtu 1300",
                    "ip addr add 20.1.2.3/32 dev a2", "ip addr add 10.0.2.1/24 dev a2 metric 5 2>&1; ip addr replace 10.0.2.1/24 dev a2 metric 7",
                    "ip link set a1 address 02:00:00:00:0a:77", "ip link set lo down", "ip link set a2 name a9; ip link set a9 name a2"]) + "; echo $?")
        c(r.choice(["ip -4 route show table all | grep -v 'table local'", "ip rule show", "ip nexthop show", "ip route show table 100", "ip -4 route show table local"]))
    if r.random() < 0.18:
        c(r.choice(["ip addr del 10.0.1.9/24 dev a1", "ip link set a2 down", "ip link set b0 down; sleep 1.2", "ip addr flush dev a2",
                    "sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1; ip link set b1 down; sleep 1.2",
                    "ip link set a2 up; ip addr add 10.0.2.1/24 dev a2", "ip link set b0 up; sleep 1.2", "ip link del a2", "ip nexthop del id 2 2>&1"]) + "; echo $?")
        c("ip -4 route show table all | grep -v 'table local'")
    if r.random() < 0.12:
        c(r.choice(["ip route flush table 100", "ip route flush 20.0.0.0/8", "ip route flush root 20.0.0.0/8 table all", "ip route flush proto static", "ip route flush type blackhole table all",
                    "ip route flush dev a1", "ip -s route flush table 200", "ip -s -s route flush table all proto boot", "ip route flush table main scope link", "ip route flush cache", "ip route flush exact 20.1.0.0/16",
                    "ip route flush table all tos 0x04", "ip route flush via 10.0.0.2"]) + " 2>&1; echo $?")
if "x" in sys.argv[2:]:
    # ECMP: weights and the multipath hash of many flows
    pol = r.choice([0, 1, 1, 2, 3])
    c("sysctl -qw net.ipv4.fib_multipath_hash_policy=%d" % pol)
    if pol == 3:
        c("sysctl -qw net.ipv4.fib_multipath_hash_fields=0x%04x" % r.choice([0x0001, 0x0002, 0x0003, 0x0037, 0x0010, 0x0020, 0x0030, 0x0004, 0x0008]))
    n = r.randint(2, 4)
    hops = r.sample(["via 10.0.0.2 dev a0", "via 10.0.0.3", "via 10.0.1.2", "via 10.0.1.3 dev a1", "dev a2", "via 10.0.2.2", "via 10.0.2.3 dev a2"], n)
    mp = " ".join("nexthop %s weight %d" % (h, r.choice([1, 1, 2, 3, 10, 255, 256])) for h in hops)
    p = r.choice(["30.0.0.0/8", "30.1.0.0/16", "default"])
    c("ip route replace %s %s 2>&1; echo $?" % (p, mp))
    c("ip route show %s; ip -j route show %s 2>&1" % (p, p))
    qs = []
    for i in range(r.randint(10, 20)):
        d = "30.%d.%d.%d" % (r.choice([1, 1, 2]), r.randint(0, 255), r.randint(1, 254))
        o = r.choice(["", " ipproto tcp sport %d dport %d" % (r.randint(1, 65535), r.choice([80, 443, 22])), " ipproto udp dport %d" % r.randint(1, 65535),
                      " from 10.0.%d.1" % r.randint(0, 2), " from 10.0.0.%d iif b0" % r.randint(2, 250), " mark %d" % r.randint(1, 9), " oif a1", " fibmatch"])
        qs.append(d + o)
    c("for q in %s; do ip route get $q 2>&1 | head -1; done" % " ".join("'%s'" % q for q in qs))
    if r.random() < 0.5:
        c(r.choice(["ip link set b1 down; sleep 1.2", "sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1; ip link set b0 down; sleep 1.2", "ip link set a2 down", "ip addr flush dev a1"]) + "; ip route show %s" % p)
        c("for q in %s; do ip route get $q 2>&1 | head -1; done" % " ".join("'%s'" % q for q in qs[:8]))
    # save / restore of the whole main table
    c("ip route save table main > rt.bin; echo $?; ip route flush table main; ip route show | wc -l")
    c("ip route restore < rt.bin 2>&1; echo $?; ip route show")
    c("ip route showdump < rt.bin 2>&1 | head -20")
c("ip -4 route show table all | grep -v 'table local'")
c("cat /proc/net/route")
print("\n".join(lines))
