Random differential sequence (seed 128) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip netns exec sw cat /sys/class/net/p3/brport/proxyarp_wifi
  0
  $ bridge -n sw fdb show br br0 dynamic | sort
  $ ip netns exec sw sh -c 'echo 100 > /sys/class/net/p2/brport/root_block; echo $?; cat /sys/class/net/p2/brport/root_block'
  0
  1
  $ ip -n sw -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  br0              DOWN           02:00:00:00:99:99 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  p1@if2           UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:90:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p3@if2           UP             02:00:00:00:90:03 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip netns exec sw ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ ip netns exec sw sh -c 'echo 0x4000 > /sys/class/net/p3/brport/multicast_router; echo $?; cat /sys/class/net/p3/brport/multicast_router'
  sh: 1: echo: echo: I/O error
  1
  1
  $ ip -n sw link set p2 mtu 1400; echo $?
  0
  $ ip -n sw link set p2 type bridge_slave flush; echo $?
  bridge_slave: unknown option "flush"?
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
  $ ip -n h2 neigh flush all
  $ bridge -n sw mdb add dev br0 port br0 grp 239.1.1.1 temp; echo $?
  Error: bridge: Bridge's multicast processing is disabled.
  255
  $ ip -n sw link set p2 type bridge_slave state 3; echo $?
  0
  $ ip -n sw -br link show master br0
  p1@if2           UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:90:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p3@if2           UP             02:00:00:00:90:03 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ bridge -n sw mdb add dev br0 port p2 grp 01:00:5e:01:01:01 temp; echo $?
  Error: bridge: Bridge's multicast processing is disabled.
  255
  $ ip -n sw link set br0 type bridge mcast_query_use_ifaddr 1; echo $?
  0
  $ ip netns exec sw ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  ping: connect: Network is unreachable
  2
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw -j -d link show dev p1
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ ip -n sw link set br0 type bridge vlan_default_pvid 0; echo $?
  0
  $ bridge -n sw fdb show br br0 dynamic | sort
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:03 dev p3 master br0 
  $ bridge -n sw -j -d link show dev p1
  [{"ifindex":3,"link":"br0","ifname":"p1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ ip -n sw link set br0 type bridge mcast_igmp_version 3 vlan_default_pvid 0; echo $?
  0
  $ bridge -n sw mdb add dev br0 port p1 grp 239.1.1.2 temp; echo $?
  Error: bridge: Bridge's multicast processing is disabled.
  255
  $ bridge -n sw mdb replace dev br0 port p2 grp 10.0.0.1 permanent; echo $?
  Command "replace" is unknown, try "bridge mdb help".
  255
  $ ip netns exec sw sh -c 'echo 100 > /sys/class/net/p3/brport/flush; echo $?; cat /sys/class/net/p3/brport/flush'
  0
  cat: /sys/class/net/p3/brport/flush: Permission denied
  [1]
  $ bridge -n sw fdb show | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:01 dev p3 self permanent
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:90:01 dev p1 master br0 permanent
  02:00:00:00:90:02 dev p2 master br0 permanent
  02:00:00:00:90:03 dev p3 master br0 permanent
  02:00:00:00:99:99 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block on fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
