Counters on a router as iptables prints them: the K/M suffixes of -L -v past 99999 (bytes) and 99999 packets, exact with -x; the nat table counting only the first packet of each flow; -Z of one rule and of a chain; iptables-save -c and iptables-restore -c bringing counters back, into nat and mangle too.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec r iptables -A FORWARD -i ra -p icmp
  $ ip netns exec r iptables -A FORWARD -i r1 -p icmp
  $ ip netns exec r iptables -t mangle -A FORWARD -p icmp
  $ ip netns exec a ping -c 3 -i 0.2 -s 50000 203.0.113.2 | tail -2 | head -1
  3 packets transmitted, 3 received, 0% packet loss, time *ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3  150K            1    --  ra     *       0.0.0.0/0            0.0.0.0/0           
      3  150K            1    --  r1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3   150084            1    --  ra     *       0.0.0.0/0            0.0.0.0/0           
         3   150084            1    --  r1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1 50028 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t mangle -L FORWARD -v
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6  300K            icmp --  any    any     anywhere             anywhere            
  $ ip netns exec r iptables -Z FORWARD 2
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      3  150K            1    --  ra     *       0.0.0.0/0            0.0.0.0/0           
      0     0            1    --  r1     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [3:150084] -A FORWARD -i ra -p icmp
  [0:0] -A FORWARD -i r1 -p icmp
  COMMIT
  $ ip netns exec r iptables-save -c -t nat | grep -v '^#' > nat.rules
  $ ip netns exec r iptables -t nat -F
  $ printf '*nat\n:PREROUTING ACCEPT [7:700]\n:POSTROUTING ACCEPT [123456:98765432]\n[1000000:2000000000] -A POSTROUTING -o r1 -j MASQUERADE\n[5:500] -A PREROUTING -i r1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.2\nCOMMIT\n' | ip netns exec r iptables-restore -c
  $ ip netns exec r iptables -t nat -L -v -n
  Chain PREROUTING (policy ACCEPT 7 packets, 700 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      5   500 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:192.168.1.2
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 123K packets, 99M bytes)
   pkts bytes target     prot opt in     out     source               destination         
  1000K 2000M MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t nat -L -v -n -x
  Chain PREROUTING (policy ACCEPT 7 packets, 700 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         5      500 DNAT       17   --  r1     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 to:192.168.1.2
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 123456 packets, 98765432 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
   1000000 2000000000 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables-save -c -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [7:700]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [123456:98765432]
  [5:500] -A PREROUTING -i r1 -p udp -m udp --dport 53 -j DNAT --to-destination 192.168.1.2
  [1000000:2000000000] -A POSTROUTING -o r1 -j MASQUERADE
  COMMIT
  $ ip netns exec r iptables-restore -c < nat.rules
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1 50028 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ printf '*mangle\n:FORWARD ACCEPT [1:2]\n[3:4] -A FORWARD -p icmp\nCOMMIT\n' | ip netns exec r iptables-restore -c --noflush
  $ ip netns exec r iptables -t mangle -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 1 packets, 2 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      6  300K            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
      3     4            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t mangle -Z
  $ ip netns exec r iptables -t mangle -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ printf '*mangle\n[3:4 -A FORWARD -p icmp\nCOMMIT\n' | ip netns exec r iptables-restore -c
  iptables-restore v1.8.9 (nf_tables): Bad line 2: need ]
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
  $ printf '*mangle\n[x:4] -A FORWARD -p icmp\nCOMMIT\n' | ip netns exec r iptables-restore -c
  iptables-restore v1.8.9 (nf_tables): -c packet counter not numeric
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
