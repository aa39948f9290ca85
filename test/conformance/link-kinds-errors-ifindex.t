ip link add/set errors of the lab's kinds: MTU bounds of a bridge and a veth (veth_validate()), a macvlan
on a bridge port (EBUSY), without or on a bad lower device, bridge-in-bridge and loopback enslaving; a
veth whose own queue counts are bad fails in rtnl_create_link() before its peer takes an ifindex (the
next pair's indexes show it).
  $ ip link add br0 type bridge; ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set br0 mtu 67; ip link set br0 mtu 65536; ip link set br0 mtu 65535; ip link show br0 | head -1
  Error: mtu less than device minimum.
  Error: mtu greater than device maximum.
  2: br0: <BROADCAST,MULTICAST> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link set a0 master br0; ip link set a0 mtu 9000; ip link show br0 | head -1
  2: br0: <BROADCAST,MULTICAST> mtu 65535 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link add m0 link a0 type macvlan mode bridge; ip link set m0 mtu 9001; ip link set m0 mtu 9000; ip link set m0 mtu 67
  RTNETLINK answers: Device or resource busy
  Cannot find device "m0"
  Cannot find device "m0"
  Cannot find device "m0"
  [1]
  $ ip link add m1 link nosuch type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip link add m1 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add m1 link lo type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add m1 link br0 type macvlan mode bogus
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "bogus"
  [1]
  $ ip link add v0 link a0 type vlan id 4095
  Error: Unknown device type.
  [2]
  $ ip link add v0 link a0 type vlan id 5; ip link add v1 link a0 type vlan id 5
  Error: Unknown device type.
  Error: Unknown device type.
  [2]
  $ ip link add v2 type vlan id 6
  Error: Unknown device type.
  [2]
  $ ip link set br0 master br0
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ ip link add br1 type bridge; ip link set br0 master br1; ip link set br1 master br0
  Error: Can not enslave a bridge to a bridge.
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ ip link set lo master br0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set b0 master a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link add x0 mtu 67 type veth peer name y0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add x0 mtu 65536 type veth peer name y0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add x0 txqueuelen 5 numtxqueues 0 type veth peer name y0
  Error: Invalid number of transmit queues.
  [2]
  $ ip link add x0 numtxqueues 4097 type veth peer name y0
  Error: Invalid number of transmit queues.
  [2]
  $ ip link add x0 type veth peer name y0 mtu 1400; ip link show x0 | head -1; ip link show y0 | head -1
  7: x0@y0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  6: y0@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 qdisc noop state DOWN mode DEFAULT group default qlen 1000
  $ ip link add br0 type bridge
  RTNETLINK answers: File exists
  [2]
  $ ip link add name br2 type bridge forward_delay 1 hello_time 0 max_age 5
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link add name br4 type bridge bogus 1
  bridge: unknown command "bogus"?
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
  $ ip -br link show | sort | cut -d" " -f1
  a0@b0
  b0@a0
  br0
  br1
  lo
  x0@y0
  y0@x0
