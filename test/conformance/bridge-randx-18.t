Random differential sequence (seed 18) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw link set p1 down
  $ ip -n sw link set p1 master br0; echo $?
  0
  $ bridge -n sw fdb show brport p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip -n sw link set br0 type bridge ageing_time 0; echo $?
  0
  $ ip netns exec sw sh -c 'echo 01:80:c2:00:00:0f > /sys/class/net/br0/bridge/flush; echo $?; cat /sys/class/net/br0/bridge/flush'
  sh: 1: echo: echo: I/O error
  1
  cat: /sys/class/net/br0/bridge/flush: Permission denied
  [1]
  $ bridge -n sw mdb del dev br0 port p3 grp ff0e::1 ; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ ip -n sw link set p3 type bridge_slave backup_port p1; echo $?
  0
  $ ip -n h3 link set e0 down
  $ ip -n sw link set p3 mtu 1400; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  1
  $ ip -n sw link set br0 address 02:00:00:00:99:98; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  1
  $ bridge -n sw fdb get 00:00:00:00:00:00 br br0 vlan 1; echo $?
  Error: Fdb entry not found.
  254
  $ ip netns exec sw sh -c 'echo 0 > /sys/class/net/p3/brport/locked; echo $?; cat /sys/class/net/p3/brport/locked'
  sh: 1: cannot create /sys/class/net/p3/brport/locked: Permission denied
  2
  cat: /sys/class/net/p3/brport/locked: No such file or directory
  [1]
  $ ip netns exec sw cat /sys/class/net/p1/brport/multicast_flood
  1
  $ ip -n sw -d link show br0 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc)_timer +[0-9.]+/\1_timer X/g'
      bridge forward_delay 1500 hello_time 200 max_age * ageing_time 0 stp_state 0 priority 32768 vlan_filtering 0 bridge_id 8000.2:0:0:0:99:98 designated_root 8000.2:0:0:0:99:98 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer X tcn_timer X topology_change_timer X gc_timer X group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536  (glob)
  $ ip -n sw link set p2 master br0; echo $?
  0
  $ ip -n sw link set p2 master br0; echo $?
  0
  $ bridge -n sw mdb add dev br0 port br0 grp 239.1.1.2 permanent; echo $?
  Error: bridge: Flags are not allowed for host groups.
  255
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  1
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  1
  $ ip -n h3 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  1
  $ ip -n sw link set p1 type bridge_slave group_fwd_mask 0x4000; echo $?
  0
  $ ip -n sw link set p1 type bridge_slave state 3; echo $?
  RTNETLINK answers: Network is down
  2
  $ ip netns exec sw cat /sys/class/net/p3/brport/neigh_suppress
  0
  $ ip netns exec sw cat /sys/class/net/p2/brport/multicast_flood
  1
  $ ip -n sw link set p3 master br0; echo $?
  0
  $ ip -n sw link set br0 type bridge forward_delay 3000 mcast_query_use_ifaddr 1; echo $?
  0
  $ ip -n sw link set p2 mtu 1400; echo $?
  0
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:98 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1400 master br0 state disabled priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off backup_port p1 isolated off locked off 
