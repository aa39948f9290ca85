A router's ICMP errors for fragmented datagrams: only the first fragment draws net unreachable, time exceeded, packet filtered or host unreachable, every fragment counts in the input counters; with conntrack the router reassembles (ReasmOKs) and refragments for a narrower next link, and a DF datagram larger than that link gets frag needed.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec a ping -c 1 -W 1 -s 4000 10.3.0.9
  PING 10.3.0.9 (10.3.0.9) 4000(4028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Destination Net Unreachable
  
  --- 10.3.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpInReceives IpExtInNoRoutes IcmpOutDestUnreachs IpReasmReqds | tail -n +2
  IpInReceives                    3                  0.0
  IpReasmReqds                    0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IpExtInNoRoutes                 3                  0.0
  $ sleep 2
  $ ip netns exec a ping -c 1 -W 1 -s 4000 -t 1 10.2.0.2
  PING 10.2.0.2 (10.2.0.2) 4000(4028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpInHdrErrors IcmpOutTimeExcds | tail -n +2
  IpInHdrErrors                   3                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip -n r route add prohibit 10.5.0.0/16
  $ sleep 2
  $ ip netns exec a ping -c 1 -W 1 -s 4000 10.5.0.9
  PING 10.5.0.9 (10.5.0.9) 4000(4028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Packet filtered
  
  --- 10.5.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ sleep 2
  $ ip -n r route add unreachable 10.4.0.0/16
  $ ip netns exec a ping -c 1 -W 1 -s 4000 10.4.0.9
  PING 10.4.0.9 (10.4.0.9) 4000(4028) bytes of data.
  From 10.1.0.1 icmp_seq=1 Destination Host Unreachable
  
  --- 10.4.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec r nstat -az IpInAddrErrors IcmpOutDestUnreachs IcmpMsgOutType3 IcmpOutErrors IcmpOutMsgs IcmpOutRateLimitHost IcmpOutRateLimitGlobal | tail -n +2
  IpInAddrErrors                  0                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  IcmpMsgOutType3                 3                  0.0
  $ ip -n r link set r1 mtu 1000
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 -s 2900 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip netns exec r nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams | tail -n +2
  IpForwDatagrams                 1                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  $ ip netns exec a ping -c 1 -W 1 -s 1200 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1000)
  $ ip netns exec a ping -c 1 -W 1 -s 1200 -M do 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  ping: local error: message too long, mtu=1000
  $ ip netns exec r nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpFragFails IpForwDatagrams | tail -n +2
  IpForwDatagrams                 2                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec b nstat -az IpReasmReqds IpReasmOKs | tail -n +2
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  $ ip netns exec r iptables -L FORWARD -v -n -x | sed -n 3p
         1     2928 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW,ESTABLISHED
