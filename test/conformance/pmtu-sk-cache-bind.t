A path MTU learnt by a socket is listed by ip route show cache once a route is bound to the exception: a connected UDP socket (socat with or without ip-mtu-discover=1, nc -u) holds its route, which the new exception kills (ipv4_sk_update_pmtu(): !dst_check() -> ip_route_output_flow()), so the exception is bound and listed as soon as the frag needed is handled, also when it comes after an ARP exchange at the router; IP_PMTUDISC_INTERFACE/OMIT sockets learn nothing (ip_sk_accept_pmtu()); ping's frag needed and the local refusal after it.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01
  $ ip link add rb netns r address 02:00:00:00:01:02 type veth peer name br0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.1.0.2/24 dev ar; ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rb; ip -n b addr add 10.2.0.2/24 dev br0
  $ ip -n r link set rb mtu 576; ip -n b link set br0 mtu 576
  $ for x in 'a ar' 'r ra' 'r rb' 'b br0'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.1.0.1 lladdr 02:00:00:00:01:01 dev ar; ip -n r neigh add 10.2.0.2 lladdr 02:00:00:00:0b:01 dev rb; ip -n r neigh add 10.1.0.2 lladdr 02:00:00:00:0a:01 dev ra
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9,ip-mtu-discover=1; echo $?
  0
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9,ip-mtu-discover=1; echo $?
  0
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInErrors UdpNoPorts | grep -v '^#'
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              2                  0.0
  UdpNoPorts                      0                  0.0
  $ ip -n a route flush cache
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9; echo $?
  0
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip -n a route flush cache
  $ head -c 556 /dev/zero | ip netns exec a nc -u -w 0 10.2.0.2 9; echo $?
  0
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip -n a route flush cache
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9,ip-mtu-discover=4; echo $?
  0
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9,ip-mtu-discover=5; echo $?
  0
  $ ip -n a route show cache; ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev ar 
      cache 
  10.2.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 600 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 576)
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 600 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=576
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip -n a route get 10.2.0.2 > /dev/null; ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip -n a route flush cache
  $ ip -n r neigh flush all
  $ head -c 556 /dev/zero | ip netns exec a socat -u - UDP:10.2.0.2:9; echo $?
  0
  $ sleep 0.5; ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev ar 
      cache expires *sec mtu 576  (glob)
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInErrors UdpNoPorts | grep -v '^#'
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              8                  0.0
  UdpNoPorts                      0                  0.0
