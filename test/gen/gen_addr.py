import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
devs = ['d0', 'd1']
lines = ["Random differential sequence (seed %d) of ip addr add/del/change/flush with secondaries, promote_secondaries, noprefixroute, scopes, peers and labels; the local table and addresses after each step." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20")
c("ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21")
c("ip link set d0 up; ip link set d1 up; ip link set e0 up; ip link set e1 up")
nets = ['10.0.0', '10.0.1', '192.168.5', '172.16.0']
def addr():
    n = r.choice(nets); h = r.choice([1, 2, 3, 5, 200, 254, 255, 0])
    plen = r.choice([8, 16, 24, 24, 24, 25, 30, 31, 32])
    return "%s.%d/%d" % (n, h, plen)
for i in range(r.randint(8, 16)):
    d = r.choice(devs)
    k = r.random()
    if k < 0.45:
        extra = []
        if r.random() < 0.2: extra.append("noprefixroute")
        if r.random() < 0.15: extra.append("scope " + r.choice(["host", "link", "global", "site"]))
        if r.random() < 0.15: extra.append("brd +")
        if r.random() < 0.1: extra.append("label %s:%d" % (d, r.randint(0, 3)))
        if r.random() < 0.08: extra.append("peer 10.9.9.%d/32" % r.randint(1, 9))
        if r.random() < 0.1: extra.append("metric %d" % r.choice([0, 5, 100]))
        c("ip addr add %s dev %s %s; echo $?" % (addr(), d, " ".join(extra)))
    elif k < 0.65:
        c("ip addr del %s dev %s; echo $?" % (addr(), d))
    elif k < 0.72:
        c("sysctl -qw net.ipv4.conf.%s.promote_secondaries=%d" % (d, r.randint(0, 1)))
    elif k < 0.77:
        c("ip addr flush dev %s %s; echo $?" % (d, r.choice(["", "secondary", "primary", "to 10.0.0.0/16", "scope global", "label %s:1" % d])))
    elif k < 0.84:
        c("ip addr replace %s dev %s %s; echo $?" % (addr(), d, r.choice(["", "valid_lft 100 preferred_lft 50", "noprefixroute", "metric 7"])))
    elif k < 0.9:
        c("ip link set %s %s" % (d, r.choice(["down", "up"])))
    else:
        c("ip route add %s dev %s; echo $?" % (addr(), d))
    if r.random() < 0.5:
        c("ip -4 addr show dev %s | grep -v valid_lft" % d)
    if r.random() < 0.3:
        c("ip route show table local | sort; ip route show | sort")
c("ip -4 -o addr show | sed 's/\\\\ *valid_lft.*//'")
c("ip route show table all | grep -v '^fe80\\|^ff00\\|^local fe80\\|^multicast\\|^anycast\\|^local ::1\\|^::1' | sort")
print("\n".join(lines))
