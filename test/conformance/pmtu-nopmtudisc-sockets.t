ip_no_pmtu_disc and datagram sockets: with 0 a UDP datagram that fits the first link carries DF and learns the router's MTU; any non-zero value makes new sockets IP_PMTUDISC_DONT (no DF: the router fragments); 2 ignores every fragmentation-needed, 3 only those of protocols without strict tag validation (UDP, raw: ping -M do learns nothing; TCP still does).
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r link set r1 mtu 1400
  $ ip netns exec a sh -c 'head -c 1450 /dev/zero | nc -u -w 1 10.2.0.2 9000'
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip -n a route flush cache
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=1
  net.ipv4.ip_no_pmtu_disc = 1
  $ ip netns exec a sh -c 'head -c 1450 /dev/zero | nc -u -w 1 10.2.0.2 9000'
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       1                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec b nstat -az IpReasmOKs UdpNoPorts
  #kernel
  IpReasmOKs                      1                  0.0
  UdpNoPorts                      1                  0.0
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=2
  net.ipv4.ip_no_pmtu_disc = 2
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 1450(1478) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInErrors
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              3                  0.0
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=3
  net.ipv4.ip_no_pmtu_disc = 3
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1450 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 1450(1478) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec b sh -c 'nc -l 5000 | wc -c' > out1 &
  $ sleep 0.3
  $ ip netns exec a sh -c 'head -c 20000 /dev/zero | nc -N 10.2.0.2 5000'
  $ wait; cat out1
  20000
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a sysctl -w net.ipv4.ip_no_pmtu_disc=0
  net.ipv4.ip_no_pmtu_disc = 0

