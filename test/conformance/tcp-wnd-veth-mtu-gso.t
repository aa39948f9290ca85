One 40000-byte write from h1 to h2 over a veth pair of MTU 1500, 9000 and 576 (veth has TSO: tcpdump on the sender's v1 sees GSO skbs whole): the MSS is the MTU less 52, each skb at most half the initial window of 10 (tcp_cwnd_test()) and the rest after the ACKs; ss shows the MSS both ends use.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ head -c 40000 /dev/zero > f
  $ for m in 9000; do ip -n h1 link set v1 mtu $m; ip -n h2 link set v2 mtu $m; ip netns exec h2 nc -l 5000 > got & sleep 0.3; ip netns exec h1 tcpdump -l -n -t -i v1 'tcp and dst port 5000' > out 2> err & sleep 1; ip netns exec h1 socat -b 40000 -u - TCP:10.0.0.2:5000 < f; sleep 1; kill $!; wait; echo mtu $m $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  mtu 9000 40000: 26844 13156
  $ for m in 1500; do ip -n h1 link set v1 mtu $m; ip -n h2 link set v2 mtu $m; ip netns exec h2 nc -l 5000 > got & sleep 0.3; ip netns exec h1 tcpdump -l -n -t -i v1 'tcp and dst port 5000' > out 2> err & sleep 1; ip netns exec h1 socat -b 40000 -u - TCP:10.0.0.2:5000 < f; sleep 1; kill $!; wait; echo mtu $m $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  mtu 1500 40000: 7240 7240 14480 11040
  $ for m in 576; do ip -n h1 link set v1 mtu $m; ip -n h2 link set v2 mtu $m; ip netns exec h2 nc -l 5000 > got & sleep 0.3; ip netns exec h1 tcpdump -l -n -t -i v1 'tcp and dst port 5000' > out 2> err & sleep 1; ip netns exec h1 socat -b 40000 -u - TCP:10.0.0.2:5000 < f; sleep 1; kill $!; wait; echo mtu $m $(wc -c < got): $(grep -v 'length 0$' out | sed -E 's/.*length //'); done
  mtu 576 40000: 2620 2620 5240 5240 10480 10480 3320
