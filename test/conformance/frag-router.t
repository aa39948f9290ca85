A router fragments forwarded datagrams for a narrower next link, refragmenting fragments (MF kept on every piece of a non-last fragment); DF datagrams get "Frag needed".
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 600
  $ ip -n b link set b0 up mtu 600
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -s 1000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 1000(1028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 600)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -asz IpFragOKs IpFragCreates IpFragFails IpForwDatagrams
  #kernel
  IpForwDatagrams                 1                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  $ ip netns exec a ping -c 1 -s 2000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 2000(2028) bytes of data.
  2008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r nstat -asz IpFragOKs IpFragCreates IpFragFails IpForwDatagrams
  #kernel
  IpForwDatagrams                 9                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates
  #kernel
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a nstat -asz IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates
  #kernel
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a ping -c 1 -W 1 -M do -s 800 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 800(828) bytes of data.
  ping: local error: message too long, mtu=600
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -asz IpFragOKs IpFragFails IcmpOutDestUnreachs
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 800 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 800(828) bytes of data.
  808 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r nstat -asz IpFragOKs IpFragCreates IpFragFails
  #kernel
  IpFragOKs                       0                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   0                  0.0
  $ ip -n r route add 10.2.0.0/25 dev r1 mtu 300
  $ ip netns exec a ping -c 1 -W 1 -s 700 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 700(728) bytes of data.
  708 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r nstat -asz IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    10                 0.0
  IpReasmOKs                      3                  0.0
