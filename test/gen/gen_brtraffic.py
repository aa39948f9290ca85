import random, sys
# Random differential traffic across a bridge: port flags (learning, flood,
# mcast_flood, bcast_flood, isolated, hairpin, neigh_suppress, proxy_arp,
# locked, state) changed between unicast/unknown-unicast/broadcast/multicast
# datagrams and ARP, then what each host received (ip -s link), what the
# bridge learnt (bridge fdb) and its own counters. Hosts have permanent
# neighbour entries so no ARP retransmit races the listings; arping is the
# only ARP on the wire.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random differential traffic (seed %d) across a bridge with four hosts: port flags (learning, flood, mcast_flood, bcast_flood, isolated, hairpin, neigh_suppress, proxy_arp, locked, state) between unicast, unknown unicast, broadcast and multicast datagrams and arpings; what each host counted, the bridge's fdb and counters." % seed, ""]
def c(x): lines.append("  $ " + x)
H = [1, 2, 3, 4]
c("for n in h1 h2 h3 h4 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done")
c("ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0%s" % r.choice(['', '', ' ageing_time 30000', ' group_fwd_mask 0x4000']))
c("for i in 1 2 3 4; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done")
c("for p in p1 p2 p3 p4; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up")
brip = r.random() < 0.5
if brip:
    c("ip -n sw addr add 10.0.0.254/24 dev br0")
# permanent neighbours everywhere; 10.0.0.9 is a MAC nobody has (unknown unicast)
c("for i in 1 2 3 4; do for j in 1 2 3 4; do [ $i = $j ] || ip -n h$i neigh add 10.0.0.$j lladdr 02:00:00:00:00:0$j dev e0 nud permanent; done; ip -n h$i neigh add 10.0.0.9 lladdr 02:00:00:00:00:77 dev e0 nud permanent; ip -n h$i neigh add 10.0.0.254 lladdr 02:00:00:00:99:99 dev e0 nud permanent; done; sleep 1.1")
if brip:
    c("for i in 1 2 3 4; do ip -n sw neigh add 10.0.0.$i lladdr 02:00:00:00:00:0$i dev br0 nud permanent; done")
FL = ['learning', 'flood', 'mcast_flood', 'bcast_flood', 'isolated', 'hairpin', 'neigh_suppress', 'locked', 'learning', 'flood']
def flag():
    f = r.choice(FL)
    v = r.choice(['on', 'off'])
    if f in ('learning', 'flood', 'mcast_flood', 'bcast_flood'): v = r.choice(['off', 'off', 'on'])
    return "%s %s" % (f, v)
def portset():
    p = r.choice(H)
    k = r.random()
    if k < 0.7: return "bridge -n sw link set dev p%d %s; echo $?" % (p, " ".join(flag() for _ in range(r.randint(1, 2))))
    if k < 0.9: return "ip -n sw link set p%d type bridge_slave %s; echo $?" % (p, r.choice([flag(), flag(), 'proxy_arp %s' % r.choice(['on', 'off']), 'proxy_arp_wifi on']))
    return "bridge -n sw link set dev p%d state %d; echo $?" % (p, r.choice([0, 1, 2, 3, 3, 4]))
def counters():
    return "for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done"
def traffic():
    s = r.choice(H)
    k = r.random()
    if k < 0.3:
        t = r.choice([x for x in H if x != s] + [9, 254] if brip else [x for x in H if x != s] + [9])
        return "ip netns exec h%d ping -c 1 -W 1 10.0.0.%d > /dev/null; echo $?" % (s, t)
    if k < 0.5:
        t = r.choice([x for x in H if x != s] + [9])
        return "echo hi | ip netns exec h%d socat -u - UDP4-SENDTO:10.0.0.%d:9; echo $?" % (s, t)
    if k < 0.65:
        return "echo hi | ip netns exec h%d socat -u - UDP4-DATAGRAM:10.0.0.255:9,broadcast; echo $?" % s
    if k < 0.8:
        return "echo hi | ip netns exec h%d socat -u - UDP4-DATAGRAM:%s:9,ip-multicast-if=10.0.0.%d; echo $?" % (s, r.choice(['239.1.1.1', '224.0.0.1', '224.0.0.251']), s)
    t = r.choice([x for x in H if x != s] + [254] if brip else [x for x in H if x != s])
    return "ip netns exec h%d arping -c 1 -w 1 -I e0 10.0.0.%d; echo $?" % (s, t)
for i in range(r.randint(3, 6)):
    c(portset())
n = r.randint(18, 30)
for i in range(n):
    k = r.random()
    if k < 0.5: c(traffic())
    elif k < 0.72: c(portset())
    elif k < 0.82: c(counters())
    elif k < 0.9: c(r.choice(["bridge -n sw fdb show br br0 | grep -v permanent | sort", "bridge -n sw fdb show dynamic | sort", "bridge -n sw -d link show", "ip -n sw -s link show br0 | sed -n '4p;6p'"]))
    elif k < 0.95: c(r.choice(["bridge -n sw fdb flush dev br0 dynamic; echo $?", "bridge -n sw fdb del 02:00:00:00:00:0%d dev p%d master; echo $?" % (r.choice(H), r.choice(H)), "bridge -n sw fdb add 02:00:00:00:00:77 dev p%d master static; echo $?" % r.choice(H)]))
    else: c("ip -n sw link set p%d %s; sleep 1.1" % (r.choice(H), r.choice(['down', 'up'])))  # linkwatch's 1 s
c(counters())
c("for p in p1 p2 p3 p4; do echo $p $(ip -n sw -s link show $p | sed -n '4p;6p'); done")
c("bridge -n sw fdb show br br0 | grep -v permanent | sort")
c("bridge -n sw -d link show")
print("\n".join(lines))
