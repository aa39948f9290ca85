Route types unreachable, prohibit, blackhole and throw: their listing and the errno ip route get reports for output and input lookups; throw in a rule-selected table falls through to the next rule. (no dedicated selftest function; complements fib_tests.sh route tests and fib_rule_tests.sh)
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add default via 192.168.1.254
  $ ip route add unreachable 10.1.0.0/16
  $ ip route add prohibit 10.2.0.0/16
  $ ip route add blackhole 10.3.0.0/16
  $ ip route add throw 10.4.0.0/16
  $ ip route add unreachable 10.5.0.0/16 dev a0
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add blackhole 10.6.0.0/16 via 192.168.1.9
  Error: Gateway, device and multipath can not be specified for this route type.
  [2]
  $ ip route add nat 10.7.0.0/16 via 192.168.1.9
  Error: Invalid scope.
  [2]
  $ ip route add unreachable 10.8.0.0/16 metric 10 proto static
  $ ip route show
  default via 192.168.1.254 dev a0 
  unreachable 10.1.0.0/16 
  prohibit 10.2.0.0/16 
  blackhole 10.3.0.0/16 
  throw 10.4.0.0/16 
  unreachable 10.8.0.0/16 proto static metric 10 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 10.1.0.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.2.0.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.3.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.4.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get fibmatch 10.4.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.1 from 192.168.1.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.2.0.1 from 192.168.1.9 iif a0
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.3.0.1 from 192.168.1.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.4.0.1 from 192.168.1.9 iif a0
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route add throw 10.9.0.0/16 table 100
  $ ip route add unreachable 10.10.0.0/16 table 100
  $ ip route add 10.0.0.0/8 via 192.168.1.2 table 100
  $ ip rule add to 10.0.0.0/8 lookup 100 pref 100
  $ ip route get 10.9.0.1
  10.9.0.1 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.10.0.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.11.0.1
  10.11.0.1 via 192.168.1.2 dev a0 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 10.4.0.1
  10.4.0.1 via 192.168.1.2 dev a0 table 100 src 192.168.1.1 uid 0 
      cache 
  $ ip route show table 100
  10.0.0.0/8 via 192.168.1.2 dev a0 
  throw 10.9.0.0/16 
  unreachable 10.10.0.0/16 
  $ ip route add prohibit 10.9.0.0/16 table 100
  RTNETLINK answers: File exists
  [2]
  $ ip route replace prohibit 10.9.0.0/16 table 100
  $ ip route get 10.9.0.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.9.0.1 from 192.168.1.9 iif a0
  RTNETLINK answers: Permission denied
  [2]
