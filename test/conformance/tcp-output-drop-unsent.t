A TCP segment that OUTPUT drops (iptables DROP: ip_local_out() says EPERM) is not sent: it stays queued, nothing is in flight, and the probe timer (tcp_check_probe_timer()) sends it once the rule is gone; no retransmission is counted and no window probe.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b sh -c 'nc -l 5001 < /dev/null | wc -c' > out &
  $ sleep 0.3; ip netns exec a sh -c '(sleep 1; head -c 3000 /dev/zero; sleep 3) | nc -N 10.2.0.2 5001' &
  $ sleep 0.5; ip netns exec a iptables -A OUTPUT -p tcp --dport 5001 -m length --length 100:65535 -j DROP
  $ sleep 1; ip netns exec a ss -tnH state established | sed -E 's/ +/ /g; s/:[0-9]+ 10\.2/:P 10.2/'
  0 3000 10.1.0.2:P 10.2.0.2:5001
  $ ip netns exec a iptables -D OUTPUT 1
  $ wait; cat out
  3000
  $ ip netns exec a nstat -az TcpRetransSegs TcpExtTCPWinProbe | tail -n +2
  TcpRetransSegs                  0                  0.0
  TcpExtTCPWinProbe               0                  0.0
  $ ip netns exec a iptables -L OUTPUT -v -n | head -2
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
