A route's congctl sets the congestion control of TCP sockets that use it (tcp_ca_dst_init() at connect, tcp_ca_openreq_child() for a listener's child), locked or not; without one, a connecting socket keeps the namespace default it was born with, while a listener's child takes the default of the moment (tcp_assign_congestion_control()), not its listener's: h2's listeners exist before reno is set. ss -i shows the algorithm first.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h1 addr add 10.0.0.5/24 dev v1
  $ for d in 2 3 4; do ip -n h2 addr add 10.0.0.$d/24 dev v2; done
  $ ip -n h1 route add 10.0.0.2/32 dev v1 congctl cubic
  $ ip -n h1 route add 10.0.0.3/32 dev v1 congctl lock cubic
  $ ip -n h1 route add 10.0.0.6/32 dev v1 congctl nosuch
  Error: Unknown tcp congestion algorithm.
  [2]
  $ ip -n h2 route add 10.0.0.5/32 dev v2 congctl cubic
  $ ip -n h1 route show
  10.0.0.0/24 dev v1 proto kernel scope link src 10.0.0.1 
  10.0.0.2 dev v1 scope link congctl cubic 
  10.0.0.3 dev v1 scope link congctl lock cubic 
  $ ip -n h2 route show 10.0.0.5
  10.0.0.5 dev v2 scope link congctl cubic 
  $ ip netns exec h2 sh -c 'for p in 5001 5002 5003 5004; do nc -l -p $p > /dev/null & done; sleep 0.3'
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h1 sh -c '(echo hi; sleep 3) | nc -N 10.0.0.2 5001 & (echo hi; sleep 3) | nc -N 10.0.0.3 5002 & sleep 0.2'
  $ ip netns exec h1 sh -c '(echo hi; sleep 3) | nc -N 10.0.0.4 5003 & (echo hi; sleep 3) | nc -N -s 10.0.0.5 10.0.0.4 5004 & sleep 1'
  $ for d in 10.0.0.2 10.0.0.3 10.0.0.4:5003 10.0.0.4:5004; do echo $d $(ip netns exec h1 ss -Htin dst $d | grep -oE '^\s+[a-z]+' | tr -d ' \t'); done
  10.0.0.2 cubic
  10.0.0.3 cubic
  10.0.0.4:5003 reno
  10.0.0.4:5004 reno
  $ for p in 5001 5002 5003 5004; do echo $p $(ip netns exec h2 ss -Htin sport = :$p | grep -oE '^\s+[a-z]+' | tr -d ' \t'); done
  5001 reno
  5002 reno
  5003 reno
  5004 cubic
  $ ip -n h1 route change 10.0.0.2/32 dev v1 congctl reno
  $ ip -n h1 route show 10.0.0.2
  10.0.0.2 dev v1 scope link congctl reno 
  $ ip netns exec h1 ss -Htin dst 10.0.0.2 | grep -oE '^\s+[a-z]+' | tr -d ' \t'
  cubic
