A route's quickack metric keeps a receiver in quick-ACK mode (tcp_in_quickack_mode(): RTAX_QUICKACK, or quick-ACK credit outside ping-pong mode). h1 sends a line every 200 ms; h2's socat answers the odd ones after 10 ms (within the ACK timeout: h2 enters ping-pong mode, the reply carries the ACK) and the even ones after 100 ms (in ping-pong mode the ACK waits; the delayed-ACK timer sends it: TcpExtDelayedACKs). Over h2's route with quickack 1, h2 ACKs every segment at once and delays none; quickack 0 is the same as none.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add v1 netns h1 address 02:00:00:00:0a:01 type veth peer name v2 netns h2 address 02:00:00:00:0b:01
  $ ip -n h1 link set v1 up
  $ ip -n h2 link set v2 up
  $ ip -n h1 addr add 10.0.0.1/24 dev v1
  $ ip -n h1 addr add 10.0.0.5/24 dev v1
  $ ip -n h1 addr add 10.0.0.6/24 dev v1
  $ ip -n h2 addr add 10.0.0.2/24 dev v2
  $ ip -n h2 route add 10.0.0.5/32 dev v2 quickack 1
  $ ip -n h2 route add 10.0.0.6/32 dev v2 quickack 0
  $ ip -n h2 route add 10.0.0.7/32 dev v2 quickack 2
  Error: argument "2" is wrong: "quickack" value should be 0 or 1
  [255]
  $ ip -n h2 route show
  10.0.0.0/24 dev v2 proto kernel scope link src 10.0.0.2 
  10.0.0.5 dev v2 scope link quickack 1 
  10.0.0.6 dev v2 scope link 
  $ for n in h1 h2; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec h2 nstat -n
  $ ip netns exec h2 sh -c 'socat TCP-LISTEN:5001,bind=10.0.0.2 SYSTEM:"while read a; do sleep 0.01; echo r; read b; sleep 0.1; echo s; done" & sleep 0.3'
  $ ip netns exec h1 sh -c '(for i in $(seq 10); do sleep 0.2; echo q$i; done; sleep 0.5) | nc -N -s 10.0.0.5 10.0.0.2 5001 > /dev/null'
  $ ip netns exec h2 nstat -z TcpExtDelayedACKs
  #kernel
  TcpExtDelayedACKs               0                  0.0
  $ ip netns exec h2 sh -c 'socat TCP-LISTEN:5002,bind=10.0.0.2 SYSTEM:"while read a; do sleep 0.01; echo r; read b; sleep 0.1; echo s; done" & sleep 0.3'
  $ ip netns exec h1 sh -c '(for i in $(seq 10); do sleep 0.2; echo q$i; done; sleep 0.5) | nc -N -s 10.0.0.6 10.0.0.2 5002 > /dev/null'
  $ ip netns exec h2 nstat -z TcpExtDelayedACKs
  #kernel
  TcpExtDelayedACKs               5                  0.0
  $ ip netns exec h2 sh -c 'socat TCP-LISTEN:5003,bind=10.0.0.2 SYSTEM:"while read a; do sleep 0.01; echo r; read b; sleep 0.1; echo s; done" & sleep 0.3'
  $ ip netns exec h1 sh -c '(for i in $(seq 10); do sleep 0.2; echo q$i; done; sleep 0.5) | nc -N -s 10.0.0.1 10.0.0.2 5003 > /dev/null'
  $ ip netns exec h2 nstat -z TcpExtDelayedACKs
  #kernel
  TcpExtDelayedACKs               5                  0.0
