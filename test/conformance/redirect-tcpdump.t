tcpdump -v prints an ICMP redirect (print-icmp.c: "redirect DST to host GW" and the quoted datagram), on the host and on the router; ping's text of it, and the IcmpMsg counters of type 5 on both sides.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip -n h neigh add 192.168.0.121 lladdr 02:00:00:00:01:21 dev h0 nud permanent
  $ ip -n r neigh add 192.168.0.31 lladdr 02:00:00:00:00:31 dev r0 nud permanent
  $ ip netns exec h tcpdump -t -n -v -i h0 -c 3 icmp > hcap 2>/dev/null &
  $ ip netns exec r tcpdump -t -n -e -i r0 -c 3 icmp > rcap 2>/dev/null &
  $ sleep 1
  $ ip netns exec h ping -c 1 -W 1 -p 41 -s 20 10.9.9.1
  PATTERN: 0x41
  PING 10.9.9.1 (10.9.9.1) 20(48) bytes of data.
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  
  --- 10.9.9.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c 1 -W 1 -s 20 10.9.9.1 | head -1
  PING 10.9.9.1 (10.9.9.1) 20(48) bytes of data.
  $ wait
  $ sed -E 's/id [0-9]+/id N/g' hcap
  IP (tos 0x0, ttl 64, id N, offset 0, flags [DF], proto ICMP (1), length 48)
      192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 28
  IP (tos 0xc0, ttl 64, id N, offset 0, flags [none], proto ICMP (1), length 76)
      192.168.0.121 > 192.168.0.31: ICMP redirect 10.9.9.1 to host 192.168.0.40, length 56
  	IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 48)
      192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 28
  IP (tos 0x0, ttl 63, id N, offset 0, flags [DF], proto ICMP (1), length 48)
      192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 28
  $ sed -E 's/id [0-9]+/id N/g' rcap
  02:00:00:00:00:31 > 02:00:00:00:01:21, ethertype IPv4 (0x0800), length 62: 192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 28
  02:00:00:00:01:21 > 02:00:00:00:00:31, ethertype IPv4 (0x0800), length 90: 192.168.0.121 > 192.168.0.31: ICMP redirect 10.9.9.1 to host 192.168.0.40, length 56
  02:00:00:00:01:21 > 02:00:00:00:00:40, ethertype IPv4 (0x0800), length 62: 192.168.0.31 > 10.9.9.1: ICMP echo request, id N, seq 1, length 28
  $ ip -n h route get 10.9.9.1
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec r nstat -az IcmpOutRedirects IcmpMsgOutType5 IcmpOutMsgs IpForwDatagrams | tail -n +2
  IpForwDatagrams                 1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutRedirects                1                  0.0
  IcmpMsgOutType5                 1                  0.0
  $ ip netns exec h nstat -az IcmpInRedirects IcmpMsgInType5 IcmpInMsgs IcmpInErrors | tail -n +2
  IcmpInMsgs                      1                  0.0
  IcmpInErrors                    0                  0.0
  IcmpInRedirects                 1                  0.0
  IcmpMsgInType5                  1                  0.0
  $ ip netns exec r cat /proc/net/snmp | grep -E '^Icmp(Msg)?:'
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0
  IcmpMsg: OutType5
  IcmpMsg: 1
  $ ip netns exec h cat /proc/net/snmp | grep -E '^Icmp(Msg)?:'
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 1 0 0 0 0 0 0 1 0 0 0 0 0 0 2 0 0 0 0 0 0 0 0 2 0 0 0 0 0
  IcmpMsg: InType5 OutType8
  IcmpMsg: 1 2
