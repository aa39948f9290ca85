The loopback device down and up: the 127/8 routes go and come back, local delivery of other devices' addresses, addresses on lo itself, and what ip route get and ping say meanwhile.
  $ ip link add a0 type veth peer name b0
  $ for d in a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip link set lo up
  $ ip addr add 10.9.9.9/32 dev lo
  $ ip addr add 10.8.0.1/24 dev lo
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.8.0.0/24 dev lo proto kernel scope host src 10.8.0.1 
  local 10.8.0.1 dev lo proto kernel scope host src 10.8.0.1 
  broadcast 10.8.0.255 dev lo proto kernel scope link src 10.8.0.1 
  local 10.9.9.9 dev lo proto kernel scope host src 10.9.9.9 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get 10.9.9.9
  local 10.9.9.9 dev lo src 10.9.9.9 uid 0 
      cache <local> 
  $ ip route get 10.8.0.77
  local 10.8.0.77 dev lo src 10.8.0.1 uid 0 
      cache <local> 
  $ ip route get 127.1.2.3
  local 127.1.2.3 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ping -c1 -W1 10.8.0.77 | head -2
  PING 10.8.0.77 (10.8.0.77) 56(84) bytes of data.
  64 bytes from 10.8.0.77: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip link set lo down
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.8.0.0/24 dev lo proto kernel scope host src 10.8.0.1 
  local 10.8.0.1 dev lo proto kernel scope host src 10.8.0.1 
  local 10.9.9.9 dev lo proto kernel scope host src 10.9.9.9 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip route get 10.9.9.9
  local 10.9.9.9 dev lo src 10.9.9.9 uid 0 
      cache <local> 
  $ ping -c1 -W1 10.0.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c1 -W1 127.0.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip addr show dev lo
  1: lo: <LOOPBACK> mtu 65536 qdisc noqueue state DOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
      inet 10.9.9.9/32 scope global lo
         valid_lft forever preferred_lft forever
      inet 10.8.0.1/24 scope global lo
         valid_lft forever preferred_lft forever
  $ ip link set lo up
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.8.0.0/24 dev lo proto kernel scope host src 10.8.0.1 
  local 10.8.0.1 dev lo proto kernel scope host src 10.8.0.1 
  broadcast 10.8.0.255 dev lo proto kernel scope link src 10.8.0.1 
  local 10.9.9.9 dev lo proto kernel scope host src 10.9.9.9 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip addr del 127.0.0.1/8 dev lo
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.8.0.0/24 dev lo proto kernel scope host src 10.8.0.1 
  local 10.8.0.1 dev lo proto kernel scope host src 10.8.0.1 
  broadcast 10.8.0.255 dev lo proto kernel scope link src 10.8.0.1 
  local 10.9.9.9 dev lo proto kernel scope host src 10.9.9.9 
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ping -c1 -W1 127.0.0.1 | tail -2
  ping: connect: Network is unreachable
  $ ip addr add 127.0.0.1/8 dev lo
  $ ip route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
