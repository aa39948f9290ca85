UDP to 0.0.0.0 and to the host's own addresses: a destination of 0.0.0.0 means the host itself (ip_route_output_key_hash: daddr and saddr become 127.0.0.1, or the bound source, out of lo), 127.x other than 127.0.0.1, an address of another interface (even one that is down); each goes through lo (its counters), reaches a wildcard listener and, on a closed port, comes back as port unreachable.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route get 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 0.0.0.0 from 10.0.0.1
  local 0.0.0.0 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip -n a route get 127.1.2.3
  local 127.1.2.3 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip netns exec a sh -c 'socat -u UDP-RECVFROM:6000,fork - > got 2>&1 & sleep 0.3'
  $ ip netns exec a tcpdump -t -n -i lo -c 4 udp > dump 2>/dev/null & sleep 1
  $ ip netns exec a sh -c 'echo to-zero | socat -u - UDP:0.0.0.0:6000'
  $ ip netns exec a sh -c 'echo zero-src | socat -u - UDP:0.0.0.0:6000,bind=10.0.0.1'
  $ ip netns exec a sh -c 'echo loop3 | socat -u - UDP:127.1.2.3:6000'
  $ ip netns exec a sh -c 'echo own | socat -u - UDP:10.0.0.1:6000'
  $ wait; sed -E 's/\.[0-9]+ > /.P > /' dump
  IP 127.0.0.1.P > 127.0.0.1.6000: UDP, length 8
  IP 10.0.0.1.P > 10.0.0.1.6000: UDP, length 9
  IP 127.0.0.1.P > 127.1.2.3.6000: UDP, length 6
  IP 10.0.0.1.P > 10.0.0.1.6000: UDP, length 4
  $ sleep 0.3; ip netns exec a cat got
  to-zero
  zero-src
  loop3
  own
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 0.0.0.0 6001'
  $ ip netns exec a sh -c 'echo x | nc -u -v -w 1 0.0.0.0 6000'
  Connection to 0.0.0.0 6000 port [udp/*] succeeded!
  $ ip -n a link set a0 down
  $ ip -n a route get 10.0.0.1
  local 10.0.0.1 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip netns exec a sh -c 'echo down | socat -u - UDP:10.0.0.1:6000'
  $ sleep 0.3; ip netns exec a cat got
  to-zero
  zero-src
  loop3
  own
  XXXx
  down
  $ ip netns exec a nstat -asz UdpNoPorts UdpInDatagrams UdpOutDatagrams IcmpInDestUnreachs IcmpOutDestUnreachs
  #kernel
  IcmpInDestUnreachs              1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  UdpInDatagrams                  9                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 10                 0.0
  $ ip -n a -s link show lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      RX:  bytes packets errors dropped  missed   mcast           
             377      11      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             377      11      0       0       0       0 
  $ ip -n a -s link show a0 | sed -n 4p
             516       6      0       0       0       0 
