Routes with a dsfield (tos) selector: ECN bits are rejected on add and ignored on lookup, unknown or null DSCP falls back to the generic route (fib_tests.sh ipv4_rt_dsfield).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route flush 172.16.102.0/24
  $ ip route add 172.16.102.0/24 dsfield 0x01 via 172.16.101.2
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 172.16.102.0/24 dsfield 0x02 via 172.16.101.2
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 172.16.102.0/24 dsfield 0x03 via 172.16.101.2
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 172.16.102.0/24 tos 0x12 via 172.16.101.2
  Error: Invalid dsfield (tos): ECN bits must be 0.
  [2]
  $ ip route add 172.16.102.0/24 via 172.16.101.2
  $ ip route add 172.16.102.0/24 dsfield 0x10 via 172.16.103.2
  $ ip route show 172.16.102.0/24
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ for t in 0x10 0x11 0x12 0x13; do ip route get fibmatch 172.16.102.1 dsfield $t; done
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  172.16.102.0/24 tos 0x10 via 172.16.103.2 dev a3 
  $ for t in 0x14 0x15 0x16 0x17; do ip route get fibmatch 172.16.102.1 dsfield $t; done
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ for t in 0x00 0x01 0x02 0x03; do ip route get fibmatch 172.16.102.1 dsfield $t; done
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get 172.16.102.1 tos 0x13
  172.16.102.1 tos 0x10 via 172.16.103.2 dev a3 src 172.16.103.1 uid 0 
      cache 
  $ ip route get 172.16.102.1 tos 0x14
  172.16.102.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache 
  $ ip route get 172.16.102.1
  172.16.102.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache 
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route get 172.16.102.1 from 172.16.101.2 iif a1 tos 0x11
  172.16.102.1 from 172.16.101.2 tos 0x10 via 172.16.103.2 dev a3 
      cache iif a1 
  $ ip route get 172.16.102.1 from 172.16.101.2 iif a1 tos 0x14
  172.16.102.1 from 172.16.101.2 via 172.16.101.2 dev a1 
      cache <redirect> iif a1 
  $ ip route del 172.16.102.0/24 tos 0x14
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.102.0/24 tos 0x10
  $ ip route show 172.16.102.0/24
  172.16.102.0/24 via 172.16.101.2 dev a1 
  $ ip route get 172.16.102.1 tos 0x10
  172.16.102.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache 
