A path MTU learnt from one socket reaches a TCP connection that was established before it: the new exception (update_or_create_fnhe) makes the cached routes of the next hop stale, the connection looks its route up again on its next write (__sk_dst_check -> ipv4_dst_check) and sizes its segments for 1400 at once, without drawing a fragmentation needed from the router (the segments sized before the route was looked up again meet the local fragmentation needed, ip_fragment() -> EMSGSIZE, and stay unsent: no retransmission; how many of those local ICMPs there are varies on Linux, not shown).
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
  $ ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(sleep 2; head -c 6000 /dev/zero; sleep 1) | nc -N 10.2.0.2 5001' &
  $ sleep 0.5; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1448 pmtu:1500 rcvmss:536 advmss:1448
  $ ip netns exec a ping -c 1 -M do -s 1400 10.2.0.2 | head -2
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  $ ip -n a route get 10.2.0.2 | sed -E 's/expires [0-9]+sec/expires Nsec/'
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires Nsec mtu 1400 
  $ sleep 2; ip netns exec a ss -tiH state established | grep -o 'mss:[0-9]* pmtu:[0-9]* rcvmss:[0-9]* advmss:[0-9]*'
  mss:1348 pmtu:1400 rcvmss:536 advmss:1448
  $ wait; cat out
  6000
  $ ip netns exec r nstat -az IpFragFails IcmpOutDestUnreachs | tail -n +2
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec a nstat -az TcpRetransSegs | tail -n +2
  TcpRetransSegs                  0                  0.0
