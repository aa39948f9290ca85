Random differential sequence (seed 124) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge ageing_time 3000
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw link set p2 type bridge_slave mab off; echo $?
  bridge_slave: unknown option "mab"?
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
  $ bridge -n sw link set dev p1 proxy_arp_wifi off bcast_flood on; echo $?
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
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw link set dev p3 state 5 mcast_to_unicast on; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ bridge -n sw link set dev p3 state 4; echo $?
  0
  $ bridge -n sw link set dev p3 state 0 learning on; echo $?
  0
  $ ip -n sw link set p3 type bridge_slave isolated off; echo $?
  0
  $ bridge -n sw link set dev p2 neigh_suppress on cost 0; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ bridge -n sw link set dev p2 hairpin on; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p1/brport/multicast_flood
  1
  $ bridge -n sw link set dev p1 bcast_flood off; echo $?
  0
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood off mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin on guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress on vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast on neigh_suppress off vlan_tunnel off isolated off locked off 
  $ bridge -n sw link set dev p2 priority 0 mcast_flood on; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.254 > /dev/null; echo $?
  1
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n sw link set p2 type bridge_slave neigh_suppress off; echo $?
  0
  $ bridge -n sw fdb show br br0 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw link set dev p1 vlan_tunnel off learning on; echo $?
  0
  $ bridge -n sw fdb add 02:00:00:00:00:02 dev p3 master static sticky; echo $?
  RTNETLINK answers: File exists
  255
  $ ip netns exec sw cat /sys/class/net/p2/brport/root_block
  0
  $ bridge -n sw fdb flush dev p2 dynamic; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -n sw fdb add 02:00:00:00:aa:01 dev br0; echo $?
  0
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  02:00:00:00:aa:01 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood off mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 0 cost 2 
      hairpin on guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast on neigh_suppress off vlan_tunnel off isolated off locked off 
