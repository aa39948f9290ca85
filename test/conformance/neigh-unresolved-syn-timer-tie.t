A SYN to a neighbour that never answers, with the default 1 s retrans_time: the SYN's retransmission timer (1 s, linear) and the entry's probe timer fall in the same timer-wheel bucket each second, and the kernel runs a bucket's timers newest first (enqueue_timer() adds at the head of the hlist), so at 3 s the SYN timer still finds its segment queued (TCPSpuriousRtxHostQueues 3) before the entry fails; one host unreachable ends the connect and the entry stays FAILED.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip addr add 10.0.0.1/24 dev a0
  $ nc -v -w 10 10.0.0.9 80; echo rc=$?
  nc: connect to 10.0.0.9 port 80 (tcp) failed: No route to host
  rc=1
  $ nstat -az TcpActiveOpens TcpAttemptFails TcpRetransSegs TcpExtTCPTimeouts TcpExtTCPSpuriousRtxHostQueues IcmpInDestUnreachs | sed -E 's/ +/ /g'
  #kernel
  IcmpInDestUnreachs 1 0.0
  TcpActiveOpens 1 0.0
  TcpAttemptFails 1 0.0
  TcpRetransSegs 0 0.0
  TcpExtTCPTimeouts 3 0.0
  TcpExtTCPSpuriousRtxHostQueues 3 0.0
  $ ip -s neigh show dev a0 | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.9  used *probes 6 FAILED  (glob)
