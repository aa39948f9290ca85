Random route-table mutation sequence (seed 85): add/append/prepend/replace/change/del with random selectors (tos, metric, table, proto, scope, types, via/dev/onlink/src/nexthop/nhid, metrics), their errors and exit status, show/list filters and forms, route get selectors, flush variants and the routes that die with an address or a device.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link add a2 address 02:00:00:00:0a:03 type veth peer name b2 address 02:00:00:00:0b:03
  $ ip link set lo up; for d in a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1; ip addr add 10.0.2.1/24 dev a2; ip addr add 10.0.1.9/24 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=77
  $ sysctl -qw net.ipv4.fib_multipath_hash_policy=1
  $ ip nexthop add id 1 via 10.0.0.2 dev a0; ip nexthop add id 2 via 10.0.1.2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 5 dev a2
  $ ip route change nat 20.1.2.128/25 dev lo cwnd lock 5; echo $?; ip route add local default dev a1 metric 1; echo $?; ip route add blackhole 20.1.0.0/15 tos 0x0c proto static; echo $?
  Error: Invalid scope.
  2
  0
  Error: Invalid prefix for given prefix length.
  2
  $ ip -4 route show table all type anycast 2>&1
  $ ip route prepend default nexthop via 10.0.1.2 dev a1 weight 2 tos 0x04; echo $?; ip route del blackhole 20.1.0.0/15 tos 0x0c proto static; echo $?; ip route add blackhole 20.1.2.3/32 metric 1024; echo $?
  Error: "nexthop" or end of line is expected instead of "tos"
  255
  Error: Invalid prefix for given prefix length.
  2
  0
  $ ip route show cache 2>&1
  $ ip route del default nexthop via 10.0.1.2 dev a1 weight 2 tos 0x04; echo $?; ip route prepend 20.1.2.3/32 nhid 1 table local scope site; echo $?; ip route append unreachable 20.1.2.3 tos 0x03 src 10.0.0.1 fastopen_no_cookie 1; echo $?; ip route del broadcast 20.1.0.0/16 dev a0 dsfield 0x04 table default; echo $?
  Error: "nexthop" or end of line is expected instead of "tos"
  255
  0
  Error: Invalid dsfield (tos): ECN bits must be 0.
  2
  Error: FIB table does not exist.
  2
  $ ip -4 route show type unicast table all 2>&1
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  20.1.2.3 nhid 1 via 10.0.0.2 dev a0 table local scope site 
  $ ip route add 20.1.2.3/24 via 10.0.1.2 tos 0x10; echo $?; ip route change prohibit 20.1.2.0/24; echo $?; ip route del local 21.0.0.0/8 dev lo; echo $?; ip route replace broadcast 20.1.2.3/32 dev lo metric 1 mtu 1400; echo $?
  Error: Invalid prefix for given prefix length.
  2
  RTNETLINK answers: No such file or directory
  2
  RTNETLINK answers: No such process
  2
  0
  $ ip -s route show 2>&1
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  blackhole 20.1.2.3 metric 1024 
  $ ip route add 20.1.2.0/24 via 10.0.2.2 preference 1 proto 42; echo $?; ip route add 20.0.0.0/8 nexthop via 10.0.1.2 dev a1 weight 2 table 0; echo $?
  0
  Error: "nexthop" or end of line is expected instead of "table"
  255
  $ ip -4 route show type unicast table all 2>&1
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  20.1.2.0/24 via 10.0.2.2 dev a2 proto babel metric 1 
  20.1.2.3 nhid 1 via 10.0.0.2 dev a0 table local scope site 
  $ for q in '20.1.2.3 from 10.0.1.1 oif a0' '10.0.0.2' '20.9.9.9'; do echo "# $q"; ip route get $q 2>&1; done
  # 20.1.2.3 from 10.0.1.1 oif a0
  20.1.2.3 from 10.0.1.1 via 10.0.0.2 dev a0 uid 0 
      cache 
  # 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  # 20.9.9.9
  local 20.9.9.9 dev lo src 20.9.9.9 uid 0 
      cache <local> 
  $ ip route add unreachable 21.0.0.0/8 dev a0 table default proto redirect scope global; echo $?; ip route replace unreachable 0.0.0.0/0 proto zebra; echo $?; ip route append broadcast 20.1.2.3 dev a0 table 0; echo $?; ip route add anycast 20.1.2.3/32 dev a1 priority 0 scope global; echo $?
  Error: Gateway, device and multipath can not be specified for this route type.
  2
  0
  0
  Error: Invalid scope.
  2
  $ ip -4 route show src 10.0.1.9 table all 2>&1
  $ for q in '20.1.2.3 oif a2' '20.1.2.3 ipproto udp sport 1 dport 53' '8.8.8.8'; do echo "# $q"; ip route get $q 2>&1; done
  # 20.1.2.3 oif a2
  20.1.2.3 via 10.0.2.2 dev a2 src 10.0.2.1 uid 0 
      cache 
  # 20.1.2.3 ipproto udp sport 1 dport 53
  20.1.2.3 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  # 8.8.8.8
  local 8.8.8.8 dev lo src 8.8.8.8 uid 0 
      cache <local> 
  $ ip route prepend 20.1.2.3 via 10.0.2.2; echo $?; ip route replace local default dev lo preference 1024; echo $?; ip route prepend 20.1.2.0/24 nhid 9 priority 5; echo $?
  0
  0
  Error: Nexthop id does not exist.
  2
  $ ip -4 route show root 0.0.0.0/0 table all 2>&1
  unreachable default proto zebra 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  20.1.2.0/24 via 10.0.2.2 dev a2 proto babel metric 1 
  20.1.2.3 via 10.0.2.2 dev a2 
  broadcast 20.1.2.3 dev a0 scope link 
  blackhole 20.1.2.3 metric 1024 
  local default dev a1 table local scope host metric 1 
  local default dev lo table local scope host metric 1024 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 10.0.1.9 dev a1 table local proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 dev a1 table local proto kernel scope link src 10.0.1.1 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.255 dev a2 table local proto kernel scope link src 10.0.2.1 
  20.1.2.3 nhid 1 via 10.0.0.2 dev a0 table local scope site 
  broadcast 20.1.2.3 dev lo table local scope link metric 1 mtu 1400 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ ip -4 route show table all | grep -v 'table local'
  unreachable default proto zebra 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  20.1.2.0/24 via 10.0.2.2 dev a2 proto babel metric 1 
  20.1.2.3 via 10.0.2.2 dev a2 
  broadcast 20.1.2.3 dev a0 scope link 
  blackhole 20.1.2.3 metric 1024 
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  *	00000000	00000000	0201	0	0	0	00000000	0	0	0                                                                                  
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a1	0001000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a2	0002000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a2	00020114	0202000A	0003	0	0	1	00FFFFFF	0	0	0                                                                                 
  a2	03020114	0202000A	0007	0	0	0	FFFFFFFF	0	0	0                                                                                 
  *	03020114	00000000	0005	0	0	1024	FFFFFFFF	0	0	0                                                                               
