The input route check through ip route get iif for each all/DEV pair: rp_filter takes the max (strict 1, loose 2), accept_local and route_localnet are ORed, and forwarding is the input device's own.
  $ ip link add r0 address 02:00:00:00:00:01 type veth peer name r1 address 02:00:00:00:00:02
  $ ip link add s0 address 02:00:00:00:00:03 type veth peer name s1 address 02:00:00:00:00:04
  $ for d in lo r0 r1 s0 s1; do ip link set $d up; done
  $ ip addr add 10.1.0.1/24 dev r0; ip addr add 10.2.0.1/24 dev s0
  $ ip route add 172.16.0.0/16 via 10.2.0.2
  $ sysctl -qw net.ipv4.conf.all.forwarding=1
  $ ip route get 10.1.0.9 from 172.16.1.1 iif r0
  10.1.0.9 from 172.16.1.1 dev r0 
      cache iif r0 
  $ sysctl -w net.ipv4.conf.all.rp_filter=1
  net.ipv4.conf.all.rp_filter = 1
  $ ip route get 10.1.0.9 from 172.16.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.r0.rp_filter=2
  net.ipv4.conf.r0.rp_filter = 2
  $ ip route get 10.1.0.9 from 172.16.1.1 iif r0
  10.1.0.9 from 172.16.1.1 dev r0 
      cache iif r0 
  $ ip route get 10.1.0.9 from 192.168.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.r0.rp_filter=1
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.r0.rp_filter = 1
  $ ip route get 10.1.0.9 from 172.16.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.r0.rp_filter=0
  net.ipv4.conf.all.rp_filter = 2
  net.ipv4.conf.r0.rp_filter = 0
  $ ip route get 10.1.0.9 from 192.168.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 172.16.1.1 iif r0
  10.1.0.9 from 172.16.1.1 dev r0 
      cache iif r0 
  $ sysctl -w net.ipv4.conf.all.rp_filter=3
  net.ipv4.conf.all.rp_filter = 3
  $ ip route get 10.1.0.9 from 192.168.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.rp_filter=0
  net.ipv4.conf.all.rp_filter = 0
  $ ip route get 10.1.0.9 from 10.2.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.accept_local=1
  net.ipv4.conf.all.accept_local = 1
  $ ip route get 10.1.0.9 from 10.2.0.1 iif r0
  10.1.0.9 from 10.2.0.1 dev r0 
      cache iif r0 
  $ sysctl -w net.ipv4.conf.all.accept_local=0 net.ipv4.conf.s0.accept_local=1
  net.ipv4.conf.all.accept_local = 0
  net.ipv4.conf.s0.accept_local = 1
  $ ip route get 10.1.0.9 from 10.2.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 10.2.0.1 iif s0
  10.1.0.9 from 10.2.0.1 dev r0 
      cache iif s0 
  $ sysctl -w net.ipv4.conf.r0.rp_filter=1 net.ipv4.conf.r0.accept_local=1
  net.ipv4.conf.r0.rp_filter = 1
  net.ipv4.conf.r0.accept_local = 1
  $ ip route get 10.1.0.9 from 10.2.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.9 from 10.1.0.1 iif r0
  10.1.0.9 from 10.1.0.1 dev r0 
      cache <redirect> iif r0 
  $ ip route get 127.0.0.1 from 10.1.0.9 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.route_localnet=1
  net.ipv4.conf.all.route_localnet = 1
  $ ip route get 127.0.0.1 from 10.1.0.9 iif r0
  local 127.0.0.1 from 10.1.0.9 dev lo 
      cache <local> iif r0 
  $ ip route get 10.2.0.9 from 127.0.0.2 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ sysctl -w net.ipv4.conf.all.route_localnet=0 net.ipv4.conf.s0.route_localnet=1
  net.ipv4.conf.all.route_localnet = 0
  net.ipv4.conf.s0.route_localnet = 1
  $ ip route get 127.0.0.1 from 10.1.0.9 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 127.0.0.1 from 10.2.0.9 iif s0
  local 127.0.0.1 from 10.2.0.9 dev lo 
      cache <local> iif s0 
  $ sysctl -w net.ipv4.conf.r0.forwarding=0
  net.ipv4.conf.r0.forwarding = 0
  $ ip route get 10.2.0.9 from 10.1.0.9 iif r0
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.1.0.9 from 10.2.0.9 iif s0
  10.1.0.9 from 10.2.0.9 dev r0 
      cache iif s0 
  $ sysctl -w net.ipv4.conf.all.forwarding=0 net.ipv4.conf.r0.forwarding=1
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.r0.forwarding = 1
  $ sysctl net.ipv4.ip_forward net.ipv4.conf.r0.forwarding net.ipv4.conf.s0.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.r0.forwarding = 1
  net.ipv4.conf.s0.forwarding = 0
  $ sysctl -w net.ipv4.conf.r0.forwarding=1
  net.ipv4.conf.r0.forwarding = 1
  $ ip route get 10.2.0.9 from 10.1.0.9 iif r0
  10.2.0.9 from 10.1.0.9 dev s0 
      cache iif r0 
  $ ip route get 10.1.0.9 from 10.2.0.9 iif s0
  RTNETLINK answers: No route to host
  [2]
