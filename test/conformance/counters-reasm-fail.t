Counters of reassembly failures: the router drops every second fragment with iptables (-f matches non-first fragments only), so the receiver's queues time out (ReasmTimeout, ReasmFails, ICMP time exceeded code 1 back to the sender, IcmpMsg type 11) after ipfrag_time; then ipfrag_high_thresh set tiny (ReasmFails without a timeout); nstat -as, /proc/net/snmp, netstat -s on receiver and sender, iptables counters.
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
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_time=1
  $ ip netns exec r iptables -A FORWARD -f -j DROP
  $ ip netns exec a ping -c 1 -W 3 -s 3000 10.2.0.2 | sed -E 's/time=.*//'
  PING 10.2.0.2 (10.2.0.2) 3000(3028) bytes of data.
  
  --- 10.2.0.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 1
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpOutRequests                   1                  0.0
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    1                  0.0
  IpReasmFails                    1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpMsgOutType11                1                  0.0
  IpExtInOctets                   1500               0.0
  IpExtOutOctets                  576                0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType11                 1                  0.0
  IcmpMsgOutType8                 1                  0.0
  IpExtInOctets                   576                0.0
  IpExtOutOctets                  3068               0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2     1568 DROP       0    -f  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpForwDatagrams                 4                  0.0
  IpOutTransmits                  2                  0.0
  IpExtInOctets                   3644               0.0
  IpExtOutOctets                  2076               0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec b sysctl -qw net.ipv4.ipfrag_high_thresh=1
  sysctl: setting key "net.ipv4.ipfrag_high_thresh": Invalid argument
  [1]
  $ ip netns exec a ping -c 1 -W 1 -s 3000 -q 10.2.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   2                  0.0
  IpReasmTimeout                  1                  0.0
  IpReasmReqds                    4                  0.0
  IpReasmOKs                      1                  0.0
  IpReasmFails                    1                  0.0
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  IpOutTransmits                  4                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutTimeExcds                1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IcmpMsgOutType11                1                  0.0
  IpExtInOctets                   4568               0.0
  IpExtOutOctets                  3644               0.0
  IpExtInNoECTPkts                4                  0.0
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 4 0 0 0 0 0 1 2 0 0 1 4 1 1 1 0 3 4
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 1 0 0 0 0 0 0 0 1 0 0 0 0 0 2 0 0 0 0 1 0 0 0 0 1 0 0 0 0
  IcmpMsg: InType8 OutType0 OutType11
  IcmpMsg: 1 1 1
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      4 total packets received
      0 forwarded
      0 incoming packets discarded
      1 incoming packets delivered
      2 requests sent out
      1 fragments dropped after timeout
      4 reassemblies required
      1 packets reassembled ok
      1 packet reassemblies failed
      1 outgoing packets fragmented ok
      3 fragments created
      OutTransmits: 4
  Icmp:
      1 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 1
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          time exceeded: 1
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
          OutType11: 1
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
      InOctets: 4568
      OutOctets: 3644
      InNoECTPkts: 4
  MPTcpExt:
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      4 total packets received
      0 forwarded
      0 incoming packets discarded
      2 incoming packets delivered
      2 requests sent out
      3 reassemblies required
      1 packets reassembled ok
      2 outgoing packets fragmented ok
      6 fragments created
      OutTransmits: 6
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          timeout in transit: 1
          echo replies: 1
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 2
  IcmpMsg:
          InType0: 1
          InType11: 1
          OutType8: 2
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
      InOctets: 3644
      OutOctets: 6136
      InNoECTPkts: 4
  MPTcpExt:
  $ ip -n b -s link show b0
  2: b0@if3: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:0b:01 brd ff:ff:ff:ff:ff:ff link-netns r
      RX:  bytes packets errors dropped  missed   mcast           
            4666       5      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            3742       5      0       0       0       0 
