Through a router (h1 - r - h2 over veth pairs, ip_forward on): the forwarded skbs reach h2 whole (TSO on every veth), their truesize as the sender made it, so h2 learns the same payload/truesize ratio as over one veth pair (tcp_measure_rcv_mss()); ss -i on both ends after one write of N bytes, then with h2's link MTU 1000 (its SYN's MSS 960: 948-byte segments with timestamps, the ratio learnt from smaller skbs).
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:01:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip link add v2 netns h2 address 02:00:00:00:02:01 type veth peer name r2 netns r address 02:00:00:00:02:02
  $ for x in "h1 v1" "h2 v2" "r r1" "r r2"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n h1 addr add 10.0.1.1/24 dev v1
  $ ip -n r addr add 10.0.1.2/24 dev r1
  $ ip -n r addr add 10.0.2.2/24 dev r2
  $ ip -n h2 addr add 10.0.2.1/24 dev v2
  $ ip -n h1 route add default via 10.0.1.2
  $ ip -n h2 route add default via 10.0.2.2
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec h1 sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ for n in 100 1000 5000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.2.1 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  100 100
   wscale:10,10 rcvmss:536 rcv_space:14480 rcv_ssthresh:64088
   mss:1448 snd_wnd:65536
  1000 1000
   wscale:10,10 rcvmss:1000 rcv_space:14480 rcv_ssthresh:68056
   mss:1448 snd_wnd:68608
  5000 5000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:75160
   mss:1448 snd_wnd:75776
  10000 10000
   wscale:10,10 rcvmss:1448 rcv_space:14480 rcv_ssthresh:85160
   mss:1448 snd_wnd:86016
  $ ip -n r link set r2 mtu 1000
  $ ip -n h2 link set v2 mtu 1000
  $ for n in 1000 10000; do head -c $n /dev/zero > f; ip netns exec h2 nc -l 5000 > got & sleep 0.3; (cat f; sleep 0.8) | ip netns exec h1 nc -N 10.0.2.1 5000 & sleep 0.5; echo $n $(wc -c < got); ip netns exec h2 ss -tin | grep -oE ' (wscale|rcvmss|advmss|rcv_space|rcv_ssthresh):[0-9,]+' | tr -d '\n'; echo; ip netns exec h1 ss -tin | grep -oE ' (mss|snd_wnd):[0-9]+' | tr -d '\n'; echo; wait; done
  1000 1000
   wscale:10,10 rcvmss:948 advmss:948 rcv_space:9480 rcv_ssthresh:67412
   mss:948 snd_wnd:67584
  10000 10000
   wscale:10,10 rcvmss:948 advmss:948 rcv_space:9480 rcv_ssthresh:86268
   mss:948 snd_wnd:87040
