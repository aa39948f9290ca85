Random route-table mutation sequence (seed 210): add/append/prepend/replace/change/del with random selectors (tos, metric, table, proto, scope, types, via/dev/onlink/src/nexthop/nhid, metrics), their errors and exit status, show/list filters and forms, route get selectors, flush variants and the routes that die with an address or a device.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03
  $ ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.2.1/24 dev a2; ip addr add 10.0.1.9/24 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=77
  $ ip route add prohibit 20.1.2.3/32; echo $?; ip route add unicast 21.0.0.0/8 dev a0; echo $?; ip route add prohibit 20.1.0.0/15 dev a0 table main congctl lock cubic; echo $?
  0
  0
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 route list table all realm 0 2>&1
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  prohibit 20.1.2.3 
  21.0.0.0/8 dev a0 scope link 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 10.0.1.9 dev a1 table local proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.255 dev a2 table local proto kernel scope link src 10.0.2.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ for q in '8.8.8.8' '20.9.9.9' '20.1.2.3 from 10.0.2.7'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8
  RTNETLINK answers: Network is unreachable
  # 20.9.9.9
  RTNETLINK answers: Network is unreachable
  # 20.1.2.3 from 10.0.2.7
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route del 0.0.0.0/0 dev a2 tos 0x04 dsfield 0x04 table default proto kernel; echo $?; ip route del throw default metric 1024 src 10.0.1.9; echo $?; ip route append broadcast 20.1.0.0/15 dev a0 metric 1024 scope 250; echo $?; ip route replace throw 20.0.0.0/8; echo $?; ip route replace 20.1.2.3 via 10.0.1.1; echo $?
  Error: FIB table does not exist.
  2
  RTNETLINK answers: No such process
  2
  Error: Invalid prefix for given prefix length.
  2
  0
  0
  $ ip -4 route show scope host table all 2>&1
  local 10.0.0.1 dev a0 table local proto kernel src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel src 10.0.1.1 
  local 10.0.1.9 dev a1 table local proto kernel src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel src 10.0.2.1 
  local 127.0.0.0/8 dev lo table local proto kernel src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel src 127.0.0.1 
  $ for q in '20.1.2.3 fibmatch' '20.1.2.200 fibmatch' '10.0.0.2'; do echo "# $q"; ip route get $q 2>&1; done
  # 20.1.2.3 fibmatch
  20.1.2.3 via 10.0.1.1 dev a1 
  # 20.1.2.200 fibmatch
  RTNETLINK answers: Network is unreachable
  # 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route flush table 100 2>&1; echo $?
  Error: ipv4: FIB table does not exist.
  Flush terminated
  2
  $ ip route append local 20.1.0.0/15 dev lo priority 1; echo $?; ip route del 21.0.0.0/8 via 10.0.2.2 proto static scope nowhere; echo $?; ip route append throw 20.1.2.3/32; echo $?; ip route replace 0.0.0.0/0 via 10.9.9.9 table main mtu 70000; echo $?
  Error: Invalid prefix for given prefix length.
  2
  RTNETLINK answers: No such process
  2
  0
  Error: Nexthop has invalid gateway.
  2
  $ ip -d route show 2>&1
  unicast 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  unicast 10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  unicast 10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  throw 20.0.0.0/8 proto boot scope global 
  unicast 20.1.2.3 via 10.0.1.1 dev a1 proto boot scope global 
  throw 20.1.2.3 proto boot scope global 
  unicast 21.0.0.0/8 dev a0 proto boot scope link 
  $ ip addr flush dev a2; echo $?
  0
  $ ip -4 route show table all | grep -v 'table local'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  throw 20.0.0.0/8 
  20.1.2.3 via 10.0.1.1 dev a1 
  throw 20.1.2.3 
  21.0.0.0/8 dev a0 scope link 
  $ ip route flush cache 2>&1; echo $?
  0
  $ ip route add unreachable 20.1.0.0/16 tos 0x0c scope host; echo $?; ip route del unicast 21.0.0.0/8 dev a0; echo $?; ip route replace 20.1.2.3 nhid 9 tos 0x10 priority 5 features ecn; echo $?; ip route replace 20.0.0.0/8 dev a2 tos 0x0c table 200 proto redirect scope site; echo $?
  0
  0
  Error: Nexthop id does not exist.
  2
  0
  $ ip route show table 100 2>&1
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ for q in '21.2.3.4' '20.1.2.3 tos 0x10' '20.1.2.3 tos 0x04'; do echo "# $q"; ip route get $q 2>&1; done
  # 21.2.3.4
  RTNETLINK answers: Network is unreachable
  # 20.1.2.3 tos 0x10
  20.1.2.3 dev a1 src 10.0.1.1 uid 0 
      cache 
  # 20.1.2.3 tos 0x04
  20.1.2.3 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip link set a2 up; ip addr add 10.0.2.1/24 dev a2; echo $?
  0
  $ ip -4 route show table all | grep -v 'table local'
  20.0.0.0/8 tos 0x0c dev a2 table 200 proto redirect scope site 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  throw 20.0.0.0/8 
  unreachable 20.1.0.0/16 tos 0x0c scope host 
  20.1.2.3 via 10.0.1.1 dev a1 
  throw 20.1.2.3 
  $ ip route append blackhole 20.1.2.0/24 dev a0 tos 0x08 proto kernel scope host src 10.0.1.9; echo $?; ip route add broadcast 20.1.2.0/24 dev a0 preference 1024 scope host; echo $?; ip route replace anycast 21.0.0.0/8 dev a1; echo $?
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  0
  0
  $ ip route show match 20.1.2.3 2>&1
  throw 20.0.0.0/8 
  unreachable 20.1.0.0/16 tos 0x0c scope host 
  20.1.2.3 via 10.0.1.1 dev a1 
  throw 20.1.2.3 
  $ ip route prepend 20.1.2.3 nexthop via 10.0.0.2 weight 3 nexthop dev a2 tos 0x10 metric 100 table 100; echo $?; ip route append default nhid 3; echo $?; ip route add broadcast 20.1.0.0/16 dev lo tos 0x10 preference 5 table 4294967295; echo $?; ip route del 0.0.0.0/0 via 10.9.9.9 table main mtu 70000; echo $?
  Error: "nexthop" or end of line is expected instead of "tos"
  255
  Error: Nexthop id does not exist.
  2
  0
  RTNETLINK answers: No such process
  2
  $ ip -4 route show table all type anycast 2>&1
  anycast 21.0.0.0/8 dev a1 table local scope link 
  $ ip route prepend unreachable 20.1.2.3/32 scope host; echo $?; ip route replace throw 20.1.2.3/32; echo $?; ip route add nat 20.1.0.0/16 dev lo; echo $?; ip route change nat 0.0.0.0/0 dev a0 dsfield 0x10; echo $?
  0
  RTNETLINK answers: File exists
  2
  Error: Invalid scope.
  2
  Error: Invalid scope.
  2
  $ ip -4 route show table all type nat 2>&1
  $ for q in '20.1.2.3 dsfield 0x10 fibmatch' '20.1.2.200' '20.9.9.9'; do echo "# $q"; ip route get $q 2>&1; done
  # 20.1.2.3 dsfield 0x10 fibmatch
  RTNETLINK answers: No route to host
  # 20.1.2.200
  broadcast 20.1.2.200 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  # 20.9.9.9
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route replace 20.1.2.3/32 dev a2 metric 1024; echo $?; ip route del local 20.1.0.0/15 dev lo priority 1; echo $?; ip route prepend unicast 21.0.0.0/8 nhid 9; echo $?; ip route replace local 21.0.0.0/8 dev a0 tos 0x10 dsfield 0x10; echo $?
  0
  Error: Invalid prefix for given prefix length.
  2
  Error: Nexthop id does not exist.
  2
  0
  $ ip -4 route show type unreachable table all 2>&1
  unreachable 20.1.0.0/16 tos 0x0c scope host 
  unreachable 20.1.2.3 scope host 
  $ ip link set a2 up; ip addr add 10.0.2.1/24 dev a2; echo $?
  Error: ipv4: Address already assigned.
  2
  $ ip -4 route show table all | grep -v 'table local'
  20.0.0.0/8 tos 0x0c dev a2 table 200 proto redirect scope site 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  throw 20.0.0.0/8 
  unreachable 20.1.0.0/16 tos 0x0c scope host 
  unreachable 20.1.2.3 scope host 
  20.1.2.3 via 10.0.1.1 dev a1 
  throw 20.1.2.3 
  20.1.2.3 dev a2 scope link metric 1024 
  broadcast 20.1.0.0/16 tos 0x10 dev lo table 4294967295 scope link metric 5 
  $ ip route add 0.0.0.0/0 nhid 3; echo $?; ip route prepend 20.1.2.3/32 nhid 9 mtu lock 1300; echo $?
  Error: Nexthop id does not exist.
  2
  Error: Nexthop id does not exist.
  2
  $ ip -4 route show table all type prohibit 2>&1
  $ ip route flush dev a1 2>&1; echo $?
  0
  $ ip -4 route show table all | grep -v 'table local'
  20.0.0.0/8 tos 0x0c dev a2 table 200 proto redirect scope site 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  throw 20.0.0.0/8 
  unreachable 20.1.0.0/16 tos 0x0c scope host 
  unreachable 20.1.2.3 scope host 
  throw 20.1.2.3 
  20.1.2.3 dev a2 scope link metric 1024 
  broadcast 20.1.0.0/16 tos 0x10 dev lo table 4294967295 scope link metric 5 
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a2	0002000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  *	00000014	00000000	0001	0	0	0	000000FF	0	0	0                                                                                  
  *	00000114	00000000	0201	0	0	0	0000FFFF	0	0	0                                                                                  
  *	03020114	00000000	0205	0	0	0	FFFFFFFF	0	0	0                                                                                  
  *	03020114	00000000	0005	0	0	0	FFFFFFFF	0	0	0                                                                                  
  a2	03020114	00000000	0005	0	0	1024	FFFFFFFF	0	0	0                                                                              
