A sender fragments a datagram larger than its link MTU (no DF: ping's default IP_PMTUDISC_WANT only sets DF when the datagram fits); the receiver reassembles.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up mtu 1280
  $ ip -n b link set b0 up mtu 1280
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -s 3000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  3008 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a nstat -asz IpFragOKs IpFragCreates IpFragFails IpReasmReqds IpReasmOKs IpOutRequests
  #kernel
  IpOutRequests                   1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec b nstat -asz IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs IpReasmFails IpInDelivers
  #kernel
  IpInDelivers                    1                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec a ping -c 1 -s 1252 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1252(1280) bytes of data.
  1260 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 1253 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1253(1281) bytes of data.
  1261 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a nstat -asz IpFragOKs IpFragCreates IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      2                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates
  #kernel
  IpReasmReqds                    5                  0.0
  IpReasmOKs                      2                  0.0
  IpFragOKs                       2                  0.0
  IpFragCreates                   5                  0.0
  $ ip netns exec a ping -c 1 -s 65507 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -s 65508 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=1280
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    58                 0.0
  IpReasmOKs                      3                  0.0
  $ ip -n a link set a0 mtu 576
  $ ip netns exec a ping -c 2 -i 0.3 -s 1000 10.0.0.2 | head -3
  PING 10.0.0.2 (10.0.0.2) 1000(1028) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  $ ip netns exec a nstat -asz IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       5                  0.0
  IpFragCreates                   62                 0.0
  $ ip -n a route get 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
