What a bridge refuses to enslave, and the errors of master/nomaster.
  $ ip link add br0 type bridge
  $ ip link add br1 type bridge
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:12
  $ ip link set lo master br0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 master br0
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ ip link set br1 master br0
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ ip link set v1 master nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
  $ ip link set v1 master v1p
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link set v1 master br0
  $ ip link set v1 master br0
  $ ip link set v1 master br1
  $ ip link show master br0
  $ ip link show master br1
  5: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br1 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip link set v1 nomaster
  $ ip link set v1 nomaster
  $ ip link show master br1
  $ ip link set v1p master br0
  $ ip link set v1 master br0
  $ ip link set v1p master br0
  $ bridge link show
  4: v1p@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  5: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip link del v1
  $ bridge link show
  $ ip link add br2 type bridge group_fwd_mask 1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add br2 type bridge hello_time 0
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link add br2 type bridge foo
  bridge: unknown command "foo"?
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
  [1]
  $ ip link show br2
  Device "br2" does not exist.
  [1]
