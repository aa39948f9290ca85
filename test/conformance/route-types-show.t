ip route types: blackhole, unreachable, prohibit, local, broadcast, throw, nat, multicast, anycast; show by type.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ ip route add blackhole 10.10.0.0/16
  $ ip route add unreachable 10.11.0.0/16 metric 10
  $ ip route add prohibit 10.12.0.0/16 proto static
  $ ip route add local 10.13.0.0/16 dev d0
  $ ip route add broadcast 10.14.0.255 dev d0
  $ ip route add throw 10.15.0.0/16
  $ ip route add nat 10.16.0.0/16 via 10.0.0.2
  Error: Invalid scope.
  [2]
  $ ip route add multicast 224.1.0.0/16 dev d0
  $ ip route add anycast 10.17.0.0/16 dev d0
  $ ip route add unicast 10.18.0.0/16 via 10.0.0.2
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  blackhole 10.10.0.0/16 
  unreachable 10.11.0.0/16 metric 10 
  prohibit 10.12.0.0/16 proto static 
  throw 10.15.0.0/16 
  10.18.0.0/16 via 10.0.0.2 dev d0 
  multicast 224.1.0.0/16 dev d0 scope link 
  $ ip route show table all type blackhole
  blackhole 10.10.0.0/16 
  $ ip route show type unreachable
  unreachable 10.11.0.0/16 metric 10 
  $ ip route show type prohibit
  prohibit 10.12.0.0/16 proto static 
  $ ip route show type local
  $ ip route show table all type local
  local 10.0.0.1 dev d0 table local proto kernel scope host src 10.0.0.1 
  local 10.13.0.0/16 dev d0 table local scope host 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local ::1 dev lo table local proto kernel metric 0 pref medium
  $ ip route show type throw
  throw 10.15.0.0/16 
  $ ip route show type nat
  $ ip route show type unicast
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.18.0.0/16 via 10.0.0.2 dev d0 
  $ ip route show type broadcast table local
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.1 
  broadcast 10.14.0.255 dev d0 scope link 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -j route show type blackhole
  [{"type":"blackhole","dst":"10.10.0.0/16","flags":[]}]
  $ ip -d route show 10.10.0.0/16
  blackhole 10.10.0.0/16 proto boot scope global 
  $ ip route get 10.10.1.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.11.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.12.1.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.13.1.1
  local 10.13.1.1 dev lo src 10.13.1.1 uid 0 
      cache <local> 
  $ ip route get 10.15.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.18.1.1
  10.18.1.1 via 10.0.0.2 dev d0 src 10.0.0.1 uid 0 
      cache 
  $ ip route add blackhole 10.10.0.0/16
  RTNETLINK answers: File exists
  [2]
  $ ip route add foo 10.19.0.0/16
  Error: any valid prefix is expected rather than "foo".
  [1]
  $ ip route add blackhole 10.19.0.0/16 dev d0
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route del 10.10.0.0/16
  $ ip route del unreachable 10.11.0.0/16
  $ ip route del 10.11.0.0/16 metric 10
  RTNETLINK answers: No such process
  [2]
  $ ip route del prohibit 10.12.0.0/16
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  throw 10.15.0.0/16 
  10.18.0.0/16 via 10.0.0.2 dev d0 
  multicast 224.1.0.0/16 dev d0 scope link 
