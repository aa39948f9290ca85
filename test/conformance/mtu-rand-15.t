Random differential scenario (seed 15): a chain a - r - s - b with random MTUs on each veth end (peers may disagree), route mtu/lock/advmss, PMTU knobs (ip_no_pmtu_disc, min_pmtu, ip_forward_use_pmtu, mtu_expires), reassembly and ICMP knobs; then pings of sizes around the MTUs with -M modes and TTLs, UDP datagrams, ip route get / show cache, nstat and ip -s link counters.

  $ for n in a r s b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01
  $ ip link add rs netns r address 02:00:00:00:01:02 type veth peer name sr netns s address 02:00:00:00:02:01
  $ ip link add sb netns s address 02:00:00:00:02:02 type veth peer name bs netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.1.0.2/24 dev ar; ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rs; ip -n s addr add 10.2.0.2/24 dev sr; ip -n s addr add 10.3.0.1/24 dev sb; ip -n b addr add 10.3.0.2/24 dev bs
  $ ip -n a link set ar mtu 1400; echo $?
  0
  $ ip -n r link set ra mtu 1400; echo $?
  0
  $ ip -n s link set sb mtu 1400; echo $?
  0
  $ ip -n b link set bs mtu 1400; echo $?
  0
  $ for x in 'a ar' 'r ra' 'r rs' 's sr' 's sb' 'b bs'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.1; ip -n r route add 10.3.0.0/24 via 10.2.0.2; ip -n s route add 10.1.0.0/24 via 10.2.0.1; ip -n b route add default via 10.3.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec s sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -qw net.ipv4.route.min_pmtu=1000; echo $?
  0
  $ ip netns exec s sysctl -qw net.ipv4.icmp_msgs_per_sec=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=1300; echo $?
  0
  $ ip netns exec s sysctl -qw net.ipv4.icmp_ratemask=0; echo $?
  0
  $ ip netns exec s sysctl -qw net.ipv4.ipfrag_time=1; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.route.min_adv_mss=536; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward_use_pmtu=1; echo $?
  0
  $ ip netns exec s iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu; echo $?
  0
  $ ip netns exec b iptables -A INPUT -p icmp -j DROP; echo $?
  0
  $ ip netns exec b traceroute -n -q 1 -w 1 -T 10.1.0.2 1400 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.1.0.2 (10.1.0.2), 30 hops max, 60 byte packets
   1  *
   2  *
   3  10.1.0.2
  $ ip -n b route get 10.1.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.1.0.2 via 10.3.0.1 dev bs src 10.3.0.2 uid 0 
      cache 
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -M dont -t 2 -s 1371 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss
  1
  $ ip -n b route get 10.2.0.1 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.2.0.1 via 10.3.0.1 dev bs src 10.3.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -i 0.3 -W 1 -s 8972 10.3.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss
  1
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -s 1473 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss
  1
  $ ip -n b route get 10.2.0.1 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.2.0.1 via 10.3.0.1 dev bs src 10.3.0.2 uid 0 
      cache 
  $ head -c 1380 /dev/zero | ip netns exec a socat -u - UDP:10.3.0.2:9,ip-mtu-discover=0 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[1]}
  0
  $ ip -n a route get 10.3.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.3.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -i 0.3 -W 1 -t 2 -s 65507 10.3.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  65515 bytes from 10.3.0.1: icmp_seq=1 ttl=63 time=X
  1 packets transmitted, 1 received, 0% packet loss
  0
  $ ip netns exec a traceroute -n -q 1 -w 1 -I 10.3.0.2 1472 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.3.0.2 (10.3.0.2), 30 hops max, 1472 byte packets
   1  10.1.0.1
   2  10.2.0.2
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  *
  18  *
  19  *
  20  *
  21  *
  22  *
  23  *
  24  *
  25  *
  26  *
  27  *
  28  *
  29  *
  30  *
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -t 1 -s 973 10.1.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss
  1
  $ ip -n b route get 10.1.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.1.0.2 via 10.3.0.1 dev bs src 10.3.0.2 uid 0 
      cache 
  $ sleep 1.5
  $ ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n r route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n s route show cache | sed 's/expires [0-9]*sec/expires Xsec/'
  $ ip netns exec a nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    106                0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    18                 0.0
  IpOutRequests                   47                 0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    89                 0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       33                 0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   117                0.0
  IpOutTransmits                  131                0.0
  IcmpInMsgs                      4                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInTimeExcds                 2                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     32                 0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchos                    32                 0.0
  IcmpOutEchoReps                 0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 1                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec r nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    196                0.0
  IpInHdrErrors                   3                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 190                0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   4                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    2                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       45                 0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   90                 0.0
  IpOutTransmits                  239                0.0
  IcmpInMsgs                      2                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpOutEchos                    0                  0.0
  IcmpOutEchoReps                 2                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec s nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    154                0.0
  IpInHdrErrors                   4                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 102                0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   4                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    48                 0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       2                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   47                 0.0
  IpOutTransmits                  151                0.0
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                3                  0.0
  IcmpOutEchos                    0                  0.0
  IcmpOutEchoReps                 1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    86                 0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    15                 0.0
  IpOutRequests                   20                 0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    68                 0.0
  IpReasmOKs                      31                 0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   2                  0.0
  IpOutTransmits                  21                 0.0
  IcmpInMsgs                      0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     4                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchos                    3                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip -n r -s link show ra | sed -n '4p;6p'; ip -n r -s link show rs | sed -n '4p;6p'; ip -n s -s link show sr | sed -n '4p;6p'; ip -n s -s link show sb | sed -n '4p;6p'
          124261     133      0       0       0       0 
           71431     108      0       0       0       0 
           72381      67      0       0       0       0 
          125805     135      0       0       0       0 
          125805     135      0       0       0       0 
           72381      67      0       0       0       0 
            5835      23      0       0       0       0 
           57864      88      0       0       0       0 
