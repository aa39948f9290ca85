Per-device forwarding decides on the incoming device: all.forwarding=1 with ra.forwarding=0 drops what arrives on ra (IpInAddrErrors, no ICMP) and forwards what arrives on rb; ip_forward resets every device; TTL expiry and the TTL a router's own packets carry (ip_default_ttl per namespace).
  $ ip netns add r; ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:00:a0 type veth peer name ra netns r address 02:00:00:00:00:1a
  $ ip link add b0 netns b address 02:00:00:00:00:b0 type veth peer name rb netns r address 02:00:00:00:00:1b
  $ for n in a b r; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set ra up; ip -n r link set rb up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev ra
  $ ip -n b addr add 10.2.0.2/24 dev b0; ip -n r addr add 10.2.0.1/24 dev rb
  $ ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=1 net.ipv4.conf.ra.forwarding=0
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.ra.forwarding = 0
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.2.0.2 | tail -2
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpInReceives IpInAddrErrors IpForwDatagrams IpInHdrErrors IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps
  #kernel
  IpInReceives                    2                  0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  2                  0.0
  IpForwDatagrams                 0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip -n r route get 10.2.0.2 from 10.1.0.2 iif ra
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec b ping -c 1 -W 1 10.1.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpInReceives IpInAddrErrors IpForwDatagrams IpInHdrErrors IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps
  #kernel
  IpInReceives                    4                  0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  3                  0.0
  IpForwDatagrams                 1                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.forwarding=1 net.ipv4.conf.rb.forwarding=0
  net.ipv4.conf.ra.forwarding = 1
  net.ipv4.conf.rb.forwarding = 0
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r nstat -az IpInReceives IpInAddrErrors IpForwDatagrams IpInHdrErrors IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps
  #kernel
  IpInReceives                    6                  0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  4                  0.0
  IpForwDatagrams                 2                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ ip netns exec r sysctl net.ipv4.conf.rb.forwarding
  net.ipv4.conf.rb.forwarding = 0
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.2.0.2 | sed -n 2p
  From 10.1.0.1 icmp_seq=1 Time to live exceeded
  $ ip netns exec r sysctl -w net.ipv4.conf.rb.forwarding=1
  net.ipv4.conf.rb.forwarding = 1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec a traceroute -n -q 1 -w 1 -m 3 10.2.0.2 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.2 (10.2.0.2), 3 hops max, 60 byte packets
   1  10.1.0.1
   2  10.2.0.2
  $ ip netns exec r sysctl -w net.ipv4.ip_default_ttl=100
  net.ipv4.ip_default_ttl = 100
  $ ip netns exec a ping -c 1 -W 1 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=100 
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec b sysctl -w net.ipv4.ip_default_ttl=1
  net.ipv4.ip_default_ttl = 1
  $ ip netns exec a ping -c 1 -W 1 10.2.0.2 | sed -n 2,4p
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 1 -W 1 -t 2 10.1.0.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=63 
  $ ip netns exec r nstat -az IpInReceives IpInAddrErrors IpForwDatagrams IpInHdrErrors IcmpOutTimeExcds IcmpOutDestUnreachs IcmpOutEchoReps
  #kernel
  IpInReceives                    21                 0.0
  IpInHdrErrors                   3                  0.0
  IpInAddrErrors                  4                  0.0
  IpForwDatagrams                 13                 0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                3                  0.0
  IcmpOutEchoReps                 1                  0.0

