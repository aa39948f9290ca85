TCP follows a device MTU change mid-connection without any ICMP (tcp_current_mss() sees the new dst_mtu after the route cache flush): ss -ti's mss and pmtu before and after, the device MTU raised again, and a route 'mtu lock' with no value (ipv4_mtu(): locked, through a gateway, 576 at most).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out1 &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 5000 /dev/zero; sleep 1; head -c 5000 /dev/zero; sleep 1; head -c 5000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5001' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ ip -n a link set a0 mtu 1200
  $ sleep 1; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1148 pmtu:1200 rcvmss:536 advmss:1448
  $ ip -n a link set a0 mtu 1500
  $ sleep 1; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ wait; cat out1
  15000
  $ ip netns exec a nstat -az IcmpOutDestUnreachs IcmpInDestUnreachs IpFragFails IpFragOKs | tail -n +2
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip -n a route add 10.2.0.0/24 via 10.1.0.1 mtu lock 0
  $ ip -n a route show 10.2.0.0/24
  10.2.0.0/24 via 10.1.0.1 dev a0 mtu lock 0 
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache mtu lock 0 
  $ ip netns exec a ping -c 1 -W 1 -M do -s 600 10.2.0.2 | sed -n 2p
  ping: local error: message too long, mtu=576
  $ ip netns exec a ping -c 1 -W 1 -M do -s 548 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  556 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1000 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  1008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  $ ip -n a route add 10.1.0.128/25 dev a0 mtu lock 0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1472 10.1.0.129 | sed -n 2p
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1473 10.1.0.129 | sed -n 2p
  ping: local error: message too long, mtu=1500
  $ ip -n a route del 10.2.0.0/24
  $ ip netns exec b sh -c 'nc -l 5002 < /dev/null | wc -c' > out2 &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 5000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5002' &
  $ sleep 0.5; ip -n a route change default via 10.1.0.1 mtu 1100
  $ sleep 0.2; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ wait; cat out2
  5000
