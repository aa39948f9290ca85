ip route add/replace/append/prepend/change/del: each verb against gateway, prefsrc, scope, type and device combinations, exit codes and the table after.
  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set v3 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip addr add 10.8.0.1/24 dev v2
  $ ip route add 10.7.0.0/16 via 10.9.0.2 table 7
  $ for o in "via 10.9.0.2" "via 10.9.0.1" "via 10.8.0.2" "via 10.8.0.2 dev v2" "via 10.8.0.2 dev v2 onlink" "via 10.7.1.1" "via 10.7.1.1 table 7" "via 10.9.0.255" "via 10.9.0.0" "via 127.0.0.1" "via 224.1.1.1" "via 255.255.255.255" "via 0.0.0.0 dev v0" "dev v0 src 10.9.0.1" "dev v0 src 10.8.0.1" "dev v0 src 10.9.0.9" "dev v0 src 127.0.0.1" "dev v2" "dev v2 scope link" "dev lo" "via 10.9.0.2 scope link" "via 10.9.0.2 scope host" "dev v0 scope host" "dev v0 scope nowhere" "via 10.9.0.2 dev v2" "via 10.9.0.2 dev v0 onlink" "via 10.9.0.1 dev v0 onlink" "local dev v0" "local via 10.9.0.2" "broadcast dev v0" "blackhole dev v0" "unreachable via 10.9.0.2" "prohibit scope link" "throw dev v0" "nat via 10.9.0.2" "multicast dev v0" "anycast dev v0"; do echo "== $o"; ip route add 172.20.0.0/16 $o 2>&1; echo $?; ip route show 172.20.0.0/16; ip route flush 172.20.0.0/16 2>&1; done
  == via 10.9.0.2
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 
  == via 10.9.0.1
  0
  172.20.0.0/16 via 10.9.0.1 dev v0 
  == via 10.8.0.2
  Error: Nexthop has invalid gateway.
  2
  == via 10.8.0.2 dev v2
  Error: Nexthop has invalid gateway.
  2
  == via 10.8.0.2 dev v2 onlink
  Error: Nexthop device is not up.
  2
  == via 10.7.1.1
  Error: Nexthop has invalid gateway.
  2
  == via 10.7.1.1 table 7
  Error: Nexthop has invalid gateway.
  2
  == via 10.9.0.255
  Error: Nexthop has invalid gateway.
  2
  == via 10.9.0.0
  0
  172.20.0.0/16 via 10.9.0.0 dev v0 
  == via 127.0.0.1
  0
  172.20.0.0/16 via 127.0.0.1 dev lo 
  == via 224.1.1.1
  Error: Nexthop has invalid gateway.
  2
  == via 255.255.255.255
  Error: Nexthop has invalid gateway.
  2
  == via 0.0.0.0 dev v0
  0
  172.20.0.0/16 dev v0 
  == dev v0 src 10.9.0.1
  0
  172.20.0.0/16 dev v0 scope link src 10.9.0.1 
  == dev v0 src 10.8.0.1
  0
  172.20.0.0/16 dev v0 scope link src 10.8.0.1 
  == dev v0 src 10.9.0.9
  Error: Invalid prefsrc address.
  2
  == dev v0 src 127.0.0.1
  0
  172.20.0.0/16 dev v0 scope link src 127.0.0.1 
  == dev v2
  Error: Device for nexthop is not up.
  2
  == dev v2 scope link
  Error: Device for nexthop is not up.
  2
  == dev lo
  0
  172.20.0.0/16 dev lo scope link 
  == via 10.9.0.2 scope link
  Error: Nexthop has invalid gateway.
  2
  == via 10.9.0.2 scope host
  Error: Route with host scope can not have a gateway.
  2
  == dev v0 scope host
  0
  172.20.0.0/16 dev v0 scope host 
  == dev v0 scope nowhere
  Error: Invalid scope.
  2
  == via 10.9.0.2 dev v2
  Error: Nexthop has invalid gateway.
  2
  == via 10.9.0.2 dev v0 onlink
  0
  172.20.0.0/16 via 10.9.0.2 dev v0 onlink 
  == via 10.9.0.1 dev v0 onlink
  Error: Nexthop has invalid gateway.
  2
  == local dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  == local via 10.9.0.2
  Error: either "to" is duplicate, or "via" is a garbage.
  255
  == broadcast dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  == blackhole dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  == unreachable via 10.9.0.2
  Error: either "to" is duplicate, or "via" is a garbage.
  255
  == prohibit scope link
  Error: either "to" is duplicate, or "scope" is a garbage.
  255
  == throw dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  == nat via 10.9.0.2
  Error: either "to" is duplicate, or "via" is a garbage.
  255
  == multicast dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  == anycast dev v0
  Error: either "to" is duplicate, or "dev" is a garbage.
  255
  $ ip route add 172.21.0.0/16 via 10.9.0.2 metric 5
  $ for v in "replace 172.21.0.0/16 via 10.9.0.3 metric 5" "change 172.21.0.0/16 via 10.9.0.4" "change 172.21.0.0/16 via 10.9.0.4 metric 5" "append 172.21.0.0/16 via 10.9.0.5 metric 5" "prepend 172.21.0.0/16 via 10.9.0.6 metric 5" "append 172.21.0.0/16 via 10.9.0.5 metric 5" "append 172.21.0.0/16 via 10.9.0.7 metric 5 tos 0x10" "change 172.22.0.0/16 via 10.9.0.2" "replace 172.22.0.0/16 via 10.9.0.2" "prepend 172.23.0.0/16 dev v0" "del 172.21.0.0/16 via 10.9.0.9" "del 172.21.0.0/16 metric 6" "del 172.21.0.0/16 tos 0x10" "del 172.21.0.0/16 proto static" "del 172.21.0.0/16 scope link" "del 172.21.0.0/16 type blackhole" "del 172.21.0.0/16 dev v2" "del 172.21.0.0/16 via 10.9.0.5" "del 172.21.0.0/16 src 10.9.0.1" "del 172.21.0.0/16 table 7" "del 172.21.0.0/16 metric 5" "del 172.21.0.0/16"; do echo "== $v"; ip route $v 2>&1; echo $?; ip route show 172.21.0.0/16; done
  == replace 172.21.0.0/16 via 10.9.0.3 metric 5
  0
  172.21.0.0/16 via 10.9.0.3 dev v0 metric 5 
  == change 172.21.0.0/16 via 10.9.0.4
  RTNETLINK answers: No such file or directory
  2
  172.21.0.0/16 via 10.9.0.3 dev v0 metric 5 
  == change 172.21.0.0/16 via 10.9.0.4 metric 5
  0
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  == append 172.21.0.0/16 via 10.9.0.5 metric 5
  0
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == prepend 172.21.0.0/16 via 10.9.0.6 metric 5
  0
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == append 172.21.0.0/16 via 10.9.0.5 metric 5
  RTNETLINK answers: File exists
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == append 172.21.0.0/16 via 10.9.0.7 metric 5 tos 0x10
  0
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == change 172.22.0.0/16 via 10.9.0.2
  RTNETLINK answers: No such file or directory
  2
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == replace 172.22.0.0/16 via 10.9.0.2
  0
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == prepend 172.23.0.0/16 dev v0
  0
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 via 10.9.0.9
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 metric 6
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 tos 0x10 via 10.9.0.7 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 tos 0x10
  0
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 proto static
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 scope link
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 type blackhole
  Error: either "to" is duplicate, or "type" is a garbage.
  255
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 dev v2
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.5 dev v0 metric 5 
  == del 172.21.0.0/16 via 10.9.0.5
  0
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  == del 172.21.0.0/16 src 10.9.0.1
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  == del 172.21.0.0/16 table 7
  RTNETLINK answers: No such process
  2
  172.21.0.0/16 via 10.9.0.6 dev v0 metric 5 
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  == del 172.21.0.0/16 metric 5
  0
  172.21.0.0/16 via 10.9.0.4 dev v0 metric 5 
  == del 172.21.0.0/16
  0
  $ ip route show
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  172.22.0.0/16 via 10.9.0.2 dev v0 
  172.23.0.0/16 dev v0 scope link 
