Bridge flooding: unknown unicast goes to ports with "flood on", broadcast to
"bcast_flood on"; a port with flooding off still gets frames for MACs it learned.
  $ for n in h1 h2 h3 sw; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link set br0 up
  $ for i in 1 2 3; do ip link add e0 netns h$i address 02:00:00:00:00:0$i type veth peer name p$i netns sw address 02:00:00:00:90:0$i; done
  $ for i in 1 2 3; do ip -n sw link set p$i master br0 up; ip -n h$i link set e0 up; ip -n h$i addr add 10.0.0.$i/24 dev e0; done
  $ bridge -n sw link set dev p3 flood off
  $ bridge -n sw -d link show dev p3
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood off mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip -n h1 neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h3 ping -c 1 10.0.0.1 | head -2
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw link set dev p3 flood on bcast_flood off
  $ ip -n sw link set p3 type bridge_slave fdb_flush
  $ ip -n sw link set p1 type bridge_slave fdb_flush
  $ ip -n h1 neigh flush dev e0
  $ ip -n h3 neigh flush dev e0
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ bridge -n sw link set dev p3 bcast_flood on mcast_flood off
  $ bridge -n sw -d link show dev p3
  5: p3@br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 
      hairpin off guard off root_block off fastleave off learning on flood on mcast_flood off bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off 
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.3 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
