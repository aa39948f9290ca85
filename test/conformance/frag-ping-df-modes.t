ping -M want/do/dont/probe at sizes around a route MTU: which datagrams leave fragmented (FragCreates), which are refused locally (message too long, mtu=) and which carry DF; ping's size limits.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.0.0.2/32 dev a0 mtu 1200
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1172 10.0.0.2 | sed -n 2p
  1180 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1173 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1173(1201) bytes of data.
  ping: local error: message too long, mtu=1200
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -M want -s 1173 10.0.0.2 | sed -n 2p
  1181 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1173 10.0.0.2 | sed -n 2p
  1181 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1173 10.0.0.2 | sed -n 2p
  ping: invalid -M argument: probe
  $ ip netns exec a ping -c 1 -W 1 -M probe -s 1473 10.0.0.2
  ping: invalid -M argument: probe
  [2]
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutRequests IpOutDiscards
  #kernel
  IpOutRequests                   3                  0.0
  IpOutDiscards                   0                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec a ping -c 1 -W 1 -M dont -s 1472 10.0.0.2 | sed -n 2p
  1480 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       3                  0.0
  IpFragCreates                   6                  0.0
  $ ip netns exec a ping -c 1 -W 1 -s 65507 10.0.0.2 | sed -n 2p
  65515 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       4                  0.0
  IpFragCreates                   62                 0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    62                 0.0
  IpReasmOKs                      4                  0.0
  $ ip netns exec a ping -c 1 -W 1 -s 65508 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 65508(65536) bytes of data.
  ping: local error: message too long, mtu=1200
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -M bogus 10.0.0.2
  ping: invalid -M argument: bogus
  [2]
  $ ip netns exec a ping -c 1 -W 1 -M do -s 65507 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 65507(65535) bytes of data.
  ping: local error: message too long, mtu=1200
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route change 10.0.0.2/32 dev a0 mtu lock 1200
  $ ip netns exec a ping -c 1 -W 1 -s 1100 10.0.0.2 | sed -n 2p
  1108 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1173 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1173(1201) bytes of data.
  ping: local error: message too long, mtu=1200
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -W 1 -s 1173 10.0.0.2 | sed -n 2p
  1181 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       5                  0.0
  IpFragCreates                   64                 0.0
