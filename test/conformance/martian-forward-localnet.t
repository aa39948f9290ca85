Martian sources on a router with rp_filter off (fib_validate_source's fast path): only an exact address of the namespace is refused (inet_lookup_ifaddr), not any address inside a local prefix: a forwarded packet from 127.0.0.5 passes once route_localnet lets 127/8 in, as does one from inside a prefix configured on lo; 127/8 destinations routed to another host need route_localnet on the way in and out.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route get 10.2.0.2 from 127.0.0.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.route_localnet=1
  $ ip -n r route get 10.2.0.2 from 127.0.0.5 iif r0
  10.2.0.2 from 127.0.0.5 dev r1 
      cache iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_local=1
  $ ip -n r route get 10.2.0.2 from 127.0.0.5 iif r0
  10.2.0.2 from 127.0.0.5 dev r1 
      cache iif r0 
  $ ip -n r route get 127.0.0.5 from 10.1.0.2 iif r0
  local 127.0.0.5 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 127.1.2.3 from 10.1.0.2 iif r0
  local 127.1.2.3 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route add 127.9.0.0/16 via 10.2.0.2
  $ ip -n r route get 127.9.0.1 from 10.1.0.2 iif r0
  127.9.0.1 from 10.1.0.2 via 10.2.0.2 dev r1 
      cache iif r0 
  $ ip -n r route get 127.9.0.1
  127.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r route get 127.9.0.1 from 10.2.0.1
  127.9.0.1 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.route_localnet=1
  $ ip -n r route get 127.9.0.1 from 10.2.0.1
  127.9.0.1 from 10.2.0.1 via 10.2.0.2 dev r1 uid 0 
      cache 
  $ ip -n r route get 127.9.0.1
  127.9.0.1 via 10.2.0.2 dev r1 src 10.2.0.1 uid 0 
      cache 
  $ ip -n r route get 127.9.0.1 from 10.1.0.2 iif r0
  127.9.0.1 from 10.1.0.2 via 10.2.0.2 dev r1 
      cache iif r0 
  $ ip -n a route add 127.9.0.0/16 via 10.1.0.1
  $ ip -n b addr add 127.9.0.1/16 dev b0
  $ ip netns exec a ping -c 1 -W 1 127.9.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=1
  $ ip netns exec a ping -c 1 -W 1 127.9.0.1 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpInAddrErrors IpOutNoRoutes | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 3                  0.0
  IpOutNoRoutes                   0                  0.0
  $ ip -n r neigh show | sort
  10.1.0.2 dev r0 lladdr 02:00:00:00:0a:01 DELAY 
  10.2.0.2 dev r1 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n r addr add 10.7.0.1/24 dev lo
  $ ip -n r route show table local | grep 10.7
  local 10.7.0.0/24 dev lo proto kernel scope host src 10.7.0.1 
  local 10.7.0.1 dev lo proto kernel scope host src 10.7.0.1 
  broadcast 10.7.0.255 dev lo proto kernel scope link src 10.7.0.1 
  $ ip -n r route get 10.2.0.2 from 10.7.0.5 iif r0
  10.2.0.2 from 10.7.0.5 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.2 from 10.7.0.1 iif r0
  10.2.0.2 from 10.7.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.2 from 10.1.0.1 iif r0
  10.2.0.2 from 10.1.0.1 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.2 from 10.1.0.255 iif r0
  10.2.0.2 from 10.1.0.255 dev r1 
      cache iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_local=0
  $ ip -n r route get 10.2.0.2 from 10.7.0.5 iif r0
  10.2.0.2 from 10.7.0.5 dev r1 
      cache iif r0 
  $ ip -n r route get 10.2.0.2 from 10.7.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.2 from 127.0.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.2.0.2 from 127.0.0.5 iif r0
  10.2.0.2 from 127.0.0.5 dev r1 
      cache iif r0 
  $ ip -n a addr add 10.7.0.5/32 dev lo
  $ ip netns exec a ping -c 1 -W 1 -I 10.7.0.5 10.2.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b route add 10.7.0.0/24 via 10.2.0.1
  $ ip netns exec a ping -c 1 -W 1 -I 10.7.0.5 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.2.0.2 from 10.7.0.5 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az IpForwDatagrams TcpExtIPReversePathFilter | tail -n +2
  IpForwDatagrams                 5                  0.0
  TcpExtIPReversePathFilter       0                  0.0
