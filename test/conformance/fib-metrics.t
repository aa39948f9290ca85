Route metrics (RTA_METRICS): mtu, advmss, window, rtt, cwnd, hoplimit, lock flags, multipath routes with metrics, and what ip route get reports from them (fib_tests.sh ipv4_route_metrics_test).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a3 address 02:00:00:00:03:01 type veth peer name b3 address 02:00:00:00:03:02
  $ for d in lo a1 b1 a3 b3; do ip link set $d up; done
  $ ip addr add 172.16.101.1/24 dev a1
  $ ip addr add 172.16.103.1/24 dev a3
  $ ip route add 172.16.111.0/24 via 172.16.101.2 mtu 1400
  $ ip route show 172.16.111.0/24
  172.16.111.0/24 via 172.16.101.2 dev a1 mtu 1400 
  $ ip route add 172.16.112.0/24 mtu 1400 nexthop via 172.16.101.2 nexthop via 172.16.103.2
  $ ip route show 172.16.112.0/24
  172.16.112.0/24 mtu 1400 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route add 172.16.104.0/24 via 172.16.101.2 mtu 1300
  $ ip route get 172.16.104.1
  172.16.104.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache mtu 1300 
  $ ip route get fibmatch 172.16.112.1
  172.16.112.0/24 mtu 1400 
  	nexthop via 172.16.101.2 dev a1 weight 1 
  	nexthop via 172.16.103.2 dev a3 weight 1 
  $ ip route add 172.16.113.0/24 via 172.16.101.2 mtu lock 1280 advmss 1200 window 65535 hoplimit 32
  $ ip route show 172.16.113.0/24
  172.16.113.0/24 via 172.16.101.2 dev a1 mtu lock 1280 window 65535 advmss 1200 hoplimit 32 
  $ ip route get 172.16.113.1
  172.16.113.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache mtu lock 1280 window 65535 advmss 1200 hoplimit 32 
  $ ip route add 172.16.114.0/24 via 172.16.101.2 rtt 100ms rttvar 50ms cwnd 10 initcwnd 20 initrwnd 30 ssthresh 40 reordering 5
  $ ip route show 172.16.114.0/24
  172.16.114.0/24 via 172.16.101.2 dev a1 rtt 100ms rttvar 50ms ssthresh 40 cwnd 10 reordering 5 initcwnd 20 initrwnd 30 
  $ ip route add 172.16.115.0/24 via 172.16.101.2 features ecn quickack 1 rto_min 300ms congctl reno fastopen_no_cookie 1
  $ ip route show 172.16.115.0/24
  172.16.115.0/24 via 172.16.101.2 dev a1 features ecn rto_min lock 300ms quickack 1 congctl reno fastopen_no_cookie 1 
  $ ip route add 172.16.116.0/24 via 172.16.101.2 congctl lock foo
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip route add 172.16.116.0/24 via 172.16.101.2 mtu 9000
  $ ip route get 172.16.116.1
  172.16.116.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache mtu 9000 
  $ ip route add 172.16.117.0/24 via 172.16.101.2 mtu 67
  $ ip route add 172.16.117.0/24 via 172.16.101.2 mtu 68
  RTNETLINK answers: File exists
  [2]
  $ ip route show 172.16.117.0/24
  172.16.117.0/24 via 172.16.101.2 dev a1 mtu 67 
  $ ip route get 172.16.117.1
  172.16.117.1 via 172.16.101.2 dev a1 src 172.16.101.1 uid 0 
      cache mtu 67 
  $ ip route add 172.16.118.0/24 via 172.16.101.2 hoplimit 256
  Error: argument "256" is wrong: "hoplimit" value is invalid
  [255]
  $ ip route add 172.16.118.0/24 via 172.16.101.2 advmss 0
  $ ip route show 172.16.118.0/24
  172.16.118.0/24 via 172.16.101.2 dev a1 
  $ ip route change 172.16.111.0/24 via 172.16.101.2 mtu 1500
  $ ip route show 172.16.111.0/24
  172.16.111.0/24 via 172.16.101.2 dev a1 mtu 1500 
  $ ip route replace 172.16.111.0/24 via 172.16.101.2
  $ ip route show 172.16.111.0/24
  172.16.111.0/24 via 172.16.101.2 dev a1 
  $ ip route append 172.16.111.0/24 via 172.16.103.2 mtu 1200
  $ ip route show 172.16.111.0/24
  172.16.111.0/24 via 172.16.101.2 dev a1 
  172.16.111.0/24 via 172.16.103.2 dev a3 mtu 1200 
