ss -i of a SYN-SENT socket, before and after its SYN is retransmitted: no ts/sack/wscale yet (rx_opt's flags come with the SYN-ACK), mss from the default mss_clamp 536 less the timestamps (524), rcvmss TCP_MIN_MSS (rcv_wnd still 0 in tcp_connect_init()), no pacing rate nor rcv_space; the SYN's timeout enters loss (cwnd 1, ssthresh 5, lost:1 while the retransmission is out); TcpExtTCPSynRetrans and timeouts, and the handshake once the peer answers.
  $ for n in a b; do ip netns add $n; ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.tcp_congestion_control=reno; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip netns exec b iptables -A INPUT -p tcp --dport 81 -j DROP
  $ ip netns exec a sh -c 'nc -p 40001 10.0.0.2 81 < /dev/null > /dev/null 2>&1 & sleep 0.5'
  $ ip netns exec a ss -Htni | sed -E 's/[0-9]+(\.[0-9]+)?ms/Nms/g; s/lastsnd:[0-9]+ lastrcv:[0-9]+ lastack:[0-9]+/LAST/'
  SYN-SENT 0      1      10.0.0.1:40001 10.0.0.2:81
  	 reno rto:1000 mss:524 pmtu:1500 rcvmss:88 advmss:1460 cwnd:10 segs_out:1 LAST app_limited unacked:1 rcv_ssthresh:64240
  $ sleep 1.2; ip netns exec a ss -Htni | sed -E 's/[0-9]+(\.[0-9]+)?ms/Nms/g; s/lastsnd:[0-9]+ lastrcv:[0-9]+ lastack:[0-9]+/LAST/'
  SYN-SENT 0      1      10.0.0.1:40001 10.0.0.2:81
  	 reno rto:1000 mss:524 pmtu:1500 rcvmss:88 advmss:1460 cwnd:1 ssthresh:5 segs_out:2 LAST app_limited unacked:1 retrans:1/1 lost:1 rcv_ssthresh:64240
  $ sleep 1; ip netns exec a ss -Htni | sed -E 's/[0-9]+(\.[0-9]+)?ms/Nms/g; s/lastsnd:[0-9]+ lastrcv:[0-9]+ lastack:[0-9]+/LAST/'
  SYN-SENT 0      1      10.0.0.1:40001 10.0.0.2:81
  	 reno rto:1000 mss:524 pmtu:1500 rcvmss:88 advmss:1460 cwnd:1 ssthresh:5 segs_out:3 LAST app_limited unacked:1 retrans:1/2 lost:1 rcv_ssthresh:64240
  $ ip netns exec a nstat -az TcpExtTCPTimeouts TcpExtTCPSynRetrans TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPSpuriousRTOs TcpExtTCPLossUndo | tail -n +2
  TcpRetransSegs                  2                  0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPTimeouts               2                  0.0
  TcpExtTCPLossProbes             0                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPSynRetrans             2                  0.0
  $ ip netns exec b iptables -F
  $ ip netns exec b sh -c 'nc -l -p 81 > /dev/null 2>&1 & sleep 1.5'
  $ ip netns exec a ss -Htn
  ESTAB 0      0      10.0.0.1:40001 10.0.0.2:81
  $ ip netns exec a nstat -az TcpExtTCPTimeouts TcpExtTCPSynRetrans TcpRetransSegs TcpExtTCPLossProbes TcpExtTCPSpuriousRTOs TcpExtTCPLossUndo TcpExtTCPFullUndo TcpExtTCPDSACKRecv | tail -n +2
  TcpRetransSegs                  3                  0.0
  TcpExtTCPFullUndo               0                  0.0
  TcpExtTCPLossUndo               0                  0.0
  TcpExtTCPTimeouts               3                  0.0
  TcpExtTCPLossProbes             0                  0.0
  TcpExtTCPDSACKRecv              0                  0.0
  TcpExtTCPSpuriousRTOs           0                  0.0
  TcpExtTCPSynRetrans             3                  0.0
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
