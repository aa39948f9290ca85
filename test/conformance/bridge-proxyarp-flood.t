A port with proxy_arp on (BR_PROXYARP) gets no flooded broadcast ARP (br_flood(): "Do not flood to ports that enable proxy ARP"): a host behind it is not asked and a host elsewhere cannot resolve it; its own requests still go out, and once the asker learnt it the pings pass.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ ip netns exec sw sh -c 'echo 1 > /sys/class/net/p3/brport/proxyarp; cat /sys/class/net/p3/brport/proxyarp'
  1
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  1
  $ ip -n h2 neigh show
  10.0.0.3 dev e0 INCOMPLETE 
  $ ip -n h3 neigh show
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.1 > /dev/null; echo $?
  0
  $ ip netns exec h3 ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip -n h2 neigh show | sort
  10.0.0.1 dev e0 lladdr 02:00:00:00:00:01 REACHABLE 
  10.0.0.3 dev e0 lladdr 02:00:00:00:00:03 DELAY 
  $ ip -n h2 neigh flush all; ip -n h3 neigh flush all
  $ bridge -n sw link set dev p3 proxy_arp off 2>&1; ip -n sw link set p3 type bridge_slave proxy_arp off; echo $?
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
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.3 > /dev/null; echo $?
  0
