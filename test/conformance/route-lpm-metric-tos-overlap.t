Longest prefix match with overlapping prefixes, metrics and tos: a tos route of the same prefix wins for matching tos whatever its metric, the lowest metric wins among the rest, a longer error prefix shadows them, deletes by metric and tos, and ip route show/get views (match, root, exact) after each change.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link add g0 address 02:00:00:00:00:03 type veth peer name g9 address 02:00:00:00:00:04
  $ for d in lo h0 h9 g0 g9; do ip link set $d up; done
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip addr add 192.168.2.2/24 dev g0
  $ ip route add 10.0.0.0/8 via 192.168.1.1
  $ ip route add 10.1.0.0/16 via 192.168.1.11 metric 20
  $ ip route add 10.1.0.0/16 via 192.168.2.12 metric 10
  $ ip route add 10.1.0.0/16 via 192.168.2.13 metric 50 tos 0x10
  $ ip route add 10.1.0.0/16 via 192.168.1.14 metric 5 tos 0x08
  $ ip route add 10.1.0.0/16 via 192.168.1.15 metric 10
  RTNETLINK answers: File exists
  [2]
  $ ip route add 10.1.0.0/16 via 192.168.1.15 metric 10 tos 0x10
  $ ip route append 10.1.0.0/16 via 192.168.1.16 metric 10
  $ ip route add unreachable 10.1.2.0/24 metric 100
  $ ip route add 10.1.2.128/25 via 192.168.1.17 tos 0x04
  $ ip route show
  10.0.0.0/8 via 192.168.1.1 dev h0 
  10.1.0.0/16 tos 0x10 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.2.12 dev g0 metric 10 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  unreachable 10.1.2.0/24 metric 100 
  10.1.2.128/25 tos 0x04 via 192.168.1.17 dev h0 
  192.168.1.0/24 dev h0 proto kernel scope link src 192.168.1.2 
  192.168.2.0/24 dev g0 proto kernel scope link src 192.168.2.2 
  $ ip route get 10.1.9.9
  10.1.9.9 via 192.168.2.12 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip route get 10.1.9.9 tos 0x10
  10.1.9.9 tos 0x10 via 192.168.1.15 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.9.9 tos 0x08
  10.1.9.9 tos 0x08 via 192.168.1.14 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.9.9 tos 0x18
  10.1.9.9 via 192.168.2.12 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip route get 10.1.9.9 tos 0x11
  10.1.9.9 tos 0x10 via 192.168.1.15 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.2.9
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.1.2.9 tos 0x10
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.1.2.200 tos 0x04
  10.1.2.200 tos 0x04 via 192.168.1.17 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.2.200
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.2.0.1 tos 0x10
  10.2.0.1 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route show match 10.1.2.200
  10.0.0.0/8 via 192.168.1.1 dev h0 
  10.1.0.0/16 tos 0x10 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.2.12 dev g0 metric 10 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  unreachable 10.1.2.0/24 metric 100 
  10.1.2.128/25 tos 0x04 via 192.168.1.17 dev h0 
  $ ip route show root 10.1.0.0/16
  10.1.0.0/16 tos 0x10 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.2.12 dev g0 metric 10 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  unreachable 10.1.2.0/24 metric 100 
  10.1.2.128/25 tos 0x04 via 192.168.1.17 dev h0 
  $ ip route show exact 10.1.0.0/16
  10.1.0.0/16 tos 0x10 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.2.12 dev g0 metric 10 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  $ ip route show 10.1.0.0/16 tos 0x10
  10.1.0.0/16 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 via 192.168.2.13 dev g0 metric 50 
  $ ip route del 10.1.0.0/16 metric 10
  $ ip route show exact 10.1.0.0/16
  10.1.0.0/16 tos 0x10 via 192.168.1.15 dev h0 metric 10 
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  $ ip route del 10.1.0.0/16 tos 0x10
  $ ip route show exact 10.1.0.0/16
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.1.16 dev h0 metric 10 
  10.1.0.0/16 via 192.168.1.11 dev h0 metric 20 
  $ ip route get 10.1.9.9 tos 0x10
  10.1.9.9 tos 0x10 via 192.168.2.13 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip route del 10.1.0.0/16 metric 10
  $ ip route del 10.1.0.0/16 metric 10
  RTNETLINK answers: No such process
  [2]
  $ ip route get 10.1.9.9
  10.1.9.9 via 192.168.1.11 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route del 10.1.2.0/24 metric 99
  RTNETLINK answers: No such process
  [2]
  $ ip route change 10.1.2.0/24 via 192.168.2.99 metric 100
  $ ip route get 10.1.2.9
  10.1.2.9 via 192.168.2.99 dev g0 src 192.168.2.2 uid 0 
      cache 
  $ ip route replace 10.1.0.0/16 via 192.168.2.1 metric 20
  $ ip route show exact 10.1.0.0/16
  10.1.0.0/16 tos 0x10 via 192.168.2.13 dev g0 metric 50 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.0.0/16 via 192.168.2.1 dev g0 metric 20 
  $ ip link set g0 down
  $ ip route get 10.1.9.9
  10.1.9.9 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route get 10.1.2.9
  10.1.2.9 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache 
  $ ip route show
  10.0.0.0/8 via 192.168.1.1 dev h0 
  10.1.0.0/16 tos 0x08 via 192.168.1.14 dev h0 metric 5 
  10.1.2.128/25 tos 0x04 via 192.168.1.17 dev h0 
  192.168.1.0/24 dev h0 proto kernel scope link src 192.168.1.2 
