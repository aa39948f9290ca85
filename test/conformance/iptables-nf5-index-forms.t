Rule positions: -I/-R/-D/-S/-L by number, -C, -Z of a chain and of one rule, listing forms.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ for i in 1 2 3; do ip netns exec b iptables -A INPUT -s 10.0.0.$i -j ACCEPT; done
  $ ip netns exec b iptables -I INPUT 2 -p icmp -j RETURN
  $ ip netns exec b iptables -I INPUT -p tcp -j DROP
  $ ip netns exec b iptables -S INPUT 3
  -A INPUT -p icmp -j RETURN
  $ ip netns exec b iptables -S INPUT 0
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -S INPUT 9
  $ ip netns exec b iptables -L INPUT 3 -n
  RETURN     1    --  0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -L INPUT 3 -n -v
      0     0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -L INPUT 0 -n
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -L INPUT 9 -n
  $ ip netns exec a ping -c 2 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -L INPUT -n -v --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0           
  2        2   168 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
  3        0     0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  4        0     0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
  5        0     0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
  $ ip netns exec b iptables -Z INPUT 3
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0           
         2      168 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
         0        0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
  $ ip netns exec b iptables -Z INPUT 9
  $ ip netns exec b iptables -L -Z INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0           
      2   168 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
      0     0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
      0     0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
  Zeroing chain `INPUT'
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
      0     0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
      0     0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
  $ ip netns exec b iptables -R INPUT 1 -p udp -j DROP
  $ ip netns exec b iptables -R INPUT 0 -p udp -j DROP
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -D INPUT 0
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -I INPUT 0 -j DROP
  iptables v1.8.9 (nf_tables): Invalid rule number `0'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -I INPUT 6 -j DROP
  $ ip netns exec b iptables -I INPUT 8 -j DROP
  iptables: Index of insertion too big.
  [1]
  $ ip netns exec b iptables -D INPUT 6
  $ ip netns exec b iptables -D INPUT 2 3
  Bad argument `3'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -C INPUT -s 10.0.0.2/32 -j ACCEPT
  $ ip netns exec b iptables -C INPUT -s 10.0.0.2/32 -j ACCEPT; echo $?
  0
  $ ip netns exec b iptables -C INPUT -s 10.0.0.2/31 -j ACCEPT; echo $?
  iptables: Bad rule (does a matching rule exist in that chain?).
  1
  $ ip netns exec b iptables -C INPUT 2
  Bad argument `2'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables --line-numbers -nL INPUT
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       17   --  0.0.0.0/0            0.0.0.0/0           
  2    ACCEPT     0    --  10.0.0.1             0.0.0.0/0           
  3    RETURN     1    --  0.0.0.0/0            0.0.0.0/0           
  4    ACCEPT     0    --  10.0.0.2             0.0.0.0/0           
  5    ACCEPT     0    --  10.0.0.3             0.0.0.0/0           
  $ ip netns exec b iptables -S INPUT -v
  -P INPUT ACCEPT -c 0 0
  -A INPUT -p udp -c 0 0 -j DROP
  -A INPUT -s 10.0.0.1/32 -c 0 0 -j ACCEPT
  -A INPUT -p icmp -c 0 0 -j RETURN
  -A INPUT -s 10.0.0.2/32 -c 0 0 -j ACCEPT
  -A INPUT -s 10.0.0.3/32 -c 0 0 -j ACCEPT
  $ ip netns exec b iptables -L INPUT --line-numbers -n -x -v -t filter
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  2           0        0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
  3           0        0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  4           0        0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
  5           0        0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
  $ ip netns exec b iptables -vnL INPUT --exact
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
         0        0 RETURN     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.2             0.0.0.0/0           
         0        0 ACCEPT     0    --  *      *       10.0.0.3             0.0.0.0/0           
