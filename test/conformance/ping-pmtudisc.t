ping -M do|want|dont on one link of MTU 1000: DO refuses locally above the MTU, WANT fragments (DF only when it fits), DONT never sets DF.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up mtu 1000
  $ ip -n b link set b0 up mtu 1000
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -M do -s 972 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 972(1000) bytes of data.
  980 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -M do -s 973 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 973(1001) bytes of data.
  ping: local error: message too long, mtu=1000
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a ping -c 1 -M want -s 973 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 973(1001) bytes of data.
  981 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -M dont -s 973 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 973(1001) bytes of data.
  981 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a ping -c 1 -M dont -s 100 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 100(128) bytes of data.
  108 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec a nstat -asz IpFragOKs IpFragCreates IpFragFails IpOutRequests
  #kernel
  IpOutRequests                   4                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   4                  0.0
  $ ip netns exec b nstat -asz IpReasmReqds IpReasmOKs
  #kernel
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      2                  0.0
  $ ip netns exec a ping -c 1 -M probe -s 100 10.0.0.2
  ping: invalid -M argument: probe
  [2]
  $ ip netns exec a ping -c 1 -M do -s 65600 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 65600(65628) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n a route get 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip -n a route show cache
