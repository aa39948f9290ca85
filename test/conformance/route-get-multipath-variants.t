ip route get through multipath routes and nexthop groups: oif picks the path on that device, fibmatch prints the whole route, input lookups, dead paths, and the hash with a fixed seed.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip addr add 10.0.2.1/24 dev a2
  $ sysctl -qw net.ipv4.ip_forward=1 net.ipv4.fib_multipath_hash_seed=99
  $ ip route add 30.0.0.0/8 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.1.2 nexthop dev a2
  $ ip nexthop add id 1 via 10.0.0.3 dev a0
  $ ip nexthop add id 2 via 10.0.1.3 dev a1
  $ ip nexthop add id 3 dev a2
  $ ip nexthop add id 10 group 1/2/3
  $ ip nexthop add id 11 group 1,3/2
  $ ip route add 31.0.0.0/8 nhid 10
  $ ip route add 32.0.0.0/8 nhid 11 metric 7
  $ ip route get 30.1.1.1 oif a1
  30.1.1.1 via 10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 30.1.1.1 oif a2
  30.1.1.1 dev a2 src 10.0.2.1 uid 0 
      cache 
  $ ip route get 31.1.1.1 oif a0
  31.1.1.1 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 31.1.1.1 oif b0
  31.1.1.1 dev b0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get fibmatch 30.1.1.1
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  	nexthop dev a2 weight 1 
  $ ip route get fibmatch 31.1.1.1
  31.0.0.0/8 nhid 10 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  	nexthop dev a2 weight 1 
  $ ip route get fibmatch 32.1.1.1 oif a1
  32.0.0.0/8 nhid 11 metric 7 
  	nexthop via 10.0.0.3 dev a0 weight 3 
  	nexthop via 10.0.1.3 dev a1 weight 1 
  $ ip -j route get fibmatch 30.1.1.1
  [{"dst":"30.0.0.0/8","flags":[],"nexthops":[{"gateway":"10.0.0.2","dev":"a0","weight":2,"flags":[]},{"gateway":"10.0.1.2","dev":"a1","weight":1,"flags":[]},{"dev":"a2","weight":1,"flags":[]}]}]
  $ ip -j route get fibmatch 32.1.1.1
  [{"dst":"32.0.0.0/8","nhid":11,"metric":7,"flags":[],"nexthops":[{"gateway":"10.0.0.3","dev":"a0","weight":3,"flags":[]},{"gateway":"10.0.1.3","dev":"a1","weight":1,"flags":[]}]}]
  $ for i in $(seq 1 12); do ip route get 30.0.0.$i; done | grep -o 'dev a.' | sort | uniq -c
        6 dev a0
        2 dev a1
        4 dev a2
  $ for i in $(seq 1 12); do ip route get 31.0.0.$i; done | grep -o 'dev a.' | sort | uniq -c
        4 dev a0
        5 dev a1
        3 dev a2
  $ for i in $(seq 1 12); do ip route get 32.0.0.$i from 10.0.0.1; done | grep -o 'dev a.' | sort | uniq -c
        9 dev a0
        3 dev a1
  $ for i in $(seq 1 12); do ip route get 30.0.0.$i from 10.0.2.9 iif a2; done | grep -o 'dev a.' | sort | uniq -c
        6 dev a0
        3 dev a1
        3 dev a2
  $ ip route get 30.0.0.5 from 10.0.2.9 iif a2
  30.0.0.5 from 10.0.2.9 via 10.0.0.2 dev a0 
      cache iif a2 
  $ ip route get 31.0.0.5 from 10.0.2.9 iif a2
  31.0.0.5 from 10.0.2.9 via 10.0.1.3 dev a1 
      cache iif a2 
  $ ip link set a1 down
  $ for i in $(seq 1 12); do ip route get 30.0.0.$i; done | grep -o 'dev a.' | sort | uniq -c
        6 dev a0
        6 dev a2
  $ for i in $(seq 1 12); do ip route get 31.0.0.$i; done | grep -o 'dev a.' | sort | uniq -c
        7 dev a0
        5 dev a2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.2.0/24 dev a2 proto kernel scope link src 10.0.2.1 
  30.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.1.2 dev a1 weight 1 dead linkdown 
  	nexthop dev a2 weight 1 
  31.0.0.0/8 nhid 10 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  	nexthop dev a2 weight 1 
  32.0.0.0/8 nhid 11 via 10.0.0.3 dev a0 metric 7 
  $ ip route get 30.1.1.1 oif a1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 31.1.1.1 oif a1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip nexthop show
  id 1 via 10.0.0.3 dev a0 scope link 
  id 3 dev a2 scope host 
  id 10 group 1/3 
  id 11 group 1,3 
  $ ip link set a1 up
  $ sysctl -qw net.ipv4.fib_multipath_hash_policy=1
  $ for p in 1 2 3 4 5 6 7 8; do ip route get 30.0.0.1 ipproto udp sport $p dport 53; done | grep -o 'dev a.' | sort | uniq -c
        5 dev a0
        2 dev a1
        1 dev a2
  $ for p in 1 2 3 4 5 6 7 8; do ip route get 31.0.0.1 ipproto tcp sport $p dport 80; done | grep -o 'dev a.' | sort | uniq -c
        3 dev a0
        5 dev a2
