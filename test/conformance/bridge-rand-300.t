Random differential sequence (seed 300) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge ageing_time 3000
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ bridge -n sw fdb replace 02:00:00:00:00:02 dev p3 vlan 5; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n sw fdb show brport p3 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:03 master br0 
  02:00:00:00:90:03 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ bridge -n sw -d fdb show dev p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip -n sw -br link show master br0
  p1@if2           UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:90:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p3@if2           UP             02:00:00:00:90:03 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  $ bridge -n sw fdb append 02:00:00:00:aa:01 dev br0 self dynamic master; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge -n sw fdb add 02:00:00:00:90:01 dev br0; echo $?
  RTNETLINK answers: File exists
  255
  $ bridge -n sw link set dev p3 flood off bcast_flood on; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p1/brport/isolated
  0
  $ ip -n sw -br link show master br0
  p1@if2           UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:90:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p3@if2           UP             02:00:00:00:90:03 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw link set dev p3 proxy_arp_wifi on proxy_arp_wifi on; echo $?
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
  $ ip netns exec sw cat /sys/class/net/p3/brport/hairpin_mode
  0
  $ bridge -n sw link set dev p1 flood on; echo $?
  0
  $ bridge -n sw -j -d link show dev p2
  [{"ifindex":4,"link":"br0","ifname":"p2","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ bridge -n sw fdb replace 02:00:00:00:99:99 dev br0 extern_learn sticky; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ ip netns exec sw cat /sys/class/net/p2/brport/neigh_suppress
  0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip -n sw link set p1 down
  $ bridge -n sw fdb show brport p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:90:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip -n h3 neigh flush all
  $ ip -n sw link set p2 type bridge_slave root_block off; echo $?
  0
  $ bridge -n sw fdb replace 02:00:00:00:aa:01 dev p3; echo $?
  0
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  $ bridge -n sw fdb add 02:00:00:00:aa:01 dev p2; echo $?
  0
  $ bridge -n sw link set dev p1 bcast_flood on; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
  $ bridge -n sw link set dev p1 mab on; echo $?
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
  $ bridge -n sw fdb replace 02:00:00:00:00:02 dev p2; echo $?
  0
  $ bridge -n sw link set dev p1 guard off; echo $?
  0
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:02 dev p2 self permanent
  02:00:00:00:00:03 dev p3 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 extern_learn master br0 permanent
  02:00:00:00:aa:01 dev p2 self permanent
  02:00:00:00:aa:01 dev p3 self permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST> mtu 1500 master br0 state disabled priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
