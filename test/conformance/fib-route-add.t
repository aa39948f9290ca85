Route add / prepend / append on an existing prefix: NLM_F_EXCL duplicates fail, prepend and append add a second route before or after the first, metrics keep routes apart (fib_tests.sh ipv4_rt_add).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route add 172.16.104.0/24 via 172.16.101.2
  $ ip route add 172.16.104.0/24 via 172.16.103.2
  RTNETLINK answers: File exists
  [2]
  $ ip route add 172.16.104.0/24 dev a3
  RTNETLINK answers: File exists
  [2]
  $ ip route add unreachable 172.16.104.0/24
  RTNETLINK answers: File exists
  [2]
  $ ip route prepend 172.16.104.0/24 via 172.16.103.2
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.103.2 dev a3 
  172.16.104.0/24 via 172.16.101.2 dev a1 
  $ ip route flush 172.16.104.0/24
  $ ip route add 172.16.104.0/24 via 172.16.101.2
  $ ip route append 172.16.104.0/24 via 172.16.103.2
  $ ip route append 172.16.104.0/24 dev a3
  $ ip route append unreachable 172.16.104.0/24
  $ ip route append 172.16.104.0/24 via 172.16.103.2
  RTNETLINK answers: File exists
  [2]
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.101.2 dev a1 
  172.16.104.0/24 via 172.16.103.2 dev a3 
  172.16.104.0/24 dev a3 scope link 
  unreachable 172.16.104.0/24 
  $ ip route get 172.16.104.1
  172.16.104.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache 
  $ ip route del 172.16.104.0/24
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.103.2 dev a3 
  172.16.104.0/24 dev a3 scope link 
  unreachable 172.16.104.0/24 
  $ ip route del 172.16.104.0/24 dev a3
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 dev a3 scope link 
  unreachable 172.16.104.0/24 
  $ ip route flush 172.16.104.0/24
  $ ip route add unreachable 172.16.104.0/24
  $ ip route append 172.16.104.0/24 via 172.16.103.2
  $ ip route append 172.16.104.0/24 dev a3
  $ ip route show 172.16.104.0/24
  unreachable 172.16.104.0/24 
  172.16.104.0/24 via 172.16.103.2 dev a3 
  172.16.104.0/24 dev a3 scope link 
  $ ip route get 172.16.104.1
  RTNETLINK answers: No route to host
  [2]
  $ ip route flush 172.16.104.0/24
  $ ip route add 172.16.104.0/24 nexthop via 172.16.101.2 nexthop via 172.16.103.2
  $ ip route add 172.16.104.0/24 nexthop via 172.16.101.2 nexthop via 172.16.103.2
  RTNETLINK answers: File exists
  [2]
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route flush 172.16.104.0/24
  $ ip route add 172.16.104.0/24 via 172.16.101.2
  $ ip route add 172.16.104.0/24 via 172.16.103.2 metric 512
  $ ip route add 172.16.104.0/24 via 172.16.103.3 metric 256
  $ ip route show 172.16.104.0/24
  172.16.104.0/24 via 172.16.101.2 dev a1 
  172.16.104.0/24 via 172.16.103.3 dev a3 metric 256 
  172.16.104.0/24 via 172.16.103.2 dev a3 metric 512 
  $ ip route del 172.16.104.0/24 metric 512
  $ ip route del 172.16.104.0/24 metric 512
  RTNETLINK answers: No such process
  [2]
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 via 172.16.101.2 dev a1 
  172.16.104.0/24 via 172.16.103.3 dev a3 metric 256 
  $ ip route del 172.16.104.0/24 via 172.16.103.9 metric 256
  RTNETLINK answers: No such process
  [2]
  $ ip route del 172.16.104.0/24 dev a1 metric 256
  RTNETLINK answers: No such process
  [2]
