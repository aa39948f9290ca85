MTU and fragmentation: a router with a small next-hop MTU, DF and not.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add r1 netns r address 02:00:00:00:00:03 type veth peer name b0 netns b address 02:00:00:00:00:04
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n r link set r1 mtu 1280; ip -n b link set b0 mtu 1280
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n r addr add 10.0.1.254/24 dev r0
  $ ip -n r addr add 10.0.2.254/24 dev r1
  $ ip -n b addr add 10.0.2.1/24 dev b0
  $ ip -n a route add default via 10.0.1.254
  $ ip -n b route add default via 10.0.2.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -s 1400 -M dont 10.0.2.1 | head -2
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  1408 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -s 1400 -M do 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  From 10.0.1.254 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 10.0.2.1
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache expires *sec mtu 1280  (glob)
  $ ip netns exec a ping -c 1 -s 1400 -M do 10.0.2.1
  PING 10.0.2.1 (10.0.2.1) 1400(1428) bytes of data.
  ping: local error: message too long, mtu=1280
  
  --- 10.0.2.1 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -s 1252 -M do 10.0.2.1 | head -2
  PING 10.0.2.1 (10.0.2.1) 1252(1280) bytes of data.
  1260 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -s 1253 -M want 10.0.2.1 | head -2
  PING 10.0.2.1 (10.0.2.1) 1253(1281) bytes of data.
  1261 bytes from 10.0.2.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip -n a route show cache
  10.0.2.1 via 10.0.1.254 dev a0 
      cache expires *sec mtu 1280  (glob)
  $ ip -n a route flush cache
  $ ip -n a route get 10.0.2.1
  10.0.2.1 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip netns exec b ping -c 1 -s 3000 10.0.1.1 | head -2
  PING 10.0.1.1 (10.0.1.1) 3000(3028) bytes of data.
  3008 bytes from 10.0.1.1: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r nstat -az IpFragOKs IpFragCreates IpReasmReqds IpForwDatagrams | tail -n +2
  IpForwDatagrams                 16                 0.0
  IpReasmReqds                    0                  0.0
  IpFragOKs                       3                  0.0
  IpFragCreates                   6                  0.0
  $ ip netns exec a nstat -az IpReasmReqds IpReasmOKs IcmpInDestUnreachs IcmpInEchoReps | tail -n +2
  IpReasmReqds                    7                  0.0
  IpReasmOKs                      3                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInEchoReps                  3                  0.0
  $ ip -n r route add 10.0.9.0/24 via 10.0.2.1 mtu 1000
  $ ip -n r route get 10.0.9.1
  10.0.9.1 via 10.0.2.1 dev r1 src 10.0.2.254 uid 0 
      cache mtu 1000 
  $ ip -n r route add 10.0.8.0/24 via 10.0.2.1 mtu lock 1000
  $ ip -n r route show 10.0.8.0/24
  10.0.8.0/24 via 10.0.2.1 dev r1 mtu lock 1000 
  $ ip -n r link set r1 mtu 9000
  $ ip -n r -d link show r1 | grep -o 'mtu [0-9]* '
  mtu 9000 
  mtu 68 
  mtu 65535 
