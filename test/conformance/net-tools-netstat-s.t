net-tools netstat -s: /proc/net/snmp and /proc/net/netstat as prose (all protocols, -t, -u, -w), after pings, an unreachable UDP port and a refused TCP connection; -M; -c repeats a listing every second until killed.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      0 total packets received
      0 forwarded
      0 incoming packets discarded
      0 incoming packets delivered
      0 requests sent out
  Icmp:
      0 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
      0 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
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
  MPTcpExt:
  $ ip netns exec a ping -c 2 -q 10.0.0.2 > /dev/null
  $ ip netns exec a ping -c 1 -q 10.0.0.1 > /dev/null
  $ ip netns exec a ping -c 1 -W 1 -q 10.0.0.9 > /dev/null
  [1]
  $ echo x | ip netns exec a nc -u -w 1 10.0.0.2 9 ; true
  $ ip netns exec a nc 10.0.0.2 5001 < /dev/null
  [1]
  $ ip netns exec a netstat -s
  Ip:
      Forwarding: 2
      6 total packets received
      0 forwarded
      0 incoming packets discarded
      6 incoming packets delivered
      7 requests sent out
      OutTransmits: 7
  Icmp:
      5 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 1
          echo requests: 1
          echo replies: 3
      5 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 4
          echo replies: 1
  IcmpMsg:
          InType0: 3
          InType3: 1
          InType8: 1
          OutType0: 1
          OutType8: 4
  Tcp:
      1 active connection openings
      0 passive connection openings
      1 failed connection attempts
      0 connection resets received
      0 connections established
      1 segments received
      1 segments sent out
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
      0 packet headers predicted
  IpExt:
      InOctets: 434
      OutOctets: 510
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec b netstat -s
  Ip:
      Forwarding: 2
      4 total packets received
      0 forwarded
      0 incoming packets discarded
      4 incoming packets delivered
      4 requests sent out
      OutTransmits: 4
  Icmp:
      2 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          echo requests: 2
      3 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          destination unreachable: 1
          echo replies: 2
  IcmpMsg:
          InType8: 2
          OutType0: 2
          OutType3: 1
  Tcp:
      0 active connection openings
      0 passive connection openings
      0 failed connection attempts
      0 connection resets received
      0 connections established
      1 segments received
      1 segments sent out
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
  IpExt:
      InOctets: 258
      OutOctets: 266
      InNoECTPkts: 4
  MPTcpExt:
  $ ip netns exec a netstat -st
  IcmpMsg:
      InType0: 3
      InType3: 1
      InType8: 1
      OutType0: 1
      OutType8: 4
  Tcp:
      1 active connection openings
      0 passive connection openings
      1 failed connection attempts
      0 connection resets received
      0 connections established
      1 segments received
      1 segments sent out
      0 segments retransmitted
      0 bad segments received
      0 resets sent
  UdpLite:
  TcpExt:
      0 packet headers predicted
  IpExt:
      InOctets: 434
      OutOctets: 510
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec a netstat -su
  IcmpMsg:
      InType0: 3
      InType3: 1
      InType8: 1
      OutType0: 1
      OutType8: 4
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      1 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  IpExt:
      InOctets: 434
      OutOctets: 510
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec a netstat -sw
  Ip:
      Forwarding: 2
      6 total packets received
      0 forwarded
      0 incoming packets discarded
      6 incoming packets delivered
      7 requests sent out
      OutTransmits: 7
  Icmp:
      5 ICMP messages received
      0 input ICMP message failed
      ICMP input histogram:
          destination unreachable: 1
          echo requests: 1
          echo replies: 3
      5 ICMP messages sent
      0 ICMP messages failed
      ICMP output histogram:
          echo requests: 4
          echo replies: 1
  IcmpMsg:
          InType0: 3
          InType3: 1
          InType8: 1
          OutType0: 1
          OutType8: 4
  UdpLite:
  IpExt:
      InOctets: 434
      OutOctets: 510
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec a netstat -s --udp
  IcmpMsg:
      InType0: 3
      InType3: 1
      InType8: 1
      OutType0: 1
      OutType8: 4
  Udp:
      0 packets received
      0 packets to unknown port received
      0 packet receive errors
      1 packets sent
      0 receive buffer errors
      0 send buffer errors
  UdpLite:
  IpExt:
      InOctets: 434
      OutOctets: 510
      InNoECTPkts: 6
  MPTcpExt:
  $ ip netns exec a netstat -s -r
  usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
         netstat [-vWnNcaeol] [<Socket> ...]
         netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }
  
          -r, --route              display routing table
          -i, --interfaces         display interface table
          -g, --groups             display multicast group memberships
          -s, --statistics         display networking statistics (like SNMP)
          -M, --masquerade         display masqueraded connections
  
          -v, --verbose            be verbose
          -W, --wide               don't truncate IP addresses
          -n, --numeric            don't resolve names
          --numeric-hosts          don't resolve host names
          --numeric-ports          don't resolve port names
          --numeric-users          don't resolve user names
          -N, --symbolic           resolve hardware names
          -e, --extend             display other/more information
          -p, --programs           display PID/Program name for sockets
          -o, --timers             display timers
          -c, --continuous         continuous listing
  
          -l, --listening          display listening server sockets
          -a, --all                display all sockets (default: connected)
          -F, --fib                display Forwarding Information Base (default)
          -C, --cache              display routing cache instead of FIB
          -Z, --context            display SELinux security context for sockets
  
    <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}
             {-x|--unix} --ax25 --ipx --netrom
    <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet
    List of possible address families (which support routing):
      inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
      ddp (Appletalk DDP) x25 (CCITT X.25) 
  [3]
  $ ip netns exec a netstat -M
  netstat: no support for `ip_masquerade' on this system.
  [1]
  $ ip netns exec a netstat -sc | head -3
  Ip:
      Forwarding: 2
      6 total packets received
  $ ip netns add c
  $ ip -n c link set lo up
  $ ip -n c addr add 10.9.0.1/16 dev lo
  $ ip netns exec c timeout 1.5 netstat -rnc
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  Kernel IP routing table
  Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
  [124]
  $ ip netns exec c timeout 1.5 netstat -ic
  Kernel Interface table
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536        0      0      0 0             0      0      0      0 LRU
  Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
  lo              65536        0      0      0 0             0      0      0      0 LRU
  [124]
  $ ip netns exec c timeout 2.5 netstat -tuanc
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  Active Internet connections (servers and established)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  [124]
  $ ip netns exec a netstat -h | head -3
      inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
      netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
      ddp (Appletalk DDP) x25 (CCITT X.25) 
  usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
         netstat [-vWnNcaeol] [<Socket> ...]
         netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }
