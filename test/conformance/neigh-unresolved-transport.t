Transport protocols against a neighbour that never answers (retrans_time_ms 1200, so that no SYN timer ties with a neighbour timer): a TCP connect's SYN waits in the INCOMPLETE entry, its retransmission timer finds it still there each time (skb_still_in_host_queue: TCPSpuriousRtxHostQueues, no RetransSegs), and when the entry fails the host unreachable error ends the connect with "No route to host"; a connected UDP socket gets the error on its next send; the entry's probes and the MIB counters after each (OutNoRoutes is not counted, the ICMP errors are sent to ourselves).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.retrans_time_ms=1200
  $ ip netns exec a nc -w 10 10.0.0.9 80; echo rc=$?
  rc=1
  $ ip -n a neigh show
  10.0.0.9 dev a0 FAILED 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.9 dev a0  used *probes 6 FAILED  (glob)
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails TcpRetransSegs TcpOutSegs IcmpInDestUnreachs IcmpOutDestUnreachs IcmpMsgOutType3 IcmpMsgInType3 TcpExtTCPTimeouts TcpExtTCPSpuriousRtxHostQueues | sed -E 's/ +/ /g'
  #kernel
  IcmpInDestUnreachs 1 0.0
  IcmpOutDestUnreachs 1 0.0
  IcmpMsgInType3 1 0.0
  IcmpMsgOutType3 1 0.0
  TcpActiveOpens 1 0.0
  TcpAttemptFails 1 0.0
  TcpOutSegs 1 0.0
  TcpRetransSegs 0 0.0
  TcpExtTCPTimeouts 3 0.0
  TcpExtTCPSpuriousRtxHostQueues 3 0.0
  $ ip netns exec b tcpdump -n -t -i b0 > dump 2>/dev/null & tp=$!; sleep 1
  $ ip netns exec a nc -w 10 10.0.0.9 80; echo rc=$?
  rc=1
  $ sleep 0.5; kill $tp; wait; cat dump
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.9 tell 10.0.0.1, length 28
  $ ip -n a neigh flush all
  $ (echo one; sleep 4; echo two; sleep 1; echo three) | ip netns exec a nc -u -q 1 10.0.0.9 53; echo rc=$?
  rc=0
  $ ip -n a neigh show
  10.0.0.9 dev a0 INCOMPLETE 
  $ ip netns exec a nstat -az UdpOutDatagrams UdpSndbufErrors UdpNoPorts IcmpInDestUnreachs | sed -E 's/ +/ /g'
  #kernel
  IcmpInDestUnreachs 3 0.0
  UdpNoPorts 0 0.0
  UdpOutDatagrams 3 0.0
  UdpSndbufErrors 0 0.0
  $ ip -n a neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=1 net.ipv4.neigh.a0.retrans_time_ms=500
  $ ip netns exec a nc -w 10 10.0.0.9 80; echo rc=$?
  rc=1
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.9 dev a0  used *probes 4 FAILED  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.mcast_solicit=0 net.ipv4.neigh.a0.app_solicit=0
  $ ip -n a neigh flush all
  $ ip netns exec a nc -w 3 10.0.0.9 80; echo rc=$?
  rc=1
  $ ip -n a neigh show nud all | sort
  0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP 
  10.0.0.9 dev a0 FAILED 
