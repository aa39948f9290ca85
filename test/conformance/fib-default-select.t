Several default routes: lowest metric wins, and among equal-metric defaults fib_select_default skips a gateway whose neighbour entry is incomplete or failed; an explicit oif bypasses the selection (kernel fib_select_default; no dedicated fib_tests.sh function).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip addr add 192.168.2.1/24 dev a1
  $ ip route add default via 192.168.2.254 metric 10
  $ ip route add default via 192.168.1.254
  $ ip route add default via 192.168.1.253
  RTNETLINK answers: File exists
  [2]
  $ ip route append default via 192.168.1.253
  $ ip route append default via 192.168.1.252
  $ ip route show
  default via 192.168.1.254 dev a0 
  default via 192.168.1.253 dev a0 
  default via 192.168.1.252 dev a0 
  default via 192.168.2.254 dev a1 metric 10 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get fibmatch 8.8.8.8
  default via 192.168.1.254 dev a0 
  $ ping -c 1 -W 1 8.8.8.8
  PING 8.8.8.8 (8.8.8.8) 56(84) bytes of data.
  
  --- 8.8.8.8 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.253 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get fibmatch 8.8.8.8
  default via 192.168.1.253 dev a0 
  $ ip route get 8.8.8.8 oif a0
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8 from 192.168.1.1
  8.8.8.8 from 192.168.1.1 via 192.168.1.253 dev a0 uid 0 
      cache 
  $ ping -c 1 -W 1 8.8.4.4
  PING 8.8.4.4 (8.8.4.4) 56(84) bytes of data.
  
  --- 8.8.4.4 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.252 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.252 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route del default via 192.168.1.252
  $ ip route del default via 192.168.1.253
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route del default via 192.168.1.254
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
  $ ip route add default via 192.168.1.254 metric 10
  RTNETLINK answers: File exists
  [2]
  $ ip route add default via 192.168.1.250 metric 5
  $ ip route show
  default via 192.168.1.250 dev a0 metric 5 
  default via 192.168.2.254 dev a1 metric 10 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.1.250 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip link set a0 down
  $ ip route show
  default via 192.168.2.254 dev a1 metric 10 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip route get 8.8.8.8
  8.8.8.8 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
