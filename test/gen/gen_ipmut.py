import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random mutations (seed %d) of valid ip commands (words dropped, doubled, swapped, numbers and addresses garbled): ip's parse errors and the kernel's answers with their exit status." % seed, ""]
def c(x): lines.append("  $ " + x)
c("ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20")
c("ip addr add 10.0.0.1/24 dev d0; ip link set d0 up; ip link set e0 up")
T = [
 "ip route add 10.1.0.0/16 via 10.0.0.2 dev d0 metric 10",
 "ip route add 10.2.0.0/24 dev d0 src 10.0.0.1 table 100 proto static scope link",
 "ip route replace 10.3.0.0/24 via 10.0.0.3 mtu 1400 advmss 1300",
 "ip route add blackhole 10.4.0.0/16",
 "ip route add 10.5.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3 weight 1",
 "ip route get 10.1.2.3 from 10.0.0.1 oif d0 mark 5",
 "ip route del 10.1.0.0/16",
 "ip route show table main type unicast",
 "ip addr add 10.0.1.1/24 brd + dev d0 label d0:1 valid_lft 100 preferred_lft 50",
 "ip addr del 10.0.0.1/24 dev d0",
 "ip addr change 10.0.0.1/24 dev d0 preferred_lft 10",
 "ip addr show dev d0 scope global",
 "ip link set d0 mtu 1400 txqueuelen 100 alias foo",
 "ip link set dev d0 address 02:00:00:00:00:33",
 "ip link add name v1 type veth peer name v2",
 "ip link set d0 name d9",
 "ip link show type veth",
 "ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev d0 nud permanent",
 "ip neigh replace 10.0.0.6 lladdr 02:00:00:00:00:06 dev d0 nud reachable",
 "ip neigh del 10.0.0.5 dev d0",
 "ip rule add from 10.0.0.0/24 table 100 pref 100",
 "ip rule add fwmark 0x10/0xff lookup 200 priority 200",
 "ip rule del pref 100",
 "ip rule add iif d0 to 10.9.0.0/16 prohibit",
 "ip nexthop add id 1 via 10.0.0.2 dev d0",
 "ip nexthop add id 10 group 1/2",
 "ip route add 10.6.0.0/16 nhid 1",
 "ip netns add x1",
 "ip link set e0 netns x1",
 "ip -4 route flush table 100",
 "ip addr flush dev d0 label d0:1",
 "ip tunnel show",
 "ip maddr add 01:00:5e:00:00:05 dev d0",
 "ip route add local 10.7.0.0/16 dev lo",
 "ip -s -s link show dev d0",
]
garbage = ['xyz', '-1', '999999999999', '1.2.3', '10.0.0.300', '0x', '/24', '', 'dev', 'via', 'table', 'nexthop', '02:00', 'lo', '4294967296', '65536']
for i in range(r.randint(10, 18)):
    w = r.choice(T).split()
    k = r.random()
    n = len(w)
    if n > 3:
        j = r.randrange(2, n)
        if k < 0.25: del w[j]
        elif k < 0.4: w.insert(j, w[j])
        elif k < 0.55 and j + 1 < n: w[j], w[j+1] = w[j+1], w[j]
        elif k < 0.85: w[j] = r.choice(garbage) or "''"
        else: w = w[:j]
    c(" ".join(w) + "; echo $?")
c("ip route show table all | grep -v '^local\\|^broadcast\\|fe80\\|ff00\\|multicast\\|^::1\\|anycast' | sort")
c("ip addr show | grep inet | sort; ip rule; ip neigh | sort; ip nexthop")
print("\n".join(lines))
