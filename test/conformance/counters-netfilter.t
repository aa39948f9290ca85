Counters of netfilter DROP and REJECT: iptables rule counters next to the IP/ICMP/UDP counters: INPUT DROP of echo requests (InReceives counted, InDelivers not), INPUT REJECT of UDP (icmp-port-unreachable sent by the REJECT target, not UdpNoPorts), OUTPUT DROP of a local ping (EPERM, OutDiscards?), FORWARD REJECT with icmp-net-prohibited on a router; iptables -L -v -x -n, nstat -as, /proc/net/snmp, netstat -s.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 -q 10.2.0.2 | grep transmitted
  2 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpExtInOctets                   168                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec b iptables -A INPUT -p udp --dport 7000 -j REJECT
  $ echo x | ip netns exec a socat -u - UDP-SENDTO:10.2.0.2:7000; echo $?
  0
  $ sleep 0.2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtInOctets                   198                0.0
  IpExtOutOctets                  58                 0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType3                  1                  0.0
  IcmpMsgOutType8                 2                  0.0
  UdpOutDatagrams                 1                  0.0
  IpExtInOctets                   58                 0.0
  IpExtOutOctets                  198                0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec b iptables -A OUTPUT -d 10.2.0.1 -j DROP
  $ ip netns exec b ping -c 1 -W 1 10.2.0.1 2>&1 | sed -E 's/time=.*//'
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  
  --- 10.2.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    3                  0.0
  IpOutRequests                   2                  0.0
  IpOutDiscards                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType8                 1                  0.0
  IpExtInOctets                   198                0.0
  IpExtOutOctets                  58                 0.0
  IpExtInNoECTPkts                3                  0.0
  $ ip netns exec b iptables -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 DROP       0    --  *      *       0.0.0.0/0            10.2.0.1            
  $ ip netns exec r iptables -A FORWARD -d 10.2.0.2 -p udp -j REJECT --reject-with icmp-net-prohibited
  $ echo y | ip netns exec a socat -u - UDP-SENDTO:10.2.0.2:7001; echo $?
  0
  $ sleep 0.2
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30 REJECT     17   --  *      *       0.0.0.0/0            10.2.0.2             reject-with icmp-net-prohibited
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    5                  0.0
  IpForwDatagrams                 5                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  5                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IpExtInOctets                   286                0.0
  IpExtOutOctets                  314                0.0
  IpExtInNoECTPkts                5                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   4                  0.0
  IpOutTransmits                  4                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInDestUnreachs              2                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType3                  2                  0.0
  IcmpMsgOutType8                 2                  0.0
  UdpOutDatagrams                 2                  0.0
  IpExtInOctets                   116                0.0
  IpExtOutOctets                  228                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec r cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 1 64 5 0 0 5 0 0 0 1 0 0 0 0 0 0 0 0 0 5
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
  IcmpMsg: OutType3
  IcmpMsg: 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 3 0 0 0 0 0 0 2 1 0 0 0 0 0 0 0 0 1
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2 0 0 0 1 0 0 0 0 1 0 0 0 0 0
  IcmpMsg: OutType3 OutType8
  IcmpMsg: 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec r netstat -s
  Ip:
      Forwarding: 1
      5 total packets received
      5 forwarded
      0 incoming packets discarded
      0 incoming packets delivered
      1 requests sent out
      OutTransmits: 5
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      1 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
  IcmpMsg:
          OutType3: 1
  Tcp:
      0 active connection openings
      0 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      0 segments received
      0 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InOctets: 286
      OutOctets: 314
      InNoECTPkts: 5
  MPTcpExt:
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      3 total packets received
      0 forwarded
      0 incoming packets discarded
      0 incoming packets delivered
      2 requests sent out
      1 outgoing packets dropped
      OutTransmits: 1
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo requests: 1
  IcmpMsg:
          OutType3: 1
          OutType8: 1
  Tcp:
      0 active connection openings
      0 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      0 segments received
      0 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InOctets: 198
      OutOctets: 58
      InNoECTPkts: 3
  MPTcpExt:
  $ ip -n r -s link show r1
  3: r1@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:01:02 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
             114       2      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             282       4      0       0       0       0 
