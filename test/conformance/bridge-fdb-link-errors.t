bridge fdb/link/vlan listings and errors.
  $ ip netns add s
  $ ip -n s link add br0 address 02:00:00:00:0b:00 type bridge
  $ for i in 1 2; do ip netns add h$i; ip netns exec h$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip link add e$i netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns s address 02:00:00:00:0a:0$i; done
  $ ip netns exec s sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ for i in 1 2; do ip -n s link set p$i master br0; ip -n s link set p$i up; ip -n h$i link set e$i up; ip -n h$i addr add 10.0.0.$i/24 dev e$i; done
  $ ip -n s link set br0 up
  $ ip netns exec h1 ping -c 1 10.0.0.2 > /dev/null
  $ ip netns exec s bridge fdb show br br0 | sort
  01:00:5e:00:00:01 dev br0 self permanent
  01:00:5e:00:00:01 dev p1 self permanent
  01:00:5e:00:00:01 dev p2 self permanent
  01:00:5e:00:00:6a dev br0 self permanent
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:0a:01 dev p1 master br0 permanent
  02:00:00:00:0a:02 dev p2 master br0 permanent
  02:00:00:00:0b:00 dev br0 master br0 permanent
  33:33:00:00:00:01 dev br0 self permanent
  33:33:00:00:00:01 dev p1 self permanent
  33:33:00:00:00:01 dev p2 self permanent
  33:33:00:00:00:6a dev br0 self permanent
  $ ip netns exec s bridge fdb show dev p1 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:01 master br0 
  02:00:00:00:0a:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip netns exec s bridge fdb show brport p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:0a:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip netns exec s bridge fdb show dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  $ ip netns exec s bridge -s fdb show dev p1 | sed -E 's/used [0-9]+\/[0-9]+/used U/' | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:01 used U master br0 
  02:00:00:00:0a:01 used U master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip netns exec s bridge fdb add 02:00:00:00:00:99 dev p1 master static
  $ ip netns exec s bridge fdb add 02:00:00:00:00:99 dev p1 master static
  RTNETLINK answers: File exists
  [255]
  $ ip netns exec s bridge fdb replace 02:00:00:00:00:99 dev p2 master static
  $ ip netns exec s bridge fdb show dev p2 | sort
  01:00:5e:00:00:01 self permanent
  02:00:00:00:00:02 master br0 
  02:00:00:00:00:99 master br0 static
  02:00:00:00:0a:02 master br0 permanent
  33:33:00:00:00:01 self permanent
  $ ip netns exec s bridge fdb del 02:00:00:00:00:99 dev p2 master
  $ ip netns exec s bridge fdb del 02:00:00:00:00:99 dev p2 master
  RTNETLINK answers: No such file or directory
  [255]
  $ ip netns exec s bridge fdb add zz:00 dev p1
  Invalid mac address zz:00
  [255]
  $ ip netns exec s bridge fdb add 02:00:00:00:00:98 dev nosuch
  Cannot find device "nosuch"
  [255]
  $ ip netns exec s bridge fdb show dev nosuch
  Cannot find device "nosuch"
  [255]
  $ ip netns exec s bridge fdb get 02:00:00:00:00:02 br br0
  02:00:00:00:00:02 dev p2 master br0 
  $ ip netns exec s bridge fdb get 02:00:00:00:00:77 br br0
  Error: Fdb entry not found.
  [254]
  $ ip netns exec s bridge link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec s bridge link show dev p1
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
  $ ip netns exec s bridge link set dev p1 cost 50 priority 7
  $ ip netns exec s bridge -d link show dev p1
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 7 cost 50 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip netns exec s bridge link set dev p1 state 9
  RTNETLINK answers: Invalid argument
  [255]
  $ ip netns exec s bridge link set dev nosuch cost 5
  Cannot find bridge device "nosuch"
  [255]
  $ ip netns exec s bridge link set dev p1 bogus on
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
  [255]
  $ ip netns exec s bridge vlan show
  port              vlan-id  
  $ ip netns exec s bridge vlan add vid 5000 dev p1
  Invalid VLAN ID "5000"
  [255]
  $ ip netns exec s bridge vlan add vid 10 dev nosuch
  Cannot find bridge device "nosuch"
  [255]
  $ ip netns exec s bridge vlan del vid 99 dev p1
  $ ip netns exec s bridge bogus
  Object "bogus" is unknown, try "bridge help".
  [255]
  $ ip netns exec s bridge fdb bogus
  Command "bogus" is unknown, try "bridge fdb help".
  [255]
