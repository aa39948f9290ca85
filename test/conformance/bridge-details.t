ip -d link of a bridge and of its ports (bridge and bridge_slave attributes), text and JSON.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge forward_delay 400 hello_time 300 max_age 1000 priority 4096 group_fwd_mask 0x4000 mcast_snooping 0
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:12
  $ ip link set v1 master br0
  $ ip -d link show br0 | sed -E 's/ numtxqueues.*//'
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      bridge forward_delay 400 hello_time 300 max_age * ageing_time 30000 stp_state 0 priority 4096 vlan_filtering 0 bridge_id 1000.2:0:0:0:99:99 designated_root 1000.2:0:0:0:99:99 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer    0.00 tcn_timer    0.00 topology_change_timer    0.00 gc_timer    0.00 group_fwd_mask 0x4000 group_address 01:80:c2:00:00:00 mcast_snooping 0 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 addrgenmode eui64 (glob)
  $ ip -d link show v1 | sed -E 's/ numtxqueues.*//'
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 
      veth 
      bridge_slave state disabled priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8001 port_no 0x1 designated_port 32769 designated_cost 0 designated_bridge 1000.2:0:0:0:99:99 designated_root 1000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer    0.00 topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64
  $ ip link set v1 type bridge_slave cost 7 priority 9 hairpin on learning off flood off mcast_flood off bcast_flood off isolated on neigh_suppress on group_fwd_mask 0x4000 proxy_arp on
  $ ip -d link show v1 | sed -E 's/ numtxqueues.*//'
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 
      veth 
      bridge_slave state disabled priority 9 cost 7 hairpin on guard off root_block off fastleave off learning off flood off port_id 0x2401 port_no 0x1 designated_port 9217 designated_cost 0 designated_bridge 1000.2:0:0:0:99:99 designated_root 1000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer    0.00 topology_change_ack 0 config_pending 0 proxy_arp on proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood off bcast_flood off mcast_to_unicast off neigh_suppress on group_fwd_mask 0x4000 group_fwd_mask_str lldp vlan_tunnel off isolated on locked off addrgenmode eui64
  $ ip -d -j link show v1 | sed -E 's/,"inet6_addr_gen_mode.*//'
  [{"ifindex":4,"link":"v1p","ifname":"v1","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","master":"br0","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"disabled","priority":9,"cost":7,"hairpin":true,"guard":false,"root_block":false,"fastleave":false,"learning":false,"flood":false,"id":"0x2401","no":"0x1","designated_port":9217,"designated_cost":0,"bridge_id":"1000.2:0:0:0:99:99","root_id":"1000.2:0:0:0:99:99","hold_timer":0.00,"message_age_timer":0.00,"forward_delay_timer":0.00,"topology_change_ack":0,"config_pending":0,"proxy_arp":true,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":false,"bcast_flood":false,"mcast_to_unicast":false,"neigh_suppress":true,"group_fwd_mask":"0x4000","group_fwd_mask_str":"lldp","vlan_tunnel":false,"isolated":true,"locked":false}}
  $ ip -d -j link show br0 | sed -E 's/,"inet6_addr_gen_mode.*//'
  [{"ifindex":2,"ifname":"br0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:99:99","broadcast":"ff:ff:ff:ff:ff:ff","promiscuity":0,"allmulti":0,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"bridge","info_data":{"forward_delay":400,"hello_time":300,"max_age":1000,"ageing_time":30000,"stp_state":0,"priority":4096,"vlan_filtering":0,"bridge_id":"1000.2:0:0:0:99:99","root_id":"1000.2:0:0:0:99:99","root_port":0,"root_path_cost":0,"topology_change":0,"topology_change_detected":0,"hello_timer":0.00,"tcn_timer":0.00,"topology_change_timer":0.00,"gc_timer":0.00,"group_fwd_mask":"0x4000","group_addr":"01:80:c2:00:00:00","mcast_snooping":0,"no_linklocal_learn":0,"mcast_vlan_snooping":0,"mcast_router":1,"mcast_query_use_ifaddr":0,"mcast_querier":0,"mcast_hash_elasticity":16,"mcast_hash_max":4096,"mcast_last_member_cnt":2,"mcast_startup_query_cnt":2,"mcast_last_member_intvl":100,"mcast_membership_intvl":26000,"mcast_querier_intvl":25500,"mcast_query_intvl":12500,"mcast_query_response_intvl":1000,"mcast_startup_query_intvl":3124,"mcast_stats_enabled":0,"mcast_igmp_version":2,"mcast_mld_version":1,"nf_call_iptables":0,"nf_call_ip6tables":0,"nf_call_arptables":0}}
  $ ip link set br0 type bridge priority 32768 ageing_time 1000 stp_state 0
  $ ip -d link show br0 | sed -E 's/ numtxqueues.*//; s/gc_timer +[0-9.]+/gc_timer X/'
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      bridge forward_delay 400 hello_time 300 max_age * ageing_time 1000 stp_state 0 priority 32768 vlan_filtering 0 bridge_id 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0 hello_timer    0.00 tcn_timer    0.00 topology_change_timer    0.00 gc_timer X group_fwd_mask 0x4000 group_address 01:80:c2:00:00:00 mcast_snooping 0 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 addrgenmode eui64 (glob)
  $ ip link show type bridge
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  $ ip link show type bridge_slave
  4: v1@v1p: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip link set v1 type bridge_slave state 9
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set v1 type bridge_slave priority 64
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set v1 type bridge_slave cost 0
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip link set v1 type bridge_slave hairpin maybe
  Error: argument of "hairpin" must be one of "off", "on", not "maybe"
  [1]
  $ ip link set v1p type bridge_slave cost 5
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:01
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set br0 type bridge group_address 01:80:c2:00:00:0e
  $ ip -d link show br0 | grep -o 'group_address [0-9a-f:]*'
  group_address 01:80:c2:00:00:0e
