bridge link set: each port flag, cost/priority/state, their listings in bridge -d link and ip -d link, and the errors.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 type veth peer name q2 address 02:00:00:00:91:02
  $ ip link set p1 master br0
  $ ip link set p2 master br0
  $ bridge link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ bridge -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge link set dev p1 cost 100 priority 7
  $ bridge link set dev p1 guard on root_block on fastleave on
  $ bridge link set dev p1 learning off flood off mcast_flood off bcast_flood off
  $ bridge link set dev p1 hairpin on isolated on neigh_suppress on
  $ bridge -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 7 cost 100 
      hairpin on guard on root_block on fastleave on learning off flood off mcast_flood off bcast_flood off mcast_router 1 mcast_to_unicast off neigh_suppress on vlan_tunnel off isolated on locked off 
  $ bridge link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 7 cost 100 
  $ ip -d link show p1 | sed -n 3,6p
      veth 
      bridge_slave state disabled priority 7 cost 100 hairpin on guard on root_block on fastleave on learning off flood off port_id 0x1c01 port_no 0x1 designated_port 7169 designated_cost 0 designated_bridge 8000.2:0:0:0:99:99 designated_root 8000.2:0:0:0:99:99 hold_timer    0.00 message_age_timer    0.00 forward_delay_timer    0.00 topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave on mcast_flood off bcast_flood off mcast_to_unicast off neigh_suppress on group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated on locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 
  $ bridge link set dev p1 priority 64
  RTNETLINK answers: Numerical result out of range
  [255]
  $ bridge link set dev p1 cost 0
  $ bridge link set dev p1 cost 65536
  RTNETLINK answers: Numerical result out of range
  [255]
  $ bridge link set dev p1 state 5
  RTNETLINK answers: Invalid argument
  [255]
  $ bridge link set dev p1 state 3
  RTNETLINK answers: Network is down
  [255]
  $ bridge link set dev p1 state 0
  RTNETLINK answers: Network is down
  [255]
  $ bridge link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 7 cost 100 
  $ bridge link set dev p1 state 4
  RTNETLINK answers: Network is down
  [255]
  $ bridge link set dev p1 state 2
  RTNETLINK answers: Network is down
  [255]
  $ bridge link set dev p1 state 1
  RTNETLINK answers: Network is down
  [255]
  $ bridge link set dev p1 guard maybe
  Error: argument of "guard" must be one of "off", "on", not "maybe"
  [234]
  $ bridge link set dev p1 learning_sync on
  $ bridge link set dev nosuch cost 3
  Cannot find bridge device "nosuch"
  [255]
  $ bridge link set dev br0 cost 3
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge link set dev p1
  $ bridge link set dev p1 hairpin off isolated off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on neigh_suppress off
  $ bridge -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 7 cost 100 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip link set p1 type bridge_slave cost 9 priority 3 learning off
  $ bridge -d link show dev p1
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 3 cost 9 
      hairpin off guard off root_block off fastleave off learning off flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip link set p2 type bridge_slave state 0
  RTNETLINK answers: Network is down
  [2]
  $ bridge link show
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 3 cost 9 
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip link set p2 type bridge_slave priority 99
  RTNETLINK answers: Numerical result out of range
  [2]
  $ ip -d link show p2 | sed -n 3p
      veth 
  $ bridge -j link show dev p2
  [{"ifindex":6,"link":"q2","ifname":"p2","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"master":"br0","state":"disabled","priority":32,"cost":2}]
  $ bridge -s link show dev p2
  6: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
