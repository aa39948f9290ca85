Which address a router's ICMP errors come from: the prefsrc of the route back to the sender (a secondary or a loopback address when the route says so), icmp_errors_use_inbound_ifaddr the input device's primary address, and on an unnumbered input device the address inet_select_addr() finds elsewhere (lo's first, then another device's).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r addr add 10.0.1.100/24 dev ra
  $ ip -n r addr add 172.16.0.1/32 dev lo
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route replace 10.0.1.0/24 dev ra proto kernel scope link src 10.0.1.100
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.100 icmp_seq=1 Time to live exceeded
  $ ip -n r route replace 10.0.1.0/24 dev ra proto kernel scope link src 172.16.0.1
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 172.16.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0
  $ ip -n a addr add 192.168.5.2/24 dev a0
  $ ip -n r route add 192.168.5.0/24 dev ra
  $ ip netns exec a ping -c 1 -t 1 -I 192.168.5.2 10.0.2.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route get 192.168.5.2
  192.168.5.2 dev ra src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -I 192.168.5.2 10.9.9.9 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Destination Net Unreachable
  $ ip -n r addr flush dev ra
  $ ip -n r route add 10.0.1.0/24 dev ra
  $ ip -n r route add 192.168.5.0/24 dev ra
  $ ip -n r route
  10.0.1.0/24 dev ra scope link 
  10.0.2.0/24 dev rb proto kernel scope link src 10.0.2.1 
  192.168.5.0/24 dev ra scope link 
  $ sleep 2
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 172.16.0.1 icmp_seq=1 Time to live exceeded
  $ ip -n r route get 10.0.1.2
  10.0.1.2 dev ra src 172.16.0.1 uid 0 
      cache 
  $ ip -n r addr del 172.16.0.1/32 dev lo
  $ ip -n r route get 10.0.1.2
  10.0.1.2 dev ra src 10.0.2.1 uid 0 
      cache 
  $ sleep 2
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ sleep 2
  $ ip netns exec a ping -c 1 -t 1 10.0.2.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
