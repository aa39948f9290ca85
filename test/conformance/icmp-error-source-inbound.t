The source of a router's ICMP errors with icmp_errors_use_inbound_ifaddr off and on, when the inbound interface has a secondary address, an address of another subnet only, an address of host scope, or none at all (the error then comes from another interface's address), and the reply route through the other interface.
  $ ip netns add a
  $ ip netns add r1
  $ ip netns add r2
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r1a netns r1 address 02:00:00:00:01:0a
  $ ip link add r1b netns r1 address 02:00:00:00:01:0b type veth peer name r2a netns r2 address 02:00:00:00:02:0a
  $ ip link add r2b netns r2 address 02:00:00:00:02:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r1 r2 b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r1 link set r1a up; ip -n r1 link set r1b up; ip -n r2 link set r2a up; ip -n r2 link set r2b up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0; ip -n r1 addr add 10.0.1.1/24 dev r1a; ip -n r1 addr add 10.0.2.1/24 dev r1b
  $ ip -n r2 addr add 10.0.2.2/24 dev r2a; ip -n r2 addr add 10.0.3.1/24 dev r2b; ip -n b addr add 10.0.3.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1; ip -n r1 route add 10.0.3.0/24 via 10.0.2.2; ip -n r2 route add default via 10.0.2.1; ip -n b route add default via 10.0.3.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r1 addr add 10.0.1.100/24 dev r1a
  $ ip -n r1 addr add 172.16.0.1/32 dev r1b
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Time to live exceeded
  $ ip -n r1 addr del 10.0.1.1/24 dev r1a
  $ ip -n r1 addr show dev r1a | grep inet
      inet6 fe80::ff:fe00:10a/64 scope link tentative 
  $ ip -n r1 route add 10.0.1.0/24 dev r1a
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
  $ ip -n r1 addr flush dev r1a
  $ ip -n r1 addr add 192.168.77.1/32 dev r1a
  $ ip -n r1 route add 10.0.1.0/24 dev r1a
  RTNETLINK answers: File exists
  [2]
  $ ip -n r1 route
  10.0.1.0/24 dev r1a scope link 
  10.0.2.0/24 dev r1b proto kernel scope link src 10.0.2.1 
  10.0.3.0/24 via 10.0.2.2 dev r1b 
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 192.168.77.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 192.168.77.1 icmp_seq=1 Time to live exceeded
  $ ip -n r1 addr flush dev r1a
  $ ip -n r1 route add 10.0.1.0/24 dev r1a
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  $ ip -n r1 addr add 10.0.1.50/24 scope host dev r1a
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -W 1 10.0.9.9 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Destination Net Unreachable
  $ ip -n r1 addr add 10.0.1.51/24 scope link dev r1a
  Error: ipv4: Invalid scope value.
  [2]
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec a ping -c 1 -W 1 10.0.9.9 | sed -n 2p
  From 10.0.2.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0
  $ ip netns exec a ping -c 1 -t 1 10.0.3.2 | sed -n 2p
  $ ip netns exec r1 nstat -az IcmpOutTimeExcds IcmpOutDestUnreachs | tail -n +2
  IcmpOutDestUnreachs             2                  0.0
  IcmpOutTimeExcds                8                  0.0
