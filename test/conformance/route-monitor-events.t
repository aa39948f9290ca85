ip monitor route while routes are added, replaced, appended, deleted, and while device down, address deletion and link deletion flush routes (which notifications the kernel sends).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip -4 monitor route > mon 2>&1 &
  $ sleep 0.3
  $ ip route add 20.0.0.0/8 via 10.0.0.2
  $ ip route replace 20.0.0.0/8 via 10.0.1.2
  $ ip route append 20.0.0.0/8 via 10.0.0.2
  $ ip route prepend 20.0.0.0/8 via 10.0.0.3 metric 5
  $ ip route add 21.0.0.0/8 via 10.0.0.2 table 7
  $ ip route add 22.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 23.0.0.0/8 dev a1 src 10.0.1.1
  $ ip route del 20.0.0.0/8 via 10.0.1.2
  $ ip link set a0 down
  $ ip addr del 10.0.1.1/24 dev a1
  $ ip link set a0 up
  $ ip route change 20.0.0.0/8 metric 5 dev a0
  RTNETLINK answers: No such file or directory
  [2]
  $ ip link del a1
  $ ip route flush table 7
  $ sleep 0.3; kill %1
  $ cat mon
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.3 dev a0 metric 5 
  21.0.0.0/8 via 10.0.0.2 dev a0 table 7 
  22.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  23.0.0.0/8 dev a1 scope link src 10.0.1.1 
  Deleted 20.0.0.0/8 via 10.0.1.2 dev a1 
  Deleted 10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  Deleted broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  Deleted local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  Deleted 23.0.0.0/8 dev a1 scope link src 10.0.1.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
