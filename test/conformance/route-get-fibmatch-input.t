ip route get fibmatch and connected with an input device: local, subnet and limited broadcast, forwarded and unreachable destinations, an input device that is lo or down, and the -s users of those input routes.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip route add 172.16.0.0/12 via 10.1.0.2 metric 5
  $ ip route get fibmatch 10.0.0.1 from 10.0.0.9 iif a0
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  $ ip route get fibmatch 10.0.0.255 from 10.0.0.9 iif a0
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get fibmatch 255.255.255.255 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get fibmatch 172.16.1.1 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get fibmatch 172.16.1.1 from 10.0.0.9 iif a0
  172.16.0.0/12 via 10.1.0.2 dev a1 metric 5 
  $ ip -d route get fibmatch 172.16.1.1 from 10.0.0.9 iif a0
  unicast 172.16.0.0/12 via 10.1.0.2 dev a1 table main proto boot scope global metric 5 
  $ ip route get fibmatch 192.0.2.1 from 10.0.0.9 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 172.16.1.1 from 10.0.0.9 iif a0 connected
  172.16.1.1 from 10.0.0.9 via 10.1.0.2 dev a1 
      cache iif a0 
  $ ip route get 10.1.0.255 from 10.0.0.9 iif a0
  broadcast 10.1.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> iif a0 
  $ ip -s route get 10.1.0.255 from 10.0.0.9 iif a0
  broadcast 10.1.0.255 from 10.0.0.9 dev lo 
      cache <local,brd> users 1 iif a0 
  $ ip route get 10.0.0.1 from 10.0.0.9 iif lo
  local 10.0.0.1 from 10.0.0.9 dev lo 
      cache <local> iif lo 
  $ ip route get 10.0.0.1 from 10.1.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 172.16.1.1 from 10.0.0.1 iif lo
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set b1 down
  $ ip route get 172.16.1.1 from 10.0.0.9 iif a0
  172.16.1.1 from 10.0.0.9 via 10.1.0.2 dev a1 
      cache iif a0 
  $ ip route get fibmatch 172.16.1.1 from 10.0.0.9 iif a0
  172.16.0.0/12 via 10.1.0.2 dev a1 metric 5 linkdown 
  $ ip link set a0 down
  $ ip route get 10.0.0.1 from 10.0.0.9 iif a0
  local 10.0.0.1 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.1.0.1 from 10.0.0.9 iif a0
  local 10.1.0.1 from 10.0.0.9 dev lo 
      cache <local> iif a0 
  $ ip -s route get 10.1.0.1 from 10.1.0.9 iif a1
  local 10.1.0.1 from 10.1.0.9 dev lo 
      cache <local> users 1 iif a1 
