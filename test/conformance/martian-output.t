Martian addresses on the output side and in ip route get without iif: a multicast, limited-broadcast or zero-net source is refused, a source that is not ours too, a loopback source only leaves by lo unless route_localnet; destinations 0.0.0.0 (to ourselves), 127/8 (lo), 0/8 and 240/4 (unreachable unless routed) and their error messages.
  $ ip netns add a; ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a route get 10.0.0.2 from 224.0.0.5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.0.0.2 from 255.255.255.255
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.0.0.2 from 0.0.0.0
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 10.0.0.2 from 0.1.2.3
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.0.0.2 from 10.0.0.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.0.0.2 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 127.0.0.1 from 10.0.0.1
  local 127.0.0.1 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip -n a route get 127.3.4.5
  local 127.3.4.5 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 0.1.2.3
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 240.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 255.255.255.254
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 255.255.255.255
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n a route get 10.0.0.255 from 10.0.0.1
  broadcast 10.0.0.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> 
  $ ip -n a route add default via 10.0.0.2
  $ ip -n a route get 240.0.0.1
  240.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 0.1.2.3
  0.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 192.0.2.1 from 127.0.0.1 oif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=1
  $ ip -n a route get 192.0.2.1 from 127.0.0.1
  192.0.2.1 from 127.0.0.1 via 10.0.0.2 dev a0 uid 0 
      cache 
  $ ip -n a route get 192.0.2.1 from 127.0.0.1 oif lo
  192.0.2.1 from 127.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 -W 1 -I 127.0.0.1 192.0.2.1 | head -1
  PING 192.0.2.1 (192.0.2.1) from 127.0.0.1 : 56(84) bytes of data.
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=0
  $ ip -n a route get 192.0.2.1 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.1 224.0.0.1 | head -1
  PING 224.0.0.1 (224.0.0.1) from 10.0.0.1 : 56(84) bytes of data.
  $ ip -n a route get 10.0.0.2 from 10.0.0.1 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n a route get 10.0.0.2 from 10.0.0.1 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n a route get 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a nstat -az IpOutNoRoutes | tail -n +2
  IpOutNoRoutes                   0                  0.0
