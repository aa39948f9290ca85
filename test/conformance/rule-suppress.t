Rule suppressors suppress_prefixlength and suppress_ifgroup: a lookup result from the rule's table is discarded when its prefix is too short or its device is in the group, and the next rule is tried (fib_tests.sh fib_suppress_test, IPv4).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.1.1/24 dev a0
  $ ip addr add 10.0.2.1/24 dev a1
  $ ip route add default via 10.0.1.254
  $ ip route add 10.5.0.0/16 via 10.0.1.5
  $ ip route add unreachable 10.6.0.0/16
  $ ip route add table 100 default via 10.0.2.254
  $ ip rule add lookup main suppress_prefixlength 0 pref 100
  $ ip rule add lookup 100 pref 200
  $ ip rule show
  0:	from all lookup local
  100:	from all lookup main suppress_prefixlength 0
  200:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.2.254 dev a1 table 100 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 10.5.1.1
  10.5.1.1 via 10.0.1.5 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.1.7
  10.0.1.7 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.6.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip rule del pref 100
  $ ip rule add lookup main suppress_prefixlength 16 pref 100
  $ ip route get 10.5.1.1
  10.5.1.1 via 10.0.2.254 dev a1 table 100 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 10.6.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.0.1.7
  10.0.1.7 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.1.1
  local 10.0.1.1 dev lo table local src 10.0.1.1 uid 0 
      cache <local> 
  $ ip rule del lookup main suppress_prefixlength 16
  $ ip link set a0 group 5
  $ ip rule add lookup main suppress_ifgroup 5 pref 100
  $ ip rule show pref 100
  100:	from all lookup main suppress_ifgroup 5
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.2.254 dev a1 table 100 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 10.0.2.7
  10.0.2.7 dev a1 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 10.0.1.7
  10.0.1.7 via 10.0.2.254 dev a1 table 100 src 10.0.2.1 uid 0 
      cache 
  $ ip rule add lookup main suppress_prefixlength 0 suppress_ifgroup 7 pref 101
  $ ip rule add lookup main suppress_prefixlength -1 pref 102
  Error: argument "-1" is wrong: suppress_prefixlength value is invalid
  [255]
  $ ip rule add lookup main suppress_ifgroup nosuch pref 103
  Error: argument "nosuch" is wrong: Invalid "suppress_ifgroup" value
  [255]
  $ ip rule show
  0:	from all lookup local
  100:	from all lookup main suppress_ifgroup 5
  101:	from all lookup main suppress_prefixlength 0 suppress_ifgroup 7
  200:	from all lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
