A keyword repeated inside one "nexthop" of ip route: iproute2 adds a second RTA_GATEWAY (RTA_FLOW) to the rtnexthop and the kernel reads the first (nla_find() in fib_get_nhs() and fib_nh_match()), while a repeated top-level via or weight takes the last; dev and weight are rtnexthop fields, the last wins.

  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link add d1 address 02:00:00:00:00:11 type veth peer name e1 address 02:00:00:00:00:21
  $ ip addr add 10.0.0.1/24 dev d0; ip addr add 10.0.1.1/24 dev d1; for d in d0 e0 d1 e1; do ip link set $d up; done; sysctl -qw net.ipv4.fib_multipath_hash_seed=7
  $ ip route add 10.5.0.0/16 nexthop via 10.0.0.2 weight 2 via 10.0.0.3 weight 1; echo $?
  0
  $ ip route show 10.5.0.0/16
  10.5.0.0/16 via 10.0.0.2 dev d0 
  $ ip route add 10.6.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3 via 1; echo $?
  0
  $ ip route show 10.6.0.0/16
  10.6.0.0/16 
  	nexthop via 10.0.0.2 dev d0 weight 2 
  	nexthop via 10.0.0.3 dev d0 weight 1 
  $ ip route add 10.7.0.0/16 nexthop via 10.0.0.2 dev d1 dev d0 nexthop via 10.0.1.2 realms 3 realms 4; echo $?
  0
  $ ip route show 10.7.0.0/16
  10.7.0.0/16 
  	nexthop via 10.0.0.2 dev d0 weight 1 
  	nexthop via 10.0.1.2 realm 3 dev d1 weight 1 
  $ ip route add 10.8.0.0/16 nexthop via 10.9.9.9 via 10.0.0.2; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 10.8.0.0/16 nexthop via 10.0.0.2 via 10.9.9.9; echo $?
  0
  $ ip route show 10.8.0.0/16
  10.8.0.0/16 via 10.0.0.2 dev d0 
  $ ip route add 10.9.0.0/16 via 10.9.9.9 via 10.0.0.2; echo $?
  Error: argument "via" is wrong: use nexthop syntax to specify multiple via
  
  255
  $ ip route add 10.10.0.0/16 via 10.0.0.2 via 10.9.9.9; echo $?
  Error: argument "via" is wrong: use nexthop syntax to specify multiple via
  
  255
  $ ip route show 10.9.0.0/15
  $ ip route del 10.5.0.0/16 nexthop via 10.0.0.3 via 10.0.0.2; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.5.0.0/16 nexthop via 10.0.0.2 via 10.0.0.3; echo $?
  0
  $ ip route del 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2 realms 4 realms 3; echo $?
  RTNETLINK answers: No such process
  2
  $ ip route del 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.1.2 realms 3 realms 4; echo $?
  0
  $ ip route show
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev d1 proto kernel scope link src 10.0.1.1 
  10.6.0.0/16 
  	nexthop via 10.0.0.2 dev d0 weight 2 
  	nexthop via 10.0.0.3 dev d0 weight 1 
  10.8.0.0/16 via 10.0.0.2 dev d0 
  $ ip route get 10.6.1.1 | head -1
  10.6.1.1 via 10.0.0.2 dev d0 src 10.0.0.1 uid 0 
