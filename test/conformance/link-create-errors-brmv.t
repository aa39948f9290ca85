Creation errors of bridges and macvlans through ip link add: a macvlan without a lower device, on a down or missing one, on a bridge port, named like an existing device, with a lower in another namespace (link-netns), an invalid bridge option value, a bridge with a multicast or zero MAC, a bridge named too long, and ip's messages for each.
  $ ip netns add h; ip netns add o; for n in h o; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n o link add x0 address 02:00:00:00:00:11 type veth peer name x1 address 02:00:00:00:00:12
  $ a() { ip -n h link add "$@"; echo "rc $?"; }
  $ a mv0 type macvlan
  RTNETLINK answers: Invalid argument
  rc 2
  $ a mv0 link nosuch type macvlan
  Cannot find device "nosuch"
  rc 1
  $ a mv0 link e0 type macvlan mode bridge
  rc 0
  $ a mv0 link e0 type macvlan mode bridge
  RTNETLINK answers: File exists
  rc 2
  $ a e1 link e0 type macvlan
  RTNETLINK answers: File exists
  rc 2
  $ a mv1 link e0 address 01:00:5e:00:00:01 type macvlan
  RTNETLINK answers: Cannot assign requested address
  rc 2
  $ a mv1 link e0 address 00:00:00:00:00:00 type macvlan
  RTNETLINK answers: Cannot assign requested address
  rc 2
  $ a mv1 link e0 address 02:00:00:00:00 type macvlan
  RTNETLINK answers: Invalid argument
  rc 2
  $ a mv1 link e0 mtu 9000 type macvlan
  RTNETLINK answers: Invalid argument
  rc 2
  $ a mv1 link e0 mtu 67 type macvlan
  Error: mtu less than device minimum.
  rc 2
  $ a mv1 link e0 mtu 1400 type macvlan; ip -n h link show mv1 | grep -o 'mtu [0-9]*'
  rc 0
  mtu 1400
  $ a mv2 link-netns o link x0 type macvlan
  Cannot find device "x0"
  rc 1
  $ a mv2 link-netns nosuch link x0 type macvlan
  Error: argument "nosuch" is wrong: Invalid "link-netns" value
  
  rc 255
  $ a mvlongname0123456 link e0 type macvlan
  Error: Attribute failed policy validation.
  rc 2
  $ a br0 address 01:00:5e:00:00:01 type bridge
  RTNETLINK answers: Cannot assign requested address
  rc 2
  $ a br0 address 00:00:00:00:00:00 type bridge
  RTNETLINK answers: Cannot assign requested address
  rc 2
  $ a brlongname0123456 type bridge
  Error: Attribute failed policy validation.
  rc 2
  $ a br0 type bridge forward_delay x
  Error: argument "x" is wrong: invalid forward_delay
  rc 255
  $ a br0 type bridge priority 65536
  Error: argument "65536" is wrong: invalid priority
  rc 255
  $ a br0 type bridge group_address 01:80:c2:00:00:10
  RTNETLINK answers: Invalid argument
  rc 2
  $ a br0 type bridge group_address 01:80:c2:00:00:0f
  rc 0
  $ a br1 type bridge mtu 70000
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
  rc 1
  $ a br1 type bridge mtu 67
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
  rc 1
  $ a br1 type bridge mcast_router 4
  RTNETLINK answers: Invalid argument
  rc 2
  $ a br1 type bridge mcast_igmp_version 4
  RTNETLINK answers: Invalid argument
  rc 2
  $ a br1 type bridge mcast_mld_version 3
  RTNETLINK answers: Invalid argument
  rc 2
  $ a br1 type bridge mcast_hash_max 3
  rc 0
  $ ip -n h -br link show | sort | cut -c1-30
  br0              DOWN         
  br1              DOWN         
  e0@e1            DOWN         
  e1@e0            DOWN         
  lo               DOWN         
  mv0@e0           DOWN         
  mv1@e0           DOWN         
