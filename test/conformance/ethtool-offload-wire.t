ethtool -K tso/gso/tx off changes what crosses the wire: TCP segments cut to the MSS before the capture, checksums summed in software.
  $ ip netns add ea; ip netns add eb
  $ ip link add v0 netns ea type veth peer name v1 netns eb
  $ ip -n ea addr add 10.5.0.1/24 dev v0; ip -n eb addr add 10.5.0.2/24 dev v1
  $ ip -n ea link set v0 up; ip -n eb link set v1 up; ip -n ea link set lo up; ip -n eb link set lo up
  $ ip netns exec ea sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec eb sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ run() { ip netns exec eb nc -l 5001 > /dev/null & sleep 0.3; ip netns exec ea tcpdump -nn -i v0 'tcp dst port 5001' -l 2>/dev/null > /tmp/tso.cap & TP=$!; sleep 0.5; head -c 60000 /dev/zero | ip netns exec ea nc -q0 10.5.0.2 5001; sleep 1; kill $TP; wait; awk '{for(i=1;i<=NF;i++) if($i=="length") {l=$(i+1)+0; if(l>m) m=l}} END {print "largest segment:", (m>1448 ? "above the MSS" : m)}' /tmp/tso.cap; rm -f /tmp/tso.cap; }
  $ run
  largest segment: above the MSS
  $ ip netns exec ea ethtool -K v0 tso off
  $ run
  largest segment: 1448
  $ ip netns exec ea ethtool -K v0 gso off
  $ run
  largest segment: 1448
  $ ip netns exec ea ethtool -K v0 tso on gso on
  $ run
  largest segment: above the MSS
  $ ip netns exec ea ethtool -k v0 | grep -E "^(tcp|generic)"
  tcp-segmentation-offload: on
  generic-segmentation-offload: on
  generic-receive-offload: off
  $ ip netns exec ea ethtool -K v0 tx off
  Actual changes:
  tx-checksum-ip-generic: off
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  tx-udp-segmentation: off [not requested]
  tx-checksum-sctp: off
  $ ip netns exec ea ping -c1 -s 100 10.5.0.2 | grep -c "bytes from"
  1
  $ syn() { ip netns exec ea tcpdump -nn -vv -i v0 -c 1 'tcp[tcpflags] & tcp-syn != 0' 2>/dev/null | grep -o "(\(in\)\?correct" & sleep 0.5; ip netns exec ea nc -z -w1 10.5.0.2 5002; wait; }
  $ syn
  (correct
  $ ip netns exec ea ethtool -K v0 tx on | head -3
  Actual changes:
  tx-checksum-ipv4: off [requested on]
  tx-checksum-ip-generic: on
  $ syn
  (incorrect
