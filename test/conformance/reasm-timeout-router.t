Fragments lost on the way: a router drops the non-first fragments (iptables -f), the receiver's queue expires after ipfrag_time and, holding the first fragment, it answers ICMP time exceeded code 1 (ping: Frag reassembly time exceeded); when the first fragment is what was lost, the queue expires silently.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=2
  $ ip netns exec a ping -c 1 -W 1 -s 100 10.2.0.2 | sed -n 2p
  108 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -A FORWARD -f -j DROP
  $ ip netns exec a ping -c 1 -W 4 -s 3000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r iptables -L FORWARD -v -n -x | sed -n 3p
         2     1568 DROP       0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IcmpOutTimeExcds IcmpOutMsgs
  #kernel
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    1                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds IcmpInErrors IpFragOKs IpFragCreates
  #kernel
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec r iptables -A FORWARD -p icmp ! -f -s 10.1.0.2 -j DROP
  $ ip netns exec a ping -c 1 -W 4 -s 3000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout IcmpOutTimeExcds
  #kernel
  IpReasmTimeout                  2                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    2                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds
  #kernel
  IcmpInTimeExcds                 1                  0.0
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec a ping -c 2 -i 0.3 -s 5000 10.2.0.2 | sed -n 2,3p
  5008 bytes from 10.2.0.2: icmp_seq=1 ttl=63 time=* ms (glob)
  5008 bytes from 10.2.0.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpReasmFails IpReasmTimeout
  #kernel
  IpReasmTimeout                  2                  0.0
  IpReasmReqds                    11                 0.0
  IpReasmOKs                      2                  0.0
  IpReasmFails                    2                  0.0
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_time=-1
  net.ipv4.ipfrag_time = -1
  $ ip netns exec b sysctl net.ipv4.ipfrag_time
  net.ipv4.ipfrag_time = -1
