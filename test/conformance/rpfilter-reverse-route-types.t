rp_filter on a router for a source behind a host (a /32 on its lo): strict and loose against a missing, foreign, blackhole, unreachable, prohibit, lo and local reverse route, an onlink reverse route from either side, and a fwmark rule that makes the reverse lookup match only with src_valid_mark; counters.
  $ ip netns add r
  $ ip netns add a
  $ ip netns add b
  $ ip link add eth0 netns a address 02:00:00:00:0c:01 type veth peer name ra netns r address 02:00:00:00:0c:11
  $ ip link add eth0 netns b address 02:00:00:00:0c:02 type veth peer name rb netns r address 02:00:00:00:0c:12
  $ for n in r a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n a link set eth0 up; ip -n b link set eth0 up; ip -n r link set ra up; ip -n r link set rb up
  $ ip -n a addr add 10.0.1.2/24 dev eth0
  $ ip -n b addr add 10.0.2.2/24 dev eth0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip -n a addr add 10.0.9.9/32 dev lo
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpInAddrErrors IpExtInNoRoutes TcpExtIPReversePathFilter IpInNoRoutes IpOutNoRoutes
  #kernel
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  IpExtInNoRoutes                 1                  0.0
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  10.0.2.2 from 10.0.9.9 dev rb 
      cache iif ra 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpInAddrErrors TcpExtIPReversePathFilter IpInNoRoutes IpOutNoRoutes
  #kernel
  IpInAddrErrors                  0                  0.0
  IpOutNoRoutes                   0                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip -n r route add 10.0.9.9 via 10.0.2.2
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  10.0.2.2 from 10.0.9.9 dev rb 
      cache iif ra 
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.9.9 10.0.2.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route del 10.0.9.9 via 10.0.2.2
  $ ip -n r route add blackhole 10.0.9.9
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace unreachable 10.0.9.9
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace prohibit 10.0.9.9
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace 10.0.9.9 dev lo
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  10.0.2.2 from 10.0.9.9 dev rb 
      cache iif ra 
  $ ip -n r route replace local 10.0.9.9 dev lo
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route del local 10.0.9.9 dev lo
  $ ip -n r route add 10.0.9.0/24 via 10.0.1.2 dev ra onlink
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif ra
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.2.2 from 10.0.9.9 iif rb
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra mark 5
  10.0.2.2 from 10.0.1.2 dev rb mark 5 
      cache iif ra 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.src_valid_mark=1
  $ ip -n r rule add fwmark 5 lookup 55
  $ ip -n r route add 10.0.1.0/24 dev rb table 55
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       1                  0.0
