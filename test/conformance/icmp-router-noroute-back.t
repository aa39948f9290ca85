ICMP errors a router cannot send back: with no route to the sender's source, ip_error and the TTL check drop the packet silently (the error counters do not move: icmp_send fails at its route lookup); an unreachable or prohibit route back does the same; with a route back the first error goes out, and an error for a packet from a loop of two routers counts on the one where the TTL ran out.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.3.0.9 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -t 1 -I 172.16.0.1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutMsgs IcmpOutErrors IpOutNoRoutes IpInHdrErrors IpExtInNoRoutes | tail -n +2
  IpInHdrErrors                   1                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutMsgs                     0                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IpExtInNoRoutes                 1                  0.0
  $ ip -n r route add 172.16.0.0/16 via 10.1.0.2
  $ sleep 1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.3.0.9 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  $ ip -n r route del 172.16.0.0/16
  $ ip -n r route add unreachable 172.16.0.0/16
  $ ip netns exec a ping -c 1 -W 1 -t 1 -I 172.16.0.1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route replace prohibit 172.16.0.0/16
  $ ip netns exec a ping -c 1 -W 1 -t 1 -I 172.16.0.1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IcmpOutTimeExcds IcmpOutMsgs IcmpOutErrors IpOutNoRoutes IpInHdrErrors IpExtInNoRoutes | tail -n +2
  IpInHdrErrors                   3                  0.0
  IpOutNoRoutes                   0                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                0                  0.0
  IpExtInNoRoutes                 2                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1
  $ ip -n r route del 172.16.0.0/16
  $ ip -n r route add 172.16.0.0/16 via 10.2.0.2
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add 172.16.0.0/16 via 10.2.0.1
  $ sleep 1
  $ ip netns exec a ping -c 1 -W 1 -t 1 -I 172.16.0.1 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IcmpOutTimeExcds IpForwDatagrams | tail -n +2
  IpForwDatagrams                 0                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec b nstat -az IpInHdrErrors IcmpOutTimeExcds IpForwDatagrams | tail -n +2
  IpInHdrErrors                   0                  0.0
  IpForwDatagrams                 1                  0.0
  IcmpOutTimeExcds                0                  0.0
