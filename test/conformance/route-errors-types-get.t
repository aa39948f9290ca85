Route errors across classes and the ip route get selectors that reach them: prohibit/blackhole/unreachable/throw with a gateway or device, via an unreachable gateway, onlink on a down or foreign device, nexthop errors, then ip route get with from/iif/oif/mark/tos/ipproto/dport through rules that lead to each error type.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link add g0 address 02:00:00:00:00:03 type veth peer name g9 address 02:00:00:00:00:04
  $ for d in lo h0 h9 g9; do ip link set $d up; done
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip addr add 10.9.0.1/24 dev g0
  $ ip route add prohibit 10.1.0.0/16 via 192.168.1.1
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add blackhole 10.1.0.0/16 dev h0
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add unreachable 10.1.0.0/16 nexthop via 192.168.1.1
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add throw 10.1.0.0/16 via 192.168.1.1
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add 10.2.0.0/16 via 172.16.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.2.0.0/16 via 10.9.0.5
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.2.0.0/16 via 10.9.0.5 dev g0 onlink
  Error: Nexthop device is not up.
  [2]
  $ ip route add 10.2.0.0/16 via 172.16.0.1 dev h0 onlink
  $ ip route add 10.3.0.0/16 via 192.168.1.2
  $ ip route add 10.3.0.0/16 nexthop via 192.168.1.1 weight 0
  Error: argument "0" is wrong: "weight" is invalid
  [255]
  $ ip route add 10.3.0.0/16 nexthop via 192.168.1.1 weight 257
  Error: argument "257" is wrong: "weight" is invalid
  [255]
  $ ip route add 10.3.0.0/16 nexthop via 172.16.0.1 dev h0 nexthop via 192.168.1.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.3.0.0/16 nexthop via 192.168.1.1 dev g0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 10.3.0.0/16 nexthop dev nosuch
  Cannot find device "nosuch"
  Error: cannot parse nexthop
  [255]
  $ ip route add 10.3.0.0/16 nexthop via 192.168.1.1 dev h0 onlink nexthop via 192.168.1.3
  RTNETLINK answers: File exists
  [2]
  $ ip route show
  10.2.0.0/16 via 172.16.0.1 dev h0 onlink 
  10.3.0.0/16 via 192.168.1.2 dev h0 
  192.168.1.0/24 dev h0 proto kernel scope link src 192.168.1.2 
  $ ip route add 100 prohibit 10.4.0.0/16
  Error: either "to" is duplicate, or "10.4.0.0/16" is a garbage.
  [255]
  $ ip route add prohibit 10.4.0.0/16 table 100
  $ ip route add blackhole 10.4.1.0/24 table 100
  $ ip route add unreachable 10.4.2.0/24 table 100 metric 7
  $ ip route add throw 10.4.3.0/24 table 100
  $ ip route add 10.4.0.0/16 via 192.168.1.1
  $ ip rule add ipproto udp dport 53 lookup 100 pref 10
  $ ip rule add tos 0x10 lookup 100 pref 11
  $ ip rule add fwmark 0x5 lookup 100 pref 12
  $ ip rule add iif h9 lookup 100 pref 13
  $ ip rule add oif h0 from 192.168.1.2 lookup 100 pref 14
  $ ip route get 10.4.3.3
  10.4.3.3 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.4.3.3 ipproto udp dport 53
  10.4.3.3 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.4.3.3 ipproto tcp dport 53
  10.4.3.3 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.4.0.3 ipproto udp dport 53
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.4.1.3 ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.4.2.3 ipproto udp dport 53
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.4.2.3 tos 0x10
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.4.2.3 mark 5
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.4.2.3 from 192.168.1.2 oif h0
  10.4.2.3 from 192.168.1.2 dev h0 uid 0 
      cache 
  $ ip route get 10.4.2.3 from 10.9.0.1 oif h0
  10.4.2.3 from 10.9.0.1 via 192.168.1.1 dev h0 uid 0 
      cache 
  $ ip route get 10.4.1.3 from 192.168.1.7 iif h9
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.4.0.3 from 192.168.1.7 iif h9
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.4.3.3 from 192.168.1.7 iif h9
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 10.4.3.3 from 192.168.1.7 iif h9
  10.4.3.3 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache iif h9 
  $ ip route get 10.4.0.3 from 192.168.1.7 iif h9
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get fibmatch 10.4.2.3 tos 0x10
  RTNETLINK answers: No route to host
  [2]
  $ ip route get fibmatch 10.4.1.9 mark 5
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get fibmatch 10.4.3.9 mark 5
  10.4.0.0/16 via 192.168.1.1 dev h0 
  $ ip route show table 100
  prohibit 10.4.0.0/16 
  blackhole 10.4.1.0/24 
  unreachable 10.4.2.0/24 metric 7 
  throw 10.4.3.0/24 
