The socket match on TCP: established connections match, a wildcard listener only with --nowildcard, a closed port never; counters after nc.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m socket
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m socket --nowildcard
  $ ip netns exec b iptables -A INPUT -p tcp ! --syn -m socket
  $ ip netns exec b iptables -A INPUT -p tcp -m socket --transparent
  $ ip netns exec b iptables -A INPUT -p tcp --dport 5001 -m socket --nowildcard
  $ ip netns exec b sh -c 'nc -l 5000 > got.out 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo hello | nc -N -w 2 10.0.0.2 5000'
  $ ip netns exec a nc -z -w 1 10.0.0.2 5001; echo $?
  1
  $ sleep 0.3; cat got.out
  hello
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 socket
      1    60            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 socket --nowildcard
      4   214            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:!0x17/0x02 socket
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            socket --transparent
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:5001 socket --nowildcard
