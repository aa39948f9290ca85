Random differential sequence (seed 10) on a bridge with three hosts: port flags, fdb add/append/replace/del with master/self/static/dynamic/local/permanent/sticky/extern_learn, ports down/up, pings across bridge options, sysfs writes, mdb entries, ports leaving and joining, MTU and MAC changes, and the fdb and link listings.

  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 type bridge
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip -n sw addr add 10.0.0.254/24 dev br0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec sw sh -c 'echo 2 > /sys/class/net/br0/bridge/hash_max; echo $?; cat /sys/class/net/br0/bridge/hash_max'
  0
  2
  $ ip -n sw link set p1 type bridge_slave flush; echo $?
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
  $ ip netns exec sw sh -c 'echo 0x8 > /sys/class/net/br0/bridge/group_fwd_mask; echo $?; cat /sys/class/net/br0/bridge/group_fwd_mask'
  0
  0x8
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ bridge -n sw fdb get 02:00:00:00:90:01 dev p1 self; echo $?
  Error: Fdb get operation not supported by device.
  254
  $ ip -n sw link set p1 type bridge_slave cost 10; echo $?
  0
  $ ip -n sw link show br0 | sed -n '1,2p'
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.254 > /dev/null; echo $?
  0
  $ bridge -n sw mdb add dev br0 port p3 grp 10.0.0.1 permanent vid 5; echo $?
  Error: IPv4 entry group address is not multicast or 0.0.0.0.
  255
  $ ip netns exec sw sh -c 'echo 2 > /sys/class/net/br0/bridge/vlan_filtering; echo $?; cat /sys/class/net/br0/bridge/vlan_filtering'
  sh: 1: cannot create /sys/class/net/br0/bridge/vlan_filtering: Permission denied
  2
  cat: /sys/class/net/br0/bridge/vlan_filtering: No such file or directory
  [1]
  $ bridge -n sw -j -d link show dev p2
  [{"ifindex":4,"link":"br0","ifname":"p2","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2,"hairpin":false,"guard":false,"root_block":false,"fastleave":false,"learning":true,"flood":true,"mcast_flood":true,"bcast_flood":true,"mcast_router":1,"mcast_to_unicast":false,"neigh_suppress":false,"vlan_tunnel":false,"isolated":false,"locked":false}]
  $ bridge -n sw fdb get 02:00:00:00:00:03 dev p3; echo $?
  02:00:00:00:00:03 dev p3 master br0 
  0
  $ ip netns exec sw sh -c 'echo 0 > /sys/class/net/p2/brport/flush; echo $?; cat /sys/class/net/p2/brport/flush'
  0
  cat: /sys/class/net/p2/brport/flush: Permission denied
  [1]
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip netns exec sw sh -c 'echo 65536 > /sys/class/net/p2/brport/path_cost; echo $?; cat /sys/class/net/p2/brport/path_cost'
  sh: 1: echo: echo: I/O error
  1
  2
  $ ip netns exec sw cat /sys/class/net/p2/brport/bpdu_guard
  0
  $ bridge -n sw fdb flush dev br0 extern_learn; echo $?
  0
  $ ip -n sw link set p2 mtu 1400; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip -n sw -br link show master br0
  p1@if2           UP             02:00:00:00:90:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p2@if2           UP             02:00:00:00:90:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  p3@if2           UP             02:00:00:00:90:03 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n sw link set br0 type bridge mcast_query_use_ifaddr 1; echo $?
  0
  $ ip -n sw link set br0 type bridge vlan_filtering 1 mcast_stats_enabled 1; echo $?
  RTNETLINK answers: Operation not supported
  2
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
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:01 dev p3 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 10 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
