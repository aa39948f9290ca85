Random mutations (seed 6) of valid bridge, bridge fdb/mdb/link/vlan/vni and ip link bridge/bridge_slave/macvlan commands (words dropped, doubled, swapped, cut, garbled): the parse errors, the kernel's answers and exit statuses, then the resulting fdb, mdb and links.

  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1; ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01; ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip link set p1 master br0; ip link set p2 master br0; for d in p1 p2 q1 q2 br0; do ip link set $d up; done
  $ ip link add mv0 link q1 address 02:00:00:00:0a:01 type macvlan mode bridge
  $ bridge fdb show br -1 brport p1 state static; echo $?
  Cannot find bridge device "-1"
  255
  $ bridge fdb add 02:00:00:00:00:01 dev p1 master static vlan; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip link set set br0 type bridge forward_delay 400 hello_time 200 max_age 1000 stp_state 1 priority 4096; echo $?
  Error: either "dev" is duplicate, or "br0" is a garbage.
  255
  $ bridge link 10.0.0.300 dev p1; echo $?
  Command "10.0.0.300" is unknown, try "bridge link help".
  255
  $ ip link set p1 type bridge_slave cost 7 priority 9; echo $?
  0
  $ bridge fdb get 02:00:00:00:00:03 br br0 1; echo $?
  Error: either "to" is duplicate, or "1" is a garbage.
  255
  $ bridge link set dev p1 mcast_router nosuch backup_port p2; echo $?
  0
  $ bridge fdb show br 999999999999 brport p1 state static; echo $?
  Cannot find bridge device "999999999999"
  255
  $ ip link set br0 type bridge forward_delay 400 hello_time 200 max_age 1000 stp_state 1 master 4096; echo $?
  bridge: unknown command "master"?
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
  $ ip link add br1 type help stp_state 0 vlan_filtering 0 mcast_snooping 0; echo $?
  Garbage instead of arguments "stp_state ...". Try "ip link help".
  1
  $ bridge -d show; echo $?
  Object "show" is unknown, try "bridge help".
  255
  $ bridge mdb del dev 256 port p1 grp 239.1.1.1; echo $?
  Cannot find device "256"
  255
  $ bridge mdb del dev br0 port p1 help 239.1.1.1; echo $?
  Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
         bridge mdb {show} [ dev DEV ] [ vid VID ]
  255
  $ ip link set mv1 type macvlan macaddr set 02:00:00:00:00:07 02:00:00:00:00:08; echo $?
  Cannot find device "mv1"
  1
  $ ip link set br0 type bridge forward_delay 400 hello_time hello_time 200 max_age 1000 stp_state 1 priority 4096; echo $?
  Error: argument "hello_time" is wrong: invalid hello_time
  255
  $ bridge vlan add p1 dev vid 10 pvid untagged master; echo $?
  Device and VLAN ID are required arguments.
  255
  $ bridge fdb show br br0 brport p1 4095 static; echo $?
  02:00:00:00:90:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  01:00:5e:00:00:01 self permanent
  0
  $ bridge mdb del dev br0 port p1 239.1.1.1; echo $?
  Device, group address and port name are required arguments.
  255
  $ bridge link show show dev p1; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 9 cost 7 
  0
  $ ip link set br0 p1 bridge ageing_time 3000 group_fwd_mask 0x4000 mcast_querier 1 mcast_igmp_version 3; echo $?
  Error: either "dev" is duplicate, or "p1" is a garbage.
  255
  $ bridge mdb show dev br0 vid xyz; echo $?
  0
  $ bridge mdb lo dev br0 port p1 grp 239.1.1.1; echo $?
  Command "lo" is unknown, try "bridge mdb help".
  255
  $ bridge vni add dev br0 vni 5 p1 239.1.1.1; echo $?
  Error: vxlan: The device is not a vxlan device.
  255
  $ bridge vlan add dev p1 vid 10 pvid master untagged; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -d link; echo $?
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 9 cost 7 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 0 mcast_to_unicast off neigh_suppress off vlan_tunnel off backup_port p2 isolated off locked off 
  6: p2@q2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  0
  $ bridge fdb add 02:00:00:00:00:04 dev p2 extern_learn; echo $?
  0
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:0e mcast_hash_max nf_call_iptables 1; echo $?
  Error: argument "nf_call_iptables" is wrong: invalid mcast_hash_max
  255
  $ bridge link set p1 p2 learning off flood off mcast_flood on neigh_suppress on isolated on; echo $?
  Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]
                                 [ guard {on | off} ]
                                 [ hairpin {on | off} ]
                                 [ fastleave {on | off} ]
                                 [ root_block {on | off} ]
                                 [ learning {on | off} ]
                                 [ learning_sync {on | off} ]
                                 [ flood {on | off} ]
                                 [ mcast_router MULTICAST_ROUTER ]
                                 [ mcast_flood {on | off} ]
                                 [ bcast_flood {on | off} ]
                                 [ mcast_to_unicast {on | off} ]
                                 [ neigh_suppress {on | off} ]
                                 [ vlan_tunnel {on | off} ]
                                 [ isolated {on | off} ]
                                 [ locked {on | off} ]
                                 [ hwmode {vepa | veb} ]
                                 [ backup_port DEVICE ] [ nobackup_port ]
                                 [ self ] [ master ]
         bridge link show [dev DEV]
  255
  $ ip link add br1 type bridge stp_state 0 0 vlan_filtering mcast_snooping 0; echo $?
  bridge: unknown command "0"?
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
  $ bridge fdb del 02:00:00:00:00:01 dev on master vlan 5; echo $?
  Cannot find device "on"
  255
  $ ip link set p1 type bridge_slave cost 7 priority 9 state 3 proxy_arp on mcast_router 1; echo $?
  0
  $ bridge link show dev dev; echo $?
  Cannot find device "dev"
  255
  $ bridge fdb 02:00:00:00:00:02 dev p1 self permanent; echo $?
  Command "02:00:00:00:00:02" is unknown, try "bridge fdb help".
  255
  $ bridge link set dev vlan mcast_router 2 backup_port p2; echo $?
  Cannot find bridge device "vlan"
  255
  $ bridge link set dev 4095 mcast_router 2 backup_port p2; echo $?
  Cannot find bridge device "4095"
  255
  $ bridge link set dev p1 mcast_router 2 backup_port p2; echo $?
  0
  $ bridge fdb show | grep -v '^33:33' | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev q1 self permanent
  01:00:5e:00:00:01 dev q2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:04 dev p2 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  $ bridge mdb show | sort
  $ bridge -d link show
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 9 cost 7 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 2 mcast_to_unicast off neigh_suppress off vlan_tunnel off backup_port p2 isolated off locked off 
  6: p2@q2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip -br link show | sort | cut -c1-50
  br0              UP             02:00:00:00:99:99 
  lo               DOWN           00:00:00:00:00:00 
  mv0@q1           DOWN           02:00:00:00:0a:01 
  p1@q1            UP             02:00:00:00:90:01 
  p2@q2            UP             02:00:00:00:90:02 
  q1@p1            UP             02:00:00:00:80:01 
  q2@p2            UP             02:00:00:00:80:02 
