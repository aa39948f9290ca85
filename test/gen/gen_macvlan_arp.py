import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential scenario (seed %d): macvlans of random modes in the lower device's own namespace h, addresses in the lower's subnet or others, random ARP knobs (arp_ignore, arp_announce, arp_filter, rp_filter) per device; host x on a bridge arpings and pings each address; who answers with which MAC (tcpdump on x), the neighbour tables, ip -s link of the macvlans." % seed, ""]
def c(x): lines.append("  $ " + x)
c("for n in s h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done")
c("ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up")
c("ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s")
c("for q in p1 p2; do ip -n s link set $q master sw; ip -n s link set $q up; done; ip -n h link set e0 up; ip -n x link set x0 up")
c("ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.0.5.100/24 dev x0")
c("for d in h/e0 x/x0; do ip netns exec ${d%/*} sysctl -qw net.ipv4.neigh.${d#*/}.base_reachable_time_ms=3600000 net.ipv4.neigh.${d#*/}.delay_first_probe_time=3600 net.ipv4.neigh.${d#*/}.mcast_solicit=1; done")
if r.random() < 0.8:
    c("ip -n h addr add 10.0.0.1/24 dev e0")
nm = r.randint(1, 3)
addrs = []
for i in range(1, nm + 1):
    mode = r.choice(['bridge', 'private', 'vepa', 'bridge', 'passthru' if nm == 1 else 'bridge'])
    a = r.choice(['10.0.0.%d/24' % (10 + i), '10.0.0.%d/24' % (10 + i), '10.0.5.%d/24' % (10 + i), '10.0.0.%d/32' % (10 + i)])
    addrs.append(a.split('/')[0])
    c("ip -n h link add mv%d link e0 address 02:00:00:00:0a:%02d type macvlan mode %s; ip -n h addr add %s dev mv%d; ip -n h link set mv%d up; echo $?" % (i, i, mode, a, i, i))
    c("ip netns exec h sysctl -qw net.ipv4.neigh.mv%d.base_reachable_time_ms=3600000 net.ipv4.neigh.mv%d.delay_first_probe_time=3600 net.ipv4.neigh.mv%d.mcast_solicit=1" % (i, i, i))
devs = ['all', 'e0'] + ['mv%d' % i for i in range(1, nm + 1)]
for i in range(r.randint(2, 6)):
    c("ip netns exec h sysctl -qw net.ipv4.conf.%s.%s; echo $?" % (r.choice(devs), r.choice(['arp_ignore=1', 'arp_ignore=2', 'arp_ignore=0', 'arp_announce=2', 'arp_announce=1', 'arp_filter=1', 'rp_filter=1', 'rp_filter=2', 'arp_accept=1'])))
if r.random() < 0.3:
    c("ip -n s link set p1 type bridge_slave hairpin on")
cap = r.random() < 0.7
if cap:
    c("ip netns exec x tcpdump -l -n -e -t -i x0 arp > cap 2>/dev/null & sleep 1")
tg = addrs + ['10.0.0.1', '10.0.0.99']
for i in range(r.randint(4, 8)):
    k = r.random()
    if k < 0.4:
        c("ip netns exec x arping -c 1 -w 1 -I x0 %s%s | sed 's/ [0-9.]*ms$//'" % (r.choice(['', '', '-s 10.0.5.100 ']), r.choice(tg)))
    elif k < 0.75:
        c("ip netns exec x ping -c 1 -W 1 %s > /dev/null 2>&1; echo $?; sleep 0.05" % r.choice(tg))
    elif k < 0.95:
        c("ip netns exec h ping -c 1 -W 1 %s10.0.0.100 > /dev/null 2>&1; echo $?; sleep 0.05" % r.choice(['', '-I mv1 ', '-I %s ' % r.choice(addrs), '-I e0 ']))
    else:
        c("ip -n x neigh flush all")
c("sleep 1.1; ip -n x neigh show | sort; ip -n h neigh show | sort")
if cap:
    c("kill %1; wait; cat cap")
c("for i in %s; do ip -n h -s link show mv$i | sed -n 4p; done" % ' '.join(str(i) for i in range(1, nm + 1)))
print("\n".join(lines))
