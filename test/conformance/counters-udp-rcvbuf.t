Counters of a UDP receive buffer overflowing: socat -u only writes to its UDP-DATAGRAM socket bound to port 5000, so nothing ever reads it; with rcvbuf=2000 (sk_rcvbuf 4000) the queue takes datagrams while it holds no more than sk_rcvbuf and drops the rest (UdpRcvbufErrors and UdpInErrors, ss -m's d counter); then one with rcvbuf=3000 taking datagrams from lo, and a reader (socat) whose socket keeps a page forward-allocated after its reads; nstat -as, /proc/net/snmp, netstat -su, ss -uanm.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip netns exec b sh -c 'sleep 3 | socat -u - UDP-DATAGRAM:10.0.0.1:9,bind=10.0.0.2:5000,rcvbuf=2000 &'
  $ sleep 0.3
  $ ip netns exec b ss -uanm | sed -E 's/users:.*//'
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0           10.0.0.2:5000      0.0.0.0:*   
  	 skmem:(r0,rb4000,t0,tb212992,f0,w0,o0,bl0,d0)
  $ for i in 1 2 3 4 5 6; do head -c 1000 /dev/zero | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:5000; done
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    6                  0.0
  IpInDelivers                    6                  0.0
  UdpInErrors                     5                  0.0
  UdpRcvbufErrors                 5                  0.0
  IpExtInOctets                   6168               0.0
  IpExtInNoECTPkts                6                  0.0
  $ ip netns exec b ss -uanm | sed -E 's/users:.*//'
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 2304   0           10.0.0.2:5000      0.0.0.0:*   
  	 skmem:(r2304,rb4000,t0,tb212992,f1792,w0,o0,bl0,d5)
  $ ip netns exec b cat /proc/net/udp | sed -E 's/^ *[0-9]+: ([0-9A-F:]+ [0-9A-F:]+ [0-9A-F]+ [0-9A-F:]+).* ([0-9]+) *$/\1 drops \2/'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops            
  0200000A:1388 00000000:0000 07 00000000:00000900 drops 5
  $ for i in 1 2 3 4 5 6; do head -c 10 /dev/zero | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:5000; done
  $ ip netns exec b ss -uanm | sed -E 's/users:.*//'
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 3968   0           10.0.0.2:5000      0.0.0.0:*   
  	 skmem:(r3968,rb4000,t0,tb212992,f128,w0,o0,bl0,d9)
  $ ip netns exec b grep Udp: /proc/net/snmp
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 9 0 9 0 0 0 0
  $ ip netns exec b netstat -su
  Udp:
      0 packets received
      0 packets to unknown port received
      9 packet receive errors
      0 packets sent
      9 receive buffer errors
      0 send buffer errors
  UdpLite:
  IpExt:
      InOctets: 6396
      InNoECTPkts: 12
  MPTcpExt:
  $ ip netns exec a nstat -as
  #kernel
  IpOutRequests                   12                 0.0
  IpOutTransmits                  12                 0.0
  UdpOutDatagrams                 12                 0.0
  IpExtOutOctets                  6396               0.0
  $ ip -n b -s link show b0
  2: b0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff link-netns a
      RX:  bytes packets errors dropped  missed   mcast           
            6564      12      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
  $ sleep 3
  $ ip netns exec b sh -c 'sleep 3 | socat -u - UDP-DATAGRAM:127.0.0.1:9,bind=127.0.0.1:5001,rcvbuf=3000 &'
  $ sleep 0.3
  $ for i in 1 2 3 4; do head -c 1000 /dev/zero | ip netns exec b socat -u - UDP-SENDTO:127.0.0.1:5001; done
  $ ip netns exec b ss -uanm | sed -E 's/users:.*//'
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 4608   0          127.0.0.1:5001      0.0.0.0:*   
  	 skmem:(r4608,rb6000,t0,tb212992,f3584,w0,o0,bl0,d2)
  $ ip netns exec b cat /proc/net/udp | sed -E 's/^ *[0-9]+: ([0-9A-F:]+ [0-9A-F:]+ [0-9A-F]+ [0-9A-F:]+).* ([0-9]+) *$/\1 drops \2/'
     sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops            
  0100007F:1389 00000000:0000 07 00000000:00001200 drops 2
  $ ip netns exec b nstat -as
  #kernel
  IpInReceives                    16                 0.0
  IpInDelivers                    16                 0.0
  IpOutRequests                   4                  0.0
  IpOutTransmits                  4                  0.0
  UdpInErrors                     11                 0.0
  UdpOutDatagrams                 4                  0.0
  UdpRcvbufErrors                 11                 0.0
  IpExtInOctets                   10508              0.0
  IpExtOutOctets                  4112               0.0
  IpExtInNoECTPkts                16                 0.0
  $ ip netns exec b cat /proc/net/snmp
  Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits
  Ip: 2 64 16 0 0 0 0 0 16 4 0 0 0 0 0 0 0 0 0 4
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
  Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors
  Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 11 4 11 0 0 0 0
  UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  UdpLite: 0 0 0 0 0 0 0 0 0
  $ sleep 3
  $ ip netns exec b sh -c 'socat -u UDP-RECV:6000,rcvbuf=2000 - > got.txt & sleep 0.3'
  $ for i in 1 2 3; do echo "m$i" | ip netns exec a socat -u - UDP-SENDTO:10.0.0.2:6000; done; sleep 0.2; cat got.txt
  m1
  m2
  m3
  $ ip netns exec b ss -uanm | sed -E 's/users:.*//'
  State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  UNCONN 0      0            0.0.0.0:6000      0.0.0.0:*   
  	 skmem:(r0,rb4000,t0,tb212992,f4096,w0,o0,bl0,d0)
  $ ip netns exec b nstat -as UdpInDatagrams UdpRcvbufErrors
  #kernel
  UdpInDatagrams                  3                  0.0
  UdpRcvbufErrors                 11                 0.0

