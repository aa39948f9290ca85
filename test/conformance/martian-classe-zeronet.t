Input route checks for unusual sources and destinations (ip route get ... iif): class E, 0/8, limited broadcast, loopback with route_localnet, multicast sources, and the subnet broadcast address of another link.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip route add 240.0.0.0/4 via 10.1.0.2
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 10.1.0.9 from 240.0.0.7 iif a0
  10.1.0.9 from 240.0.0.7 dev a1 
      cache iif a0 
  $ ip route get 240.1.2.3 from 10.0.0.9 iif a0
  240.1.2.3 from 10.0.0.9 via 10.1.0.2 dev a1 
      cache iif a0 
  $ ip route get 240.1.2.3
  240.1.2.3 via 10.1.0.2 dev a1 src 10.1.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.9 from 0.1.2.3 iif a0
  10.1.0.9 from 0.1.2.3 dev a1 
      cache iif a0 
  $ ip route get 0.1.2.3 from 10.0.0.9 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 255.255.255.255 from 10.0.0.9 iif a0
  broadcast 255.255.255.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 10.1.0.255 from 10.0.0.9 iif a0
  broadcast 10.1.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 10.0.0.255 from 10.0.0.9 iif a0
  broadcast 10.0.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip route get 10.0.0.0 from 10.0.0.9 iif a0
  10.0.0.0 from 10.0.0.9 dev a0 
      cache <redirect> iif a0 
  $ ip route get 10.1.0.0 from 10.0.0.9 iif a0
  10.1.0.0 from 10.0.0.9 dev a1 
      cache iif a0 
  $ ip route get 10.1.0.9 from 255.255.255.255 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 224.0.0.5 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 10.0.0.255 iif a0
  10.1.0.9 from 10.0.0.255 dev a1 
      cache iif a0 
  $ ip route get 10.1.0.9 from 10.1.0.255 iif a0
  10.1.0.9 from 10.1.0.255 dev a1 
      cache iif a0 
  $ ip route get 127.0.0.1 from 10.0.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.conf.a0.route_localnet=1
  $ ip route get 127.0.0.1 from 10.0.0.9 iif a0
  local 127.0.0.1 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.1.0.9 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 127.0.0.1 iif a1
  RTNETLINK answers: Invalid argument
  [2]
  $ nstat -az | grep -i martian
  [1]
