Random differential scenario (seed 32): a chain a - r1 - ... - r3 - b with random MTUs per link, per-router forwarding knobs (ip_forward, one interface's forwarding off, ip_default_ttl, icmp_errors_use_inbound_ifaddr, ip_forward_use_pmtu), ICMP rate limits (icmp_ratelimit, icmp_ratemask, icmp_msgs_per_sec/burst), PMTU knobs on a (ip_no_pmtu_disc, min_pmtu, mtu_expires), NAT or filtering on one router; then ping -t to each hop, ping -M modes and sizes, bursts of errors, traceroute and tracepath forms, ip route get with cached PMTU, and the Ip/Icmp counters of every node.

  $ for n in a r1 r2 r3 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns r3 address 02:00:00:00:03:02
  $ ip link add e4 netns r3 address 02:00:00:00:04:01 type veth peer name w4 netns b address 02:00:00:00:04:02
  $ ip -n a link set e1 mtu 1400; ip -n r1 link set w1 mtu 1400
  $ ip -n r2 link set e3 mtu 1300; ip -n r3 link set w3 mtu 1300
  $ ip -n r3 link set e4 mtu 1400; ip -n b link set w4 mtu 1400
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n r3 addr add 10.3.0.2/24 dev w3; ip -n r3 addr add 10.4.0.1/24 dev e4; ip -n b addr add 10.4.0.2/24 dev w4
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'r3 w3' 'r3 e4' 'b w4'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.4.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r1 route add 10.4.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1; ip -n r2 route add 10.4.0.0/24 via 10.3.0.2; ip -n r3 route add 10.1.0.0/24 via 10.3.0.1; ip -n r3 route add 10.2.0.0/24 via 10.3.0.1
  $ for n in r1 r2 r3; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r3 sysctl -qw net.ipv4.icmp_msgs_per_sec=100000; echo $?
  0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=1000; echo $?
  0
  $ ip netns exec r3 sysctl -qw net.ipv4.ip_default_ttl=64; echo $?
  0
  $ ip netns exec r1 sysctl -qw net.ipv4.ip_default_ttl=1; echo $?
  0
  $ ip netns exec r1 iptables -t nat -A POSTROUTING -o e2 -j MASQUERADE; echo $?
  0
  $ ip -n r2 addr add 192.168.2.1/32 dev lo; echo $?
  0
  $ ip netns exec r1 iptables -t nat -A POSTROUTING -o e2 -j SNAT --to-source 10.2.0.1; echo $?
  0
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 -t 1 10.1.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=1 time=X
  1 packets transmitted, 1 received, 0% packet loss
  0
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip netns exec b ping -c 2 -i 0.3 -W 1 -M dont -s 1472 10.1.0.1 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  1480 bytes from 10.1.0.1: icmp_seq=1 ttl=61 time=X
  1480 bytes from 10.1.0.1: icmp_seq=2 ttl=61 time=X
  2 packets transmitted, 2 received, 0% packet loss
  0
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 5 -U 10.4.0.2 1400 2>&1 | sed -E 's/  [0-9.]+ ms//g'
  traceroute to 10.4.0.2 (10.4.0.2), 5 hops max, 1400 byte packets
   1  10.1.0.2
   2  10.2.0.2
   3  10.3.0.2
   4  10.4.0.2
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'; ip -n a route show cache | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ sleep 2.5
  $ sleep 6.5; ip netns exec a ping -c 12 -i 0.02 -W 1 10.4.0.2 2>&1 | tail -n +2 | grep -v '^$\|rtt' | sed 's/time=.*/time=X/;s/, time .*//'
  64 bytes from 10.4.0.2: icmp_seq=1 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=2 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=3 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=4 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=5 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=6 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=7 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=8 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=9 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=10 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=11 ttl=61 time=X
  64 bytes from 10.4.0.2: icmp_seq=12 ttl=61 time=X
  --- 10.4.0.2 ping statistics ---
  12 packets transmitted, 12 received, 0% packet loss
  $ sleep 2.5
  $ ip netns exec a ping -c 1 -W 1 -t 3 10.1.0.2 2>&1 | grep -v '^PING\|^$\|rtt\|^---' | sed 's/time=.*/time=X/;s/, time .*//'; echo ${PIPESTATUS[0]}
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=1 time=X
  1 packets transmitted, 1 received, 0% packet loss
  0
  $ ip -n a route get 10.4.0.2 2>&1 | sed 's/expires [0-9]*sec/expires Xsec/'
  10.4.0.2 via 10.1.0.2 dev e1 src 10.1.0.1 uid 0 
      cache 
  $ for n in a r1 r2 r3 b; do ip -n $n route show cache | sed 's/expires [0-9]*sec/expires Xsec/'; done
  $ ip netns exec a nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 24
  IpInDelivers 20
  IpOutRequests 20
  IpReasmReqds 6
  IpReasmOKs 2
  IpFragOKs 2
  IpFragCreates 4
  IcmpInMsgs 20
  IcmpInDestUnreachs 1
  IcmpInTimeExcds 3
  IcmpInEchos 2
  IcmpOutMsgs 16
  IcmpOutEchoReps 2
  $ ip netns exec r1 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 43
  IpInHdrErrors 1
  IpForwDatagrams 34
  IpInDelivers 2
  IpOutRequests 3
  IpReasmReqds 10
  IpReasmOKs 4
  IpFragOKs 4
  IpFragCreates 10
  IcmpInMsgs 2
  IcmpInEchos 2
  IcmpOutMsgs 3
  IcmpOutTimeExcds 1
  IcmpOutEchoReps 2
  $ ip netns exec r2 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 39
  IpInHdrErrors 1
  IpForwDatagrams 38
  IpOutRequests 1
  IpFragOKs 4
  IpFragCreates 8
  IcmpOutMsgs 1
  IcmpOutTimeExcds 1
  $ ip netns exec r3 nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 39
  IpInHdrErrors 2
  IpForwDatagrams 37
  IpOutRequests 1
  IpFragOKs 2
  IpFragCreates 4
  IcmpOutMsgs 1
  IcmpOutTimeExcds 1
  $ ip netns exec b nstat -az IpInReceives IpInHdrErrors IpInAddrErrors IpForwDatagrams IpInDelivers IpOutRequests IpOutDiscards IpOutNoRoutes IpFragOKs IpFragFails IpFragCreates IpReasmReqds IpReasmOKs IcmpInMsgs IcmpOutMsgs IcmpOutRateLimitGlobal IcmpOutRateLimitHost IcmpInDestUnreachs IcmpInTimeExcds IcmpOutDestUnreachs IcmpOutTimeExcds IcmpInEchos IcmpOutEchoReps UdpNoPorts | grep -v '^#' | awk '$2 != 0 {print $1, $2}'
  IpInReceives 20
  IpInDelivers 15
  IpOutRequests 15
  IpReasmReqds 8
  IpReasmOKs 3
  IpFragOKs 2
  IpFragCreates 4
  IcmpInMsgs 14
  IcmpInEchos 12
  IcmpOutMsgs 15
  IcmpOutDestUnreachs 1
  IcmpOutEchoReps 12
  UdpNoPorts 1
