ip route add/append/prepend/replace/change/del on routes that share a prefix (tos, metric), and which one wins.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route append 20.0.0.0/8 via 10.0.0.2
  $ ip route append 20.0.0.0/8 via 10.0.1.2
  $ ip route prepend 20.0.0.0/8 via 10.0.0.3
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.3 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route get 20.1.1.1
  20.1.1.1 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route append 20.0.0.0/8 via 10.0.1.2
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 20.0.0.0/8 dev a1
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 dev a1 scope link 
  20.0.0.0/8 via 10.0.0.3 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.2 dev a1 
  $ ip route del 20.0.0.0/8 via 10.0.1.2
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 dev a1 scope link 
  20.0.0.0/8 via 10.0.0.3 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route del 20.0.0.0/8
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.0.3 dev a0 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route replace 20.0.0.0/8 via 10.0.1.9
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.9 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip route change 21.0.0.0/8 via 10.0.1.9
  RTNETLINK answers: No such file or directory
  [2]
  $ ip route replace 20.0.0.0/8 via 10.0.1.8 metric 5
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.9 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.1.8 dev a1 metric 5 
  $ ip route change 20.0.0.0/8 via 10.0.0.7 metric 5
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 via 10.0.1.9 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.7 dev a0 metric 5 
  $ ip route add 20.0.0.0/8 tos 0x10 via 10.0.1.3
  $ ip route add 20.0.0.0/8 tos 0x08 via 10.0.1.4 metric 3
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 tos 0x10 via 10.0.1.3 dev a1 
  20.0.0.0/8 tos 0x08 via 10.0.1.4 dev a1 metric 3 
  20.0.0.0/8 via 10.0.1.9 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.7 dev a0 metric 5 
  $ ip route get 20.1.1.1 tos 0x10
  20.1.1.1 tos 0x10 via 10.0.1.3 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 20.1.1.1 tos 0x08
  20.1.1.1 tos 0x08 via 10.0.1.4 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 20.1.1.1 tos 0x04
  20.1.1.1 via 10.0.1.9 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route del 20.0.0.0/8 tos 0x10
  $ ip route del 20.0.0.0/8 tos 0x18
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 metric 4
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 via 10.0.1.99
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 dev b1
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 proto static
  RTNETLINK answers: No such process
  [2]
  $ ip route del 20.0.0.0/8 scope link
  RTNETLINK answers: No such process
  [2]
  $ ip route show 20.0.0.0/8
  20.0.0.0/8 tos 0x08 via 10.0.1.4 dev a1 metric 3 
  20.0.0.0/8 via 10.0.1.9 dev a1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  20.0.0.0/8 via 10.0.0.7 dev a0 metric 5 
  $ ip route flush 20.0.0.0/8
  $ ip route show 20.0.0.0/8
  $ ip route flush 20.0.0.0/8
  $ ip -s route flush 10.0.0.0/24
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route show
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
