One port setting, three views: after each bridge link set / ip link set type bridge_slave / sysfs write, the value in bridge -d link show, ip -d link show and /sys/class/net/p1/brport agree (cost, priority, flags, mcast_router, group_fwd_mask).
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ v() { bridge -n sw -d link show dev p1 | sed -n '2,$p' | tr -s ' \n' ' '; echo; ip -n sw -d link show p1 | grep -o 'bridge_slave .*' | sed 's/ hold_timer.*//;s/port_id [^ ]* port_no [^ ]* //;s/designated_[a-z]* [^ ]* //g'; ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; echo $(cat path_cost priority hairpin_mode learning unicast_flood multicast_flood broadcast_flood multicast_router group_fwd_mask isolated proxyarp neigh_suppress multicast_to_unicast multicast_fast_leave root_block bpdu_guard)'; }
  $ v
   hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  bridge_slave state disabled priority 32 cost 2 hairpin off guard off root_block off fastleave off learning on flood on designated_root 8000.2:0:0:0:99:99
  2 32 0 1 1 1 1 1 0x0 0 0 0 0 0 0 0
  $ bridge -n sw link set dev p1 cost 100 priority 5 hairpin on learning off flood off mcast_flood off; v
   hairpin on guard off root_block off fastleave off learning off flood off mcast_flood off bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  bridge_slave state disabled priority 5 cost 100 hairpin on guard off root_block off fastleave off learning off flood off designated_root 8000.2:0:0:0:99:99
  100 5 1 0 0 0 1 1 0x0 0 0 0 0 0 0 0
  $ ip -n sw link set p1 type bridge_slave cost 200 priority 7 hairpin off learning on bcast_flood off mcast_router 2 group_fwd_mask 0x4000 isolated on; v
   hairpin off guard off root_block off fastleave off learning on flood off mcast_flood off bcast_flood off mcast_router 2 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated on locked off 
  bridge_slave state disabled priority 7 cost 200 hairpin off guard off root_block off fastleave off learning on flood off designated_root 8000.2:0:0:0:99:99
  200 7 0 1 0 0 0 2 0x4000 1 0 0 0 0 0 0
  $ ip netns exec sw sh -c 'cd /sys/class/net/p1/brport; echo 300 > path_cost; echo 9 > priority; echo 1 > proxyarp; echo 1 > multicast_to_unicast; echo 0 > multicast_router; echo 1 > root_block; echo 1 > bpdu_guard; echo 0 > isolated'; v
   hairpin off guard on root_block on fastleave off learning on flood off mcast_flood off bcast_flood off mcast_router 0 mcast_to_unicast on neigh_suppress off vlan_tunnel off isolated off locked off 
  bridge_slave state disabled priority 9 cost 300 hairpin off guard on root_block on fastleave off learning on flood off designated_root 8000.2:0:0:0:99:99
  300 9 0 1 0 0 0 0 0x4000 0 1 0 1 0 1 1
  $ bridge -n sw link set dev p1 guard off root_block off fastleave on neigh_suppress on; v
   hairpin off guard off root_block off fastleave on learning on flood off mcast_flood off bcast_flood off mcast_router 0 mcast_to_unicast on neigh_suppress on vlan_tunnel off isolated off locked off 
  bridge_slave state disabled priority 9 cost 300 hairpin off guard off root_block off fastleave on learning on flood off designated_root 8000.2:0:0:0:99:99
  300 9 0 1 0 0 0 0 0x4000 0 1 1 1 1 0 0
  $ ip -n sw link set p1 type bridge_slave flood on mcast_flood on bcast_flood on proxy_arp off mcast_to_unicast off mcast_fast_leave off neigh_suppress off group_fwd_mask 0; v
   hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 0 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  bridge_slave state disabled priority 9 cost 300 hairpin off guard off root_block off fastleave off learning on flood on designated_root 8000.2:0:0:0:99:99
  300 9 0 1 1 1 1 0 0x0 0 0 0 0 0 0 0
