Random mutations (seed 10) of valid bridge, bridge fdb/mdb/link/vlan/vni and ip link bridge/bridge_slave/macvlan commands (words dropped, doubled, swapped, cut, garbled): the parse errors, the kernel's answers and exit statuses, then the resulting fdb, mdb and links.

  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 1; ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01; ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:80:02
  $ ip link set p1 master br0; ip link set p2 master br0; for d in p1 p2 q1 q2 br0; do ip link set $d up; done
  $ ip link add mv0 link q1 address 02:00:00:00:0a:01 type macvlan mode bridge
  $ bridge fdb replace 02:00:00:00:00:03 dev p2 dynamic master sticky; echo $?
  0
  $ bridge fdb add 02:00:00:00:00:01 dev p1 master static vlan 5 5; echo $?
  Error: either "to" is duplicate, or "5" is a garbage.
  255
  $ bridge link -1 dev p1; echo $?
  Command "-1" is unknown, try "bridge link help".
  255
  $ ip -d self show p1; echo $?
  Object "self" is unknown, try "ip help".
  1
  $ ip link set br0 type bridge forward_delay 400 hello_time 200 max_age 1000 stp_state 1 priority; echo $?
  Command line is not complete. Try option "help"
  255
  $ bridge fdb add 01:00:5e:01:02:03 dev 4294967296 self; echo $?
  Cannot find device "4294967296"
  255
  $ bridge -d link 65536; echo $?
  Command "65536" is unknown, try "bridge link help".
  255
  $ bridge mdb add dev br0 port p2 '' 239.1.1.2 src 10.0.0.1 permanent; echo $?
  Device, group address and port name are required arguments.
  255
  $ ip link add mv1 link 65536 address 02:00:00:00:0a:02 type macvlan mode source macaddr add 02:00:00:00:00:09; echo $?
  Cannot find device "65536"
  1
  $ ip link br0 type bridge ageing_time 3000 group_fwd_mask 0x4000 mcast_querier 1 mcast_igmp_version 3; echo $?
  Command "br0" is unknown, try "ip link help".
  255
  $ bridge link set dev p2 learning flood off mcast_flood on neigh_suppress on isolated on; echo $?
  Error: argument of "learning" must be one of "off", "on", not "flood"
  234
  $ ip link set br0 type off forward_delay 400 hello_time 200 max_age 1000 stp_state 1 priority 4096; echo $?
  Garbage instead of arguments "forward_delay ...". Try "ip link help".
  1
  $ ip link add type br1 bridge stp_state 0 vlan_filtering 0 mcast_snooping 0; echo $?
  Garbage instead of arguments "bridge ...". Try "ip link help".
  1
  $ bridge vlan show self p1 vid 10; echo $?
  port              vlan-id  
  0
  $ ip link set set p1 type bridge_slave cost 7 priority 9 state 3 proxy_arp on mcast_router 1; echo $?
  Error: either "dev" is duplicate, or "p1" is a garbage.
  255
  $ ip link add mv2 mv2 link q2 type macvlan mode passthru nopromisc; echo $?
  Error: either "dev" is duplicate, or "mv2" is a garbage.
  255
  $ bridge fdb show br br0 brport state static; echo $?
  Cannot find device "state"
  255
  $ ip link set br0; echo $?
  0
  $ bridge fdb flush dev br0 brport p2 dynamic nosticky; echo $?
  0
  $ bridge fdb get br 02:00:00:00:00:03 br0 vlan 1; echo $?
  Invalid mac address br0
  255
  $ bridge monitor help; echo $?
  Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]
  255
  $ ip link set p1 type bridge_slave cost 7 priority 9 state 3 on proxy_arp mcast_router 1; echo $?
  bridge_slave: unknown option "on"?
  Usage: ... bridge_slave [ fdb_flush ]
  			[ state STATE ]
  			[ priority PRIO ]
  			[ cost COST ]
  			[ guard {on | off} ]
  			[ hairpin {on | off} ]
  			[ fastleave {on | off} ]
  			[ root_block {on | off} ]
  			[ learning {on | off} ]
  			[ flood {on | off} ]
  			[ proxy_arp {on | off} ]
  			[ proxy_arp_wifi {on | off} ]
  			[ mcast_router MULTICAST_ROUTER ]
  			[ mcast_fast_leave {on | off} ]
  			[ mcast_flood {on | off} ]
  			[ bcast_flood {on | off} ]
  			[ mcast_to_unicast {on | off} ]
  			[ group_fwd_mask MASK ]
  			[ neigh_suppress {on | off} ]
  			[ vlan_tunnel {on | off} ]
  			[ isolated {on | off} ]
  			[ locked {on | off} ]
  			[ backup_port DEVICE ] [ nobackup_port ]
  1
  $ bridge link show dev; echo $?
  Command line is not complete. Try option "help"
  255
  $ bridge mdb add dev br0 port; echo $?
  Command line is not complete. Try option "help"
  255
  $ ip link add mv1 link q2 address 02:00:00:00:0a:02 type macvlan mode source macaddr macaddr add 02:00:00:00:00:09; echo $?
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  1
  $ bridge mdb add dev br0 port p2 grp 239.1.1.2 ff02::1 10.0.0.1 permanent; echo $?
  0
  $ bridge monitor help; echo $?
  Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]
  255
  $ bridge link set dev p1 cost 10 priority 5 state 3 guard on off; echo $?
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
  $ bridge fdb replace 02:00:00:00:00:03 p2 dev master dynamic sticky; echo $?
  Error: either "to" is duplicate, or "p2" is a garbage.
  255
  $ bridge link set dev p2 learning off flood off on neigh_suppress on isolated on; echo $?
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
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:0e 256 512 nf_call_iptables 1; echo $?
  bridge: unknown command "256"?
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
  $ bridge link set dev p2 learning 4095 flood off mcast_flood on neigh_suppress on isolated on; echo $?
  Error: argument of "learning" must be one of "off", "on", not "4095"
  234
  $ ip link set dev type macvlan mode vepa bcqueuelen 100 nodst; echo $?
  Error: either "dev" is duplicate, or "macvlan" is a garbage.
  255
  $ bridge fdb show | grep -v '^33:33' | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev q1 self permanent
  01:00:5e:00:00:01 dev q2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:03 dev p2 sticky master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  $ bridge mdb show | sort
  dev br0 port p2 grp 239.1.1.2 permanent
  $ bridge -d link show
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
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
