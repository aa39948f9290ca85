Listing forms after traffic: -S -v counters, -L with -x/-v/--line-numbers/-n combinations on filter and nat, iptables-save -c, -L -Z, -C with counters.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -N CNT
  $ ip netns exec b iptables -A INPUT -i b0 -p icmp -j CNT
  $ ip netns exec b iptables -A CNT -s 10.0.0.1 -m comment --comment "from a"
  $ ip netns exec b iptables -A CNT -j RETURN
  $ ip netns exec b iptables -A OUTPUT -o b0 ! -d 10.0.0.0/8 -j DROP
  $ ip netns exec b iptables -t nat -A POSTROUTING -o b0 -s 10.0.0.2 -j RETURN
  $ ip netns exec a ping -c 3 -i 0.2 -q 10.0.0.2 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b iptables -S -v
  -P INPUT ACCEPT -c 0 0
  -P FORWARD ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -N CNT
  -A INPUT -i b0 -p icmp -c 3 252 -j CNT
  -A OUTPUT ! -d 10.0.0.0/8 -o b0 -c 0 0 -j DROP
  -A CNT -s 10.0.0.1/32 -m comment --comment "from a" -c 3 252
  -A CNT -c 3 252 -j RETURN
  $ ip netns exec b iptables -S CNT -v
  -N CNT
  -A CNT -s 10.0.0.1/32 -m comment --comment "from a" -c 3 252
  -A CNT -c 3 252 -j RETURN
  $ ip netns exec b iptables -L -x
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  CNT        icmp --  anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  DROP       all  --  anywhere            !10.0.0.0/8          
  
  Chain CNT (1 references)
  target     prot opt source               destination         
             all  --  10.0.0.1             anywhere             /* from a */
  RETURN     all  --  anywhere             anywhere            
  $ ip netns exec b iptables -L -v --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        3   252 CNT        icmp --  b0     any     anywhere             anywhere            
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 DROP       all  --  any    b0      anywhere            !10.0.0.0/8          
  
  Chain CNT (1 references)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        3   252            all  --  any    any     10.0.0.1             anywhere             /* from a */
  2        3   252 RETURN     all  --  any    any     anywhere             anywhere            
  $ ip netns exec b iptables -nvxL CNT --line-numbers
  Chain CNT (1 references)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           3      252            0    --  *      *       10.0.0.1             0.0.0.0/0            /* from a */
  2           3      252 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 RETURN     0    --  *      b0      10.0.0.2             0.0.0.0/0           
  $ ip netns exec b iptables -t nat -S -v
  -P PREROUTING ACCEPT -c 0 0
  -P INPUT ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -P POSTROUTING ACCEPT -c 0 0
  -A POSTROUTING -s 10.0.0.2/32 -o b0 -c 0 0 -j RETURN
  $ ip netns exec b iptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :CNT - [0:0]
  [3:252] -A INPUT -i b0 -p icmp -j CNT
  [0:0] -A OUTPUT ! -d 10.0.0.0/8 -o b0 -j DROP
  [3:252] -A CNT -s 10.0.0.1/32 -m comment --comment "from a"
  [3:252] -A CNT -j RETURN
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A POSTROUTING -s 10.0.0.2/32 -o b0 -j RETURN
  COMMIT
  $ ip netns exec b iptables -L CNT -Z -n -v
  Chain CNT (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      3   252            0    --  *      *       10.0.0.1             0.0.0.0/0            /* from a */
      3   252 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  Zeroing chain `CNT'
  $ ip netns exec b iptables -L CNT -n -v
  Chain CNT (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            0    --  *      *       10.0.0.1             0.0.0.0/0            /* from a */
      0     0 RETURN     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -Z CNT 1
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      252 CNT        1    --  b0     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -Z -t nat
  $ ip netns exec b iptables -t nat -L POSTROUTING -n -v
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 RETURN     0    --  *      b0      10.0.0.2             0.0.0.0/0           
  $ ip netns exec b iptables -C CNT -s 10.0.0.1 -m comment --comment "from a"
  $ ip netns exec b iptables -C CNT -s 10.0.0.1 -m comment --comment "from b"
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ ip netns exec b iptables -L -n --line-numbers -v -t filter CNT 2
  Bad argument `CNT'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -vL INPUT 1
      3   252 CNT        icmp --  b0     any     anywhere             anywhere            
  $ ip netns exec b iptables -L OUTPUT -v
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       all  --  any    b0      anywhere            !10.0.0.0/8          
