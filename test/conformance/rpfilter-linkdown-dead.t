rp_filter when the reverse route's next hop is linkdown (carrier lost: the route stays, ignore_routes_with_linkdown decides) or dead (device down: the route is gone and the default takes over), in strict and loose mode.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip route add 172.16.0.0/16 via 10.1.0.2
  $ ip route add default via 10.0.0.2
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a1
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a1 
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set b1 down
  $ ip route show
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 linkdown 
  172.16.0.0/16 via 10.1.0.2 dev a1 linkdown 
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a1
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a1 
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a0
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 172.16.0.9
  172.16.0.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a1
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a1 
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=0
  $ sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip link set a1 down
  $ ip route show
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a0
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a0 
  $ ip route get 10.0.0.1 from 10.1.0.9 iif a0
  local 10.0.0.1 from 10.1.0.9 dev lo 
      cache <local> iif a0 
  $ ip link set a1 up; ip link set b1 up
  $ ip route show
  default via 10.0.0.2 dev a0 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 
  $ ip route get 10.0.0.1 from 172.16.0.9 iif a0
  local 10.0.0.1 from 172.16.0.9 dev lo 
      cache <local> iif a0 
  $ nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       0                  0.0
