Random differential traffic (seed 33) across a bridge with four hosts: port flags (learning, flood, mcast_flood, bcast_flood, isolated, hairpin, neigh_suppress, proxy_arp, locked, state) between unicast, unknown unicast, broadcast and multicast datagrams and arpings; what each host counted, the bridge's fdb and counters.

  $ for n in h1 h2 h3 h4 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge mcast_snooping 0
  $ for i in 1 2 3 4; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ for p in p1 p2 p3 p4; do ip -n sw link set $p master br0; ip -n sw link set $p up; done; ip -n sw link set br0 up
  $ for i in 1 2 3 4; do for j in 1 2 3 4; do [ $i = $j ] || ip -n h$i neigh add 10.0.0.$j lladdr 02:00:00:00:00:0$j dev e0 nud permanent; done; ip -n h$i neigh add 10.0.0.9 lladdr 02:00:00:00:00:77 dev e0 nud permanent; ip -n h$i neigh add 10.0.0.254 lladdr 02:00:00:00:99:99 dev e0 nud permanent; done; sleep 1.1
  $ bridge -n sw link set dev p4 flood on; echo $?
  0
  $ bridge -n sw link set dev p4 isolated off; echo $?
  0
  $ bridge -n sw link set dev p3 flood off; echo $?
  0
  $ bridge -n sw link set dev p3 flood off; echo $?
  0
  $ bridge -n sw link set dev p3 state 0; echo $?
  0
  $ echo hi | ip netns exec h3 socat -u - UDP4-DATAGRAM:224.0.0.251:9,ip-multicast-if=10.0.0.3; echo $?
  0
  $ echo hi | ip netns exec h1 socat -u - UDP4-SENDTO:10.0.0.4:9; echo $?
  0
  $ bridge -n sw link set dev p4 learning on; echo $?
  0
  $ for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done
  h1 73 1 0 0 0 0 45 1 0 0 0 0
  h2 45 1 0 0 0 0 0 0 0 0 0 0
  h3 0 0 0 0 0 0 45 1 0 0 0 0
  h4 45 1 0 0 0 0 73 1 0 0 0 0
  $ bridge -n sw link set dev p1 flood off; echo $?
  0
  $ echo hi | ip netns exec h3 socat -u - UDP4-SENDTO:10.0.0.2:9; echo $?
  0
  $ bridge -n sw link set dev p4 hairpin off isolated off; echo $?
  0
  $ echo hi | ip netns exec h4 socat -u - UDP4-SENDTO:10.0.0.3:9; echo $?
  0
  $ ip netns exec h2 ping -c 1 -W 1 10.0.0.9 > /dev/null; echo $?
  1
  $ for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done
  h1 73 1 0 0 0 0 45 1 0 0 0 0
  h2 90 2 0 0 0 0 98 1 0 0 0 0
  h3 0 0 0 0 0 0 90 2 0 0 0 0
  h4 143 2 0 0 0 0 118 2 0 0 0 0
  $ bridge -n sw fdb show dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:04 dev p4 master br0 
  $ bridge -n sw fdb add 02:00:00:00:00:77 dev p1 master static; echo $?
  0
  $ bridge -n sw fdb del 02:00:00:00:00:03 dev p4 master; echo $?
  RTNETLINK answers: No such file or directory
  255
  $ bridge -n sw fdb add 02:00:00:00:00:77 dev p4 master static; echo $?
  RTNETLINK answers: File exists
  255
  $ ip -n sw link set p4 up; sleep 1.1
  $ echo hi | ip netns exec h4 socat -u - UDP4-SENDTO:10.0.0.3:9; echo $?
  0
  $ ip netns exec h2 arping -c 1 -w 1 -I e0 10.0.0.3; echo $?
  ARPING 10.0.0.3 from 10.0.0.2 e0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ bridge -n sw link set dev p3 state 1; echo $?
  0
  $ for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done
  h1 115 2 0 0 0 0 45 1 0 0 0 0
  h2 135 3 0 0 0 0 140 2 0 0 0 0
  h3 0 0 0 0 0 0 90 2 0 0 0 0
  h4 185 3 0 0 0 0 163 3 0 0 0 0
  $ ip -n sw link set p4 up; sleep 1.1
  $ bridge -n sw fdb add 02:00:00:00:00:77 dev p1 master static; echo $?
  RTNETLINK answers: File exists
  255
  $ bridge -n sw link set dev p1 isolated on; echo $?
  0
  $ ip -n sw link set p2 type bridge_slave bcast_flood off; echo $?
  0
  $ bridge -n sw fdb show dynamic | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:04 dev p4 master br0 
  02:00:00:00:00:77 dev p1 master br0 static
  $ ip netns exec h1 arping -c 1 -w 1 -I e0 10.0.0.2; echo $?
  ARPING 10.0.0.2 from 10.0.0.1 e0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  1
  $ echo hi | ip netns exec h1 socat -u - UDP4-DATAGRAM:10.0.0.255:9,broadcast; echo $?
  0
  $ echo hi | ip netns exec h2 socat -u - UDP4-DATAGRAM:224.0.0.1:9,ip-multicast-if=10.0.0.2; echo $?
  0
  $ ip netns exec h4 arping -c 1 -w 1 -I e0 10.0.0.1; echo $?
  ARPING 10.0.0.1 from 10.0.0.4 e0
  Unicast reply from 10.0.0.1 [02:00:00:00:00:01]  *ms (glob)
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done
  h1 202 4 0 0 0 0 174 4 0 0 0 0
  h2 135 3 0 0 0 0 185 3 0 0 0 0
  h3 0 0 0 0 0 0 90 2 0 0 0 0
  h4 359 7 0 0 0 0 205 4 0 0 0 0
  $ for h in h1 h2 h3 h4; do echo $h $(ip -n $h -s link show e0 | sed -n '4p;6p'); done
  h1 202 4 0 0 0 0 174 4 0 0 0 0
  h2 135 3 0 0 0 0 185 3 0 0 0 0
  h3 0 0 0 0 0 0 90 2 0 0 0 0
  h4 359 7 0 0 0 0 205 4 0 0 0 0
  $ for p in p1 p2 p3 p4; do echo $p $(ip -n sw -s link show $p | sed -n '4p;6p'); done
  p1 174 4 0 0 0 0 202 4 0 0 0 0
  p2 185 3 0 0 0 0 135 3 0 0 0 0
  p3 90 2 0 0 0 0 0 0 0 0 0 0
  p4 205 4 0 0 0 0 359 7 0 0 0 0
  $ bridge -n sw fdb show br br0 | grep -v permanent | sort
  02:00:00:00:00:01 dev p1 master br0 
  02:00:00:00:00:02 dev p2 master br0 
  02:00:00:00:00:04 dev p4 master br0 
  02:00:00:00:00:77 dev p1 master br0 static
  $ bridge -n sw -d link show
  3: p1@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated on locked off 
  4: p2@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood off mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state listening priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  6: p4@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
