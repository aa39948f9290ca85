Rule add/del/flush/show: default priorities and table, names and numbers, duplicates and missing rules, moving the local rule, ip -d / -j listings, and how ip route get names the local table once custom rules exist (fib_rule_tests.sh / fib_tests.sh fib_nexthop_test rule setup).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.1.1/24 dev a0
  $ ip route get 10.0.1.1
  local 10.0.1.1 dev lo src 10.0.1.1 uid 0 
      cache <local> 
  $ ip -d rule show
  0:	from all lookup local proto kernel
  32766:	from all lookup main proto kernel
  32767:	from all lookup default proto kernel
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip rule add from 10.0.1.0/24
  $ ip rule add from 10.0.1.0/24
  $ ip rule add from all to all table 1000 priority 1000
  $ ip rule add table 4294967295 order 1001
  $ ip rule add table default preference 1002 protocol static
  $ ip rule add table nosuch
  Error: argument "nosuch" is wrong: invalid table ID
  [255]
  $ ip rule add pref 0 table 100
  $ ip rule show
  0:	from all lookup local
  0:	from all lookup 100
  1000:	from all lookup 1000
  1001:	from all lookup 4294967295
  1002:	from all lookup default proto static
  32764:	from 10.0.1.0/24 lookup main
  32765:	from 10.0.1.0/24 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -d rule show pref 1002
  1002:	from all lookup default proto static
  $ ip route get 10.0.1.1
  local 10.0.1.1 dev lo table local src 10.0.1.1 uid 0 
      cache <local> 
  $ ip rule del pref 5000
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del table 1000
  $ ip rule del from 10.0.1.0/24 table 100
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule del from 10.0.1.0/24 table main
  $ ip rule del pref 0 table 100
  $ ip -4 rule add pref 32765 table local
  $ ip -4 rule del pref 0
  $ ip rule show
  1001:	from all lookup 4294967295
  1002:	from all lookup default proto static
  32765:	from 10.0.1.0/24 lookup main
  32765:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 10.0.1.1
  local 10.0.1.1 dev lo table local src 10.0.1.1 uid 0 
      cache <local> 
  $ ip -4 rule flush
  $ ip rule show
  $ ip route get 10.0.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 8.8.8.8
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip rule add pref 0 table local
  $ ip rule add pref 32766 table main
  $ ip rule show
  0:	from all lookup local
  32766:	from all lookup main
  $ ip route get 10.0.1.1
  local 10.0.1.1 dev lo table local src 10.0.1.1 uid 0 
      cache <local> 
  $ ip rule add frobnicate 1
  Error: argument "frobnicate" is wrong: Failed to parse rule type
  [255]
