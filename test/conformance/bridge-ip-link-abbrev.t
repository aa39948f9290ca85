ip link's bridge and bridge_slave options are matched by prefix (matches()) in the order iplink_bridge.c and iplink_bridge_slave.c test them: "f" is fdb_flush, "mcast_f" mcast_flood, "l" learning, "n" neigh_suppress, "mcast_q" mcast_query_use_ifaddr; numbers go through get_u8/u16/u32/u64 with base 0 (hex, octal, overflow refused); the kernel's range checks on what arrives.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ ps() { ip -n sw link set p1 type bridge_slave "$@"; echo "rc $?"; ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; echo $(cat path_cost priority state multicast_router learning unicast_flood multicast_flood neigh_suppress hairpin_mode group_fwd_mask)'; }
  $ ps l off
  rc 0
  2 32 0 1 0 1 1 0 0 0x0
  $ ps f
  rc 0
  2 32 0 1 0 1 1 0 0 0x0
  $ ps fl off
  rc 0
  2 32 0 1 0 0 1 0 0 0x0
  $ ps mcast_f off
  rc 0
  2 32 0 1 0 0 0 0 0 0x0
  $ ps n on
  rc 0
  2 32 0 1 0 0 0 1 0 0x0
  $ ps h on
  rc 0
  2 32 0 1 0 0 0 1 1 0x0
  $ ps co 0x10
  rc 0
  16 32 0 1 0 0 0 1 1 0x0
  $ ps cost 010
  rc 0
  8 32 0 1 0 0 0 1 1 0x0
  $ ps cost 0
  RTNETLINK answers: Numerical result out of range
  rc 2
  8 32 0 1 0 0 0 1 1 0x0
  $ ps cost 4294967296
  Error: argument "4294967296" is wrong: cost is invalid
  rc 255
  8 32 0 1 0 0 0 1 1 0x0
  $ ps pr 0x3f
  rc 0
  8 63 0 1 0 0 0 1 1 0x0
  $ ps pri 64
  RTNETLINK answers: Numerical result out of range
  rc 2
  8 63 0 1 0 0 0 1 1 0x0
  $ ps priority 65536
  Error: argument "65536" is wrong: priority is invalid
  rc 255
  8 63 0 1 0 0 0 1 1 0x0
  $ ps st 0x2
  RTNETLINK answers: Network is down
  rc 2
  8 63 0 1 0 0 0 1 1 0x0
  $ ps state 256
  Error: argument "256" is wrong: state is invalid
  rc 255
  8 63 0 1 0 0 0 1 1 0x0
  $ ps state 9
  RTNETLINK answers: Invalid argument
  rc 2
  8 63 0 1 0 0 0 1 1 0x0
  $ ps mcast_r 3
  rc 0
  8 63 0 3 0 0 0 1 1 0x0
  $ ps mcast_r 4
  RTNETLINK answers: Invalid argument
  rc 2
  8 63 0 3 0 0 0 1 1 0x0
  $ ps mcast_router -1
  Error: argument "-1" is wrong: invalid mcast_router
  rc 255
  8 63 0 3 0 0 0 1 1 0x0
  $ ps group_fwd_mask 0x8
  rc 0
  8 63 0 3 0 0 0 1 1 0x8
  $ ps group_fwd_mask 0x7
  RTNETLINK answers: Invalid argument
  rc 2
  8 63 0 3 0 0 0 1 1 0x8
  $ ps group_fwd_mask 65536
  Error: argument "65536" is wrong: invalid group_fwd_mask
  rc 255
  8 63 0 3 0 0 0 1 1 0x8
  $ ps learning of
  rc 0
  8 63 0 3 0 0 0 1 1 0x8
  $ ps learning o
  rc 0
  8 63 0 3 0 0 0 1 1 0x8
  $ ps learning onn
  Error: argument of "learning" must be one of "off", "on", not "onn"
  rc 1
  8 63 0 3 0 0 0 1 1 0x8
  $ bs() { ip -n sw link set br0 type bridge "$@"; echo "rc $?"; ip netns exec sw sh -c 'cd /sys/class/net/br0/bridge; echo $(cat forward_delay hello_time max_age ageing_time stp_state priority multicast_snooping multicast_querier multicast_query_use_ifaddr)'; }
  $ bs fo 0x100
  rc 0
  256 200 2000 30000 0 32768 1 0 0
  $ bs h 150
  rc 0
  256 150 2000 30000 0 32768 1 0 0
  $ bs ma 700
  rc 0
  256 150 700 30000 0 32768 1 0 0
  $ bs a 0
  rc 0
  256 150 700 0 0 32768 1 0 0
  $ bs ageing_time 4294967295
  rc 0
  256 150 700 4294967294 0 32768 1 0 0
  $ bs st 2
  rc 0
  256 150 700 4294967294 1 32768 1 0 0
  $ bs stp_state 1
  rc 0
  256 150 700 4294967294 1 32768 1 0 0
  $ bs stp 0
  rc 0
  256 150 700 4294967294 0 32768 1 0 0
  $ bs pri 0x1000
  rc 0
  256 150 700 4294967294 0 4096 1 0 0
  $ bs priority 65536
  Error: argument "65536" is wrong: invalid priority
  rc 255
  256 150 700 4294967294 0 4096 1 0 0
  $ bs mcast_s 0
  rc 0
  256 150 700 4294967294 0 4096 0 0 0
  $ bs mcast_q 1
  rc 0
  256 150 700 4294967294 0 4096 0 0 1
  $ bs mcast_querier 1
  rc 0
  256 150 700 4294967294 0 4096 0 1 1
  $ bs mcast_query_i 100
  rc 0
  256 150 700 4294967294 0 4096 0 1 1
  $ bs mcast_query_interval 18446744073709551616
  Error: argument "18446744073709551616" is wrong: invalid mcast_query_interval
  rc 255
  256 150 700 4294967294 0 4096 0 1 1
  $ bs mcast_snooping 2
  rc 0
  256 150 700 4294967294 0 4096 1 1 1
  $ bs mcast_snooping 256
  Error: argument "256" is wrong: invalid mcast_snooping
  rc 255
  256 150 700 4294967294 0 4096 1 1 1
  $ bs no_linklocal 1
  bridge: unknown command "no_linklocal"?
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
  rc 1
  256 150 700 4294967294 0 4096 1 1 1
  $ bs vlan_filtering 1
  RTNETLINK answers: Operation not supported
  rc 2
  256 150 700 4294967294 0 4096 1 1 1
  $ bs vlan_filtering 0
  RTNETLINK answers: Operation not supported
  rc 2
  256 150 700 4294967294 0 4096 1 1 1
  $ bs f
  Command line is not complete. Try option "help"
  rc 255
  256 150 700 4294967294 0 4096 1 1 1
  $ bs forward_delay 1 hello_time 1000
  rc 0
  0 1000 700 4294967294 0 4096 1 1 1
  $ ip -n sw -d link show br0 | grep -oE '(forward_delay|hello_time|max_age|ageing_time|stp_state|priority|mcast_snooping|mcast_querier|mcast_query_use_ifaddr|mcast_query_interval) [0-9]+' | tr '\n' ' '; echo
  forward_delay 0 hello_time 1000 max_age * ageing_time 4294967294 stp_state 0 priority 4096 mcast_snooping 1 mcast_query_use_ifaddr 1 mcast_querier 1 mcast_query_interval 100  (glob)
