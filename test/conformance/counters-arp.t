Counters of ARP: a resolution that succeeds (ip -s neigh used/probes, link counters of the 42-byte frames), one that fails (3 probes, FAILED, ICMP host unreachable to the local sender, ArpFilter stays 0), the unicast probe the peer sends 5 s after it used the entry (delay_first_probe_time), replies to arping and no reply to a request for an address the host does not own, and the counters a netns shows for them: nstat -as, ip -s -s neigh, /proc/net/arp, ip -s link, and /proc/net/stat/arp_cache, which only the initial namespace has.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 -q 10.0.0.2 | grep transmitted
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ sleep 6
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used */'
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02  ref 1 used *probes 4 REACHABLE 
  $ ip -n b -s -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used */'
  10.0.0.1 dev b0 lladdr 02:00:00:00:00:01  ref 1 used *probes 1 REACHABLE 
  $ ip -n a -s -s link show a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      RX:  bytes packets errors dropped  missed   mcast           
             182       3      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             182       3      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip -n b -s -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             182       3      0       0       0       0 
      RX errors:  length    crc   frame    fifo overrun
                       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             182       3      0       0       0       0 
      TX errors: aborted   fifo  window heartbt transns
                       0      0       0       0       2 
  $ ip netns exec a ping -c 1 -W 5 10.0.0.9 | sed -E 's/time=.*//'
  PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  
  --- 10.0.0.9 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  $ ip -n a -s neigh show 10.0.0.9 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+/used */'
  10.0.0.9 dev a0  used *probes 6 FAILED 
  $ cat /proc/net/arp 2>&1; ip netns exec a cat /proc/net/arp | sort
  IP address       HW type     Flags       HW address            Mask     Device
  10.0.0.2         0x1         0x2         02:00:00:00:00:02     *        a0
  10.0.0.9         0x1         0x0         00:00:00:00:00:00     *        a0
  IP address       HW type     Flags       HW address            Mask     Device
  $ ip netns exec a nstat -as
  #kernel
  IpInReceives                    2                  0.0
  IpInDelivers                    2                  0.0
  IpOutRequests                   3                  0.0
  IpOutTransmits                  3                  0.0
  IcmpInMsgs                      2                  0.0
  IcmpInDestUnreachs              1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutMsgs                     3                  0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType0                  1                  0.0
  IcmpMsgInType3                  1                  0.0
  IcmpMsgOutType3                 1                  0.0
  IcmpMsgOutType8                 2                  0.0
  IpExtInOctets                   196                0.0
  IpExtOutOctets                  280                0.0
  IpExtInNoECTPkts                2                  0.0
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IpExtInOctets                   84                 0.0
  IpExtOutOctets                  84                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip -n b -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             308       6      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             182       3      0       0       0       0 
  $ ip netns exec a arping -c 2 -w 3 -I a0 10.0.0.2 | sed -E 's/ [0-9.]+ms/ *ms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  *ms
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  *ms
  Sent 2 probes (1 broadcast(s))
  Received 2 response(s)
  $ ip -n b -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             392       8      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             266       5      0       0       0       0 
  $ ip netns exec a arping -c 1 -w 1 -I a0 10.0.0.77 | sed -E 's/ [0-9.]+ms/ *ms/'
  ARPING 10.0.0.77 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip -n b -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
             434       9      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             266       5      0       0       0       0 
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    1                  0.0
  IpInDelivers                    1                  0.0
  IpOutRequests                   1                  0.0
  IpOutTransmits                  1                  0.0
  IcmpInMsgs                      1                  0.0
  IcmpInEchos                     1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType8                  1                  0.0
  IcmpMsgOutType0                 1                  0.0
  IpExtInOctets                   84                 0.0
  IpExtOutOctets                  84                 0.0
  IpExtInNoECTPkts                1                  0.0
  $ ip netns exec a cat /proc/net/stat/arp_cache
  cat: /proc/net/stat/arp_cache: No such file or directory
  [1]
  $ ip netns exec a cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 2 0 0 0 0 0 2 3 0 0 0 0 0 0 0 0 0 3
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 2 0 0 1 0 0 0 0 0 1 0 0 0 0 3 0 0 0 1 0 0 0 0 2 0 0 0 0 0
  IcmpMsg: InType0 InType3 OutType3 OutType8
  IcmpMsg: 1 1 1 2
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 0 0 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      2 total packets received
      0 forwarded
      0 incoming packets discarded
      2 incoming packets delivered
      3 requests sent out
      OutTransmits: 3
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 1
          echo replies: 1
      3 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo requests: 2
  IcmpMsg:
          InType0: 1
          InType3: 1
          OutType3: 1
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
      InOctets: 196
      OutOctets: 280
      InNoECTPkts: 2
  MPTcpExt:
