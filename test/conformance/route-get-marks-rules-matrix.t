ip route get across a rule set a policy-routing lab stacks up (fwmark with masks, tos, ipproto/dport, iif/oif, from prefixes, goto, suppress_prefixlength, not): which rule answers each combination of selectors, in order, with the table printed, and the rule listing with its JSON form.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link add g0 address 02:00:00:00:00:03 type veth peer name g9 address 02:00:00:00:00:04
  $ for d in lo h0 h9 g0 g9; do ip link set $d up; done
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip addr add 192.168.2.2/24 dev g0
  $ ip route add default via 192.168.1.1
  $ ip route add default via 192.168.2.1 table 10
  $ ip route add 10.0.0.0/8 via 192.168.2.10 table 20
  $ ip route add default via 192.168.2.20 table 20
  $ ip route add 10.0.0.0/8 via 192.168.1.30 table 30
  $ ip rule add fwmark 0x10/0xf0 lookup 10 pref 100
  $ ip rule add tos 0x10 lookup 20 pref 110
  $ ip rule add ipproto udp dport 53 lookup 30 pref 120
  $ ip rule add from 192.168.2.0/24 lookup 10 pref 130
  $ ip rule add not iif lo fwmark 0x1 goto 200 pref 140
  $ ip rule add lookup 20 suppress_prefixlength 0 pref 150
  $ ip rule add lookup 30 pref 200
  $ ip rule show
  0:	from all lookup local
  100:	from all fwmark 0x10/0xf0 lookup 10
  110:	from all tos 0x10 lookup 20
  120:	from all ipproto udp dport 53 lookup 30
  130:	from 192.168.2.0/24 lookup 10
  140:	not from all fwmark 0x1 iif lo goto 200
  150:	from all lookup 20 suppress_prefixlength 0
  200:	from all lookup 30
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show pref 140
  [{"priority":140,"not":null,"src":"all","fwmark":"0x1","iif":"lo","goto":200}]
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.1.1
  10.1.1.1 via 192.168.1.30 dev h0 table 30 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x13
  8.8.8.8 via 192.168.2.1 dev g0 table 10 src 192.168.2.2 mark 0x13 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x103
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 mark 0x103 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x20
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 mark 0x20 uid 0 
      cache 
  $ ip route get 8.8.8.8 tos 0x10
  8.8.8.8 via 192.168.2.20 dev g0 table 20 src 192.168.2.2 uid 0 
      cache 
  $ ip route get 10.1.1.1 tos 0x10
  10.1.1.1 via 192.168.2.10 dev g0 table 20 src 192.168.2.2 uid 0 
      cache 
  $ ip route get 10.1.1.1 ipproto udp dport 53
  10.1.1.1 via 192.168.1.30 dev h0 table 30 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto udp dport 53
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto tcp dport 53
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 192.168.2.2
  8.8.8.8 from 192.168.2.2 via 192.168.2.1 dev g0 table 10 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 192.168.2.2 mark 0x10
  8.8.8.8 from 192.168.2.2 via 192.168.2.1 dev g0 table 10 mark 0x10 uid 0 
      cache 
  $ ip route get 10.1.1.1 from 192.168.1.2 iif h9 mark 1
  RTNETLINK answers: No route to host
  [2]
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 10.1.1.1 from 192.168.1.7 iif h9 mark 1
  10.1.1.1 from 192.168.1.7 via 192.168.1.30 dev h0 table 30 mark 1 
      cache iif h9 
  $ ip route get 10.1.1.1 from 192.168.1.7 iif h9
  10.1.1.1 from 192.168.1.7 via 192.168.1.30 dev h0 table 30 
      cache iif h9 
  $ ip route get 10.1.1.1 oif g0
  10.1.1.1 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 oif g0
  8.8.8.8 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip rule del pref 150
  $ ip route get 10.1.1.1
  10.1.1.1 via 192.168.1.30 dev h0 table 30 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x1
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 mark 1 uid 0 
      cache 
