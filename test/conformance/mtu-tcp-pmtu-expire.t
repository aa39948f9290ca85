TCP and a learnt path MTU that expires (net.ipv4.route.mtu_expires 3 s): the MSS drops with the router's fragmentation needed, the exception lapses (ss still shows the old MSS: nothing was sent), the next write is sized for the device MTU again (tcp_current_mss() sees ipv4_mtu() back at 1500), draws a second fragmentation needed and the exception is back. (How many segments are retransmitted varies from run to run on Linux: not shown.)
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
  $ ip -n r link set r1 mtu 1400
  $ ip netns exec a sysctl -qw net.ipv4.route.mtu_expires=3
  $ ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(head -c 6000 /dev/zero; sleep 5; head -c 6000 /dev/zero; sleep 2) | nc -N 10.2.0.2 5001' &
  $ sleep 1; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1348 pmtu:1400 rcvmss:536 advmss:1448
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ sleep 3; ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1348 pmtu:1400 rcvmss:536 advmss:1448
  $ sleep 2; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1348 pmtu:1400 rcvmss:536 advmss:1448
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ wait; cat out
  12000
  $ ip netns exec r nstat -az IpFragFails IcmpOutDestUnreachs | tail -n +2
  IpFragFails                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
  $ ip netns exec a nstat -az IcmpInDestUnreachs | tail -n +2
  IcmpInDestUnreachs              2                  0.0
