Policy routing as route get sees it: suppress_prefixlength 0 (the VPN recipe), uidrange, ipproto and ports, iif/oif rules, goto and fwmark masks.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add default via 10.0.0.2
  $ ip route add default via 10.0.1.2 table 51820
  $ ip rule add not fwmark 0xca6c table 51820 pref 100
  $ ip rule add table main suppress_prefixlength 0 pref 99
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.0.5
  10.0.0.5 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0xca6c
  8.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 mark 0xca6c uid 0 
      cache 
  $ ip rule add uidrange 1000-1999 table 7 pref 50
  $ ip route add default via 10.0.0.3 table 7
  $ ip route get 8.8.8.8 uid 1500
  8.8.8.8 via 10.0.0.3 dev a0 table 7 src 10.0.0.1 uid 1500 
      cache 
  $ ip route get 8.8.8.8 uid 2500
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 uid 2500 
      cache 
  $ ip rule add ipproto udp dport 53 table 8 pref 40
  $ ip route add default via 10.0.1.3 table 8
  $ ip route get 8.8.8.8 ipproto udp dport 53
  8.8.8.8 via 10.0.1.3 dev a1 table 8 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto tcp dport 53
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 ipproto udp sport 53
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add fwmark 0x100/0xf00 table 8 pref 30
  $ ip route get 8.8.8.8 mark 0x1ff
  8.8.8.8 via 10.0.1.3 dev a1 table 8 src 10.0.1.1 mark 0x1ff uid 0 
      cache 
  $ ip route get 8.8.8.8 mark 0x2ff
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 mark 0x2ff uid 0 
      cache 
  $ ip rule add pref 20 oif a1 table 8
  $ ip route get 8.8.8.8 oif a1
  8.8.8.8 via 10.0.1.3 dev a1 table 8 src 10.0.1.1 uid 0 
      cache 
  $ ip rule add pref 10 iif a0 table 9
  $ ip route add unreachable default table 9
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 8.8.8.8 from 10.0.0.9 iif a0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 8.8.8.8 from 10.0.1.9 iif a1
  8.8.8.8 from 10.0.1.9 via 10.0.1.2 dev a1 table 51820 
      cache <redirect> iif a1 
  $ ip rule add pref 5 goto 20
  $ ip route get 8.8.8.8
  8.8.8.8 via 10.0.1.2 dev a1 table 51820 src 10.0.1.1 uid 0 
      cache 
  $ ip rule del pref 5
  $ ip rule
  0:	from all lookup local
  10:	from all iif a0 lookup 9
  20:	from all oif a1 lookup 8
  30:	from all fwmark 0x100/0xf00 lookup 8
  40:	from all ipproto udp dport 53 lookup 8
  50:	from all uidrange 1000-1999 lookup 7
  99:	from all lookup main suppress_prefixlength 0
  100:	not from all fwmark 0xca6c lookup 51820
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip route get fibmatch 8.8.8.8
  default via 10.0.1.2 dev a1 table 51820 
  $ ip route get fibmatch 8.8.8.8 mark 0xca6c
  default via 10.0.0.2 dev a0 
