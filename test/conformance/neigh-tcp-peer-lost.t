An established TCP connection whose peer stops answering ARP (arp off) while data is outstanding: the entry goes STALE -> DELAY -> PROBE -> FAILED, in PROBE the segments still leave (unicast to the cached MAC), so the retransmissions are real ones (RetransSegs, a loss probe, no TCPSpuriousRtxHostQueues) and no host unreachable comes back by the time the entry is FAILED; the connection stays established; nstat and the neighbour entry after.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set lo up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.delay_first_probe_time=1 net.ipv4.neigh.a0.retrans_time_ms=1200
  $ ip netns exec b nc -l 5000 > /dev/null & sleep 0.5
  $ (echo first; sleep 2; echo second; sleep 12) | ip netns exec a nc -N 10.0.0.2 5000 & sleep 1
  $ ip -n b link set b0 arp off
  $ ip -n a neigh change 10.0.0.2 dev a0 nud stale
  $ sleep 1.5; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 DELAY 
  $ sleep 1.5; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 PROBE 
  $ sleep 4; ip -n a neigh show
  10.0.0.2 dev a0 FAILED 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0  used *probes 3 FAILED  (glob)
  $ ip netns exec a nstat -az TcpRetransSegs TcpExtTCPTimeouts TcpExtTCPSpuriousRtxHostQueues IcmpInDestUnreachs TcpExtTCPLossProbes | sed -E 's/ +/ /g'
  #kernel
  IcmpInDestUnreachs 0 0.0
  TcpRetransSegs 5 0.0
  TcpExtTCPTimeouts 4 0.0
  TcpExtTCPLossProbes 1 0.0
  TcpExtTCPSpuriousRtxHostQueues 0 0.0
  $ ip netns exec a ss -Htn state established | sed -E 's/ +/ /g; s/:[0-9]+ / /'
  0 7 10.0.0.1 10.0.0.2:5000
  $ kill %1 %2 2>/dev/null; wait
