ip route get with from/iif/oif/mark/tos/fibmatch/connected and its errors, show selectors (root/match/exact, proto, scope, type, table all) and flush with -s, around a small table.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev b0
  $ ip route add 10.2.0.0/16 via 10.0.0.2 proto static
  $ ip route add 10.2.3.0/24 via 10.0.0.3 proto 99 metric 7
  $ ip route add 10.2.3.0/24 dev b0 scope link metric 9
  $ ip route add unreachable 10.9.0.0/16
  $ ip route add 10.5.0.0/16 via 10.0.1.2 table 50
  $ ip route get 10.2.3.4 fibmatch
  10.2.3.0/24 via 10.0.0.3 dev a0 proto openr metric 7 
  $ ip route get 10.2.9.9 fibmatch
  10.2.0.0/16 via 10.0.0.2 dev a0 proto static 
  $ ip route get 10.9.1.1 fibmatch
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.9.1.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.2.3.4 oif b0
  10.2.3.4 dev b0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.2.3.4 from 10.0.1.1
  10.2.3.4 from 10.0.1.1 via 10.0.0.3 dev a0 uid 0 
      cache 
  $ ip route get 10.2.3.4 from 10.0.1.1 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.2.3.4 mark 7 tos 0x10
  10.2.3.4 via 10.0.0.3 dev a0 src 10.0.0.1 mark 7 uid 0 
      cache 
  $ ip route get 10.2.3.4 connected
  10.2.3.4 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  10.2.3.4 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.5.1.1 table 50
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 10.5.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.2.3.4 oif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.2.3.4 iif nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route get 10.2.3.4 from 1.2.3.4 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get
  need at least a destination address
  [1]
  $ ip route get 10.2.3.4/24
  Warning: /24 as prefix is invalid, only /32 (or none) is supported.
  10.2.3.4 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route show root 10.2.0.0/16
  10.2.0.0/16 via 10.0.0.2 dev a0 proto static 
  10.2.3.0/24 via 10.0.0.3 dev a0 proto openr metric 7 
  10.2.3.0/24 dev b0 scope link metric 9 
  $ ip route show match 10.2.3.0/24
  10.2.0.0/16 via 10.0.0.2 dev a0 proto static 
  10.2.3.0/24 via 10.0.0.3 dev a0 proto openr metric 7 
  10.2.3.0/24 dev b0 scope link metric 9 
  $ ip route show exact 10.2.3.0/24
  10.2.3.0/24 via 10.0.0.3 dev a0 proto openr metric 7 
  10.2.3.0/24 dev b0 scope link metric 9 
  $ ip route show proto static
  10.2.0.0/16 via 10.0.0.2 dev a0 
  $ ip route show proto 99
  10.2.3.0/24 via 10.0.0.3 dev a0 metric 7 
  $ ip route show scope link
  10.0.0.0/24 dev a0 proto kernel src 10.0.0.1 
  10.0.1.0/24 dev b0 proto kernel src 10.0.1.1 
  10.2.3.0/24 dev b0 metric 9 
  $ ip route show type unreachable
  unreachable 10.9.0.0/16 
  $ ip route show table all type unicast
  10.5.0.0/16 via 10.0.1.2 dev b0 table 50 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev b0 proto kernel scope link src 10.0.1.1 
  10.2.0.0/16 via 10.0.0.2 dev a0 proto static 
  10.2.3.0/24 via 10.0.0.3 dev a0 proto openr metric 7 
  10.2.3.0/24 dev b0 scope link metric 9 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  $ ip route show table 50
  10.5.0.0/16 via 10.0.1.2 dev b0 
  $ ip route show cache
  $ ip -s route flush 10.2.3.0/24
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev b0 proto kernel scope link src 10.0.1.1 
  10.2.0.0/16 via 10.0.0.2 dev a0 proto static 
  unreachable 10.9.0.0/16 
  $ ip -s -s route flush proto static
  10.2.0.0/16 via 10.0.0.2 dev a0 
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s route flush table 50
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route flush table 51
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip -s route flush cache
  *** IPv4 routing cache is flushed.
  $ ip route flush
  "ip route flush" requires arguments.
  [1]
  $ ip route flush all
  $ ip route show table all type unicast
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
