A bridge and its ports in ip's and bridge's other output forms: -o -d, -j -d (info_data, info_slave_data), -s -s, -br -j, bridge -d -j -p link, bridge -s link, bridge link show dev of a non-port, and ip link show type bridge_slave / master.
  $ ip netns add s
  $ ip -n s link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n s link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip -n s link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip -n s link set p1 master br0
  $ ip -n s link set p2 master br0
  $ ip -n s link set p2 type bridge_slave cost 7 priority 9 learning off flood off
  $ ip -n s link show type bridge_slave
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n s -br link show type bridge
  br0              DOWN           02:00:00:00:99:99 <BROADCAST,MULTICAST> 
  $ ip -n s -br -j link show master br0
  [{"link":"q1","ifname":"p1","operstate":"DOWN","address":"02:00:00:00:90:01","flags":["BROADCAST","MULTICAST","M-DOWN"]},{"link":"q2","ifname":"p2","operstate":"DOWN","address":"02:00:00:00:90:02","flags":["BROADCAST","MULTICAST","M-DOWN"]}]
  $ ip -n s -o -d link show p2 | sed 's/\(_timer\) *[0-9.]*/\1 T/g'
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 \    veth \    bridge_slave state disabled priority 9 cost 7 hairpin off guard off root_block off fastleave off learning off flood off port_id 0x2402 port_no 0x2 designated_port 9218 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer T message_age_timer T forward_delay_timer T topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ bridge -n s -d link show dev p2
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 7 
      hairpin off guard off root_block off fastleave off learning off flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge -n s -d -j -p link show dev p2
  [ {
          "ifindex": 6,
          "link": "q2",
          "ifname": "p2",
          "flags": [ "BROADCAST","MULTICAST","M-DOWN" ],
          "mtu": 1500,
          "master": "br0",
          "state": "disabled",
          "priority": 9,
          "cost": 7,
          "hairpin": false,
          "guard": false,
          "root_block": false,
          "fastleave": false,
          "learning": false,
          "flood": false,
          "mcast_flood": true,
          "bcast_flood": true,
          "mcast_router": 1,
          "mcast_to_unicast": false,
          "neigh_suppress": false,
          "vlan_tunnel": false,
          "isolated": false,
          "locked": false
      } ]
  $ bridge -n s -s link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 9 cost 7 
  $ bridge -n s link show dev q1
  $ bridge -n s link show dev nosuch
  Cannot find device "nosuch"
  [255]
  $ ip -n s -j -d link show p2
  [{"ifindex":6,"link":"q2","ifname":"p2","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:90:02","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"disabled","priority":9,"cost":7,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":false,"flood":false,"id":"0x2402","no":"0x2","designated_port":9218,"designated_cost":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","hold_timer":0.00,"message_age_timer":0.00,"forward_delay_timer":0.00,"topology_change_ack":0,"config_pending":0,"proxy_arp":false,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":false,"neigh_suppress":false,"group_fwd_mask":"0","group_fwd_mask_str":"0x0","vlan_tunnel":false,"isolated":false,"locked":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":2,"num_rx_queues":2,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -n s -j -d link show br0 | sed 's/"gc_timer":[0-9.]*/"gc_timer":T/'
  [{"ifindex":2,"ifname":"br0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:99:99","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"bridge","info_data":{"forward_delay":1500,"hello_time":200,"max_age":2000,"ageing_time":30000,"stp_state":0,"priority":32768,"vlan_filtering":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","root_port":0,"root_path_cost":0,"topology_change":0,"topology_change_detected":0,"hello_timer":0.00,"tcn_timer":0.00,"topology_change_timer":0.00,"gc_timer":T,"group_fwd_mask":"0","group_addr":"01:80:c2:00:00:00","mcast_snooping":1,"no_linklocal_learn":0,"mcast_vlan_snooping":0,"mcast_router":1,"mcast_query_use_ifaddr":0,"mcast_querier":0,"mcast_hash_elasticity":16,"mcast_hash_max":4096,"mcast_last_member_cnt":2,"mcast_startup_query_cnt":2,"mcast_last_member_intvl":100,"mcast_membership_intvl":26000,"mcast_querier_intvl":25500,"mcast_query_intvl":12500,"mcast_query_response_intvl":1000,"mcast_startup_query_intvl":3124,"mcast_stats_enabled":0,"mcast_igmp_version":2,"mcast_mld_version":1,"nf_call_iptables":0,"nf_call_ip6tables":0,"nf_call_arptables":0}},"inet6_addr_gen_mode":"eui64","num_tx_queues":1,"num_rx_queues":1,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip -n s -s -s link show br0
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       1 
  $ ip -n s -j -s link show p1
  [{"ifindex":4,"link":"q1","ifname":"p1","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:90:01","broadcast":"ff:ff:ff:ff:ff:ff","stats64":{"rx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]
  $ ip -n s link show master br0 type veth
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n s link show master p1
  $ ip -n s link show master nosuch
  Error: argument "nosuch" is wrong: Device does not exist
  [255]
