Random differential sequence (seed 14) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip -n sw link set br0 master br1; echo $?
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip -n sw link set br0 promisc on; echo $?
  0
  $ bridge -n sw -d link show dev p1
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ ip -n h3 neigh flush all
  $ ip -n sw link set p2 up
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev br0 master static; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ ip -n sw link del p3; echo $?
  0
  $ ip -n sw link set br1 type bridge fdb_flush; echo $?
  Cannot find device "br1"
  1
  $ bridge -n sw link set dev p2 learning_sync on; echo $?
  0
  $ bridge -n sw link set dev br0 hwmode veb self; echo $?
  0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ bridge -n sw link set dev br0 hwmode vepa self; echo $?
  0
  $ bridge -n sw fdb show br br1 | sort
  Cannot find bridge device "br1"
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
  $ ip -n sw link set p2 master br1; echo $?
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip -n sw link set br0 type bridge no_linklocal_learn 1; echo $?
  0
  $ ip -n sw link set br0 type bridge mcast_hash_max 512; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p1/brport/unicast_flood
  1
  $ ip netns exec sw cat /sys/class/net/p1/brport/learning
  1
  $ bridge -n sw fdb del 02:00:00:00:aa:01 dev br1 self local; echo $?
  Cannot find device "br1"
  255
  $ bridge -n sw fdb flush dev p1 static; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw -j link show
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2},{"ifindex":4,"link":"br0","ifname":"p2","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2}]
  $ ip -n sw -j -d link show p2 | sed -E 's/"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer":[0-9.]+/"\1_timer":X/g'
  [{"ifindex":4,"link_index":2,"ifname":"p2","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","master":"br0","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:90:02","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":1,"promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"id":"0x8002","no":"0x2","designated_port":32770,"designated_cost":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","hold_timer":X,"message_age_timer":X,"forward_delay_timer":X,"topology_change_ack":0,"config_pending":0,"proxy_arp":false,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":false,"neigh_suppress":false,"group_fwd_mask":"0","group_fwd_mask_str":"0x0","vlan_tunnel":false,"isolated":false,"locked":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":2,"num_rx_queues":2,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -n sw -j -d link show br0 | sed -E 's/"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer":[0-9.]+/"\1_timer":X/g'
  [{"ifindex":2,"ifname":"br0","flags":["BROADCAST","MULTICAST","PROMISC","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:99:99","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":1,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"bridge","info_data":{"forward_delay":1500,"hello_time":200,"max_age":2000,"ageing_time":30000,"stp_state":0,"priority":32768,"vlan_filtering":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","root_port":0,"root_path_cost":0,"topology_change":0,"topology_change_detected":0,"hello_timer":X,"tcn_timer":X,"topology_change_timer":X,"gc_timer":X,"group_fwd_mask":"0","group_addr":"01:80:c2:00:00:00","mcast_snooping":1,"no_linklocal_learn":1,"mcast_vlan_snooping":0,"mcast_router":1,"mcast_query_use_ifaddr":0,"mcast_querier":0,"mcast_hash_elasticity":16,"mcast_hash_max":512,"mcast_last_member_cnt":2,"mcast_startup_query_cnt":2,"mcast_last_member_intvl":100,"mcast_membership_intvl":26000,"mcast_querier_intvl":25500,"mcast_query_intvl":12500,"mcast_query_response_intvl":1000,"mcast_startup_query_intvl":3124,"mcast_stats_enabled":0,"mcast_igmp_version":2,"mcast_mld_version":1,"nf_call_iptables":0,"nf_call_ip6tables":0,"nf_call_arptables":0}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -n sw link set p1 master br0; echo $?
  0
  $ bridge -n sw link set dev br0 hwmode vepa self; echo $?
  0
  $ bridge -n sw -d fdb show dev p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip -n sw link set p2 master br1; echo $?
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip -n sw link set br0 type bridge_slave fdb_flush; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
