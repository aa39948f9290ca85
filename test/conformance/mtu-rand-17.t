Random differential scenario (seed 17): a chain a - r - s - b with random MTUs on each veth end (peers may disagree), route mtu/lock/advmss, PMTU knobs (ip_no_pmtu_disc, min_pmtu, ip_forward_use_pmtu, mtu_expires), reassembly and ICMP knobs; then pings of sizes around the MTUs with -M modes and TTLs, UDP datagrams, ip route get / show cache, nstat and ip -s link counters.

  $ for n in a r s b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add ra netns r address 02:00:00:00:01:01 type veth peer name ar netns a address 02:00:00:00:0a:01
  $ ip link add rs netns r address 02:00:00:00:01:02 type veth peer name sr netns s address 02:00:00:00:02:01
  $ ip link add sb netns s address 02:00:00:00:02:02 type veth peer name bs netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.1.0.2/24 dev ar; ip -n r addr add 10.1.0.1/24 dev ra; ip -n r addr add 10.2.0.1/24 dev rs; ip -n s addr add 10.2.0.2/24 dev sr; ip -n s addr add 10.3.0.1/24 dev sb; ip -n b addr add 10.3.0.2/24 dev bs
  $ ip -n a link set ar mtu 1006; echo $?
  0
  $ ip -n r link set ra mtu 1006; echo $?
  0
  $ ip -n r link set rs mtu 1280; echo $?
  0
  $ ip -n s link set sr mtu 1280; echo $?
  0
  $ ip -n b link set bs mtu 1006; echo $?
  0
  $ for x in 'a ar' 'r ra' 'r rs' 's sr' 's sb' 'b bs'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.1; ip -n r route add 10.3.0.0/24 via 10.2.0.2; ip -n s route add 10.1.0.0/24 via 10.2.0.1; ip -n b route add default via 10.3.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec s sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec s sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=1; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.route.min_pmtu=68; echo $?
  0
  $ ip netns exec a sysctl -qw net.ipv4.ip_no_pmtu_disc=1; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_errors_use_inbound_ifaddr=0; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=1; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_high_thresh=4194304; echo $?
  0
  $ ip netns exec r sysctl -qw net.ipv4.route.min_pmtu=552; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1; echo $?
  0
  $ ip -n s route add 10.1.0.0/16 via 10.2.0.1 mtu lock 2000; echo $?
  0
  $ head -c 1980 /dev/zero | ip netns exec a socat -u - UDP:10.3.0.2:9,ip-mtu-discover=0 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[1]}
  0
  $ ip -n a route get 10.3.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.3.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ sleep 1.5
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -M dont -t 2 -s 1980 10.2.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1 packets transmitted, 0 received, 100% packet loss
  1
  $ ip -n s link set sb mtu 68; echo $?
  0
  $ ip -n a route get 10.2.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.2.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ ip -n a link set ar mtu 1000; echo $?
  0
  $ sleep 1.5
  $ ip netns exec b traceroute -n -q 1 -w 1 --mtu -I 10.1.0.2 1472 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.1.0.2 (10.1.0.2), 30 hops max, 1472 byte packets
  send probe: No buffer space available
  $ ip -n r link set rs mtu 1280; echo $?
  0
  $ ip -n a route get 10.2.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.2.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -i 0.3 -W 1 -M do -s 1980 10.3.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  ping: local error: message too long, mtu=1000
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  1
  $ ip -n a route get 10.3.0.1 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.3.0.1 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -M dont -t 2 -s 979 10.3.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  From 10.2.0.2 icmp_seq=1 Time to live exceeded
  From 10.2.0.2 icmp_seq=2 Time to live exceeded
  2 packets transmitted, 0 received, +2 errors, 100% packet loss
  1
  $ ip -n a route get 10.3.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.3.0.2 via 10.1.0.1 dev ar src 10.1.0.2 uid 0 
      cache 
  $ sleep 1.5
  $ ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n r route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n s route show cache | sed 's/expires [0-9]*sec/expires Xsec/'
  $ ip netns exec a nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    3                  0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    3                  0.0
  IpOutRequests                   3                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       3                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   7                  0.0
  IpOutTransmits                  7                  0.0
  IcmpInMsgs                      3                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInTimeExcds                 2                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 1                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec r nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    13                 0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 10                 0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    3                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   2                  0.0
  IpOutTransmits                  12                 0.0
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchos                    0                  0.0
  IcmpOutEchoReps                 1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec s nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    13                 0.0
  IpInHdrErrors                   4                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 9                  0.0
  IpInDelivers                    0                  0.0
  IpOutRequests                   2                  0.0
  IpOutDiscards                   0                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  0                  0.0
  IpReasmReqds                    0                  0.0
  IpReasmOKs                      0                  0.0
  IpReasmFails                    0                  0.0
  IpFragOKs                       0                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   0                  0.0
  IpOutTransmits                  11                 0.0
  IcmpInMsgs                      0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  IcmpOutTimeExcds                2                  0.0
  IcmpOutEchos                    0                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpReasmTimeout IpReasmReqds IpReasmOKs IpReasmFails IpFragOKs IpFragFails IpFragCreates IpOutTransmits IcmpInMsgs IcmpInErrors IcmpOutMsgs IcmpOutErrors IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpInEchoReps IcmpOutEchos IcmpOutEchoReps UdpInDatagrams UdpNoPorts UdpOutDatagrams UdpSndbufErrors | grep -v '^#'
  IpInReceives                    4                  0.0
  IpInHdrErrors                   0                  0.0
  IpInAddrErrors                  0                  0.0
  IpForwDatagrams                 0                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   3                  0.0
  IpOutDiscards                   1                  0.0
  IpOutNoRoutes                   0                  0.0
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    1                  0.0
  IpFragOKs                       1                  0.0
  IpFragFails                     0                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  5                  0.0
  IcmpInMsgs                      0                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                0                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpOutEchoReps                 0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      1                  0.0
  UdpOutDatagrams                 0                  0.0
  UdpSndbufErrors                 0                  0.0
  $ ip -n r -s link show ra | sed -n '4p;6p'; ip -n r -s link show rs | sed -n '4p;6p'; ip -n s -s link show sr | sed -n '4p;6p'; ip -n s -s link show sb | sed -n '4p;6p'
            4284       9      0       0       0       0 
            1854       5      0       0       0       0 
            3944       8      0       0       0       0 
            6340      11      0       0       0       0 
            6340      11      0       0       0       0 
            3944       8      0       0       0       0 
            2764       6      0       1       0       0 
            2940       6      0       1       0       0 
