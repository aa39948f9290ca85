import random, sys
# Random route metrics and attributes: add/replace/change/append/prepend
# with mtu [lock], advmss, window, rtt, rttvar, rto_min, ssthresh, cwnd,
# initcwnd, initrwnd, hoplimit, reordering, features ecn, quickack, congctl
# [lock], fastopen_no_cookie, realms, src, proto, scope, then the views:
# ip route show (plain, -d, -j, -o), ip route get (the dst's metrics),
# /proc/net/route, and errors of out-of-range values.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random route metrics (seed %d): add/replace/change/append/prepend with random metrics and attributes (mtu lock, advmss, window, rtt, rto_min, ssthresh, cwnd, initcwnd, initrwnd, hoplimit, reordering, features, quickack, congctl, fastopen_no_cookie, realms, src, proto, scope), range errors, then ip route show in its forms, ip route get and /proc/net/route." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01")
c("ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.1.2/24 dev a0")
def metric():
    k = r.choice(["mtu", "mtu lock", "advmss", "window", "rtt", "rttvar", "rto_min", "ssthresh", "cwnd", "initcwnd", "initrwnd", "hoplimit", "reordering", "features", "quickack", "congctl", "congctl lock", "fastopen_no_cookie", "realms", "src", "proto", "scope", "metric", "tos", "window lock", "rtt lock", "advmss lock", "cwnd lock"])
    if k.startswith("mtu"): v = r.choice(["1400", "576", "68", "67", "65535", "65536", "9000", "0", "1500"])
    elif k.startswith("rtt") or k == "rto_min": v = r.choice(["100", "100ms", "1s", "2.5s", "0", "5000000", "30ms", "1us", "3secs"])
    elif k == "features": v = r.choice(["ecn", "ecn ecn", "nosuch"])
    elif k in ("quickack", "fastopen_no_cookie"): v = r.choice(["0", "1", "2"])
    elif k.startswith("congctl"): v = r.choice(["reno", "cubic", "nosuch", "bbr"])
    elif k == "realms": v = r.choice(["1", "2/3", "0x10", "256", "65536"])
    elif k == "src": v = r.choice(["192.168.1.1", "192.168.1.2", "192.168.1.9", "127.0.0.1"])
    elif k == "proto": v = r.choice(["static", "boot", "kernel", "ra", "dhcp", "42", "255", "256", "bird", "zebra"])
    elif k == "scope": v = r.choice(["link", "global", "host", "site", "nowhere", "200"])
    elif k == "metric": v = r.choice(["0", "1", "100", "4294967295", "4294967296"])
    elif k == "tos": v = r.choice(["0x04", "0x10", "0x03", "lowdelay", "0x1c"])
    else: v = r.choice(["0", "1", "10", "100", "1000", "65535", "4294967295", "4294967296", "-1"])
    return "%s %s" % (k, v)
dests = ["10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24", "10.1.2.3", "0.0.0.0/0", "172.16.0.0/12"]
gws = ["via 192.168.1.254", "dev a0", "via 192.168.1.9 dev a0", "via 192.168.1.254 dev a0 onlink"]
cmds = []
for i in range(r.randint(8, 16)):
    verb = r.choice(["add", "add", "add", "replace", "change", "append", "prepend"])
    ms = " ".join(metric() for _ in range(r.randint(1, 4)))
    t = r.choice(["", "", " table 100"])
    cmds.append("ip route %s %s %s %s%s" % (verb, r.choice(dests), r.choice(gws), ms, t))
for i in range(0, len(cmds), 2):
    c("; ".join("%s; echo $?" % x for x in cmds[i:i + 2]))
c("ip route show table all | grep -v ':\\|table local'")
c(r.choice(["ip -d route show", "ip -d route show table 100", "ip -o route show"]))
c(r.choice(["ip -j route show", "ip -j -p route show table 100", "ip -4 -j route show table all | head -c 3000"]))
c("cat /proc/net/route")
for d in r.sample(["10.1.2.3", "10.1.2.200", "10.200.0.1", "172.16.9.9", "8.8.8.8", "10.1.9.9"], 3):
    c("ip route get %s%s 2>&1" % (d, r.choice(["", " from 192.168.1.2", " tos 0x04", " tos 0x10"])))
c("ip route show cache 2>&1; ip route flush cache; echo $?")
print("\n".join(lines))
