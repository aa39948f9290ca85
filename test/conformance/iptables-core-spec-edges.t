Core rule options at their edges: -s/-d masks and lists, -i/-o names, -p names and numbers, -f, -c counters, -j/-g targets; errors and what -S/-L keep.
  $ iptables -N u
  $ for r in "-s 1.2.3.4/33" "-s 1.2.3.4/255.0.255.0" "-s 1.2.3.4/-1" "-s 1.2.3.4/" "-s 1.2.3.4/0x10" "-s 1.2.3.4/016" "-s 1.2.3.4/255.255.255.0" "-s 1.2.3.4/0" "-s 1.2.3.4,1.2.3.4" "-s 1.2.3.4, 1.2.3.5" "-s ,1.2.3.4" "-s 1.2.3" "-s 1.2.3.4.5" "-s 0x01020304" "-s 16909060" "-s 1.2.3.04" "-s localhost" "-s nosuchhost.invalid" "-d 1.2.3.4/24 -d 5.6.7.8" "! -s 1.2.3.4 ! -d 5.6.7.8" "-s ! 1.2.3.4" "-i $(printf 'i%.0s' $(seq 1 16))" "-i $(printf 'i%.0s' $(seq 1 15))" "-i eth0+" "-i +" "-i 'a b'" "-i eth/0" "-i eth:0" "-o eth0.10" "-i eth0 -i eth1" "-p 0" "-p 256" "-p ALL" "-p TCP -m tcp --dport 1" "-p ipv6-icmp" "-p 58" "-p gre" "-p 47" "-p ip" "-p -1" "-p tcp -p udp" "! -p 0" "-p udplite" "-p 136" "-f -p tcp" "-p tcp --dport 1 -f" "! -f -p udp" "-f -f" "-c 1 2" "-c 1" "-c -1 2" "-c 1 x" "-c 18446744073709551615 18446744073709551615" "-g u" "-g INPUT" "-g ACCEPT" "-j u -g u" "-j nosuch" "-j ''" "-j $(printf 'j%.0s' $(seq 1 30))"; do echo "[$r]"; eval iptables -A u $r 2>&1; echo $?; done
  [-s 1.2.3.4/33]
  iptables v1.8.9 (nf_tables): invalid mask `33' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s 1.2.3.4/255.0.255.0]
  0
  [-s 1.2.3.4/-1]
  iptables v1.8.9 (nf_tables): invalid mask `-1' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s 1.2.3.4/]
  iptables v1.8.9 (nf_tables): invalid mask `' specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s 1.2.3.4/0x10]
  0
  [-s 1.2.3.4/016]
  0
  [-s 1.2.3.4/255.255.255.0]
  0
  [-s 1.2.3.4/0]
  0
  [-s 1.2.3.4,1.2.3.4]
  0
  [-s 1.2.3.4, 1.2.3.5]
  Bad argument `1.2.3.5'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s ,1.2.3.4]
  iptables v1.8.9 (nf_tables): host/network `' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s 1.2.3]
  0
  [-s 1.2.3.4.5]
  iptables v1.8.9 (nf_tables): host/network `1.2.3.4.5' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-s 0x01020304]
  0
  [-s 16909060]
  0
  [-s 1.2.3.04]
  0
  [-s localhost]
  0
  [-s nosuchhost.invalid]
  iptables v1.8.9 (nf_tables): host/network `nosuchhost.invalid' not found
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-d 1.2.3.4/24 -d 5.6.7.8]
  iptables v1.8.9 (nf_tables): multiple -d flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [! -s 1.2.3.4 ! -d 5.6.7.8]
  0
  [-s ! 1.2.3.4]
  Bad argument `1.2.3.4'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-i iiiiiiiiiiiiiiii]
  iptables v1.8.9 (nf_tables): interface name `iiiiiiiiiiiiiiii' must be shorter than IFNAMSIZ (15)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-i iiiiiiiiiiiiiii]
  0
  [-i eth0+]
  0
  [-i +]
  0
  [-i 'a b']
  Warning: weird character in interface `a b' ('/' and ' ' are not allowed by the kernel).
  0
  [-i eth/0]
  Warning: weird character in interface `eth/0' ('/' and ' ' are not allowed by the kernel).
  0
  [-i eth:0]
  0
  [-o eth0.10]
  0
  [-i eth0 -i eth1]
  iptables v1.8.9 (nf_tables): multiple -i flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p 0]
  0
  [-p 256]
  iptables v1.8.9 (nf_tables): unknown protocol "256" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p ALL]
  0
  [-p TCP -m tcp --dport 1]
  0
  [-p ipv6-icmp]
  0
  [-p 58]
  0
  [-p gre]
  0
  [-p 47]
  0
  [-p ip]
  0
  [-p -1]
  iptables v1.8.9 (nf_tables): unknown protocol "-1" specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p tcp -p udp]
  iptables v1.8.9 (nf_tables): multiple -p flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [! -p 0]
  iptables v1.8.9 (nf_tables): rule would never match protocol
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-p udplite]
  0
  [-p 136]
  0
  [-f -p tcp]
  0
  [-p tcp --dport 1 -f]
  0
  [! -f -p udp]
  0
  [-f -f]
  iptables v1.8.9 (nf_tables): multiple -f flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-c 1 2]
  0
  [-c 1]
  iptables v1.8.9 (nf_tables): -c requires packet and byte counter
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-c -1 2]
  0
  [-c 1 x]
  iptables v1.8.9 (nf_tables): -c byte counter not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-c 18446744073709551615 18446744073709551615]
  0
  [-g u]
  0
  [-g INPUT]
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain u
  4
  [-g ACCEPT]
  iptables v1.8.9 (nf_tables): Chain 'ACCEPT' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j u -g u]
  iptables v1.8.9 (nf_tables): multiple -j flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j nosuch]
  iptables v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j '']
  iptables v1.8.9 (nf_tables): Invalid target name (too short)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  [-j jjjjjjjjjjjjjjjjjjjjjjjjjjjjjj]
  iptables v1.8.9 (nf_tables): Invalid target name `jjjjjjjjjjjjjjjjjjjjjjjjjjjjjj' (28 chars max)
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S u
  -N u
  -A u -s 1.0.3.0/255.0.255.0
  -A u -s 1.2.0.0/16
  -A u -s 1.0.0.0/14
  -A u -s 1.2.3.0/24
  -A u
  -A u -s 1.2.3.4/32
  -A u -s 1.2.3.4/32
  -A u -s 1.2.3.0/32
  -A u -s 1.2.3.4/32
  -A u -s 1.2.3.4/32
  -A u -s 1.2.3.4/32
  -A u -s 127.0.0.1/32
  -A u ! -s 1.2.3.4/32 ! -d 5.6.7.8/32
  -A u -i iiiiiiiiiiiiiii
  -A u -i eth0+
  -A u
  -A u -i a b
  -A u -i eth/0
  -A u -i eth:0
  -A u -o eth0.10
  -A u
  -A u
  -A u -p tcp -m tcp --dport 1
  -A u -p ipv6-icmp
  -A u -p ipv6-icmp
  -A u -p gre
  -A u -p gre
  -A u
  -A u -p udplite
  -A u -p udplite
  -A u -p tcp -f
  -A u -p tcp -f -m tcp --dport 1
  -A u -p udp ! -f
  -A u
  -A u
  -A u
  -A u -g u
  $ iptables -L u -v -n
  Chain u (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            0    --  *      *       1.0.3.0/255.0.255.0  0.0.0.0/0           
      0     0            0    --  *      *       1.2.0.0/16           0.0.0.0/0           
      0     0            0    --  *      *       1.0.0.0/14           0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.0/24           0.0.0.0/0           
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.4              0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.4              0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.0              0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.4              0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.4              0.0.0.0/0           
      0     0            0    --  *      *       1.2.3.4              0.0.0.0/0           
      0     0            0    --  *      *       127.0.0.1            0.0.0.0/0           
      0     0            0    --  *      *      !1.2.3.4             !5.6.7.8             
      0     0            0    --  iiiiiiiiiiiiiii *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  eth0+  *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  a b    *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  eth/0  *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  eth:0  *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      eth0.10  0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:1
      0     0            58   --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            58   --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            47   --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            47   --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            136  --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            136  --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            6    -f  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0            6    -f  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:1
      0     0            17   !f  *      *       0.0.0.0/0            0.0.0.0/0           
      1     2            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
     0K     2            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
     0K    0K            0    --  *      *       0.0.0.0/0            0.0.0.0/0           
      0     0 u          0    --  *      *       0.0.0.0/0            0.0.0.0/0           [goto] 
