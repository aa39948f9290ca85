A veth's gso_max_size bounds the TCP skbs a sender builds (sk_setup_caps(): gso_ipv4_max_size less MAX_TCP_HEADER + 1); a veth without a peer block gives its peer the same attributes (veth_newlink(): tbp = tb).

  $ ip link add va gso_max_size 20000 gso_max_segs 5 type veth; ip -d link show veth0 | grep -o 'gso_max_size [0-9]* gso_max_segs [0-9]*'; ip link del va
  gso_max_size 20000 gso_max_segs 5
  $ ip netns add s; ip netns add r
  $ ip link add va netns s address 02:00:00:00:00:01 type veth peer name vb netns r address 02:00:00:00:00:02
  $ ip -n s addr add 10.0.0.1/24 dev va; ip -n r addr add 10.0.0.2/24 dev vb
  $ ip -n s link set va up; ip -n r link set vb up; ip -n s link set lo up; ip -n r link set lo up
  $ ip netns exec s sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip -n s link set va gso_max_size 8000
  $ head -c 300000 /dev/zero > f
  $ ip netns exec r nc -l 10.0.0.2 5000 > got & sleep 0.3
  $ ip netns exec r tcpdump -l -n -t -i vb 'tcp and dst port 5000' > out 2> err & sleep 1
  $ ip netns exec s nc -N 10.0.0.2 5000 < f; sleep 1; kill %2; wait
  $ wc -c < got
  300000
  $ sed -E 's/.*length //' out | sort -n | tail -1
  7240
  $ sed -E 's/.*length //' out | awk '$1 > 7000' | wc -l
  36
