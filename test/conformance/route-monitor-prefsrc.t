Deleting an address kills the main-table routes that use it as preferred source (fib_sync_down_addr), and fib_table_flush announces them as deleted in its walk order; other tables keep theirs; secondary promotion.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip addr add 10.0.1.7/24 dev a1
  $ ip route add 30.0.0.0/8 dev a1 src 10.0.1.1 metric 2
  $ ip route add 30.0.0.0/8 dev a1 src 10.0.1.1 metric 1
  $ ip route add 30.0.0.0/8 dev a0 src 10.0.1.7 metric 3
  $ ip route add 5.0.0.0/8 via 10.0.0.2 src 10.0.1.1
  $ ip route add 200.1.0.0/16 via 10.0.1.2 src 10.0.1.1 proto static
  $ ip route add 200.0.0.0/8 src 10.0.1.1 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 6.0.0.0/8 via 10.0.0.2 src 10.0.1.1 table 7
  $ ip route add 7.0.0.0/8 via 10.0.0.2 src 10.0.0.1
  $ ip monitor route > mon 2>&1 &
  $ sleep 0.3
  $ ip addr del 10.0.1.1/24 dev a1
  $ sleep 0.3
  $ ip addr del 10.0.1.7/24 dev a1
  Error: ipv4: Address not found.
  [2]
  $ sleep 0.3; kill %1
  $ cat mon
  Deleted local 10.0.1.7 dev a1 table local proto kernel scope host src 10.0.1.1 
  Deleted 30.0.0.0/8 dev a0 scope link src 10.0.1.7 metric 3 
  Deleted 10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  Deleted broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  Deleted local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  Deleted 200.1.0.0/16 via 10.0.1.2 dev a1 proto static src 10.0.1.1 
  Deleted 200.0.0.0/8 src 10.0.1.1 dead 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  Deleted 30.0.0.0/8 dev a1 scope link src 10.0.1.1 metric 1 
  Deleted 30.0.0.0/8 dev a1 scope link src 10.0.1.1 metric 2 
  Deleted 5.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  $ ip route show
  7.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route show table 7
  6.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  $ ip route get 6.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 6.1.1.1 from 10.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
