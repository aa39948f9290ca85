import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): macvlans of random modes (private, vepa, bridge, passthru, source with macaddr lists, nopromisc) on h's e0, each in its own namespace, e0 on a bridge (hairpin or not) with host x; pings and arpings between them, mode changes, then what each one counted (ip -s link), ip -d link and the neighbour tables." % seed, ""]
def c(x): lines.append("  $ " + x)
nm = r.randint(2, 3)
ms = ['m%d' % i for i in range(1, nm + 1)]
c("for n in s h x %s; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done" % ' '.join(ms))
c("ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up")
c("ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s")
c("for p in p1 p2; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up")
c("ip -n x addr add 10.0.0.100/24 dev x0")
if r.random() < 0.5:
    c("ip -n s link set p1 type bridge_slave hairpin on")
if r.random() < 0.6:
    c("ip -n h addr add 10.0.0.1/24 dev e0")
modes = ['private', 'vepa', 'bridge', 'bridge', 'vepa', 'source', 'passthru']
for i, m in enumerate(ms):
    mode = r.choice(modes)
    extra = ''
    if r.random() < 0.15: extra += ' nopromisc'
    if r.random() < 0.1: extra += ' bcqueuelen 10'
    if mode == 'source' and r.random() < 0.7:
        extra += ' macaddr add 02:00:00:00:02:00'
    c("ip -n h link add mv%d link e0 address 02:00:00:00:0a:%02d type macvlan mode %s%s; echo $?" % (i + 1, i + 1, mode, extra))
    c("ip -n h link set mv%d netns %s && ip -n %s addr add 10.0.0.%d/24 dev mv%d && ip -n %s link set mv%d up; echo $?" % (i + 1, m, m, 11 + i, i + 1, m, i + 1))
targets = ['10.0.0.1', '10.0.0.100', '10.0.0.255'] + ['10.0.0.%d' % (11 + i) for i in range(nm)]
for k in range(r.randint(6, 12)):
    x = r.random()
    src = r.choice(ms + ['x', 'h'])
    dev = {'x': 'x0', 'h': 'e0'}.get(src, 'mv%s' % src[1:])
    if x < 0.5:
        t = r.choice([t for t in targets if src[0] != 'm' or t != '10.0.0.%d' % (10 + int(src[1:]))])
        b = ' -b' if t.endswith('.255') else ''
        c("ip netns exec %s ping -c 1 -W 1%s %s >/dev/null 2>&1; echo $?; sleep 0.05" % (src, b, t))
    elif x < 0.65:
        c("ip netns exec %s arping -c 1 -w 1 -I %s %s; echo $?" % (src, dev, r.choice(targets[:2] + targets[3:])))
    elif x < 0.75:
        m = r.choice(ms)
        c("ip -n %s link set mv%s type macvlan mode %s; echo $?" % (m, m[1:], r.choice(['private', 'vepa', 'bridge', 'source', 'passthru'])))
    elif x < 0.82:
        m = r.choice(ms)
        c("ip -n %s link set mv%s type macvlan macaddr %s; echo $?" % (m, m[1:], r.choice(['add 02:00:00:00:02:00', 'add 02:00:00:00:01:00', 'del 02:00:00:00:02:00', 'flush', 'set 02:00:00:00:02:00 02:00:00:00:0a:01'])))
    elif x < 0.88:
        m = r.choice(ms)
        c("ip -n %s link set mv%s down; ip -n %s link set mv%s up; echo $?" % (m, m[1:], m, m[1:]))
    elif x < 0.94:
        c(r.choice(["ip -n h link set e0 promisc on", "ip -n s link set p1 type bridge_slave hairpin on", "ip -n s link set p1 type bridge_slave hairpin off", "ip -n h link set e0 down; ip -n h link set e0 up", "ip -n h addr flush dev e0"]) + "; echo $?")
    else:
        m = r.choice(ms)
        c("ip netns exec %s sysctl -qw net.ipv4.conf.mv%s.%s; echo $?" % (m, m[1:], r.choice(['arp_ignore=1', 'arp_ignore=2', 'arp_announce=2', 'arp_accept=1', 'arp_filter=1'])))
c("sleep 1.1; for n in h x %s; do echo \"== $n\"; ip -n $n neigh show | sort; done" % ' '.join(ms))
for i, m in enumerate(ms):
    c("ip -n %s -s link show mv%d; ip -n %s -d link show mv%d | sed -n 3p" % (m, i + 1, m, i + 1))
c("ip -n h -s link show e0; ip -n h -d link show e0 | grep -o 'promiscuity [0-9]*'")
c("ip -n x -s link show x0")
print("\n".join(lines))
