connlimit: UDP flows per source address (and per /24, per destination), above and upto, the count after conntrack -D and -F, listings, save and the option errors.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b iptables -A INPUT -p udp -m connlimit --connlimit-above 2 -j DROP
  $ ip netns exec b iptables -A INPUT -p udp -j ACCEPT
  $ for p in 4001 4002 4003 4004; do echo x | ip netns exec a nc -u -w 1 -p $p 10.0.0.2 9; done
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      2    60 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0            #conn src/32 > 2
      2    60 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b conntrack -L -p udp 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/' | sort
  udp      17 TIMEOUT src=10.0.0.1 dst=10.0.0.2 sport=4001 dport=9 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9 dport=4001 mark=0 use=1
  udp      17 TIMEOUT src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=9 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9 dport=4002 mark=0 use=1
  $ echo x | ip netns exec a nc -u -w 1 -p 4001 10.0.0.2 9
  $ echo x | ip netns exec a nc -u -w 1 -s 10.0.0.11 -p 4005 10.0.0.2 9
  $ echo x | ip netns exec a nc -u -w 1 -p 4006 10.0.0.2 9
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      4   120 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0            #conn src/32 > 2
      3    90 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b conntrack -D -p udp --sport 4002 2>/dev/null | sed -E 's/ +[0-9]+ src=/ TIMEOUT src=/'
  udp      17 TIMEOUT src=10.0.0.1 dst=10.0.0.2 sport=4002 dport=9 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9 dport=4002 mark=0 use=1
  $ echo x | ip netns exec a nc -u -w 1 -p 4007 10.0.0.2 9
  $ echo x | ip netns exec a nc -u -w 1 -p 4008 10.0.0.2 9
  $ ip netns exec b iptables -L INPUT -n -v -Z
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      5   150 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0            #conn src/32 > 2
      4   120 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  Zeroing chain `INPUT'
  $ ip netns exec b conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec b iptables -R INPUT 1 -p udp -m connlimit --connlimit-upto 1 --connlimit-mask 24 -j ACCEPT
  $ ip netns exec b iptables -R INPUT 2 -p udp -j DROP
  $ echo x | ip netns exec a nc -u -w 1 -p 4010 10.0.0.2 9
  $ echo x | ip netns exec a nc -u -w 1 -s 10.0.0.11 -p 4011 10.0.0.2 9
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    30 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            #conn src/24 <= 1
      1    30 DROP       17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m connlimit ! --connlimit-upto 3 --connlimit-daddr -j REJECT --reject-with tcp-reset
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 0 -j DROP
  $ ip netns exec b iptables -A INPUT -m connlimit ! --connlimit-above 10 --connlimit-saddr -j DROP
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m connlimit --connlimit-upto 1 --connlimit-mask 24 --connlimit-saddr -j ACCEPT
  -A INPUT -p udp -j DROP
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m connlimit --connlimit-above 3 --connlimit-mask 32 --connlimit-daddr -j REJECT --reject-with tcp-reset
  -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 0 --connlimit-saddr -j DROP
  -A INPUT -m connlimit --connlimit-upto 10 --connlimit-mask 32 --connlimit-saddr -j DROP
  $ ip netns exec b iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     udp  --  anywhere             anywhere             #conn src/24 <= 1
  DROP       udp  --  anywhere             anywhere            
  REJECT     tcp  --  anywhere             anywhere             tcp flags:FIN,SYN,RST,ACK/SYN #conn dst/32 > 3 reject-with tcp-reset
  DROP       all  --  anywhere             anywhere             #conn src/0 > 10
  DROP       all  --  anywhere             anywhere             #conn src/32 <= 10
  $ ip netns exec b iptables -A INPUT -m connlimit -j DROP
  iptables v1.8.9 (nf_tables): You must specify "--connlimit-above" or "--connlimit-upto".
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-upto 2 -j DROP
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-upto" cannot be used together with "--connlimit-above".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above x -j DROP
  iptables v1.8.9 (nf_tables): connlimit: bad value for option "--connlimit-above", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 4294967296 -j DROP
  iptables v1.8.9 (nf_tables): connlimit: bad value for option "--connlimit-above", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-mask 33 -j DROP
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-mask -1 -j DROP
  iptables v1.8.9 (nf_tables): connlimit: bad value for option "--connlimit-mask", neither a valid network mask nor valid CIDR (0-32).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-saddr --connlimit-daddr -j DROP
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-saddr" cannot be used together with "--connlimit-daddr".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 --connlimit-above 2 -j DROP
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-above" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables -A INPUT -m connlimit --connlimit-above 1 ! --connlimit-mask 8 -j DROP
  iptables v1.8.9 (nf_tables): connlimit: option "--connlimit-mask" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec b iptables-save -t filter | grep connlimit
  -A INPUT -p udp -m connlimit --connlimit-upto 1 --connlimit-mask 24 --connlimit-saddr -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m connlimit --connlimit-above 3 --connlimit-mask 32 --connlimit-daddr -j REJECT --reject-with tcp-reset
  -A INPUT -m connlimit --connlimit-above 10 --connlimit-mask 0 --connlimit-saddr -j DROP
  -A INPUT -m connlimit --connlimit-upto 10 --connlimit-mask 32 --connlimit-saddr -j DROP
  -A INPUT -m connlimit --connlimit-above 1 --connlimit-mask 32 --connlimit-saddr -j DROP
