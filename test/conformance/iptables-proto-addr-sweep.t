iptables -p and -s/-d value sweep: protocol names, numbers and aliases, masks in both forms, lists, odd addresses; exit codes, then -S and -L -n.
  $ iptables -N t
  $ for v in tcp TCP Tcp 6 06 0x6 0 all ALL 255 256 -1 icmp ipv6-icmp icmpv6 esp ah sctp udplite mh gre ipip ip foo "" 17x; do printf '%s: ' "$v"; r=$(iptables -A t -p "$v" 2>&1); c=$?; echo "rc $c $(echo "$r" | head -1)"; done
  tcp: rc 0 
  TCP: rc 0 
  Tcp: rc 0 
  6: rc 0 
  06: rc 0 
  0x6: rc 0 
  0: rc 0 
  all: rc 0 
  ALL: rc 0 
  255: rc 0 
  256: rc 2 iptables v1.8.9 (nf_tables): unknown protocol "256" specified
  -1: rc 2 iptables v1.8.9 (nf_tables): unknown protocol "-1" specified
  icmp: rc 0 
  ipv6-icmp: rc 0 
  icmpv6: rc 0 
  esp: rc 0 
  ah: rc 0 
  sctp: rc 0 
  udplite: rc 0 
  mh: rc 0 
  gre: rc 0 
  ipip: rc 0 
  ip: rc 0 
  foo: rc 2 iptables v1.8.9 (nf_tables): unknown protocol "foo" specified
  : rc 2 iptables v1.8.9 (nf_tables): unknown protocol "" specified
  17x: rc 2 iptables v1.8.9 (nf_tables): unknown protocol "17x" specified
  $ for v in 1.2.3.4 1.2.3.4/32 1.2.3.4/0 1.2.3.4/33 1.2.3.4/-1 1.2.3.4/255.255.0.0 1.2.3.4/255.0.255.0 1.2.3.4/0.0.0.0 1.2.3 1.2.3.4.5 0/0 1.1.1.1,2.2.2.2 1.1.1.1,1.1.1.1 "1.1.1.1, 2.2.2.2" 1.1.1.1, ,1.1.1.1 10.0.0.1/8 localhost 255.255.255.255/31 01.2.3.4 0x01020304 16909060; do printf '%s: ' "$v"; r=$(iptables -A t -s "$v" 2>&1); c=$?; echo "rc $c $(echo "$r" | head -1)"; done
  1.2.3.4: rc 0 
  1.2.3.4/32: rc 0 
  1.2.3.4/0: rc 0 
  1.2.3.4/33: rc 2 iptables v1.8.9 (nf_tables): invalid mask `33' specified
  1.2.3.4/-1: rc 2 iptables v1.8.9 (nf_tables): invalid mask `-1' specified
  1.2.3.4/255.255.0.0: rc 0 
  1.2.3.4/255.0.255.0: rc 0 
  1.2.3.4/0.0.0.0: rc 0 
  1.2.3: rc 0 
  1.2.3.4.5: rc 2 iptables v1.8.9 (nf_tables): host/network `1.2.3.4.5' not found
  0/0: rc 0 
  1.1.1.1,2.2.2.2: rc 0 
  1.1.1.1,1.1.1.1: rc 0 
  1.1.1.1, 2.2.2.2: rc 0 
  1.1.1.1,: rc 2 iptables v1.8.9 (nf_tables): host/network `' not found
  ,1.1.1.1: rc 2 iptables v1.8.9 (nf_tables): host/network `' not found
  10.0.0.1/8: rc 0 
  localhost: rc 0 
  255.255.255.255/31: rc 0 
  01.2.3.4: rc 0 
  0x01020304: rc 0 
  16909060: rc 0 
  $ iptables -S t
  -N t
  -A t -p tcp
  -A t -p tcp
  -A t -p tcp
  -A t -p tcp
  -A t -p tcp
  -A t -p tcp
  -A t
  -A t
  -A t
  -A t -p 255
  -A t -p icmp
  -A t -p ipv6-icmp
  -A t -p ipv6-icmp
  -A t -p esp
  -A t -p ah
  -A t -p sctp
  -A t -p udplite
  -A t -p mobility-header
  -A t -p gre
  -A t -p ipip
  -A t
  -A t -s 1.2.3.4/32
  -A t -s 1.2.3.4/32
  -A t
  -A t -s 1.2.0.0/16
  -A t -s 1.0.3.0/255.0.255.0
  -A t
  -A t -s 1.2.3.0/32
  -A t
  -A t -s 1.1.1.1/32
  -A t -s 2.2.2.2/32
  -A t -s 1.1.1.1/32
  -A t -s 1.1.1.1/32
  -A t -s 1.1.1.1/32
  -A t -s 2.2.2.2/32
  -A t -s 10.0.0.0/8
  -A t -s 127.0.0.1/32
  -A t -s 255.255.255.254/31
  -A t -s 1.2.3.4/32
  -A t -s 1.2.3.4/32
  -A t -s 1.2.3.4/32
  $ iptables -L t -n
  Chain t (0 references)
  target     prot opt source               destination         
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             255  --  0.0.0.0/0            0.0.0.0/0           
             1    --  0.0.0.0/0            0.0.0.0/0           
             58   --  0.0.0.0/0            0.0.0.0/0           
             58   --  0.0.0.0/0            0.0.0.0/0           
             50   --  0.0.0.0/0            0.0.0.0/0           
             51   --  0.0.0.0/0            0.0.0.0/0           
             132  --  0.0.0.0/0            0.0.0.0/0           
             136  --  0.0.0.0/0            0.0.0.0/0           
             135  --  0.0.0.0/0            0.0.0.0/0           
             47   --  0.0.0.0/0            0.0.0.0/0           
             94   --  0.0.0.0/0            0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  1.2.3.4              0.0.0.0/0           
             0    --  1.2.3.4              0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  1.2.0.0/16           0.0.0.0/0           
             0    --  1.0.3.0/255.0.255.0  0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  1.2.3.0              0.0.0.0/0           
             0    --  0.0.0.0/0            0.0.0.0/0           
             0    --  1.1.1.1              0.0.0.0/0           
             0    --  2.2.2.2              0.0.0.0/0           
             0    --  1.1.1.1              0.0.0.0/0           
             0    --  1.1.1.1              0.0.0.0/0           
             0    --  1.1.1.1              0.0.0.0/0           
             0    --  2.2.2.2              0.0.0.0/0           
             0    --  10.0.0.0/8           0.0.0.0/0           
             0    --  127.0.0.1            0.0.0.0/0           
             0    --  255.255.255.254/31   0.0.0.0/0           
             0    --  1.2.3.4              0.0.0.0/0           
             0    --  1.2.3.4              0.0.0.0/0           
             0    --  1.2.3.4              0.0.0.0/0           
