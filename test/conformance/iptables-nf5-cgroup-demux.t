The cgroup and socket matches on INPUT see a socket only where early demux gave one (established TCP, connected UDP), not for a SYN or ICMP; counters after nc.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv4.tcp_congestion_control=reno; done
  $ ip netns exec b iptables -A INPUT -p tcp -m cgroup --path /
  $ ip netns exec b iptables -A INPUT -p tcp
  $ ip netns exec b iptables -A INPUT -p udp -m cgroup --path /
  $ ip netns exec b iptables -A INPUT -p udp
  $ ip netns exec b sh -c 'nc -l 5000 > got.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 10.0.0.2 5000'
  $ ip netns exec b sh -c 'nc -u -l 6000 > u.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'for i in 1 2 3; do echo x$i; sleep 0.2; done | nc -u -w 1 10.0.0.2 6000'
  $ sleep 0.3; cat got.out u.out
  hello
  x1
  x2
  x3
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      162            6    --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup /
         5      274            6    --  *      *       0.0.0.0/0            0.0.0.0/0           
         2       62            17   --  *      *       0.0.0.0/0            0.0.0.0/0            cgroup /
         3       93            17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b sysctl net.ipv4.ip_early_demux net.ipv4.tcp_early_demux net.ipv4.udp_early_demux
  net.ipv4.ip_early_demux = 1
  net.ipv4.tcp_early_demux = 1
  net.ipv4.udp_early_demux = 1
  $ ip netns pids b | xargs -r kill
