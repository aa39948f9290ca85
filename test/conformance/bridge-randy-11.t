Random differential sequence (seed 11) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ bridge -n sw fdb flush dev p2 ; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw fdb show br br0 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  $ ip -n sw link add p1 address 02:00:00:00:60:08 type veth peer name p1x address 02:00:00:00:70:06; echo $?; ip -n sw link set p1 up master br1; echo $?
  RTNETLINK answers: File exists
  2
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n sw link set br0 master br1 type bridge_slave cost 7; echo $?
  Error: argument "br1" is wrong: Device does not exist
  
  255
  $ ip netns exec sw cat /sys/class/net/p1/brport/root_block
  0
  $ ip -n sw -j -d link show p1 | sed -E 's/"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer":[0-9.]+/"\1_timer":X/g'
  [{"ifindex":3,"link_index":2,"ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","master":"br0","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:90:01","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":0,"promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"id":"0x8001","no":"0x1","designated_port":32769,"designated_cost":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","hold_timer":X,"message_age_timer":X,"forward_delay_timer":X,"topology_change_ack":0,"config_pending":0,"proxy_arp":false,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":false,"neigh_suppress":false,"group_fwd_mask":"0","group_fwd_mask_str":"0x0","vlan_tunnel":false,"isolated":false,"locked":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":2,"num_rx_queues":2,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ bridge -n sw link set dev br0 state 3 self; echo $?
  0
  $ ip -n sw link set p1 mtu 68; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p1/brport/priority
  32
  $ bridge -n sw link set dev p3 cost 9 self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw -d fdb show dev p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip -n sw link add br1 address 02:00:00:00:99:01 type bridge stp_state 1; echo $?
  0
  $ ip -n h1 neigh flush all
  $ ip -n sw link add br1 address 02:00:00:00:99:01 type bridge stp_state 1; echo $?
  RTNETLINK answers: File exists
  2
  $ bridge -n sw -j fdb show dev p1
  [{"mac":"02:00:00:00:90:01","flags":[],"master":"br0","state":"permanent"},{"mac":"01:00:5e:00:00:01","flags":["self"],"state":"permanent"}]
  $ ip -n sw link set p3 type bridge_slave fdb_flush; echo $?
  0
  $ ip -n sw link set br1 master br0; echo $?
  Error: Can not enslave a bridge to a bridge.
  2
  $ bridge -n sw link show dev p3
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip -n sw -d link show p3 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state forwarding priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8003 port_no 0x3 designated_port 32771 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ ip -n sw link set br1 type bridge fdb_flush; echo $?
  0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  1
  $ bridge -n sw fdb replace 02:00:00:00:90:01 dev br1 master; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ ip netns exec sw cat /sys/class/net/p2/brport/group_fwd_mask
  0x0
  $ ip -n sw link set br0 type bridge fdb_flush; echo $?
  0
  $ bridge -n sw fdb del 02:00:00:00:00:03 dev br0 master static; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ ip netns exec sw cat /sys/class/net/p2/brport/port_no
  0x2
  $ ip -n sw link set p1 master br0 type bridge_slave learning off; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p1/brport/multicast_fast_leave
  0
  $ ip -n sw -j -d link show p3 | sed -E 's/"(hello|tcn|topology_change|gc|hold|message_age|forward_delay)_timer":[0-9.]+/"\1_timer":X/g'
  [{"ifindex":5,"link_index":2,"ifname":"p3","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","master":"br0","operstate":"UP","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:90:03","broadcast":"ff:ff:ff:ff:ff:ff","link_netnsid":2,"promiscuity":1,"allmulti":1,"min_mtu":68,"max_mtu":65535,"linkinfo":{"info_kind":"veth","info_slave_kind":"bridge","info_slave_data":{"state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"id":"0x8003","no":"0x3","designated_port":32771,"designated_cost":0,"bridge_id":"8000.2:0:0:0:99:99","root_id":"8000.2:0:0:0:99:99","hold_timer":X,"message_age_timer":X,"forward_delay_timer":X,"topology_change_ack":0,"config_pending":0,"proxy_arp":false,"proxy_arp_wifi":false,"multicast_router":1,"mcast_flood":true,"bcast_flood":true,"mcast_to_unicast":false,"neigh_suppress":false,"group_fwd_mask":"0","group_fwd_mask_str":"0x0","vlan_tunnel":false,"isolated":false,"locked":false}},"inet6_addr_gen_mode":"eui64","num_tx_queues":2,"num_rx_queues":2,"gso_max_size":65536,"gso_max_segs":65535,"tso_max_size":524280,"tso_max_segs":65535,"gro_max_size":65536}]
  $ ip netns exec sw cat /sys/class/net/p1/brport/neigh_suppress
  0
  $ ip -n sw -d link show p3 | sed -n '3,$p' | sed -E 's/(hello|tcn|topology_change|gc|forward_delay)_timer +[0-9.]+/\1_timer X/g'
      veth 
      bridge_slave state forwarding priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on port_id 0x8003 port_no 0x3 designated_port 32771 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer X topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 68 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning off flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
