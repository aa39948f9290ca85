Routes follow device and address events: down/up, address deletion, secondary promotion, rename, delete, prefsrc removal (fib_sync_down_dev/addr, fib_sync_up).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.5/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2
  $ ip route add 21.0.0.0/8 dev a0 src 10.0.0.5
  $ ip route add 22.0.0.0/8 via 10.0.0.2 src 10.0.1.1
  $ ip route add 23.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add 24.0.0.0/8 dev a1
  $ ip route add 25.0.0.0/8 via 10.0.0.2 table 50
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 dev a0 scope link src 10.0.0.5 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 dev a1 scope link 
  $ ip addr del 10.0.0.5/24 dev a0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 dev a1 scope link 
  $ ip link set b1 down
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 linkdown 
  24.0.0.0/8 dev a1 scope link linkdown 
  $ ip route get 23.0.0.1
  23.0.0.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip link set a1 down
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead linkdown 
  $ ip route get 24.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set a1 up
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 linkdown 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 linkdown 
  $ ip link set b1 up
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip route add 23.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  RTNETLINK answers: File exists
  [2]
  $ ip link set a1 name x1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev x1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev x1 weight 1 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip route show
  10.0.1.0/24 dev x1 proto kernel scope link src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 dead linkdown 
  	nexthop via 10.0.1.2 dev x1 weight 1 
  $ ip route show table 50
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev x1 proto kernel scope link src 10.0.1.1 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev x1 weight 1 
  $ ip link del x1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route show table all | grep -c x1
  0
  [1]
