Rule selectors and actions at work in ip route get: suppress_prefixlength (a route of that length or shorter is ignored, the rule goes on), suppress_ifgroup (a route out of a device of that group is ignored), goto over rules (a mark rule jumping past a suppressing one), goto to a missing priority (unresolved until a rule takes it), ipproto/sport/dport ranges (dport without ipproto), uidrange bounds, and the tos/dsfield values iproute2 takes or refuses.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.2 table 20
  $ ip route add 20.1.0.0/16 via 10.0.0.3 table 21
  $ ip rule add to 20.0.0.0/8 lookup 21 pref 10 suppress_prefixlength 15
  $ ip rule add to 20.0.0.0/8 lookup 20 pref 11
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.3 dev a0 table 21 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 20.2.2.3
  20.2.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip rule del pref 10
  $ ip rule add to 20.0.0.0/8 lookup 21 pref 10 suppress_prefixlength 16
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip rule del pref 10
  $ ip rule add to 20.0.0.0/8 lookup 21 pref 10 suppress_prefixlength 17
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip link set a0 group 5
  $ ip rule del pref 10
  $ ip rule add lookup 21 pref 10 suppress_ifgroup 5
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip link set a0 group 0
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.3 dev a0 table 21 src 10.0.0.1 uid 0 
      cache 
  $ ip rule add pref 5 fwmark 0x10/0x10 goto 11
  $ ip route get 20.1.2.3 mark 0x30
  20.1.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 mark 0x30 uid 0 
      cache 
  $ ip route get 20.1.2.3 mark 0x20
  20.1.2.3 via 10.0.0.3 dev a0 table 21 src 10.0.0.1 mark 0x20 uid 0 
      cache 
  $ ip rule add pref 6 goto 5
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 6 goto 6
  Error: Backward goto not supported.
  [2]
  $ ip rule add pref 7 goto 9999
  $ ip rule show
  0:	from all lookup local
  5:	from all fwmark 0x10/0x10 goto 11
  7:	from all goto 9999 [unresolved]
  10:	from all lookup 21 suppress_ifgroup 5
  11:	from all to 20.0.0.0/8 lookup 20
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.3 dev a0 table 21 src 10.0.0.1 uid 0 
      cache 
  $ ip rule add pref 9999 table 20
  $ ip rule show
  0:	from all lookup local
  5:	from all fwmark 0x10/0x10 goto 11
  7:	from all goto 9999
  10:	from all lookup 21 suppress_ifgroup 5
  11:	from all to 20.0.0.0/8 lookup 20
  9999:	from all lookup 20
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get 20.1.2.3
  20.1.2.3 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip rule del pref 9999
  $ ip rule show
  0:	from all lookup local
  5:	from all fwmark 0x10/0x10 goto 11
  7:	from all goto 9999 [unresolved]
  10:	from all lookup 21 suppress_ifgroup 5
  11:	from all to 20.0.0.0/8 lookup 20
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show pref 7
  [{"priority":7,"src":"all","goto":9999,"unresolved":null}]
  $ ip rule add pref 4 ipproto udp dport 53 table 20
  $ ip rule add pref 3 ipproto 17 sport 1000-2000 table 21
  $ ip route get 20.9.9.9 ipproto udp dport 53
  20.9.9.9 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 20.9.9.9 ipproto udp sport 1500 dport 53
  20.9.9.9 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 20.9.9.9 ipproto tcp dport 53
  20.9.9.9 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 0 
      cache 
  $ ip rule add pref 2 dport 22 table 21
  $ ip rule add pref 2 ipproto icmp dport 22 table 21
  $ ip rule show pref 2
  2:	from all dport 22 lookup 21
  2:	from all ipproto icmp dport 22 lookup 21
  $ ip rule add pref 1 uidrange 1000-2000 table 21
  $ ip route get 20.9.9.9 uid 1500
  20.9.9.9 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 1500 
      cache 
  $ ip route get 20.9.9.9 uid 999
  20.9.9.9 via 10.0.0.2 dev a0 table 20 src 10.0.0.1 uid 999 
      cache 
  $ ip rule add pref 1 uidrange 2000-1000 table 21
  Error: Invalid uid range.
  [2]
  $ ip rule add pref 1 uidrange 5 table 21
  Error: argument "5" is wrong: invalid UID range
  [255]
  $ ip rule add pref 1 sport 2000-1000 table 21
  Error: Invalid sport range.
  [2]
  $ ip rule add pref 1 dport 0 table 21
  Error: Invalid dport range.
  [2]
  $ ip rule add pref 1 dport 65535 ipproto 200 table 21
  Error: Invalid dport range.
  [2]
  $ ip rule show
  0:	from all lookup local
  1:	from all uidrange 1000-2000 lookup 21
  2:	from all dport 22 lookup 21
  2:	from all ipproto icmp dport 22 lookup 21
  3:	from all ipproto udp sport 1000-2000 lookup 21
  4:	from all ipproto udp dport 53 lookup 20
  5:	from all fwmark 0x10/0x10 goto 11
  7:	from all goto 9999 [unresolved]
  10:	from all lookup 21 suppress_ifgroup 5
  11:	from all to 20.0.0.0/8 lookup 20
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip rule add pref 1 tos 0x03 table 21
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add pref 1 tos 0xff table 21
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip rule add pref 1 dsfield 0xfc table 21
  Error: Invalid tos.
  [2]
  $ ip rule add pref 1 tos lowdelay table 21
  Error: argument "lowdelay" is wrong: TOS value is invalid
  [255]
  $ ip rule show pref 1
  1:	from all uidrange 1000-2000 lookup 21
