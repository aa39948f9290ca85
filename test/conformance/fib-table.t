Routing tables: numbered tables are created on first use and never go away, missing tables give "FIB table does not exist", table names and ids, flush of one table. (no dedicated selftest function; complements fib_tests.sh route tests and fib_rule_tests.sh)
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route show table 100
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route flush table 100
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip route del 10.0.0.0/8 table 100
  Error: FIB table does not exist.
  [2]
  $ ip route add 10.0.0.0/8 via 192.168.1.2 table 100
  $ ip route add 10.1.0.0/16 dev a0 table 100 metric 5
  $ ip route add 10.2.0.0/16 via 192.168.1.3 table 4294967295
  $ ip route add 10.3.0.0/16 via 192.168.1.3 table 0
  $ ip route add 10.4.0.0/16 via 192.168.1.3 table default
  $ ip route add 10.5.0.0/16 via 192.168.1.3 table 255
  $ ip route add 10.6.0.0/16 via 192.168.1.3 table nosuch
  Error: argument "nosuch" is wrong: "table" value is invalid
  [255]
  $ ip route show table 100
  10.0.0.0/8 via 192.168.1.2 dev a0 
  10.1.0.0/16 dev a0 scope link metric 5 
  $ ip route show table 4294967295
  10.2.0.0/16 via 192.168.1.3 dev a0 
  $ ip route show table main
  10.3.0.0/16 via 192.168.1.3 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route show table 254
  10.3.0.0/16 via 192.168.1.3 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route show table 253
  10.4.0.0/16 via 192.168.1.3 dev a0 
  $ ip -4 route show table all type unicast
  10.0.0.0/8 via 192.168.1.2 dev a0 table 100 
  10.1.0.0/16 dev a0 table 100 scope link metric 5 
  10.4.0.0/16 via 192.168.1.3 dev a0 table default 
  10.3.0.0/16 via 192.168.1.3 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  10.2.0.0/16 via 192.168.1.3 dev a0 table 4294967295 
  10.5.0.0/16 via 192.168.1.3 dev a0 table local 
  $ ip route del 10.0.0.0/8 table 100
  $ ip route del 10.1.0.0/16 table 100
  $ ip route show table 100
  $ ip route del 10.1.0.0/16 table 100
  RTNETLINK answers: No such process
  [2]
  $ ip route add 10.7.0.0/16 via 192.168.1.3 table 101
  $ ip route add 10.8.0.0/16 via 192.168.1.3 table 101
  $ ip route flush table 101
  $ ip route show table 101
  $ ip route flush table 102
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip route add 10.9.0.0/16 via 192.168.1.4 table 101
  $ ip route flush table main
  $ ip route show table main
  $ ip route show table 101
  10.9.0.0/16 via 192.168.1.4 dev a0 
  $ ip -4 route show table local type local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 192.168.1.1 dev a0 proto kernel scope host src 192.168.1.1 
