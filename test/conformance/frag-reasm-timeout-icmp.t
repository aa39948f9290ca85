Reassembly timeout at the destination: the router drops every non-first fragment (-f), the destination holds the first fragment and after ipfrag_time answers Time exceeded (fragment reassembly); counters on both ends.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -f -j DROP
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_time=1
  net.ipv4.ipfrag_time = 1
  $ ip netns exec a ping -c 1 -W 4 -s 3000 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec b nstat -az IpReasmReqds IpReasmFails IpReasmTimeout IcmpOutTimeExcds IcmpMsgOutType11
  #kernel
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmFails                    1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpMsgOutType11                1                  0.0
  $ ip netns exec a nstat -az IcmpInTimeExcds IcmpMsgInType11
  #kernel
  IcmpInTimeExcds                 1                  0.0
  IcmpMsgInType11                 1                  0.0
  $ ip netns exec r iptables -vnL FORWARD | sed -E 's/ +/ /g'
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target prot opt in out source destination 
   2 1568 DROP 0 -f * * 0.0.0.0/0 0.0.0.0/0 
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec r iptables -A FORWARD -p icmp -f -j DROP
  $ ip netns exec b sysctl -w net.ipv4.ipfrag_time=2
  net.ipv4.ipfrag_time = 2
  $ ip netns exec a ping -c 2 -i 0.5 -W 5 -s 3000 10.2.0.2 | grep -v rtt
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  pipe 2
  $ ip netns exec b nstat -az IpReasmReqds IpReasmFails IpReasmTimeout IcmpOutTimeExcds
  #kernel
  IpReasmTimeout                  3                  0.0
  IpReasmReqds                    6                  0.0
  IpReasmFails                    3                  0.0
  IcmpOutTimeExcds                3                  0.0
