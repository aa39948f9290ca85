Local delivery follows the local table: any 127/8 address, an address of a device that is down, a whole prefix made local with a local route (AnyIP: bind and answer on every address of it), a deleted local route; nc, ping and ss on each.
  $ ip netns add a
  $ ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n a link add d0 address 02:00:00:00:0d:01 type veth peer name d1 address 02:00:00:00:0d:02
  $ ip -n a link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev d0
  $ ip netns exec a sh -c 'nc -k -l -p 7000 > l.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo lo127 | nc -N 127.0.0.1 7000'
  $ ip netns exec a sh -c 'echo lo127-9 | nc -N 127.9.8.7 7000'
  $ ip netns exec a sh -c 'echo down-dev | nc -N 10.0.0.1 7000'
  $ ip netns exec a sh -c 'echo from-down | nc -N -s 10.0.0.1 127.0.0.1 7000'
  $ sleep 0.2; cat l.out
  lo127
  lo127-9
  down-dev
  from-down
  $ ip -n a route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 127.9.8.7
  local 127.9.8.7 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 10.0.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.0.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 7000
  nc: connect to 10.0.0.2 port 7000 (tcp) failed: Network is unreachable
  [1]
  $ ip -n a route add local 198.51.100.0/24 dev lo
  $ ip -n a route show table local type local
  local 10.0.0.1 dev d0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 198.51.100.0/24 dev lo scope host 
  $ ip -n a route get 198.51.100.77
  local 198.51.100.77 dev lo src 198.51.100.77 uid 0 
      cache <local> 
  $ ip netns exec a sh -c 'echo anyip | nc -N 198.51.100.77 7000'
  $ ip netns exec a sh -c 'nc -l -s 198.51.100.5 -p 7001 > b.out 2>&1 & sleep 0.3'
  $ ip netns exec a ss -Htln | sort
  LISTEN 0      1           0.0.0.0:7000 0.0.0.0:*
  LISTEN 0      1      198.51.100.5:7001 0.0.0.0:*
  $ ip netns exec a sh -c 'echo bound | nc -N -s 198.51.100.9 198.51.100.5 7001'
  $ sleep 0.2; cat l.out b.out
  lo127
  lo127-9
  down-dev
  from-down
  anyip
  bound
  $ ip netns exec a ping -c 1 -W 1 -I 198.51.100.3 198.51.100.200 | sed -n 1,2p | sed -E 's/time=.*//'
  PING 198.51.100.200 (198.51.100.200) from 198.51.100.3 : 56(84) bytes of data.
  64 bytes from 198.51.100.200: icmp_seq=1 ttl=64 
  $ ip -n a route del local 10.0.0.1 dev d0 table local
  $ ip -n a route get 10.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec a nc -z -v -w 1 10.0.0.1 7000
  nc: connect to 10.0.0.1 port 7000 (tcp) failed: Network is unreachable
  [1]
  $ ip -n a -4 addr show dev d0
  3: d0@d1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
  $ ip -n a route del local 198.51.100.0/24 dev lo
  $ ip netns exec a nc -z -v -w 1 198.51.100.77 7000
  nc: connect to 198.51.100.77 port 7000 (tcp) failed: Network is unreachable
  [1]
  $ ip netns exec a nstat -az TcpActiveOpens TcpPassiveOpens TcpAttemptFails IpOutNoRoutes IcmpOutEchoReps
  #kernel
  IpOutNoRoutes                   3                  0.0
  IcmpOutEchoReps                 2                  0.0
  TcpActiveOpens                  6                  0.0
  TcpPassiveOpens                 6                  0.0
  TcpAttemptFails                 0                  0.0
