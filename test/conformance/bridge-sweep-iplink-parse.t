ip link set type bridge: every numeric option with non-numeric, negative, hex, oversize and empty values; the parse errors iproute2 prints and the exit status.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ for o in forward_delay hello_time max_age ageing_time stp_state priority vlan_filtering vlan_default_pvid vlan_stats_enabled mcast_snooping mcast_router mcast_query_use_ifaddr mcast_querier mcast_hash_elasticity mcast_hash_max mcast_last_member_count mcast_startup_query_count mcast_last_member_interval mcast_membership_interval mcast_querier_interval mcast_query_interval mcast_query_response_interval mcast_startup_query_interval mcast_stats_enabled mcast_igmp_version mcast_mld_version nf_call_iptables nf_call_ip6tables nf_call_arptables group_fwd_mask; do for v in abc -1 0x10 4294967296; do echo "== $o $v"; ip link set br0 type bridge $o $v 2>&1; echo "rc $?"; done; done
  == forward_delay abc
  Error: argument "abc" is wrong: invalid forward_delay
  rc 255
  == forward_delay -1
  Error: argument "-1" is wrong: invalid forward_delay
  rc 255
  == forward_delay 0x10
  rc 0
  == forward_delay 4294967296
  Error: argument "4294967296" is wrong: invalid forward_delay
  rc 255
  == hello_time abc
  Error: argument "abc" is wrong: invalid hello_time
  rc 255
  == hello_time -1
  Error: argument "-1" is wrong: invalid hello_time
  rc 255
  == hello_time 0x10
  RTNETLINK answers: Numerical result out of range
  rc 2
  == hello_time 4294967296
  Error: argument "4294967296" is wrong: invalid hello_time
  rc 255
  == max_age abc
  Error: argument "abc" is wrong: invalid max_age
  rc 255
  == max_age -1
  Error: argument "-1" is wrong: invalid max_age
  rc 255
  == max_age *x10 (glob)
  RTNETLINK answers: Numerical result out of range
  rc 2
  == max_age * (glob)
  Error: argument "4294967296" is wrong: invalid max_age
  rc 255
  == ageing_time abc
  Error: argument "abc" is wrong: invalid ageing_time
  rc 255
  == ageing_time -1
  Error: argument "-1" is wrong: invalid ageing_time
  rc 255
  == ageing_time 0x10
  rc 0
  == ageing_time 4294967296
  Error: argument "4294967296" is wrong: invalid ageing_time
  rc 255
  == stp_state abc
  Error: argument "abc" is wrong: invalid stp_state
  rc 255
  == stp_state -1
  Error: argument "-1" is wrong: invalid stp_state
  rc 255
  == stp_state 0x10
  rc 0
  == stp_state 4294967296
  Error: argument "4294967296" is wrong: invalid stp_state
  rc 255
  == priority abc
  Error: argument "abc" is wrong: invalid priority
  rc 255
  == priority -1
  Error: argument "-1" is wrong: invalid priority
  rc 255
  == priority 0x10
  rc 0
  == priority 4294967296
  Error: argument "4294967296" is wrong: invalid priority
  rc 255
  == vlan_filtering abc
  Error: argument "abc" is wrong: invalid vlan_filtering
  rc 255
  == vlan_filtering -1
  Error: argument "-1" is wrong: invalid vlan_filtering
  rc 255
  == vlan_filtering 0x10
  RTNETLINK answers: Operation not supported
  rc 2
  == vlan_filtering 4294967296
  Error: argument "4294967296" is wrong: invalid vlan_filtering
  rc 255
  == vlan_default_pvid abc
  Error: argument "abc" is wrong: invalid vlan_default_pvid
  rc 255
  == vlan_default_pvid -1
  Error: argument "-1" is wrong: invalid vlan_default_pvid
  rc 255
  == vlan_default_pvid 0x10
  rc 0
  == vlan_default_pvid 4294967296
  Error: argument "4294967296" is wrong: invalid vlan_default_pvid
  rc 255
  == vlan_stats_enabled abc
  Error: argument "abc" is wrong: invalid vlan_stats_enabled
  rc 255
  == vlan_stats_enabled -1
  Error: argument "-1" is wrong: invalid vlan_stats_enabled
  rc 255
  == vlan_stats_enabled 0x10
  rc 0
  == vlan_stats_enabled 4294967296
  Error: argument "4294967296" is wrong: invalid vlan_stats_enabled
  rc 255
  == mcast_snooping abc
  Error: argument "abc" is wrong: invalid mcast_snooping
  rc 255
  == mcast_snooping -1
  Error: argument "-1" is wrong: invalid mcast_snooping
  rc 255
  == mcast_snooping 0x10
  rc 0
  == mcast_snooping 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_snooping
  rc 255
  == mcast_router abc
  Error: argument "abc" is wrong: invalid mcast_router
  rc 255
  == mcast_router -1
  Error: argument "-1" is wrong: invalid mcast_router
  rc 255
  == mcast_router 0x10
  RTNETLINK answers: Invalid argument
  rc 2
  == mcast_router 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_router
  rc 255
  == mcast_query_use_ifaddr abc
  Error: argument "abc" is wrong: invalid mcast_query_use_ifaddr
  rc 255
  == mcast_query_use_ifaddr -1
  Error: argument "-1" is wrong: invalid mcast_query_use_ifaddr
  rc 255
  == mcast_query_use_ifaddr 0x10
  rc 0
  == mcast_query_use_ifaddr 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_query_use_ifaddr
  rc 255
  == mcast_querier abc
  Error: argument "abc" is wrong: invalid mcast_querier
  rc 255
  == mcast_querier -1
  Error: argument "-1" is wrong: invalid mcast_querier
  rc 255
  == mcast_querier 0x10
  rc 0
  == mcast_querier 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_querier
  rc 255
  == mcast_hash_elasticity abc
  Error: argument "abc" is wrong: invalid mcast_hash_elasticity
  rc 255
  == mcast_hash_elasticity -1
  Error: argument "-1" is wrong: invalid mcast_hash_elasticity
  rc 255
  == mcast_hash_elasticity 0x10
  rc 0
  == mcast_hash_elasticity 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_hash_elasticity
  rc 255
  == mcast_hash_max abc
  Error: argument "abc" is wrong: invalid mcast_hash_max
  rc 255
  == mcast_hash_max -1
  Error: argument "-1" is wrong: invalid mcast_hash_max
  rc 255
  == mcast_hash_max 0x10
  rc 0
  == mcast_hash_max 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_hash_max
  rc 255
  == mcast_last_member_count abc
  Error: argument "abc" is wrong: invalid mcast_last_member_count
  rc 255
  == mcast_last_member_count -1
  Error: argument "-1" is wrong: invalid mcast_last_member_count
  rc 255
  == mcast_last_member_count 0x10
  rc 0
  == mcast_last_member_count 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_last_member_count
  rc 255
  == mcast_startup_query_count abc
  Error: argument "abc" is wrong: invalid mcast_startup_query_count
  rc 255
  == mcast_startup_query_count -1
  Error: argument "-1" is wrong: invalid mcast_startup_query_count
  rc 255
  == mcast_startup_query_count 0x10
  rc 0
  == mcast_startup_query_count 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_startup_query_count
  rc 255
  == mcast_last_member_interval abc
  Error: argument "abc" is wrong: invalid mcast_last_member_interval
  rc 255
  == mcast_last_member_interval -1
  rc 0
  == mcast_last_member_interval 0x10
  rc 0
  == mcast_last_member_interval 4294967296
  rc 0
  == mcast_membership_interval abc
  Error: argument "abc" is wrong: invalid mcast_membership_interval
  rc 255
  == mcast_membership_interval -1
  rc 0
  == mcast_membership_interval 0x10
  rc 0
  == mcast_membership_interval 4294967296
  rc 0
  == mcast_querier_interval abc
  Error: argument "abc" is wrong: invalid mcast_querier_interval
  rc 255
  == mcast_querier_interval -1
  rc 0
  == mcast_querier_interval 0x10
  rc 0
  == mcast_querier_interval 4294967296
  rc 0
  == mcast_query_interval abc
  Error: argument "abc" is wrong: invalid mcast_query_interval
  rc 255
  == mcast_query_interval -1
  rc 0
  == mcast_query_interval 0x10
  rc 0
  == mcast_query_interval 4294967296
  rc 0
  == mcast_query_response_interval abc
  Error: argument "abc" is wrong: invalid mcast_query_response_interval
  rc 255
  == mcast_query_response_interval -1
  rc 0
  == mcast_query_response_interval 0x10
  rc 0
  == mcast_query_response_interval 4294967296
  rc 0
  == mcast_startup_query_interval abc
  Error: argument "abc" is wrong: invalid mcast_startup_query_interval
  rc 255
  == mcast_startup_query_interval -1
  rc 0
  == mcast_startup_query_interval 0x10
  rc 0
  == mcast_startup_query_interval 4294967296
  rc 0
  == mcast_stats_enabled abc
  Error: argument "abc" is wrong: invalid mcast_stats_enabled
  rc 255
  == mcast_stats_enabled -1
  Error: argument "-1" is wrong: invalid mcast_stats_enabled
  rc 255
  == mcast_stats_enabled 0x10
  rc 0
  == mcast_stats_enabled 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_stats_enabled
  rc 255
  == mcast_igmp_version abc
  Error: argument "abc" is wrong: invalid mcast_igmp_version
  rc 255
  == mcast_igmp_version -1
  Error: argument "-1" is wrong: invalid mcast_igmp_version
  rc 255
  == mcast_igmp_version 0x10
  RTNETLINK answers: Invalid argument
  rc 2
  == mcast_igmp_version 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_igmp_version
  rc 255
  == mcast_mld_version abc
  Error: argument "abc" is wrong: invalid mcast_mld_version
  rc 255
  == mcast_mld_version -1
  Error: argument "-1" is wrong: invalid mcast_mld_version
  rc 255
  == mcast_mld_version 0x10
  RTNETLINK answers: Invalid argument
  rc 2
  == mcast_mld_version 4294967296
  Error: argument "4294967296" is wrong: invalid mcast_mld_version
  rc 255
  == nf_call_iptables abc
  Error: argument "abc" is wrong: invalid nf_call_iptables
  rc 255
  == nf_call_iptables -1
  Error: argument "-1" is wrong: invalid nf_call_iptables
  rc 255
  == nf_call_iptables 0x10
  rc 0
  == nf_call_iptables 4294967296
  Error: argument "4294967296" is wrong: invalid nf_call_iptables
  rc 255
  == nf_call_ip6tables abc
  Error: argument "abc" is wrong: invalid nf_call_ip6tables
  rc 255
  == nf_call_ip6tables -1
  Error: argument "-1" is wrong: invalid nf_call_ip6tables
  rc 255
  == nf_call_ip6tables 0x10
  rc 0
  == nf_call_ip6tables 4294967296
  Error: argument "4294967296" is wrong: invalid nf_call_ip6tables
  rc 255
  == nf_call_arptables abc
  Error: argument "abc" is wrong: invalid nf_call_arptables
  rc 255
  == nf_call_arptables -1
  Error: argument "-1" is wrong: invalid nf_call_arptables
  rc 255
  == nf_call_arptables 0x10
  rc 0
  == nf_call_arptables 4294967296
  Error: argument "4294967296" is wrong: invalid nf_call_arptables
  rc 255
  == group_fwd_mask abc
  Error: argument "abc" is wrong: invalid group_fwd_mask
  rc 255
  == group_fwd_mask -1
  Error: argument "-1" is wrong: invalid group_fwd_mask
  rc 255
  == group_fwd_mask 0x10
  rc 0
  == group_fwd_mask 4294967296
  Error: argument "4294967296" is wrong: invalid group_fwd_mask
  rc 255
  $ ip link set br0 type bridge forward_delay
  Command line is not complete. Try option "help"
  [255]
  $ ip link set br0 type bridge bogus 1
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
  $ ip link set br0 type bridge group_address xx
  "xx" is invalid lladdr.
  [1]
  $ ip link set br0 type bridge vlan_protocol 802.1x
  Error: argument "802.1x" is wrong: invalid vlan_protocol
  [255]
  $ ip link set br0 type bridge vlan_protocol 0x8100
  $ ip link set br0 type bridge mcast_vlan_snooping 2
  Error: bridge: Cannot enable multicast vlan snooping with vlan filtering disabled.
  [2]
  $ ip link set br0 type bridge no_linklocal_learn 2
  $ ip link set br0 type bridge fdb_flush
  $ ip -d link show br0 | grep -o 'forward_delay [0-9]* hello_time [0-9]* max_age [0-9]* ageing_time [0-9]*'
  forward_delay 200 hello_time 200 max_age * ageing_time 16 (glob)
  $ ip -d link show br0 | grep -o 'group_fwd_mask [0-9x]*'
  group_fwd_mask 0x10
  $ ip -d link show br0 | grep -o 'mcast_hash_elasticity [0-9]* mcast_hash_max [0-9]*'
  mcast_hash_elasticity 16 mcast_hash_max 16
