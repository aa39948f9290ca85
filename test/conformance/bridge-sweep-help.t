Full help texts: ip link help for bridge, bridge_slave, macvlan and macvtap (every spelling), bridge SUBCOMMAND help for each object, and their exit statuses.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master br0
  $ ip link help bridge; echo "rc $?"
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
  rc 0
  $ ip link help bridge_slave; echo "rc $?"
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
  rc 0
  $ ip link help macvlan; echo "rc $?"
  Usage: ... macvlan mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 0
  $ ip link help macvtap; echo "rc $?"
  Usage: ... macvtap mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 0
  $ ip link set p1 type bridge_slave help; echo "rc $?"
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
  rc 1
  $ ip link add mv0 link q1 type macvtap help; echo "rc $?"
  Usage: ... macvtap mode MODE [flag MODE_FLAG] MODE_OPTS [bcqueuelen BC_QUEUE_LEN]
  
  MODE: private | vepa | bridge | passthru | source
  MODE_FLAG: null | nopromisc | nodst
  MODE_OPTS: for mode "source":
  	macaddr { { add | del } <macaddr> | set [ <macaddr> [ <macaddr>  ... ] ] | flush }
  BC_QUEUE_LEN: Length of the rx queue for broadcast/multicast: [0-4294967295]
  rc 1
  $ ip link set br0 type bridge he; echo "rc $?"
  Command line is not complete. Try option "help"
  rc 255
  $ for o in fdb mdb vlan link monitor; do echo "== $o"; bridge $o help 2>&1; echo "rc $?"; done
  == fdb
  Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
                [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
                [ sticky ] [ local | static | dynamic ] [ vlan VID ]
                { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
  	       [ via DEV ] [ src_vni VNI ]
         bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
                [ state STATE ] [ dynamic ] ]
         bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
                [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
         bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
                [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
                [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
                [ [no]offloaded ]
  rc 255
  == mdb
  Usage: bridge mdb { add | del } dev DEV port PORT grp GROUP [src SOURCE] [permanent | temp] [vid VID]
         bridge mdb {show} [ dev DEV ] [ vid VID ]
  rc 255
  == vlan
  Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                       [ pvid ] [ untagged ]
                                                       [ self ] [ master ]
         bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                                 [ mcast_router MULTICAST_ROUTER ]
         bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
         bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
         bridge vlan global { set } vid VLAN_ID dev DEV
                        [ mcast_snooping MULTICAST_SNOOPING ]
                        [ mcast_querier MULTICAST_QUERIER ]
                        [ mcast_igmp_version IGMP_VERSION ]
                        [ mcast_mld_version MLD_VERSION ]
                        [ mcast_last_member_count LAST_MEMBER_COUNT ]
                        [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                        [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                        [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                        [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                        [ mcast_querier_interval QUERIER_INTERVAL ]
                        [ mcast_query_interval QUERY_INTERVAL ]
                        [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
         bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]
  rc 255
  == link
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
  rc 255
  == monitor
  Usage: bridge monitor [file | link | fdb | mdb | vlan | vni | all]
  rc 255
  $ bridge fdb show help 2>&1; echo "rc $?"
  Usage: bridge fdb { add | append | del | replace } ADDR dev DEV
                [ self ] [ master ] [ use ] [ router ] [ extern_learn ]
                [ sticky ] [ local | static | dynamic ] [ vlan VID ]
                { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }
  	       [ via DEV ] [ src_vni VNI ]
         bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]
                [ state STATE ] [ dynamic ] ]
         bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV
                [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]
         bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]
                [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]
                [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]
                [ [no]offloaded ]
  rc 255
  $ bridge link show help 2>&1; echo "rc $?"
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  rc 0
  $ bridge vlan show help 2>&1; echo "rc $?"
  port              vlan-id  
  rc 0
  $ bridge vlan global help 2>&1; echo "rc $?"
  Usage: bridge vlan { add | del } vid VLAN_ID dev DEV [ tunnel_info id TUNNEL_ID ]
                                                       [ pvid ] [ untagged ]
                                                       [ self ] [ master ]
         bridge vlan { set } vid VLAN_ID dev DEV [ state STP_STATE ]
                                                 [ mcast_router MULTICAST_ROUTER ]
         bridge vlan { show } [ dev DEV ] [ vid VLAN_ID ]
         bridge vlan { tunnelshow } [ dev DEV ] [ vid VLAN_ID ]
         bridge vlan global { set } vid VLAN_ID dev DEV
                        [ mcast_snooping MULTICAST_SNOOPING ]
                        [ mcast_querier MULTICAST_QUERIER ]
                        [ mcast_igmp_version IGMP_VERSION ]
                        [ mcast_mld_version MLD_VERSION ]
                        [ mcast_last_member_count LAST_MEMBER_COUNT ]
                        [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]
                        [ mcast_startup_query_count STARTUP_QUERY_COUNT ]
                        [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]
                        [ mcast_membership_interval MEMBERSHIP_INTERVAL ]
                        [ mcast_querier_interval QUERIER_INTERVAL ]
                        [ mcast_query_interval QUERY_INTERVAL ]
                        [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]
         bridge vlan global { show } [ dev DEV ] [ vid VLAN_ID ]
  rc 255
  $ bridge vlan tunnelshow help 2>&1; echo "rc $?"
  port              vlan-id    tunnel-id
  rc 0
