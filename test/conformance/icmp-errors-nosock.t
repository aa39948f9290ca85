ICMP errors that find no socket: a host unreachable the router sends once ARP for the next hop fails (3 probes 0.9 s apart) reaches the sender after traceroute, nc -u or a timed-out TCP connect has closed its socket (a connect still in SYN_SENT fails with it instead); __udp4_lib_err() and tcp_v4_err() count it in IcmpInErrors (ping's raw socket does not), and the router's per-peer bucket limits the burst of queued packets.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -w net.ipv4.neigh.rb.retrans_time_ms=900
  net.ipv4.neigh.rb.retrans_time_ms = 900
  $ ip netns exec a ping -c 1 -W 5 10.0.2.77 | sed -n 2p
  From 10.0.1.1 icmp_seq=1 Destination Host Unreachable
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              1                  0.0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             1                  0.0
  $ sleep 7
  $ ip netns exec a ping -c 5 -i 0.2 -W 5 10.0.2.78 | sed -n 2,8p
  From 10.0.1.1 icmp_seq=1 Destination Host Unreachable
  From 10.0.1.1 icmp_seq=2 Destination Host Unreachable
  From 10.0.1.1 icmp_seq=3 Destination Host Unreachable
  From 10.0.1.1 icmp_seq=4 Destination Host Unreachable
  From 10.0.1.1 icmp_seq=5 Destination Host Unreachable
  
  --- 10.0.2.78 ping statistics ---
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs
  #kernel
  IcmpInErrors                    0                  0.0
  IcmpInDestUnreachs              6                  0.0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             6                  0.0
  $ sleep 7
  $ ip netns exec a traceroute -n -q 1 -w 1 -m 3 10.0.2.79 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.79 (10.0.2.79), 3 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  *
   3  *
  $ sleep 4
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs
  #kernel
  IcmpInErrors                    2                  0.0
  IcmpInDestUnreachs              8                  0.0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             8                  0.0
  $ sleep 7
  $ echo hello | ip netns exec a nc -u -w 1 10.0.2.80 9; echo $?
  0
  $ sleep 4
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs UdpOutDatagrams
  #kernel
  IcmpInErrors                    3                  0.0
  IcmpInDestUnreachs              9                  0.0
  UdpOutDatagrams                 4                  0.0
  $ sleep 7
  $ ip netns exec a nc -w 2 10.0.2.81 80; echo $?
  1
  $ sleep 4
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs TcpActiveOpens TcpAttemptFails
  #kernel
  IcmpInErrors                    5                  0.0
  IcmpInDestUnreachs              11                 0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  $ sleep 7
  $ ip netns exec a nc -v -w 6 10.0.2.82 80; echo $?
  nc: connect to 10.0.2.82 port 80 (tcp) failed: No route to host
  1
  $ ip netns exec a nstat -asz IcmpInErrors IcmpInDestUnreachs TcpActiveOpens TcpAttemptFails
  #kernel
  IcmpInErrors                    7                  0.0
  IcmpInDestUnreachs              14                 0.0
  TcpActiveOpens                  2                  0.0
  TcpAttemptFails                 1                  0.0
  $ ip netns exec a grep -E '^(Icmp|Udp):' /proc/net/snmp
  Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks OutAddrMaskReps
  Icmp: 15 7 0 14 1 0 0 0 0 0 0 0 0 0 6 0 0 0 0 0 0 0 0 6 0 0 0 0 0
  Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors
  Udp: 0 0 0 4 0 0 0 0 0
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost
  #kernel
  IcmpOutRateLimitHost            0                  0.0
  IcmpOutDestUnreachs             14                 0.0
  $ ip -n r neigh show | sort | grep -v 10.0.1.2
  10.0.2.77 dev rb FAILED 
  10.0.2.78 dev rb FAILED 
  10.0.2.79 dev rb FAILED 
  10.0.2.80 dev rb FAILED 
  10.0.2.81 dev rb FAILED 
  10.0.2.82 dev rb FAILED 
