A router fragments a forwarded datagram for its egress link (MTU 1500) but the veth peer beyond has MTU 1400 and drops each full-size fragment: ip_do_fragment stops at the first refused piece (FragFails, nothing after it is sent); ip_forward_finish ignores the error, so no OutDiscards and no ICMP. Smaller fragments from the sender pass whole. (ping -M dont: with DF the router would refuse instead.)
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up mtu 9000
  $ ip -n r link set r0 up mtu 9000
  $ ip -n r link set r1 up
  $ ip -n b link set b0 up mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -s 100 10.2.0.2 | sed -n 2p
  108 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 3000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpForwDatagrams IpFragOKs IpFragCreates IpFragFails IpOutDiscards IpOutTransmits IcmpOutMsgs
  #kernel
  IpForwDatagrams                 3                  0.0
  IpOutDiscards                   0                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  IpOutTransmits                  3                  0.0
  IcmpOutMsgs                     0                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpInReceives
  #kernel
  IpInReceives                    1                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 2000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 2000(2028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpForwDatagrams IpFragOKs IpFragCreates IpFragFails IpOutDiscards
  #kernel
  IpForwDatagrams                 4                  0.0
  IpOutDiscards                   0                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip -n a route get 10.2.0.2
  10.2.0.2 via 10.1.0.1 dev a0 src 10.1.0.2 uid 0 
      cache expires *sec mtu 1500  (glob)
  $ ip -n a link set a0 mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 3000 10.2.0.2 | sed -n 2p
  3008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpForwDatagrams                 10                 0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  $ ip -n r link set r1 mtu 1400
  $ ip -n a link set a0 mtu 9000
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 3000 10.2.0.2 | sed -n 2p
  3008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r nstat -az IpForwDatagrams IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpForwDatagrams                 14                 0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   3                  0.0
