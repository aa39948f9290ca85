A route's `features ecn` asks for ECN on connections that use it even with tcp_ecn 2 (tcp_ecn_send_syn(): dst_feature(RTAX_FEATURE_ECN)): the SYN carries ECE and CWR ([SEW]); the peer with tcp_ecn 2 answers ECE ([S.E]). Other feature words are refused by ip; the listing shows `features ecn`.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ for d in 2 3; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ ip -n h1 route add 10.0.0.2/32 dev v1 features ecn
  $ ip -n h1 route add 10.0.0.4/32 dev v1 features sack
  Error: argument "sack" is wrong: "features" value not valid
  [255]
  $ ip -n h1 route show
  10.0.0.0/24 dev v1 proto kernel scope link src 10.0.0.1 
  10.0.0.2 dev v1 scope link features ecn 
  $ ip netns exec h1 sysctl net.ipv4.tcp_ecn
  net.ipv4.tcp_ecn = 2
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h2 sh -c 'for d in 2 3; do nc -l 10.0.0.$d 5001 > /dev/null & done; sleep 0.3'
  $ ip netns exec h2 tcpdump -n -l -i v2 -c 4 'tcp[tcpflags] & tcp-syn != 0' > dump 2>/dev/null &
  $ sleep 1; ip netns exec h1 sh -c 'for d in 2 3; do echo hi | nc -N 10.0.0.$d 5001; done'
  $ wait; sed -E 's/^[0-9:.]+ //; s/, seq .*//; s/\.[0-9]+ > / > /; s/\.[0-9]+: Flags/: Flags/' dump
  IP 10.0.0.1 > 10.0.0.2: Flags [SEW]
  IP 10.0.0.2 > 10.0.0.1: Flags [S.E]
  IP 10.0.0.1 > 10.0.0.3: Flags [S]
  IP 10.0.0.3 > 10.0.0.1: Flags [S.]
