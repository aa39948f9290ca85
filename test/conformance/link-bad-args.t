ip link add/set/del/show with bad or odd arguments: names (too long, '/', space, '.'), MTUs out of range, bad or multicast addresses, kinds unknown or given nothing (vxlan without its arguments is refused by the kernel, not by ip), masters, namespaces, groups; exit status by echo $?, the link list at the end.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a0 type veth; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add type veth; echo $?
  0
  $ ip link add x0; echo $?
  Not enough information: "type" argument is required
  1
  $ ip link add x0 type foo; echo $?
  Error: Unknown device type.
  2
  $ ip link add name 0123456789abcdef type veth; echo $?
  Error: argument "0123456789abcdef" is wrong: "name" not a valid ifname
  255
  $ ip link add name 'a b' type veth; echo $?
  Error: argument "a b" is wrong: "name" not a valid ifname
  255
  $ ip link add name a/b type veth; echo $?
  Error: argument "a/b" is wrong: "name" not a valid ifname
  255
  $ ip link add name . type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name x0 mtu 50 type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name x0 mtu 70000 type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name x0 address zz type veth; echo $?
  "zz" is invalid lladdr.
  1
  $ ip link add name x0 address 01:00:00:00:00:01 type veth; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link add name x0 txqueuelen foo type veth; echo $?
  Error: argument "foo" is wrong: Invalid "txqueuelen" value
  
  255
  $ ip link add name x0 type veth peer; echo $?
  0
  $ ip link add name x0 type veth peer name a0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add name x0 type veth peer name x0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add x0 type macvlan; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add x0 link nosuch type macvlan; echo $?
  Cannot find device "nosuch"
  1
  $ ip link add x0 link a0 type macvlan mode foo; echo $?
  Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source", not "foo"
  1
  $ ip link add x0 link lo type macvlan; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add x0 type bridge foo 1; echo $?
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
  1
  $ ip link add x0 type bridge stp_state 2; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add x0 type bridge ageing_time foo; echo $?
  Error: argument "foo" is wrong: invalid ageing_time
  255
  $ ip link add x0 type vxlan; echo $?
  Error: Required attributes not provided to perform the operation.
  2
  $ ip link add x0 type vxlan id 16777216; echo $?
  Error: argument "16777216" is wrong: invalid id
  255
  $ ip link add x0 type dummy; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link set; echo $?
  Not enough information: "dev" argument is required.
  255
  $ ip link set nosuch up; echo $?
  Cannot find device "nosuch"
  1
  $ ip link set a0 foo; echo $?
  Error: either "dev" is duplicate, or "foo" is a garbage.
  255
  $ ip link set a0 up down; echo $?
  0
  $ ip link set a0 mtu 67; echo $?
  Error: mtu less than device minimum.
  2
  $ ip link set a0 mtu 68; echo $?
  0
  $ ip link set a0 mtu 65536; echo $?
  Error: mtu greater than device maximum.
  2
  $ ip link set a0 mtu foo; echo $?
  Error: argument "foo" is wrong: Invalid "mtu" value
  
  255
  $ ip link set a0 mtu -1; echo $?
  Error: mtu less than device minimum.
  2
  $ ip link set lo mtu 1000; echo $?
  0
  $ ip link set a0 address 01:02:03:04:05:06; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link set a0 address 00:00:00:00:00:00; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link set a0 address 02:00:00:00:00; echo $?
  Invalid address length 5 - must be 6 bytes
  1
  $ ip link set a0 broadcast 02:00:00:00:00:ff; echo $?
  0
  $ ip link set a0 name b0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link set a0 name 0123456789abcdef; echo $?
  Error: argument "0123456789abcdef" is wrong: "name" not a valid ifname
  255
  $ ip link set a0 txqueuelen -1; echo $?
  0
  $ ip link set a0 arp foo; echo $?
  Error: argument of "arp" must be "on" or "off", not "foo"
  1
  $ ip link set a0 multicast maybe; echo $?
  Error: argument of "multicast" must be "on" or "off", not "maybe"
  1
  $ ip link set a0 promisc on promisc off; echo $?
  0
  $ ip link set a0 master nosuch; echo $?
  Error: argument "nosuch" is wrong: Device does not exist
  
  255
  $ ip link set a0 master b0; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set a0 master a0; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set a0 nomaster; echo $?
  0
  $ ip link set a0 netns nosuch; echo $?
  Error: argument "nosuch" is wrong: Invalid "netns" value
  
  255
  $ ip link set a0 group foo; echo $?
  Error: argument "foo" is wrong: Invalid "group" value
  
  255
  $ ip link set a0 alias; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip link set lo down; ip link set lo name lo2; echo $?
  0
  $ ip link del; echo $?
  Not enough information: "dev" argument is required.
  255
  $ ip link del nosuch; echo $?
  Cannot find device "nosuch"
  1
  $ ip link del lo; echo $?
  Cannot find device "lo"
  1
  $ ip link del dev a0 type bridge; echo $?
  0
  $ ip link show type foo; echo $?
  0
  $ ip link show group foo; echo $?
  Error: argument "foo" is wrong: Invalid "group" value
  
  255
  $ ip link show master nosuch; echo $?
  Error: argument "nosuch" is wrong: Device does not exist
  
  255
  $ ip link show up foo; echo $?
  Device "foo" does not exist.
  1
  $ ip link foo; echo $?
  Command "foo" is unknown, try "ip link help".
  255
  $ ip -o link | cut -d' ' -f1-9
  1: lo2: <LOOPBACK> mtu 1000 qdisc noop state DOWN
  4: veth0@veth1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN
  5: veth1@veth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN
  7: veth2@x0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN
  8: x0@veth2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN
