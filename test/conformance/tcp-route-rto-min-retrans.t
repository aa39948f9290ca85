The RTO a route's rto_min sets is the retransmission timer: after the handshake (no data RTT sample), data that h2 drops is sent again after about rto_min (504 ms with rto_min 500ms), then after twice that, four times (exponential backoff from icsk_rto); tcpdump -ttt shows the gaps (tenths of a second kept).
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h1 route add 10.0.0.2/32 dev v1 rto_min 500ms
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h2 sh -c 'nc -l 10.0.0.2 5001 > /dev/null & sleep 0.3'
  $ ip netns exec h1 sh -c '(sleep 0.5; echo hi; sleep 4) | nc -N 10.0.0.2 5001 & sleep 0.2'
  $ ip netns exec h2 iptables -A INPUT -p tcp --dport 5001 -j DROP
  $ ip netns exec h1 tcpdump -n -l -ttt -i v1 -c 4 'tcp and dst port 5001 and greater 60' 2>/dev/null | sed -E 's/^ *(00:00:0[0-9]\.[0-9])[0-9]+ .*(length [0-9]+)$/\1 \2/'
  00:00:00.0 length 3
  00:00:00.5 length 3
  00:00:00.5 length 3
  00:00:01.0 length 3
  $ ip netns exec h1 ss -Htin dst 10.0.0.2 | grep -oE ' (rto|backoff):[0-9]+'
   rto:2016
   backoff:2
