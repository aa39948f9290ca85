Routes as devices and addresses go: a device down kills its single-path routes (flushed) but leaves multipath routes with the next hop "dead linkdown" (fib_sync_down_dev), revived by fib_sync_up on up; carrier loss only flags linkdown (kept, used unless ignore_routes_with_linkdown); an address removed takes the routes with it as prefsrc (fib_sync_down_addr) and its local/broadcast/prefix routes; nexthop objects on the device go with their routes.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.1.9/24 dev a1
  $ ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1/2
  $ ip route add 20.0.0.0/8 via 10.0.0.2; ip route add 21.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2
  $ ip route add 22.0.0.0/8 nhid 3; ip route add 23.0.0.0/8 nhid 1; ip route add 24.0.0.0/8 dev a1 src 10.0.1.9; ip route add 25.0.0.0/8 via 10.0.1.2 src 10.0.0.1
  $ ip route add 26.0.0.0/8 via 10.0.1.2 table 100; ip route add 27.0.0.0/8 dev a0 metric 5 table 100
  $ ip link set b0 down; sleep 0.3
  $ ip route show; ip route show table 100
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 linkdown 
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 linkdown 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  22.0.0.0/8 nhid 3 via 10.0.1.2 dev a1 
  24.0.0.0/8 dev a1 scope link src 10.0.1.9 
  25.0.0.0/8 via 10.0.1.2 dev a1 src 10.0.0.1 
  26.0.0.0/8 via 10.0.1.2 dev a1 
  27.0.0.0/8 dev a0 scope link metric 5 linkdown 
  $ ip nexthop show
  id 2 via 10.0.1.2 dev a1 scope link 
  id 3 group 2 
  $ for d in 20.1.1.1 21.1.1.1 22.1.1.1 23.1.1.1; do ip route get $d 2>&1 | head -1; done
  20.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Network is unreachable
  $ sysctl -qw net.ipv4.conf.a0.ignore_routes_with_linkdown=1
  $ for d in 20.1.1.1 21.1.1.1 22.1.1.1 23.1.1.1; do ip route get $d 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip route get 20.1.1.1 fibmatch 2>&1; ip route get 21.1.1.1 fibmatch 2>&1
  RTNETLINK answers: Network is unreachable
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 dead linkdown 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip link set b0 up; sleep 0.3; ip route show | grep -c linkdown
  0
  [1]
  $ ip link set a0 down
  $ ip route show; ip route show table 100
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 dead linkdown 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  22.0.0.0/8 nhid 3 via 10.0.1.2 dev a1 
  24.0.0.0/8 dev a1 scope link src 10.0.1.9 
  25.0.0.0/8 via 10.0.1.2 dev a1 src 10.0.0.1 
  26.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a1 proto kernel scope host src 10.0.1.1 
  local 10.0.1.9 dev a1 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a1 proto kernel scope link src 10.0.1.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip nexthop show
  id 2 via 10.0.1.2 dev a1 scope link 
  id 3 group 2 
  $ for d in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.1 10.0.0.255; do ip route get $d 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  21.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  22.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip -j route show 21.0.0.0/8
  [{"dst":"21.0.0.0/8","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":2,"flags":["dead","linkdown"]},{"gateway":"10.0.1.2","dev":"a1","weight":1,"flags":[]}]}]
  $ ip link set a0 up; sleep 0.3
  $ ip route show; ip -4 route show table local | grep 10.0.0
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  22.0.0.0/8 nhid 3 via 10.0.1.2 dev a1 
  24.0.0.0/8 dev a1 scope link src 10.0.1.9 
  25.0.0.0/8 via 10.0.1.2 dev a1 src 10.0.0.1 
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip addr del 10.0.1.9/24 dev a1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  22.0.0.0/8 nhid 3 via 10.0.1.2 dev a1 
  25.0.0.0/8 via 10.0.1.2 dev a1 src 10.0.0.1 
  $ ip addr del 10.0.1.1/24 dev a1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  21.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead linkdown 
  22.0.0.0/8 nhid 3 via 10.0.1.2 dev a1 
  $ ip nexthop show
  id 2 via 10.0.1.2 dev a1 scope link 
  id 3 group 2 
  $ ip addr add 10.0.1.1/24 dev a1; ip route add 28.0.0.0/8 nexthop via 10.0.1.2 nexthop via 10.0.0.2 nexthop dev a1
  $ ip link del a1
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get 28.1.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set lo down
  $ ip -4 route show table local; ip route show
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get 10.0.0.1 2>&1; ip route get 127.0.0.1 2>&1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip link set lo up; ip -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
