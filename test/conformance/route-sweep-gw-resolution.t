fib_check_nh(): how a gateway is resolved through each kind of covering route (connected, dev-only host route, gatewayed, default, blackhole, local, broadcast, other tables, scopes), with and without onlink.
  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ for d in v0 v1 v2 v3 lo; do ip link set $d up; done
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add 10.50.0.1 dev v2
  $ ip route add 10.51.0.0/16 dev v2 scope global
  $ ip route add 10.52.0.0/16 via 10.9.0.2
  $ ip route add blackhole 10.53.0.0/16
  $ ip route add unreachable 10.54.0.0/16
  $ ip route add 10.55.0.0/16 dev v2 scope host 2>&1; echo $?
  0
  $ ip route add 10.56.0.0/16 dev v2 table 56
  $ ip route add local 10.57.0.1 dev v2
  $ ip route add 10.58.0.0/16 dev v2 scope link table local
  $ for g in 10.9.0.2 10.50.0.1 10.51.0.9 10.52.0.9 10.53.0.9 10.54.0.9 10.55.0.9 10.56.0.9 10.57.0.1 10.58.0.9 10.59.0.9 10.9.0.1 10.9.0.255 10.9.0.0; do for x in "" "dev v2" "dev v0" "onlink dev v2" "table 56" "scope link" "scope host" "dev v2 table 56"; do r=$(ip route add 172.30.0.0/16 via $g $x 2>&1); echo "$g [$x] $? $r $(ip -o route show 172.30.0.0/16 table all | head -1)"; ip route flush 172.30.0.0/16 table all >/dev/null 2>&1; ip route flush 172.30.0.0/16 >/dev/null 2>&1; done; done
  10.9.0.2 [] 0  172.30.0.0/16 via 10.9.0.2 dev v0 
  10.9.0.2 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.2 [dev v0] 0  172.30.0.0/16 via 10.9.0.2 dev v0 
  10.9.0.2 [onlink dev v2] 0  172.30.0.0/16 via 10.9.0.2 dev v2 onlink 
  10.9.0.2 [table 56] 0  172.30.0.0/16 via 10.9.0.2 dev v0 table 56 
  10.9.0.2 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.9.0.2 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.9.0.2 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.50.0.1 [] 0  172.30.0.0/16 via 10.50.0.1 dev v2 
  10.50.0.1 [dev v2] 0  172.30.0.0/16 via 10.50.0.1 dev v2 
  10.50.0.1 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.50.0.1 [onlink dev v2] 0  172.30.0.0/16 via 10.50.0.1 dev v2 onlink 
  10.50.0.1 [table 56] 0  172.30.0.0/16 via 10.50.0.1 dev v2 table 56 
  10.50.0.1 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.50.0.1 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.50.0.1 [dev v2 table 56] 0  172.30.0.0/16 via 10.50.0.1 dev v2 table 56 
  10.51.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.51.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.51.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.51.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.51.0.9 dev v2 onlink 
  10.51.0.9 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.51.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.51.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.51.0.9 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.52.0.9 dev v2 onlink 
  10.52.0.9 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.52.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.52.0.9 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.53.0.9 dev v2 onlink 
  10.53.0.9 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.53.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.53.0.9 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.54.0.9 dev v2 onlink 
  10.54.0.9 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.54.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.54.0.9 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.55.0.9 [] 0  172.30.0.0/16 via 10.55.0.9 dev v2 
  10.55.0.9 [dev v2] 0  172.30.0.0/16 via 10.55.0.9 dev v2 
  10.55.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.55.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.55.0.9 dev v2 onlink 
  10.55.0.9 [table 56] 0  172.30.0.0/16 via 10.55.0.9 dev v2 table 56 
  10.55.0.9 [scope link] 0  172.30.0.0/16 via 10.55.0.9 dev v2 scope link 
  10.55.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.55.0.9 [dev v2 table 56] 0  172.30.0.0/16 via 10.55.0.9 dev v2 table 56 
  10.56.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.56.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.56.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.56.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.56.0.9 dev v2 onlink 
  10.56.0.9 [table 56] 0  172.30.0.0/16 via 10.56.0.9 dev v2 table 56 
  10.56.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.56.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.56.0.9 [dev v2 table 56] 0  172.30.0.0/16 via 10.56.0.9 dev v2 table 56 
  10.57.0.1 [] 0  172.30.0.0/16 via 10.57.0.1 dev v2 
  10.57.0.1 [dev v2] 0  172.30.0.0/16 via 10.57.0.1 dev v2 
  10.57.0.1 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.57.0.1 [onlink dev v2] 2 Error: Nexthop has invalid gateway. 
  10.57.0.1 [table 56] 0  172.30.0.0/16 via 10.57.0.1 dev v2 table 56 
  10.57.0.1 [scope link] 0  172.30.0.0/16 via 10.57.0.1 dev v2 scope link 
  10.57.0.1 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.57.0.1 [dev v2 table 56] 0  172.30.0.0/16 via 10.57.0.1 dev v2 table 56 
  10.58.0.9 [] 0  172.30.0.0/16 via 10.58.0.9 dev v2 
  10.58.0.9 [dev v2] 0  172.30.0.0/16 via 10.58.0.9 dev v2 
  10.58.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.58.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.58.0.9 dev v2 onlink 
  10.58.0.9 [table 56] 0  172.30.0.0/16 via 10.58.0.9 dev v2 table 56 
  10.58.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.58.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.58.0.9 [dev v2 table 56] 0  172.30.0.0/16 via 10.58.0.9 dev v2 table 56 
  10.59.0.9 [] 2 Error: Nexthop has invalid gateway. 
  10.59.0.9 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.59.0.9 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.59.0.9 [onlink dev v2] 0  172.30.0.0/16 via 10.59.0.9 dev v2 onlink 
  10.59.0.9 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.59.0.9 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.59.0.9 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.59.0.9 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.9.0.1 [] 0  172.30.0.0/16 via 10.9.0.1 dev v0 
  10.9.0.1 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.1 [dev v0] 0  172.30.0.0/16 via 10.9.0.1 dev v0 
  10.9.0.1 [onlink dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.1 [table 56] 0  172.30.0.0/16 via 10.9.0.1 dev v0 table 56 
  10.9.0.1 [scope link] 0  172.30.0.0/16 via 10.9.0.1 dev v0 scope link 
  10.9.0.1 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.9.0.1 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [dev v0] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [onlink dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [table 56] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.9.0.255 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.9.0.255 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  10.9.0.0 [] 0  172.30.0.0/16 via 10.9.0.0 dev v0 
  10.9.0.0 [dev v2] 2 Error: Nexthop has invalid gateway. 
  10.9.0.0 [dev v0] 0  172.30.0.0/16 via 10.9.0.0 dev v0 
  10.9.0.0 [onlink dev v2] 0  172.30.0.0/16 via 10.9.0.0 dev v2 onlink 
  10.9.0.0 [table 56] 0  172.30.0.0/16 via 10.9.0.0 dev v0 table 56 
  10.9.0.0 [scope link] 2 Error: Nexthop has invalid gateway. 
  10.9.0.0 [scope host] 2 Error: Route with host scope can not have a gateway. 
  10.9.0.0 [dev v2 table 56] 2 Error: Nexthop has invalid gateway. 
  $ ip route add default via 10.9.0.254
  $ for g in 10.60.0.1 10.52.0.9; do r=$(ip route add 172.31.0.0/16 via $g 2>&1); echo "$g $? $r"; ip route del 172.31.0.0/16 2>/dev/null; done
  10.60.0.1 2 Error: Nexthop has invalid gateway.
  10.52.0.9 2 Error: Nexthop has invalid gateway.
  [2]
  $ ip route show
  default via 10.9.0.254 dev v0 
  10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  10.50.0.1 dev v2 scope link 
  10.51.0.0/16 dev v2 
  10.52.0.0/16 via 10.9.0.2 dev v0 
  blackhole 10.53.0.0/16 
  unreachable 10.54.0.0/16 
  10.55.0.0/16 dev v2 scope host 
