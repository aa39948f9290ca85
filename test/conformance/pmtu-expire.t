A learnt path MTU is a next-hop exception that expires after net.ipv4.route.mtu_expires: `ip route get` shows it counting down, then gone.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1300
  $ ip -n b link set b0 up mtu 1300
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a sysctl net.ipv4.route.mtu_expires net.ipv4.route.min_pmtu
  net.ipv4.route.mtu_expires = 600
  net.ipv4.route.min_pmtu = 552
  $ ip netns exec a sysctl -qw net.ipv4.route.mtu_expires=20
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.2.0.2 | head -2
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.2.0.2 | head -2
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  1408 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ sleep 8
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip -n a route show cache
  10.2.0.2 via 10.1.0.1 dev a0 
      cache expires *sec mtu 1300  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1200 -M do 10.2.0.2 | head -2
  PING 10.2.0.2 (10.2.0.2) 1200(1228) bytes of data.
  1208 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ sleep 13
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache 
  $ ip -n a route show cache
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.2.0.2 | head -2
  PING 10.2.0.2 (10.2.0.2) 1400(1428) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1300  (glob)
  $ ip netns exec a nstat -asz IcmpInDestUnreachs IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   2                  0.0
  IcmpInDestUnreachs              2                  0.0
  $ ip netns exec r nstat -asz IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragFails                     2                  0.0
  IcmpOutDestUnreachs             2                  0.0
