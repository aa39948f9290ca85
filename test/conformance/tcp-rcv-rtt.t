The receiver's RTT estimate as ss -i shows it (rcv_rtt), without timestamps: the window-based sample needs a whole window of data to come in after the first (tcp_rcv_rtt_measure()), so a transfer shorter than the window leaves no rcv_rtt and a longer one has one (its value is the lab's time, not Linux's CPU time). With timestamps a 0 ms echo is no sample either (tcp_rtt_tsopt_us(tp, 0)); the first data's echo of the handshake can be one when the writer starts late, so only the long transfer is shown.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name v2 netns h2 address 02:00:00:00:02:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_timestamps=0
  $ for n in 1000 10000 30000 60000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (rcv_rtt|rcvmss|rcv_space):[0-9.]+' | tr -d '\n'; echo; wait; done
  1000 1000
   rcvmss:1000 rcv_space:14600
  10000 10000
   rcvmss:1460 rcv_space:14600
  30000 30000
   rcvmss:1460 rcv_space:14600
  60000 60000
   rcvmss:1460 rcv_space:14600
  $ for n in 300000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (rcv_rtt|rcvmss):[0-9.]+' | sed -E 's/rcv_rtt:[0-9.]+$/rcv_rtt:N/' | tr -d '\n'; echo; wait; done
  300000 300000
   rcvmss:1460 rcv_rtt:N
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_timestamps=1
  $ for n in 300000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.0.2 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (rcv_rtt|rcvmss):[0-9.]+' | sed -E 's/rcv_rtt:[0-9.]+$/rcv_rtt:N/' | tr -d '\n'; echo; wait; done
  300000 300000
   rcvmss:1448 rcv_rtt:N
