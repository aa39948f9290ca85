A veth peer with a smaller MTU drops an oversized fragment on receive (veth_xmit returns NET_XMIT_DROP): ip_do_fragment stops at the first failed fragment, counts FragFails, and ip_send_skb counts OutDiscards; the sender's socket sees ENOBUFS.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up mtu 1400
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -s 100 10.0.0.2 | head -2
  PING 10.0.0.2 (10.0.0.2) 100(128) bytes of data.
  108 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards IpOutRequests >/dev/null
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 3000(3028) bytes of data.
  ping: sendmsg: No buffer space available
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards IpOutRequests
  #kernel
  IpOutRequests                   3                  0.0
  IpOutDiscards                   2                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs IpInReceives
  #kernel
  IpInReceives                    1                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  $ ip -n b -s link show b0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
  *      0       2       0       0  (glob)
      TX:  bytes packets errors dropped carrier collsns           
  *      0       0       0       0  (glob)
  $ ip -n a -s link show a0 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
  *      0       0       0       0  (glob)
      TX:  bytes packets errors dropped carrier collsns           
  *      0       2       0       0  (glob)
  $ ip netns exec a ping -c 1 -W 1 -s 1400 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1400(1428) bytes of data.
  ping: sendmsg: No buffer space available
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards
  #kernel
  IpOutDiscards                   4                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec a ping -c 1 -W 1 -s 1372 10.0.0.2 | sed -n 2p
  1380 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -M do -s 1400 10.0.0.2
  PING 10.0.0.2 (10.0.0.2) 1400(1428) bytes of data.
  ping: sendmsg: No buffer space available
  
  --- 10.0.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards
  #kernel
  IpOutDiscards                   6                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     2                  0.0
  IpFragCreates                   0                  0.0
  $ ip netns exec a sh -c 'head -c 2000 /dev/zero | nc -u -w 1 10.0.0.2 9'; echo rc=$?
  rc=0
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards UdpOutDatagrams UdpSndbufErrors
  #kernel
  IpOutDiscards                   7                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     3                  0.0
  IpFragCreates                   0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 1                  0.0
  $ ip -n a link set a0 mtu 1400
  $ ip netns exec a ping -c 1 -W 1 -s 3000 10.0.0.2 | sed -n 2p
  3008 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates IpFragFails IpOutDiscards
  #kernel
  IpOutDiscards                   7                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     3                  0.0
  IpFragCreates                   3                  0.0
