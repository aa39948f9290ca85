import random, sys
# Random mutations of valid bridge-tool and bridge/macvlan ip link commands
# (words dropped, doubled, swapped, cut, garbled): the parsers' messages, the
# kernel's answers and their exit status, then what was made.
seed = int(sys.argv[1]); r = random.Random(seed)
lines = ["Random mutations (seed %d) of valid bridge, bridge fdb/mdb/link/vlan/vni and ip link bridge/bridge_slave/macvlan commands (words dropped, doubled, swapped, cut, garbled): the parse errors, the kernel's answers and exit statuses, then the resulting fdb, mdb and links." % seed, ""]
def c(x): lines.append("  $ " + x)
c("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1")
c("ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1; ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01; ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02")
c("ip link set p1 master br0; ip link set p2 master br0; for d in p1 p2 q1 q2 br0; do ip link set $d up; done")
c("ip link add mv0 link q1 address 02:00:00:00:0a:01 type macvlan mode bridge")
T = [
 "bridge fdb add 02:00:00:00:00:01 dev p1 master static vlan 5",
 "bridge fdb append 02:00:00:00:00:02 dev p1 self permanent",
 "bridge fdb replace 02:00:00:00:00:03 dev p2 master dynamic sticky",
 "bridge fdb add 02:00:00:00:00:04 dev p2 master extern_learn",
 "bridge fdb del 02:00:00:00:00:01 dev p1 master vlan 5",
 "bridge fdb show br br0 brport p1 state static",
 "bridge fdb get 02:00:00:00:00:03 br br0 vlan 1",
 "bridge fdb flush dev br0 brport p2 dynamic nosticky",
 "bridge fdb add 01:00:5e:01:02:03 dev mv0 self",
 "bridge -s -j fdb show dev p2",
 "bridge mdb add dev br0 port p1 grp 239.1.1.1 permanent vid 3",
 "bridge mdb add dev br0 port p2 grp 239.1.1.2 src 10.0.0.1 permanent",
 "bridge mdb del dev br0 port p1 grp 239.1.1.1",
 "bridge mdb show dev br0 vid 3",
 "bridge link set dev p1 cost 10 priority 5 state 3 guard on hairpin off",
 "bridge link set dev p2 learning off flood off mcast_flood on neigh_suppress on isolated on",
 "bridge link set dev p1 mcast_router 2 backup_port p2",
 "bridge link show dev p1",
 "bridge -d link show",
 "bridge vlan add dev p1 vid 10 pvid untagged master",
 "bridge vlan show dev p1 vid 10",
 "bridge vni add dev br0 vni 5 group 239.1.1.1",
 "bridge monitor help",
 "bridge fdb add 02:00:00:00:00:05 dev p1 master static dst 10.0.0.9 port 4789 vni 7",
 "bridge fdb show dev p1 vlan 1 state permanent",
 "bridge vlan set dev p1 vid 10 state 3 mcast_router 1",
 "bridge vlan global set dev br0 vid 10 mcast_snooping 1 mcast_query_interval 100",
 "bridge vni show dev br0",
 "bridge link set dev p2 hwmode vepa self",
 "bridge -j -p mdb show dev br0",
 "bridge -force -batch /dev/null",
 "ip link set dev p1 type bridge_slave fdb_flush mcast_flood off mcast_to_unicast on",
 "ip link set br0 type bridge fdb_flush mcast_last_member_interval 200 mcast_startup_query_count 3",
 "ip link add mv3 link p1 type macvlan",
 "ip link add mv4 link mv0 address 02:00:00:00:0a:04 type macvlan mode private",
 "ip link set br0 type bridge forward_delay 400 hello_time 200 max_age 1000 stp_state 1 priority 4096",
 "ip link set br0 type bridge ageing_time 3000 group_fwd_mask 0x4000 mcast_querier 1 mcast_igmp_version 3",
 "ip link set br0 type bridge group_address 01:80:c2:00:00:0e mcast_hash_max 512 nf_call_iptables 1",
 "ip link set p1 type bridge_slave cost 7 priority 9 state 3 proxy_arp on mcast_router 1",
 "ip link set p2 type bridge_slave learning on flood off backup_port p1 group_fwd_mask 0x8",
 "ip link add br1 address 02:00:00:00:99:98 type bridge stp_state 0 vlan_filtering 0 mcast_snooping 0",
 "ip link add mv1 link q2 address 02:00:00:00:0a:02 type macvlan mode source macaddr add 02:00:00:00:00:09",
 "ip link set mv0 type macvlan mode vepa bcqueuelen 100 nodst",
 "ip link add mv2 link q2 type macvlan mode passthru nopromisc",
 "ip link set mv1 type macvlan macaddr set 02:00:00:00:00:07 02:00:00:00:00:08",
 "bridge -d -s link show dev p1",
]
garbage = ['xyz', '-1', '999999999999', '0x', '', 'dev', 'vlan', 'self', 'master', 'on', 'off', '02:00', '01:00:5e:00:00:01', '4294967296', '65536', '256', '4095', '0', 'br0', 'p1', 'lo', 'nosuch', 'help', '10.0.0.300', 'ff02::1']
for i in range(r.randint(24, 36)):
    w = r.choice(T).split()
    k = r.random()
    n = len(w)
    if n > 3:
        j = r.randrange(2, n)
        if k < 0.2: del w[j]
        elif k < 0.32: w.insert(j, w[j])
        elif k < 0.45 and j + 1 < n: w[j], w[j+1] = w[j+1], w[j]
        elif k < 0.85: w[j] = r.choice(garbage) or "''"
        elif k < 0.93: w = w[:j]
    c(" ".join(w) + "; echo $?")
c("bridge fdb show br br0 | grep -v '^33:33' | sort")
c("bridge mdb show | sort")
c("bridge -d link show")
c("ip -br link show | sort | cut -c1-30")
print("\n".join(lines))
