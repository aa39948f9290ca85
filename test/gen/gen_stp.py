import random, sys
# Random differential STP (802.1D in the kernel, stp_state 1) on two or three
# bridges joined by one or two veth links per pair: random bridge priorities,
# port costs and priorities, then random events (priority/cost changes,
# carrier loss, a port leaving, STP turned off and on) each followed by a
# sleep past forward_delay twice (and max_age where information must age), and
# the states, root and designated fields seen by bridge link, sysfs and ip -d.
# Observations sit in steady state: transients depend on the hold timer's
# phase against the kernel's real time.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential STP (seed %d): bridges with stp_state 1 joined by parallel veth links, random bridge and port priorities and costs, then events (priority and cost changes, carrier loss, ports leaving, STP off and on) each followed by a sleep past max_age and twice forward_delay; port states, root and designated fields from bridge link, sysfs and ip -d link." % seed, ""]
def c(x): lines.append("  $ " + x)
nb = r.choice([2, 3, 3])
B = list(range(1, nb + 1))
c("for i in %s; do ip netns add s$i; ip netns exec s$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done" % " ".join(map(str, B)))
prio = {b: r.choice([32768, 32768, 4096, 61440, 0]) for b in B}
for b in B:
    c("ip -n s%d link add br0 address 02:00:00:00:0%d:00 type bridge stp_state 1 forward_delay 200 hello_time 100 max_age 600%s" % (b, b, '' if prio[b] == 32768 else ' priority %d' % prio[b]))
links = []  # (name, b1, b2)
pairs = [(1, 2)] if nb == 2 else [(1, 2), (2, 3), (1, 3)]
if nb == 3 and r.random() < 0.3: pairs.remove(r.choice(pairs))
n = 0
for (a, b) in pairs:
    for k in range(r.choice([1, 1, 2]) if nb == 3 else r.choice([2, 2, 3])):
        n += 1
        nm = "l%d" % n
        links.append((nm, a, b))
        c("ip link add %s netns s%d address 02:00:00:00:0%d:%02d type veth peer name %s netns s%d address 02:00:00:00:0%d:%02d" % (nm, a, a, n, nm, b, b, n))
ports = [(nm, s) for (nm, a, b) in links for s in (a, b)]
for (nm, s) in ports:
    opts = []
    if r.random() < 0.25: opts.append('cost %d' % r.choice([1, 4, 10, 100]))
    if r.random() < 0.2: opts.append('priority %d' % r.choice([0, 16, 48, 63]))
    # the port options once it is a port: with master in the same command the slave kind is not known yet (EOPNOTSUPP)
    c("ip -n s%d link set %s master br0%s" % (s, nm, ('; ip -n s%d link set %s type bridge_slave %s' % (s, nm, ' '.join(opts))) if opts else ''))
c("for i in %s; do ip -n s$i link set br0 up; for l in %s; do ip -n s$i link set $l up 2>/dev/null; done; done; true" % (" ".join(map(str, B)), " ".join(l[0] for l in links)))
def states(): return "for i in %s; do bridge -n s$i link show; done" % " ".join(map(str, B))
def roots(): return "for i in %s; do ip netns exec s$i sh -c 'cd /sys/class/net/br0/bridge; echo $(cat bridge_id root_id root_port root_path_cost)'; done" % " ".join(map(str, B))
def desig():
    nm, s = r.choice(ports)
    k = r.random()
    if k < 0.5: return "ip netns exec s%d sh -c 'cd /sys/class/net/%s/brport; echo $(cat port_no port_id state path_cost priority designated_root designated_bridge designated_port designated_cost)'" % (s, nm)
    if k < 0.8: return "ip -n s%d -d link show %s | grep -oE '(state|priority|cost|designated_[a-z]+|port_id|port_no) [^ ]+' | tr '\\n' ' '; echo" % (s, nm)
    return "ip -n s%d -d link show br0 | grep -oE '(priority|stp_state|root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\\n' ' '; echo" % s
c("sleep 6")
c(states()); c(roots())
for i in range(r.randint(4, 6)):
    k = r.random()
    # worse information from the same designated port is ignored until it ages out (max_age 6 s), then two forward delays
    wait = 12
    if k < 0.2:
        b = r.choice(B)
        c("ip -n s%d link set br0 type bridge priority %d; echo $?" % (b, r.choice([0, 4096, 32768, 61440, 65535])))
    elif k < 0.4:
        nm, s = r.choice(ports)
        c("bridge -n s%d link set dev %s cost %d; echo $?" % (s, nm, r.choice([1, 3, 10, 50, 65535])))
    elif k < 0.5:
        nm, s = r.choice(ports)
        c("bridge -n s%d link set dev %s priority %d; echo $?" % (s, nm, r.choice([0, 8, 32, 63])))
    elif k < 0.65:
        nm, s = r.choice(ports)
        c("ip -n s%d link set %s %s" % (s, nm, r.choice(['down', 'up'])))
    elif k < 0.75:
        nm, s = r.choice(ports)
        c("ip -n s%d link set %s %s" % (s, nm, r.choice(['nomaster', 'master br0'])))
    elif k < 0.85:
        b = r.choice(B)
        c("ip -n s%d link set br0 type bridge stp_state 0; echo $?; ip -n s%d link set br0 type bridge stp_state 1; echo $?" % (b, b))
    else:
        b = r.choice(B)
        c("ip -n s%d link set br0 type bridge %s; echo $?" % (b, r.choice(['forward_delay 300', 'hello_time 200', 'max_age 800', 'forward_delay 100', 'max_age 400'])))
    c("sleep %d" % wait)
    c(states())
    c(r.choice([roots(), desig(), desig()]))
c(roots())
for b in B:
    c("ip -n s%d -d link show br0 | grep -oE '(root_id|root_port|root_path_cost|bridge_id|designated_root) [^ ]+' | tr '\\n' ' '; echo" % b)
print("\n".join(lines))
