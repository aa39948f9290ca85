Which prefsrc and gateway a route may have, table by table: fib_valid_prefsrc() asks the route's own table (main: local) then local for a local route of the source; fib_check_nh_v4_gw() resolves the gateway in the route's table then by the full lookup, needs a unicast or local route of at least link scope; error types of the covering route refuse.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip route add local 5.5.5.5 dev lo table 100
  $ ip route add 20.0.0.0/8 dev a0 src 5.5.5.5 table 100; echo $?
  0
  $ ip route add 20.0.0.0/8 dev a0 src 5.5.5.5; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route add 20.0.0.0/8 dev a0 src 5.5.5.5 table 101; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route add local 6.6.6.6 dev lo
  $ ip route show table local | grep 6.6
  local 6.6.6.6 dev lo scope host 
  $ ip route add 21.0.0.0/8 dev a0 src 6.6.6.6; echo $?
  0
  $ ip route add 21.0.0.0/8 dev a0 src 6.6.6.6 table 100; echo $?
  0
  $ ip route add local 7.7.7.0/24 dev lo table main; echo $?
  0
  $ ip route add 22.0.0.0/8 dev a0 src 7.7.7.9; echo $?
  0
  $ ip route add local 8.8.8.8 dev lo src 8.8.8.8 table 102; echo $?
  0
  $ ip route add local 8.8.8.9 dev lo src 8.8.8.10 table 102; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route add local 8.8.8.9 dev lo src 10.0.0.1 table 102; echo $?
  0
  $ ip route add broadcast 8.8.8.255 dev a0 src 8.8.8.255 table 102; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route show table 102
  local 8.8.8.8 dev lo scope host src 8.8.8.8 
  local 8.8.8.9 dev lo scope host src 10.0.0.1 
  $ ip route add blackhole 10.0.0.128/25
  $ ip route add 23.0.0.0/8 via 10.0.0.200; echo $?
  0
  $ ip route add 23.0.0.0/8 via 10.0.0.20; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add unreachable 10.0.0.200/32 table 100
  $ ip route add 24.0.0.0/8 via 10.0.0.200 table 100; echo $?
  0
  $ ip route add 24.0.0.0/8 via 10.0.0.20 table 100; echo $?
  RTNETLINK answers: File exists
  2
  $ ip route add 10.0.0.64/26 via 10.0.1.2 table 100
  $ ip route add 25.0.0.0/8 via 10.0.0.70 table 100; echo $?
  0
  $ ip route add 25.0.0.0/8 via 10.0.0.70; echo $?
  0
  $ ip route add 10.0.0.32/27 dev a1 table 100
  $ ip route add 26.0.0.0/8 via 10.0.0.33 table 100; echo $?
  0
  $ ip route show table 100 26.0.0.0/8
  26.0.0.0/8 via 10.0.0.33 dev a1 
  $ ip route add 27.0.0.0/8 via 10.0.0.33 dev a0 table 100; echo $?
  0
  $ ip route add 30.0.0.0/8 dev a0 scope host; ip route add 28.0.0.0/8 via 30.0.0.1; echo $?
  0
  $ ip route show 28.0.0.0/8
  28.0.0.0/8 via 30.0.0.1 dev a0 
  $ ip route add 31.0.0.0/8 via 10.0.0.2; ip route add 29.0.0.0/8 via 31.0.0.1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 29.0.0.0/8 via 10.0.0.1; echo $?
  0
  $ ip route show 29.0.0.0/8
  29.0.0.0/8 via 10.0.0.1 dev a0 
  $ ip route add 32.0.0.0/8 via 5.5.5.5 table 100; echo $?
  0
  $ ip route add 33.0.0.0/8 via 6.6.6.6; echo $?
  0
  $ ip route add 34.0.0.0/8 via 10.0.0.255; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 35.0.0.0/8 via 10.0.0.0; echo $?
  0
  $ ip route add 36.0.0.0/8 via 224.0.0.1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 37.0.0.0/8 via 127.0.0.1; echo $?
  0
  $ ip route add 38.0.0.0/8 via 0.0.0.0 dev a0; echo $?
  0
  $ ip route add 39.0.0.0/8 via 10.0.0.2 dev lo; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 40.0.0.0/8 via 10.0.0.2 dev a0 scope link; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route add 41.0.0.0/8 via 10.0.0.2 scope host; echo $?
  Error: Route with host scope can not have a gateway.
  2
  $ ip route add 42.0.0.0/8 via 10.0.0.2 src 10.0.1.1; echo $?
  0
  $ ip route add 43.0.0.0/8 via 10.0.0.2 src 127.0.0.1; echo $?
  0
  $ ip route add 44.0.0.0/8 dev a0 src 10.0.0.255; echo $?
  Error: Invalid prefsrc address.
  2
  $ ip route show | grep -v kernel
  local 7.7.7.0/24 dev lo scope host 
  blackhole 10.0.0.128/25 
  21.0.0.0/8 dev a0 scope link src 6.6.6.6 
  22.0.0.0/8 dev a0 scope link src 7.7.7.9 
  23.0.0.0/8 via 10.0.0.200 dev a0 
  25.0.0.0/8 via 10.0.0.70 dev a0 
  28.0.0.0/8 via 30.0.0.1 dev a0 
  29.0.0.0/8 via 10.0.0.1 dev a0 
  30.0.0.0/8 dev a0 scope host 
  31.0.0.0/8 via 10.0.0.2 dev a0 
  33.0.0.0/8 via 6.6.6.6 dev lo 
  35.0.0.0/8 via 10.0.0.0 dev a0 
  37.0.0.0/8 via 127.0.0.1 dev lo 
  38.0.0.0/8 dev a0 
  42.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.1.1 
  43.0.0.0/8 via 10.0.0.2 dev a0 src 127.0.0.1 
  $ ip route get 28.1.1.1; ip route get 42.1.1.1; ip route get 26.1.1.1 from 5.5.5.5 2>&1
  28.1.1.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  42.1.1.1 via 10.0.0.2 dev a0 src 10.0.1.1 uid 0 
      cache 
  RTNETLINK answers: Network is unreachable
  [2]
