Longest-prefix match with overlapping routes, metrics, tos, types and route show filters.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:03 type veth peer name b1 address 02:00:00:00:00:04
  $ for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip addr add 192.168.2.1/24 dev a1
  $ ip route add 10.0.0.0/8 via 192.168.1.10
  $ ip route add 10.1.0.0/16 via 192.168.2.10
  $ ip route add 10.1.1.0/24 via 192.168.1.20
  $ ip route add 10.1.1.128/25 via 192.168.2.20
  $ ip route add 10.1.1.200/32 via 192.168.1.30
  $ ip route add 10.1.1.0/24 via 192.168.2.30 metric 10
  $ ip route add unreachable 10.2.0.0/16
  $ ip route add blackhole 10.3.0.0/16 metric 5
  $ ip route add prohibit 10.4.0.0/16
  $ ip route add throw 10.5.0.0/16
  $ for d in 10.9.9.9 10.1.9.9 10.1.1.9 10.1.1.129 10.1.1.200 10.1.1.201; do ip route get $d | head -1; done
  10.9.9.9 via 192.168.1.10 dev a0 src 192.168.1.1 uid 0 
  10.1.9.9 via 192.168.2.10 dev a1 src 192.168.2.1 uid 0 
  10.1.1.9 via 192.168.1.20 dev a0 src 192.168.1.1 uid 0 
  10.1.1.129 via 192.168.2.20 dev a1 src 192.168.2.1 uid 0 
  10.1.1.200 via 192.168.1.30 dev a0 src 192.168.1.1 uid 0 
  10.1.1.201 via 192.168.2.20 dev a1 src 192.168.2.1 uid 0 
  $ ip route get 10.2.0.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.3.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.4.0.1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.5.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route show root 10.1.0.0/16
  10.1.0.0/16 via 192.168.2.10 dev a1 
  10.1.1.0/24 via 192.168.1.20 dev a0 
  10.1.1.0/24 via 192.168.2.30 dev a1 metric 10 
  10.1.1.128/25 via 192.168.2.20 dev a1 
  10.1.1.200 via 192.168.1.30 dev a0 
  $ ip route show match 10.1.1.200
  10.0.0.0/8 via 192.168.1.10 dev a0 
  10.1.0.0/16 via 192.168.2.10 dev a1 
  10.1.1.0/24 via 192.168.1.20 dev a0 
  10.1.1.0/24 via 192.168.2.30 dev a1 metric 10 
  10.1.1.128/25 via 192.168.2.20 dev a1 
  10.1.1.200 via 192.168.1.30 dev a0 
  $ ip route show exact 10.1.1.0/24
  10.1.1.0/24 via 192.168.1.20 dev a0 
  10.1.1.0/24 via 192.168.2.30 dev a1 metric 10 
  $ ip route show 10.1.1.0/24
  10.1.1.0/24 via 192.168.1.20 dev a0 
  10.1.1.0/24 via 192.168.2.30 dev a1 metric 10 
  $ ip route show via 192.168.2.30
  10.1.1.0/24 dev a1 metric 10 
  $ ip route show dev a1
  10.1.0.0/16 via 192.168.2.10 
  10.1.1.0/24 via 192.168.2.30 metric 10 
  10.1.1.128/25 via 192.168.2.20 
  192.168.2.0/24 proto kernel scope link src 192.168.2.1 
  $ ip route show type unreachable
  unreachable 10.2.0.0/16 
  $ ip route show metric 10
  10.1.1.0/24 via 192.168.2.30 dev a1 
  $ ip route show proto kernel
  192.168.1.0/24 dev a0 scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 scope link src 192.168.2.1 
  $ ip route show scope link
  192.168.1.0/24 dev a0 proto kernel src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel src 192.168.2.1 
  $ ip route show table main type blackhole
  blackhole 10.3.0.0/16 metric 5 
  $ ip route del 10.1.1.0/24
  $ ip route show 10.1.1.0/24
  10.1.1.0/24 via 192.168.2.30 dev a1 metric 10 
  $ ip route del 10.1.1.0/24
  $ ip route show 10.1.1.0/24
  $ ip route get 10.1.1.9 | head -1
  10.1.1.9 via 192.168.2.10 dev a1 src 192.168.2.1 uid 0 
  $ ip route add 10.6.0.0/16 tos 0x10 via 192.168.2.40
  $ ip route get 10.6.0.1 | head -1
  10.6.0.1 via 192.168.1.10 dev a0 src 192.168.1.1 uid 0 
  $ ip route get 10.6.0.1 tos 0x10 | head -1
  10.6.0.1 tos 0x10 via 192.168.2.40 dev a1 src 192.168.2.1 uid 0 
  $ ip route show 10.6.0.0/16
  10.6.0.0/16 tos 0x10 via 192.168.2.40 dev a1 
  $ ip route save > saved 2>&1; echo $?
  0
  $ ip route flush root 10.0.0.0/8
  $ ip route show
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
