Random differential sequence (seed 10) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw fdb show state static | sort
  $ ip -n h2 neigh flush all
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ ip -n sw link del p2; echo $?
  0
  $ bridge -n sw link set dev br0 hwmode veb self; echo $?
  0
  $ ip -n sw link set p2 up
  Cannot find device "p2"
  [1]
  $ ip -n sw link set br0 type bridge group_fwd_mask 0x8; echo $?
  0
  $ bridge -n sw link show dev p2
  Cannot find device "p2"
  [255]
  $ ip -n sw link set br0 type bridge max_age 2000; echo $?
  0
  $ bridge -n sw link set dev p1 learning_sync off self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw link set dev br0 learning off self; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ ip -n sw -d link show p3 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state forwarding priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8003 port_no 0x3 designated_port 32771 designated_cost 0 designated_bridge 8000.2:0:0:0:90:1 designated_root 8000.2:0:0:0:90:1 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ bridge -n sw -d fdb show dev p2 | sort
  Cannot find device "p2"
  $ ip -n sw link add br1 address 02:00:00:00:99:01 type bridge mtu 1400; echo $?
  bridge: unknown command "mtu"?
  Usage: ... bridge [ fdb_flush ]
  		  [ forward_delay FORWARD_DELAY ]
  		  [ hello_time HELLO_TIME ]
  		  [ max_age MAX_AGE ]
  		  [ ageing_time AGEING_TIME ]
  		  [ stp_state STP_STATE ]
  		  [ priority PRIORITY ]
  		  [ group_fwd_mask MASK ]
  		  [ group_address ADDRESS ]
  		  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]
  		  [ vlan_filtering VLAN_FILTERING ]
  		  [ vlan_protocol VLAN_PROTOCOL ]
  		  [ vlan_default_pvid VLAN_DEFAULT_PVID ]
  		  [ vlan_stats_enabled VLAN_STATS_ENABLED ]
  		  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]
  		  [ mcast_snooping MULTICAST_SNOOPING ]
  		  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]
  		  [ mcast_router MULTICAST_ROUTER ]
  		  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]
  		  [ mcast_querier MULTICAST_QUERIER ]
  		  [ mcast_hash_elasticity HASH_ELASTICITY ]
  		  [ mcast_hash_max HASH_MAX ]
  		  [ mcast_last_member_count LAST_MEMBER_COUNT ]
  		  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
  		  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
  		  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
  		  [ mcast_querier_interval QUERIER_INTERVAL ]
  		  [ mcast_query_interval QUERY_INTERVAL ]
  		  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
  		  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
  		  [ mcast_stats_enabled MCAST_STATS_ENABLED ]
  		  [ mcast_igmp_version IGMP_VERSION ]
  		  [ mcast_mld_version MLD_VERSION ]
  		  [ nf_call_iptables NF_CALL_IPTABLES ]
  		  [ nf_call_ip6tables NF_CALL_IP6TABLES ]
  		  [ nf_call_arptables NF_CALL_ARPTABLES ]
  
  Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }
  1
  $ bridge -n sw fdb replace 01:00:5e:01:02:03 dev br1 self permanent vlan 3; echo $?
  Cannot find device "br1"
  255
  $ ip -n sw -d link show p2 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
  Device "p2" does not exist.
  $ bridge -n sw fdb flush dev br0 extern_learn; echo $?
  0
  $ ip -n sw -d link show br0 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
      bridge forward_delay 1500 hello_time 200 max_age * ageing_time 30000 stp_state 0 priority 32768 vlan_filtering 0 bridge_id 8000.2:0:0:0:90:1 designated_root 8000.2:0:0:0:90:1 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer X tcn_timer X topology_change_timer X gc_timer X group_fwd_mask 0x8 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536  (glob)
  $ ip -n sw link add p3 address 02:00:00:00:60:09 type veth peer name p3x address 02:00:00:00:70:07; echo $?; ip -n sw link set p3 up master br1; echo $?
  RTNETLINK answers: File exists
  2
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip -n sw link set br0 type bridge ageing_time 30000; echo $?
  0
  $ ip -n sw link set p2 multicast off; echo $?
  Cannot find device "p2"
  1
  $ ip -n sw link set p2 master br0 type bridge_slave learning off; echo $?
  Cannot find device "p2"
  1
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
