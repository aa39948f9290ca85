iptables rule-specification details: several -s/-d addresses make one rule per pair (-I puts them in last first), -v echoes each rule it adds, checks or deletes, -c/--set-counters, options given twice, and the chain names -N refuses.
  $ iptables -A INPUT -s 10.0.0.1,10.0.0.2/24 -j ACCEPT
  $ iptables -I INPUT 1 -d 1.1.1.1,2.2.2.2 -s 3.3.3.3,4.4.4.4 -j DROP
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 4.4.4.4/32 -d 2.2.2.2/32 -j DROP
  -A INPUT -s 4.4.4.4/32 -d 1.1.1.1/32 -j DROP
  -A INPUT -s 3.3.3.3/32 -d 2.2.2.2/32 -j DROP
  -A INPUT -s 3.3.3.3/32 -d 1.1.1.1/32 -j DROP
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  -A INPUT -s 10.0.0.0/24 -j ACCEPT
  $ iptables -v -I INPUT 2 -s 5.5.5.5,6.6.6.6 -p tcp --dport 22 -j ACCEPT
  ACCEPT  tcp opt -- in * out *  5.5.5.5  -> 0.0.0.0/0   tcp dpt:22
  ACCEPT  tcp opt -- in * out *  6.6.6.6  -> 0.0.0.0/0   tcp dpt:22
  $ iptables -v -A INPUT -p udp --dport 53 -j ACCEPT
  ACCEPT  udp opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   udp dpt:53
  $ iptables -v -A INPUT ! -s 192.168.0.0/16 -i eth+ -p icmp --icmp-type echo-request -j LOG --log-prefix "ping: "
  LOG  icmp opt -- in eth+ out * !192.168.0.0/16  -> 0.0.0.0/0   icmptype 8 LOG flags 0 level 4 prefix "ping: "
  $ iptables -v -A OUTPUT ! -o lo -d 10.9.0.0/255.255.0.255 -p 47 -j DROP
  DROP  47 opt -- in * out !lo  0.0.0.0/0  -> 10.9.0.0/255.255.0.255  
  $ iptables -C INPUT -s 5.5.5.5,6.6.6.6 -p tcp --dport 22 -j ACCEPT
  $ iptables -C INPUT -s 5.5.5.5,6.6.6.7 -p tcp --dport 22 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -v -C INPUT -s 5.5.5.5 -p tcp --dport 22 -j ACCEPT
  ACCEPT  tcp opt -- in * out *  5.5.5.5  -> 0.0.0.0/0   tcp dpt:22
  $ iptables -R INPUT 1 -s 5.5.5.5,6.6.6.6 -j ACCEPT
  iptables v1.8.9 (nf_tables): Replacement rule does not specify a unique address
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT ! -s 5.5.5.5,6.6.6.6 -j ACCEPT
  iptables v1.8.9 (nf_tables): ! not allowed with multiple source or destination IP addresses
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -d 5.5.5.5 ! -s 6.6.6.6,7.7.7.7 -j ACCEPT
  iptables v1.8.9 (nf_tables): ! not allowed with multiple source or destination IP addresses
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -v -D INPUT -s 5.5.5.5,6.6.6.6 -p tcp --dport 22 -j ACCEPT
  ACCEPT  tcp opt -- in * out *  5.5.5.5  -> 0.0.0.0/0   tcp dpt:22
  ACCEPT  tcp opt -- in * out *  6.6.6.6  -> 0.0.0.0/0   tcp dpt:22
  $ iptables -v -D INPUT 1
  $ iptables -v -D INPUT -p udp --dport 53 -j ACCEPT
  ACCEPT  udp opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   udp dpt:53
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       0    --  4.4.4.4              1.1.1.1             
  2    DROP       0    --  3.3.3.3              2.2.2.2             
  3    DROP       0    --  3.3.3.3              1.1.1.1             
  4    ACCEPT     0    --  10.0.0.1             0.0.0.0/0           
  5    ACCEPT     0    --  10.0.0.0/24          0.0.0.0/0           
  6    LOG        1    -- !192.168.0.0/16       0.0.0.0/0            icmptype 8 LOG flags 0 level 4 prefix "ping: "
  $ iptables -A INPUT -s 1.2.3.4 -s 1.2.3.5 -j DROP
  iptables v1.8.9 (nf_tables): multiple -s flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp -p udp -j DROP
  iptables v1.8.9 (nf_tables): multiple -p flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -i lo --in-interface lo -j DROP
  iptables v1.8.9 (nf_tables): multiple -i flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L -n -n
  iptables v1.8.9 (nf_tables): multiple -n flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -s 1.2.3.4,bogus.invalid -j DROP
  iptables v1.8.9 (nf_tables): host/network `bogus.invalid' not found
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -s 1.2.3.4, -j DROP
  iptables v1.8.9 (nf_tables): host/network `' not found
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -F
  $ iptables -A INPUT -c 5 600 -p icmp -j ACCEPT
  $ iptables -A INPUT --set-counters 7,800 -p udp -j ACCEPT
  $ iptables -I INPUT -c 1 2 -j ACCEPT
  $ iptables -A INPUT -c 5 -j ACCEPT
  iptables v1.8.9 (nf_tables): -c requires packet and byte counter
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -c x 5 -j ACCEPT
  iptables v1.8.9 (nf_tables): -c packet counter not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -c 5 x -j ACCEPT
  iptables v1.8.9 (nf_tables): -c byte counter not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -c 5 6 -c 7 8 -j ACCEPT
  iptables v1.8.9 (nf_tables): multiple -c flags not allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -R INPUT 2 -c 9 10 -p icmp -j ACCEPT
  $ iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1        2 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
         9       10 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0           
         7      800 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ iptables -S INPUT -v
  -P INPUT ACCEPT -c 0 0
  -A INPUT -c 1 2 -j ACCEPT
  -A INPUT -p icmp -c 9 10 -j ACCEPT
  -A INPUT -p udp -c 7 800 -j ACCEPT
  $ iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  iptables v1.8.9 (nf_tables): chain name `aaaaaaaaaaaaaaaaaaaaaaaaaaaaa' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N aaaaaaaaaaaaaaaaaaaaaaaaaaaa
  $ iptables -N -foo
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `-'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N '!x'
  iptables v1.8.9 (nf_tables): chain name not allowed to start with `!'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -N 'a b'
  iptables v1.8.9 (nf_tables): Invalid chain name `a b'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ for c in NAT ULOG standard QUEUE RETURN mark ECN HMARK NETMAP TCPMSS Log; do iptables -N $c; done
  Warning: Extension ULOG revision 0 not supported, missing kernel module?
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  iptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `iptables -h' or 'iptables --help' for more information.
  $ iptables -N ACCEPTX
  $ iptables -E ACCEPTX DROP
  $ iptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :DROP - [0:0]
  :Log - [0:0]
  :NAT - [0:0]
  :aaaaaaaaaaaaaaaaaaaaaaaaaaaa - [0:0]
  :mark - [0:0]
  [1:2] -A INPUT -j ACCEPT
  [9:10] -A INPUT -p icmp -j ACCEPT
  [7:800] -A INPUT -p udp -j ACCEPT
  COMMIT
