Random differential scenario (seed 17): a chain a - r1 - ... - r4 - b with random MTUs per link, per-router forwarding knobs (ip_forward, one interface's forwarding off, ip_default_ttl, icmp_errors_use_inbound_ifaddr, ip_forward_use_pmtu), ICMP rate limits (icmp_ratelimit, icmp_ratemask, icmp_msgs_per_sec/burst), PMTU knobs on a (ip_no_pmtu_disc, min_pmtu, mtu_expires), NAT or filtering on one router; then ping -t to each hop, ping -M modes and sizes, bursts of errors, traceroute and tracepath forms, ip route get with cached PMTU, and the Ip/Icmp counters of every node.

  $ for n in a r1 r2 r3 r4 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns r3 address 02:00:00:00:03:02
  $ ip link add e4 netns r3 address 02:00:00:00:04:01 type veth peer name w4 netns r4 address 02:00:00:00:04:02
  $ ip link add e5 netns r4 address 02:00:00:00:05:01 type veth peer name w5 netns b address 02:00:00:00:05:02
  $ ip -n a link set e1 mtu 1000; ip -n r1 link set w1 mtu 1000
  $ ip -n r1 link set e2 mtu 1300; ip -n r2 link set w2 mtu 1300
  $ ip -n r2 link set e3 mtu 1280; ip -n r3 link set w3 mtu 1280
  $ ip -n r3 link set e4 mtu 1300; ip -n r4 link set w4 mtu 1300
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n r3 addr add 10.3.0.2/24 dev w3; ip -n r3 addr add 10.4.0.1/24 dev e4; ip -n r4 addr add 10.4.0.2/24 dev w4; ip -n r4 addr add 10.5.0.1/24 dev e5; ip -n b addr add 10.5.0.2/24 dev w5
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'r3 w3' 'r3 e4' 'r4 w4' 'r4 e5' 'b w5'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.5.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r1 route add 10.4.0.0/24 via 10.2.0.2; ip -n r1 route add 10.5.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1; ip -n r2 route add 10.4.0.0/24 via 10.3.0.2; ip -n r2 route add 10.5.0.0/24 via 10.3.0.2; ip -n r3 route add 10.1.0.0/24 via 10.3.0.1; ip -n r3 route add 10.2.0.0/24 via 10.3.0.1; ip -n r3 route add 10.5.0.0/24 via 10.4.0.2; ip -n r4 route add 10.1.0.0/24 via 10.4.0.1; ip -n r4 route add 10.2.0.0/24 via 10.4.0.1; ip -n r4 route add 10.3.0.0/24 via 10.4.0.1
  $ for n in r1 r2 r3 r4; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r3 sysctl -qw net.ipv4.icmp_echo_ignore_all=1; echo $?
  0
  $ ip netns exec r2 sysctl -qw net.ipv4.ip_no_pmtu_disc=1; echo $?
  0
  $ ip netns exec r4 sysctl -qw net.ipv4.ip_forward_use_pmtu=0; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.icmp_msgs_per_sec=0; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.ip_no_pmtu_disc=1; echo $?
  0
  $ ip netns exec r1 sysctl -qw net.ipv4.icmp_echo_ignore_all=1; echo $?
  0
  $ ip netns exec r4 sysctl -qw net.ipv4.icmp_echo_ignore_all=1; echo $?
  0
  $ ip netns exec a ping -c 1 -i 0.3 -W 1 -s 972 10.5.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  980 bytes from 10.5.0.2: icmp_seq=1 ttl=60 time=X
  1 packets transmitted, 1 received, 0% packet loss
  0
  $ sleep 2.5
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -s 972 10.5.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  980 bytes from 10.5.0.2: icmp_seq=1 ttl=60 time=X
  980 bytes from 10.5.0.2: icmp_seq=2 ttl=60 time=X
  2 packets transmitted, 2 received, 0% packet loss
  0
  $ ip -n a route get 10.5.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.5.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ sleep 2.5
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -M want -s 3000 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  3008 bytes from 10.1.0.1: icmp_seq=1 ttl=60 time=X
  3008 bytes from 10.1.0.1: icmp_seq=2 ttl=60 time=X
  2 packets transmitted, 2 received, 0% packet loss
  0
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -M do -s 56 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=60 time=X
  1 packets transmitted, 1 received, 0% packet loss
  0
  $ sleep 6.5; ip netns exec a ping -c 12 -i 0.02 -W 1 10.5.0.200 2>&1 | tail -n +2 | grep -v '^$\|rtt' | sed 's/time=.*/time=X/;s/, time .*//'
  --- 10.5.0.200 ping statistics ---
  12 packets transmitted, 0 received, 100% packet loss
  $ ip -n a route get 10.5.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.5.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -M want -s 1272 10.5.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1280 bytes from 10.5.0.2: icmp_seq=1 ttl=60 time=X
  1280 bytes from 10.5.0.2: icmp_seq=2 ttl=60 time=X
  2 packets transmitted, 2 received, 0% packet loss
  0
  $ sleep 2.5
  $ sleep 6.5; ip netns exec a ping -c 12 -i 0.02 -W 1 -t 1 10.5.0.2 2>&1 | tail -n +2 | grep -v '^$\|rtt' | sed 's/time=.*/time=X/;s/, time .*//'
  From 10.1.0.2 icmp_seq=1 Time to live exceeded
  From 10.1.0.2 icmp_seq=2 Time to live exceeded
  From 10.1.0.2 icmp_seq=3 Time to live exceeded
  From 10.1.0.2 icmp_seq=4 Time to live exceeded
  From 10.1.0.2 icmp_seq=5 Time to live exceeded
  From 10.1.0.2 icmp_seq=6 Time to live exceeded
  --- 10.5.0.2 ping statistics ---
  12 packets transmitted, 0 received, +6 errors, 100% packet loss
  $ ip netns exec a tracepath -n -l 2000 10.1.0.2 2>&1 | sed -E 's/ +[0-9.]+ms//'
   1?: [LOCALHOST]                      pmtu 1000
   1:  10.1.0.2 reached
   1:  10.1.0.2 reached
       Resume: pmtu 1000 hops 1 back 1 
  $ head -c 56 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.5.0.2:9,ip-mtu-discover=1,ip-ttl=1 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[0]}
  0
  $ ip -n a route get 10.5.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.5.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ head -c 1472 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.5.0.2:9,ip-mtu-discover=3,ip-ttl=1 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[0]}
  E write(6, 0xX, 1472): Message too long
  1
  $ ip -n a route get 10.5.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.5.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ sleep 2.5
  $ for n in a r1 r2 r3 r4 b; do ip -n $n route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; done
  $ ip netns exec a nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 42
  IpInDelivers 22
  IpOutRequests 36
  IpReasmReqds 24
  IpReasmOKs 4
  IpFragOKs 4
  IpFragCreates 12
  IcmpInMsgs 22
  IcmpInDestUnreachs 8
  IcmpInTimeExcds 6
  IcmpInEchos 3
  IcmpOutMsgs 32
  IcmpOutEchoReps 3
  $ ip netns exec r1 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 72
  IpInHdrErrors 13
  IpForwDatagrams 56
  IpInDelivers 3
  IpOutRequests 8
  IpFragOKs 6
  IpFragCreates 12
  IcmpOutMsgs 8
  IcmpOutRateLimitHost 8
  IcmpOutDestUnreachs 2
  IcmpOutTimeExcds 6
  UdpNoPorts 3
  $ ip netns exec r2 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 56
  IpForwDatagrams 56
  $ ip netns exec r3 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 50
  IpForwDatagrams 50
  IpFragOKs 6
  IpFragCreates 12
  $ ip netns exec r4 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 40
  IpForwDatagrams 40
  IpOutRequests 6
  IpFragOKs 4
  IpFragCreates 8
  IcmpOutMsgs 6
  IcmpOutRateLimitHost 6
  IcmpOutDestUnreachs 6
  $ ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 16
  IpInDelivers 8
  IpOutRequests 8
  IpReasmReqds 12
  IpReasmOKs 4
  IpFragOKs 2
  IpFragCreates 6
  IcmpInMsgs 8
  IcmpInEchos 5
  IcmpOutMsgs 8
  IcmpOutEchoReps 5
