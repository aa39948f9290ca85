netstat -s (net-tools statistics.c) after TCP and UDP traffic between two hosts: every section (Ip, Icmp, IcmpMsg, Tcp, Udp, UdpLite, TcpExt, IpExt, MPTcpExt) with the counters a short transfer, a refused connection and a UDP datagram to a closed port leave; -t, -u, -w and -s -4 selections.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec a ping -c 1 -q 10.0.0.2 > /dev/null; ip netns exec b sh -c 'nc -l -p 5000 > got 2>&1 & sleep 0.3'
  $ seq 1 2000 | ip netns exec a nc -N -p 40000 10.0.0.2 5000; echo rc=$?
  rc=0
  $ ip netns exec a nc -z 10.0.0.2 5001; echo rc=$?
  rc=1
  $ echo u | ip netns exec a nc -u -w 1 -p 40001 10.0.0.2 5002; echo rc=$?
  rc=0
  $ sleep 0.5; wc -c < got
  8893
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      7 total packets received
      0 forwarded
      0 incoming packets discarded
      7 incoming packets delivered
      9 requests sent out
      OutTransmits: 9
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 1
          echo replies: 1
      1 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 1
  IcmpMsg:
          InType0: 1
          InType3: 1
          OutType8: 1
  Tcp:
      2 active connection openings
      0 passive connection openings
      1 failed connection attempts
      0 connection resets received
      0 connections established
      5 segments received
      12 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      1 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  TcpExt:
      1 TCP sockets finished time wait in fast timer
      0 packet headers predicted
      1 acknowledgments not containing data payload received
      TCPBacklogCoalesce: 1
      TCPOrigDataSent: 8
      TCPDelivered: 9
  IpExt:
      InOctets: 398
      OutOctets: 9387
      InNoECTPkts: 7
  MPTcpExt:
  $ ip netns exec b netstat -s | grep -v TCPRcvCoalesce
  Ip:
      Forwarding: 2
      9 total packets received
      0 forwarded
      0 incoming packets discarded
      9 incoming packets delivered
      7 requests sent out
      OutTransmits: 7
  Icmp:
      1 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 1
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
          OutType3: 1
  Tcp:
      0 active connection openings
      1 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      7 segments received
      5 segments sent out
      0 segments retransmitted
      0 bad segments received
      1 resets sent
  Udp:
      0 packets received
      1 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  TcpExt:
      0 packet headers predicted
      2 acknowledgments not containing data payload received
      TCPOrigDataSent: 1
      TCPDelivered: 1
  IpExt:
      InOctets: 9387
      OutOctets: 398
      InNoECTPkts: 14
  MPTcpExt:
  $ ip netns exec a netstat -st
  IcmpMsg:
      InType0: 1
      InType3: 1
      OutType8: 1
  Tcp:
      2 active connection openings
      0 passive connection openings
      1 failed connection attempts
      0 connection resets received
      0 connections established
      5 segments received
      12 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  UdpLite:
  TcpExt:
      1 TCP sockets finished time wait in fast timer
      0 packet headers predicted
      1 acknowledgments not containing data payload received
      TCPBacklogCoalesce: 1
      TCPOrigDataSent: 8
      TCPDelivered: 9
  IpExt:
      InOctets: 398
      OutOctets: 9387
      InNoECTPkts: 7
  MPTcpExt:
  $ ip netns exec b netstat -su
  IcmpMsg:
      InType8: 1
      OutType0: 1
      OutType3: 1
  Udp:
      0 packets received
      1 packets to unknown port received
      0 packet receive errors
      0 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  IpExt:
      InOctets: 9387
      OutOctets: 398
      InNoECTPkts: 14
  MPTcpExt:
  $ ip netns exec b netstat -sw
  Ip:
      Forwarding: 2
      9 total packets received
      0 forwarded
      0 incoming packets discarded
      9 incoming packets delivered
      7 requests sent out
      OutTransmits: 7
  Icmp:
      1 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 1
      2 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo replies: 1
  IcmpMsg:
          InType8: 1
          OutType0: 1
          OutType3: 1
  UdpLite:
  IpExt:
      InOctets: 9387
      OutOctets: 398
      InNoECTPkts: 14
  MPTcpExt:
  $ ip netns exec b netstat -s -4 | head -5
  Ip:
      Forwarding: 2
      9 total packets received
      0 forwarded
      0 incoming packets discarded
