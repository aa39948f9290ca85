Rule inversion with not: the rule applies when its selectors do NOT all match, for from/to, fwmark, iif/oif and combinations; listing puts "not" first (fib_rule_tests.sh selector cases, inverted).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.1.1/24 dev a0
  $ ip addr add 10.0.2.1/24 dev a0
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add default via 10.0.1.254
  $ ip route add table 100 default via 10.0.2.254
  $ ip rule add not from 10.0.2.0/24 lookup main pref 100
  $ ip rule add lookup 100 pref 200
  $ ip route get 8.8.8.8 from 10.0.1.1 | head -1
  8.8.8.8 from 10.0.1.1 via 10.0.1.254 dev a0 uid 0 
  $ ip route get 8.8.8.8 from 10.0.2.1 | head -1
  8.8.8.8 from 10.0.2.1 via 10.0.2.254 dev a0 table 100 uid 0 
  $ ip rule flush
  $ ip rule add not to 8.8.0.0/16 lookup 100 pref 100
  $ ip rule add lookup main pref 32766
  $ ip route get 8.8.8.8 | head -1
  8.8.8.8 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
  $ ip route get 9.9.9.9 | head -1
  9.9.9.9 via 10.0.2.254 dev a0 table 100 src 10.0.2.1 uid 0 
  $ ip rule del pref 100
  $ ip rule add not fwmark 0x1/0x1 lookup 100 pref 100
  $ ip route get 9.9.9.9 mark 0x1 | head -1
  9.9.9.9 via 10.0.1.254 dev a0 src 10.0.1.1 mark 1 uid 0 
  $ ip route get 9.9.9.9 mark 0x2 | head -1
  9.9.9.9 via 10.0.2.254 dev a0 table 100 src 10.0.2.1 mark 2 uid 0 
  $ ip route get 9.9.9.9 | head -1
  9.9.9.9 via 10.0.2.254 dev a0 table 100 src 10.0.2.1 uid 0 
  $ ip rule del pref 100
  $ ip rule add not iif a0 lookup 100 pref 100
  $ ip route get 9.9.9.9 | head -1
  9.9.9.9 via 10.0.2.254 dev a0 table 100 src 10.0.2.1 uid 0 
  $ ip route get 9.9.9.9 from 10.0.1.9 iif a0 | head -1
  9.9.9.9 from 10.0.1.9 via 10.0.1.254 dev a0 
  $ ip rule del pref 100
  $ ip rule add not from 10.0.1.0/24 to 9.9.9.0/24 lookup 100 pref 100
  $ ip route get 9.9.9.9 from 10.0.1.1 | head -1
  9.9.9.9 from 10.0.1.1 via 10.0.1.254 dev a0 uid 0 
  $ ip route get 9.9.8.8 from 10.0.1.1 | head -1
  9.9.8.8 from 10.0.1.1 via 10.0.2.254 dev a0 table 100 uid 0 
  $ ip route get 9.9.9.9 from 10.0.2.1 | head -1
  9.9.9.9 from 10.0.2.1 via 10.0.2.254 dev a0 table 100 uid 0 
  $ ip rule add not lookup 100 pref 101
  $ ip rule add not oif a0 fwmark 7 uidrange 5-6 ipproto tcp dport 80 lookup 100 pref 102
  $ ip rule show
  0:	from all lookup local
  100:	not from 10.0.1.0/24 to 9.9.9.0/24 lookup 100
  101:	not from all lookup 100
  102:	not from all fwmark 0x7 oif a0 uidrange 5-6 ipproto tcp dport 80 lookup 100
  32766:	from all lookup main
  $ ip rule del not lookup 100
  $ ip rule del not from 10.0.1.0/24 to 9.9.9.0/24
  RTNETLINK answers: No such file or directory
  [2]
  $ ip rule show
  0:	from all lookup local
  101:	not from all lookup 100
  102:	not from all fwmark 0x7 oif a0 uidrange 5-6 ipproto tcp dport 80 lookup 100
  32766:	from all lookup main
