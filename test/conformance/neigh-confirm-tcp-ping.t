TCP confirms the neighbour of its route so that it is not probed: TCP when an ACK acknowledges new data (tcp_ack -> sk_dst_confirm, then the next segment sent refreshes the entry's confirmed time in ip_finish_output2 -> sock_confirm_neigh), but not ping (iputils passes MSG_CONFIRM after a reply, which raw_sendmsg honours only with MSG_PROBE); a TCP sender keeps its entry REACHABLE and sends no ARP request after the first, while ping and UDP (nc -u) let the entry go DELAY then PROBE (a unicast request) again and again. ip -s neigh keeps the probe count of the first resolution (ucast_solicit + 1).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set lo up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.base_reachable_time_ms=1000 net.ipv4.neigh.a0.delay_first_probe_time=1
  $ ip netns exec b nc -l 5000 > /dev/null & sleep 0.5
  $ ip netns exec b tcpdump -n -t -i b0 arp and arp[6:2] == 1 and ether src 02:00:00:00:0a:01 > dump 2>/dev/null & tp=$!; sleep 1
  $ (for i in $(seq 16); do echo x; sleep 0.5; done) | ip netns exec a nc -N 10.0.0.2 5000
  $ sleep 0.5; kill $tp; wait
  $ cat dump
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  $ ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a -s neigh show | sed -E 's/used [0-9]+\/[0-9]+\/[0-9]+ //'
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 4 REACHABLE  (glob)
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec b tcpdump -n -t -i b0 arp and arp[6:2] == 1 and ether src 02:00:00:00:0a:01 > dump 2>/dev/null & tp=$!; sleep 1
  $ ip netns exec a ping -c 16 -i 0.5 10.0.0.2 | grep transmitted | sed -E 's/, time .*//'
  16 packets transmitted, 16 received, 0% packet loss
  $ sleep 0.5; kill $tp; wait
  $ [ $(grep -c 'Request who-has 10.0.0.2 tell 10.0.0.1' dump) -ge 3 ] && echo probed again
  probed again
  $ ip -n a neigh flush all; ip -n b neigh flush all
  $ ip netns exec b nc -u -l 5001 > /dev/null & sleep 0.5
  $ ip netns exec b tcpdump -n -t -i b0 arp and arp[6:2] == 1 and ether src 02:00:00:00:0a:01 > dump 2>/dev/null & tp=$!; sleep 1
  $ (for i in $(seq 16); do echo x; sleep 0.5; done) | ip netns exec a nc -u -q 0 10.0.0.2 5001
  $ sleep 0.5; kill $tp %1; wait
  $ head -2 dump
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  $ [ $(grep -c 'Request who-has 10.0.0.2 tell 10.0.0.1' dump) -ge 3 ] && echo probed again
  probed again
