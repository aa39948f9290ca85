A snooping bridge in IGMPv3 mode with a querier forwards a group's traffic by source: a host's source-specific join (iperf -H) gets only its source's packets, an any-source member (EXCLUDE) joins every (S, G) entry (added_by_star_ex) and gets all; a source nobody asked for reaches no one. Echo requests to the group counted by each host (IcmpInEchos).
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add h3
  $ for n in h1 h2 h3; do ip netns exec $n sysctl -qw net.ipv6.conf.default.disable_ipv6=1; done
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_igmp_version 3 mcast_querier 1 mcast_query_response_interval 100
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link add p2 address 02:00:00:00:02:01 type veth peer name e2 netns h2 address 02:00:00:00:02:02
  $ ip link add p3 address 02:00:00:00:03:01 type veth peer name e3 netns h3 address 02:00:00:00:03:02
  $ for p in p1 p2 p3; do ip link set $p master br0; ip link set $p up; done
  $ ip link set br0 up
  $ for n in 1 2 3; do ip -n h$n link set e$n up; ip -n h$n route add 224.0.0.0/4 dev e$n; done
  $ ip -n h1 addr add 10.0.0.2/24 dev e1; ip -n h2 addr add 10.0.0.3/24 dev e2
  $ ip -n h3 addr add 10.0.0.9/24 dev e3; ip -n h3 addr add 10.0.0.8/24 dev e3; ip -n h3 addr add 10.0.0.7/24 dev e3
  $ sleep 2
  $ ip netns exec h1 sh -c 'timeout -s KILL 9 iperf -s -u -B 232.1.1.1 -H 10.0.0.9 >/dev/null 2>&1 &'
  $ ip netns exec h2 sh -c 'timeout -s KILL 9 iperf -s -u -p 5002 -B 232.1.1.1 -H 10.0.0.8 >/dev/null 2>&1 &'
  $ sleep 1.5
  $ bridge mdb show | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp
  dev br0 port p1 grp 232.1.1.1 temp
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp
  dev br0 port p2 grp 232.1.1.1 temp
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.8 temp filter_mode include proto kernel 
  dev br0 port p2 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.8/2xx.xx proto kernel 
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.9 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h3 ping -c 2 -i 0.2 -W 0.2 -I 10.0.0.8 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.7 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h1 nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     1                  0.0
  $ ip netns exec h2 nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     2                  0.0
  $ ip netns exec h2 sh -c 'timeout -s KILL 4 iperf -s -u -p 5003 -B 232.1.1.1 >/dev/null 2>&1 &'
  $ sleep 1
  $ bridge -d mdb show | sed -E 's/\/2[0-9]{2}\.[0-9]{2}/\/2xx.xx/' | sort
  dev br0 port p1 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel 
  dev br0 port p1 grp 232.1.1.1 temp filter_mode include source_list 10.0.0.9/2xx.xx proto kernel 
  dev br0 port p2 grp 232.1.1.1 src 10.0.0.9 temp filter_mode include proto kernel  added_by_star_ex
  dev br0 port p2 grp 232.1.1.1 temp filter_mode exclude proto kernel 
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.9 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h3 ping -c 1 -W 0.2 -I 10.0.0.7 232.1.1.1 >/dev/null; echo $?
  1
  $ ip netns exec h1 nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     2                  0.0
  $ ip netns exec h2 nstat -asz IcmpInEchos
  #kernel
  IcmpInEchos                     4                  0.0
