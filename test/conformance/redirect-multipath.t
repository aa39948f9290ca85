ICMP redirects from a router whose route to the destination is multipath on the sender's own link (fib_multipath_hash_seed fixed): each redirect names the next hop the flow hashes to, and the sender's exceptions follow once it knows that gateway's address.
  $ for n in h r g1 g2; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name p1 netns lan
  $ ip link add r0 netns r address 02:00:00:00:01:21 type veth peer name p2 netns lan
  $ ip link add e0 netns g1 address 02:00:00:00:00:41 type veth peer name p3 netns lan
  $ ip link add e0 netns g2 address 02:00:00:00:00:42 type veth peer name p4 netns lan
  $ for p in p1 p2 p3 p4; do ip -n lan link set $p master br0 up; done
  $ for n in h r g1 g2; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n g1 link set e0 up; ip -n g2 link set e0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n g1 addr add 192.168.0.41/24 dev e0
  $ ip -n g2 addr add 192.168.0.42/24 dev e0
  $ for i in 1 2 3 4 5 6; do ip -n g1 addr add 10.9.0.$i/32 dev lo; ip -n g2 addr add 10.9.0.$i/32 dev lo; done
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=9
  $ ip -n r route add 10.9.0.0/24 nexthop via 192.168.0.41 nexthop via 192.168.0.42
  $ ip -n h route add 10.9.0.0/24 via 192.168.0.121
  $ for i in 1 2 3 4 5 6; do ip -n r route get 10.9.0.$i from 192.168.0.31 iif r0 | head -1; done
  10.9.0.1 from 192.168.0.31 via 192.168.0.41 dev r0 
  10.9.0.2 from 192.168.0.31 via 192.168.0.41 dev r0 
  10.9.0.3 from 192.168.0.31 via 192.168.0.41 dev r0 
  10.9.0.4 from 192.168.0.31 via 192.168.0.41 dev r0 
  10.9.0.5 from 192.168.0.31 via 192.168.0.41 dev r0 
  10.9.0.6 from 192.168.0.31 via 192.168.0.42 dev r0 
  $ for i in 1 2 3 4 5 6; do ip netns exec h ping -c 1 -W 1 10.9.0.$i | sed -n 2p | sed -E "s/time=.*//"; sleep 1; done
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.41)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.41)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.41)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.41)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.41)
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.42)
  $ ip -n h route show cache
  $ for i in 1 2 3 4 5 6; do ip -n h route get 10.9.0.$i | head -1; done
  10.9.0.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  10.9.0.2 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.3 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.4 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.5 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.6 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 6                  0.0
  IcmpOutRedirects                6                  0.0
  $ for i in 1 2 3 4 5 6; do ip netns exec h ping -c 1 -W 1 10.9.0.$i | sed -n 2p | sed -E "s/time=.*//"; sleep 1; done
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 
  64 bytes from 10.9.0.2: icmp_seq=1 ttl=64 
  64 bytes from 10.9.0.3: icmp_seq=1 ttl=64 
  64 bytes from 10.9.0.4: icmp_seq=1 ttl=64 
  64 bytes from 10.9.0.5: icmp_seq=1 ttl=64 
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.42)
  $ for i in 1 2 3 4 5 6; do ip -n h route get 10.9.0.$i | head -1; done
  10.9.0.1 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
  10.9.0.2 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.3 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.4 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.5 via 192.168.0.41 dev h0 src 192.168.0.31 uid 0 
  10.9.0.6 via 192.168.0.42 dev h0 src 192.168.0.31 uid 0 
  $ ip -n h neigh show | sort
  192.168.0.121 dev h0 lladdr 02:00:00:00:01:21 REACHABLE 
  192.168.0.41 dev h0 lladdr 02:00:00:00:00:41 REACHABLE 
  192.168.0.42 dev h0 lladdr 02:00:00:00:00:42 REACHABLE 
