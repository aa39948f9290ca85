More odd invocations: -o with multipath and route get, -family/-f forms, -0/-4/-6 on rule and route, batch files with route and rule errors, -force, namespaces that do not exist, routel.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2
  $ ip route add 21.0.0.0/8 via 10.0.0.2 mtu lock 1400 rtt 10ms
  $ ip -o route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 \	nexthop via 10.0.0.2 dev a0 weight 2 \	nexthop via 10.0.1.2 dev a1 weight 1 
  21.0.0.0/8 via 10.0.0.2 dev a0 mtu lock 1400 rtt 10ms 
  $ ip -oneline route get 21.1.1.1
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 \    cache mtu lock 1400 rtt 10ms 
  $ ip -o route get 21.1.1.1 from 10.0.1.9 iif a1
  RTNETLINK answers: No route to host
  [2]
  $ ip -family inet route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 mtu lock 1400 rtt 10ms 
  $ ip -f inet route show 21.0.0.0/8
  21.0.0.0/8 via 10.0.0.2 dev a0 mtu lock 1400 rtt 10ms 
  $ ip -f inet6 route show table main dev a0
  fe80::/64 proto kernel metric 256 pref medium
  $ ip -f link route show
  $ ip -0 route show
  $ ip -4 rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -6 rule show
  0:	from all lookup local
  32766:	from all lookup main
  $ ip -0 rule show
  RTNETLINK answers: Address family not supported by protocol
  Dump terminated
  [255]
  $ ip -o rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -family bogus route show
  Error: argument "bogus" is wrong: invalid protocol family
  [255]
  $ printf 'route add 30.0.0.0/8 via 10.0.0.2\nroute add 30.0.0.0/8 via 10.0.0.2\nrule add table 7 prio 7\nroute add 31.0.0.0/8 via 10.0.0.2\n' > b1
  $ ip -batch b1
  RTNETLINK answers: File exists
  Command failed b1:2
  [1]
  $ ip route show 31.0.0.0/8
  $ ip -force -batch b1
  RTNETLINK answers: File exists
  Command failed b1:1
  RTNETLINK answers: File exists
  Command failed b1:2
  [1]
  $ ip route show 31.0.0.0/8
  31.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip rule show prio 7
  7:	from all lookup 7
  $ printf 'route get 21.1.1.1\nrule show prio 7\nroute bogus\nroute show 21.0.0.0/8\n' | ip -force -batch -
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache mtu lock 1400 rtt 10ms 
  7:	from all lookup 7
  Command "bogus" is unknown, try "ip route help".
  [255]
  $ ip -n nosuch route show
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip -n nosuch rule show
  Cannot open network namespace "nosuch": No such file or directory
  [255]
  $ ip netns add x
  $ ip -n x route show
  $ ip -n x rule show
  0:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n x route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -n x -4 route show table local
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip -all netns exec ip route show
  
  netns: x
  $ routel 2>&1 | head -20
  Dst             Gateway         Prefsrc         Protocol Scope   Dev              Table
  10.0.0.0/24                     10.0.0.1        kernel   link    a0               
  10.0.1.0/24                     10.0.1.1        kernel   link    a1               
  20.0.0.0/8                                                                        
  21.0.0.0/8      10.0.0.2                                         a0               
  30.0.0.0/8      10.0.0.2                                         a0               
  31.0.0.0/8      10.0.0.2                                         a0               
  10.0.0.1                        10.0.0.1        kernel   host    a0               local
  10.0.0.255                      10.0.0.1        kernel   link    a0               local
  10.0.1.1                        10.0.1.1        kernel   host    a1               local
  10.0.1.255                      10.0.1.1        kernel   link    a1               local
  127.0.0.0/8                     127.0.0.1       kernel   host    lo               local
  127.0.0.1                       127.0.0.1       kernel   host    lo               local
  127.255.255.255                 127.0.0.1       kernel   link    lo               local
