Route replace / change: single path and multipath routes replaced by single, multipath or reject routes; a replace with a bad nexthop leaves the old route; change needs an existing route (fib_tests.sh ipv4_rt_replace_single, ipv4_rt_replace_mpath).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route add 172.16.104.0/24 via 172.16.101.2
  $ ip route replace 172.16.104.0/24 via 172.16.103.2
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.103.2 dev a3 
  $ ip route replace 172.16.104.0/24 nexthop via 172.16.101.3 nexthop via 172.16.103.2
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.3 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route replace 172.16.104.0/24 nexthop via 172.16.101.3 nexthop via 172.16.113.3
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route replace 172.16.104.0/24 nexthop via 172.16.111.3 nexthop via 172.16.103.3
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.3 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route replace 172.16.104.0/24 nexthop via 172.16.101.3 weight 3 nexthop via 172.16.103.3 weight 7
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.3 dev a1 weight 3 
  	nexthop via 172.16.103.3 dev a3 weight 7 
  $ ip route replace 172.16.104.0/24 nexthop via 172.16.101.4
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.101.4 dev a1 
  $ ip route replace unreachable 172.16.104.0/24
  $ ip route show 172.16.104.0/24
  unreachable 172.16.104.0/24 
  $ ip route replace 172.16.104.0/24 dev a1
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 dev a1 scope link 
  $ ip route replace 172.16.104.0/24 via 172.16.111.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 dev a1 scope link 
  $ ip route change 172.16.104.0/24 via 172.16.103.5
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.103.5 dev a3 
  $ ip route change 172.16.105.0/24 via 172.16.101.2
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route change 172.16.105.0/24 nexthop via 172.16.101.3 nexthop via 172.16.103.3
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route replace 172.16.105.0/24 via 172.16.101.2
  $ ip route add 172.16.104.0/24 via 172.16.101.9 metric 10
  $ ip route replace 172.16.104.0/24 via 172.16.101.8 metric 10
  $ ip route change 172.16.104.0/24 via 172.16.101.7 metric 20
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route show
  172.16.101.0/24 dev a1 proto kernel scope link src 172.16.101.1 
  172.16.103.0/24 dev a3 proto kernel scope link src 172.16.103.1 
  172.16.104.0/24 via 172.16.103.5 dev a3 
  172.16.104.0/24 via 172.16.101.8 dev a1 metric 10 
  172.16.105.0/24 via 172.16.101.2 dev a1 
  $ ip route append 172.16.104.0/24 via 172.16.103.9 metric 10
  $ ip route replace 172.16.104.0/24 via 172.16.103.7 metric 10
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.103.5 dev a3 
  172.16.104.0/24 via 172.16.103.7 dev a3 metric 10 
  172.16.104.0/24 via 172.16.103.9 dev a3 metric 10 
