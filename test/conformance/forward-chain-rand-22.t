Random differential scenario (seed 22): a chain a - r1 - ... - r3 - b with random MTUs per link, per-router forwarding knobs (ip_forward, one interface's forwarding off, ip_default_ttl, icmp_errors_use_inbound_ifaddr, ip_forward_use_pmtu), ICMP rate limits (icmp_ratelimit, icmp_ratemask, icmp_msgs_per_sec/burst), PMTU knobs on a (ip_no_pmtu_disc, min_pmtu, mtu_expires), NAT or filtering on one router; then ping -t to each hop, ping -M modes and sizes, bursts of errors, traceroute and tracepath forms, ip route get with cached PMTU, and the Ip/Icmp counters of every node.

  $ for n in a r1 r2 r3 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns r3 address 02:00:00:00:03:02
  $ ip link add e4 netns r3 address 02:00:00:00:04:01 type veth peer name w4 netns b address 02:00:00:00:04:02
  $ ip -n a link set e1 mtu 1400; ip -n r1 link set w1 mtu 1400
  $ ip -n r2 link set e3 mtu 1200; ip -n r3 link set w3 mtu 1200
  $ ip -n r3 link set e4 mtu 576; ip -n b link set w4 mtu 576
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n r3 addr add 10.3.0.2/24 dev w3; ip -n r3 addr add 10.4.0.1/24 dev e4; ip -n b addr add 10.4.0.2/24 dev w4
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'r3 w3' 'r3 e4' 'b w4'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.4.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r1 route add 10.4.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1; ip -n r2 route add 10.4.0.0/24 via 10.3.0.2; ip -n r3 route add 10.1.0.0/24 via 10.3.0.1; ip -n r3 route add 10.2.0.0/24 via 10.3.0.1
  $ for n in r1 r2 r3; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_forward_use_pmtu=1; echo $?
  0
  $ ip netns exec r2 sysctl -qw net.ipv4.ip_forward_use_pmtu=0; echo $?
  0
  $ ip netns exec r2 sysctl -qw net.ipv4.icmp_echo_ignore_all=1; echo $?
  0
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_default_ttl=64; echo $?
  0
  $ ip netns exec r2 sysctl -qw net.ipv4.icmp_ratemask=6160; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.icmp_ratemask=2048; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.ip_default_ttl=1; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.ip_default_ttl=1; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.ip_forward_use_pmtu=0; echo $?
  0
  $ ip -n r1 route add unreachable 10.4.0.128/25; echo $?
  0
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 5 -T 10.1.0.2 2000 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.1.0.2 (10.1.0.2), 5 hops max, 60 byte packets
   1  10.1.0.2
  $ sleep 2.5
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -M want -s 548 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  From 10.4.0.1 icmp_seq=1 Time to live exceeded
  From 10.4.0.1 icmp_seq=2 Time to live exceeded
  2 packets transmitted, 0 received, +2 errors, 100% packet loss
  1
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ sleep 2.5
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 5 -F 10.4.0.77 100 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.4.0.77 (10.4.0.77), 5 hops max, 100 byte packets
   1  10.1.0.2
   2  10.2.0.2
   3  *
   4  *
   5  *
  $ ip netns exec b ping -c 1 -i 0.3 -W 1 -s 549 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  From 10.4.0.1 icmp_seq=1 Time to live exceeded
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  1
  $ sleep 2.5
  $ head -c 3000 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.4.0.2:9,ip-mtu-discover=1,ip-ttl=1 2>&1 | sed 's/.*E /E /;s/0x[0-9a-f]*/0xX/'; echo ${PIPESTATUS[0]}
  0
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.4.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  From 10.1.0.2 icmp_seq=1 Time to live exceeded
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  1
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -i 0.3 -W 1 -M do -s 1173 10.4.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  From 10.2.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1200)
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  1
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache expires Xsec mtu 1200 
  $ ip netns exec a tracepath -n 10.4.0.2 2>&1 | sed -E 's/ +[0-9.]+ms//'
   1?: [LOCALHOST]                      pmtu 1200
   1:  10.1.0.2 
   1:  10.1.0.2 
   2:  10.2.0.2 
   3:  no reply
   4:  no reply
   5:  no reply
   6:  no reply
   7:  no reply
   8:  no reply
   9:  no reply
  10:  no reply
  11:  no reply
  12:  no reply
  13:  no reply
  14:  no reply
  15:  no reply
  16:  no reply
  17:  no reply
  18:  no reply
  19:  no reply
  20:  no reply
  21:  no reply
  22:  no reply
  23:  no reply
  24:  no reply
  25:  no reply
  26:  no reply
  27:  no reply
  28:  no reply
  29:  no reply
  30:  no reply
       Too many hops: pmtu 1200
       Resume: pmtu 1200 
  $ for n in a r1 r2 r3 b; do ip -n $n route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; done
  10.4.0.2 via 10.1.0.2 dev e1 
      cache expires Xsec mtu 1200 
  $ ip netns exec a nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 9
  IpInDelivers 9
  IpOutRequests 96
  IpFragOKs 1
  IpFragCreates 3
  IcmpInMsgs 8
  IcmpInDestUnreachs 1
  IcmpInTimeExcds 7
  IcmpOutMsgs 2
  $ ip netns exec r1 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 101
  IpInHdrErrors 7
  IpForwDatagrams 93
  IpInDelivers 1
  IpOutRequests 6
  IcmpOutMsgs 5
  IcmpOutTimeExcds 5
  $ ip netns exec r2 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 177
  IpInHdrErrors 89
  IpForwDatagrams 88
  IpOutRequests 3
  IpFragFails 1
  IcmpOutMsgs 3
  IcmpOutDestUnreachs 1
  IcmpOutTimeExcds 2
  $ ip netns exec r3 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 91
  IpInHdrErrors 8
  IpForwDatagrams 83
  IpOutRequests 90
  IpFragFails 81
  IcmpOutMsgs 90
  IcmpOutDestUnreachs 83
  IcmpOutTimeExcds 7
  $ ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 3
  IpInDelivers 3
  IpOutRequests 3
  IpFragOKs 1
  IpFragCreates 2
  IcmpInMsgs 3
  IcmpInTimeExcds 3
  IcmpOutMsgs 3
