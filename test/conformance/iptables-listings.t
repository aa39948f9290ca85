iptables listings: -S, -L -n -v --line-numbers -x, -Z, -C, errors.
  $ iptables -A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
  $ iptables -A INPUT -i lo -j ACCEPT
  $ iptables -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
  $ iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 5/sec -j ACCEPT
  $ iptables -A INPUT -j LOG --log-prefix "drop: " --log-level 4
  $ iptables -N mychain
  $ iptables -A mychain -d 192.168.1.1 -j RETURN
  $ iptables -A mychain -m comment --comment "hello world" -j DROP
  $ iptables -A FORWARD -j mychain
  $ iptables -P FORWARD DROP
  $ iptables -A OUTPUT -o lo -p tcp --sport 1024:65535 --tcp-flags SYN,ACK SYN -j REJECT --reject-with tcp-reset
  $ iptables -A OUTPUT ! -d 127.0.0.0/8 -m mark --mark 0x1/0xff -j MARK --set-mark 2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  -N mychain
  -A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -j ACCEPT
  -A INPUT -i lo -j ACCEPT
  -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
  -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT
  -A INPUT -j LOG --log-prefix "drop: "
  -A FORWARD -j mychain
  -A OUTPUT -o lo -p tcp -m tcp --sport 1024:65535 --tcp-flags SYN,ACK SYN -j REJECT --reject-with tcp-reset
  -A OUTPUT ! -d 127.0.0.0/8 -m mark --mark 0x1/0xff -j MARK --set-xmark 0x2/0xffffffff
  -A mychain -d 192.168.1.1/32 -j RETURN
  -A mychain -m comment --comment "hello world" -j DROP
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -j ACCEPT
  -A INPUT -i lo -j ACCEPT
  -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
  -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT
  -A INPUT -j LOG --log-prefix "drop: "
  $ iptables -S INPUT 2
  -A INPUT -i lo -j ACCEPT
  $ iptables -S nosuch
  iptables v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -L
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     tcp  --  10.0.0.0/8           anywhere             tcp dpt:ssh
  ACCEPT     all  --  anywhere             anywhere            
  ACCEPT     udp  --  anywhere             anywhere             multiport dports domain,ntp
  ACCEPT     all  --  anywhere             anywhere             ctstate RELATED,ESTABLISHED
  ACCEPT     icmp --  anywhere             anywhere             icmp echo-request limit: avg 5/sec burst 5
  LOG        all  --  anywhere             anywhere             LOG level warn prefix "drop: "
  
  Chain FORWARD (policy DROP)
  target     prot opt source               destination         
  mychain    all  --  anywhere             anywhere            
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  REJECT     tcp  --  anywhere             anywhere             tcp spts:1024:65535 flags:SYN,ACK/SYN reject-with tcp-reset
  MARK       all  --  anywhere            !loopback/8           mark match 0x1/0xff MARK set 0x2
  
  Chain mychain (1 references)
  target     prot opt source               destination         
  RETURN     all  --  anywhere             192.168.1.1         
  DROP       all  --  anywhere             anywhere             /* hello world */
  $ iptables -L -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     6    --  10.0.0.0/8           0.0.0.0/0            tcp dpt:22
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 8 limit: avg 5/sec burst 5
  LOG        0    --  0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  
  Chain FORWARD (policy DROP)
  target     prot opt source               destination         
  mychain    0    --  0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  REJECT     6    --  0.0.0.0/0            0.0.0.0/0            tcp spts:1024:65535 flags:0x12/0x02 reject-with tcp-reset
  MARK       0    --  0.0.0.0/0           !127.0.0.0/8          mark match 0x1/0xff MARK set 0x2
  
  Chain mychain (1 references)
  target     prot opt source               destination         
  RETURN     0    --  0.0.0.0/0            192.168.1.1         
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            /* hello world */
  $ iptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     6    --  *      *       10.0.0.0/8           0.0.0.0/0            tcp dpt:22
      0     0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
      0     0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 limit: avg 5/sec burst 5
      0     0 LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 mychain    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 REJECT     6    --  *      lo      0.0.0.0/0            0.0.0.0/0            tcp spts:1024:65535 flags:0x12/0x02 reject-with tcp-reset
      0     0 MARK       0    --  *      *       0.0.0.0/0           !127.0.0.0/8          mark match 0x1/0xff MARK set 0x2
  
  Chain mychain (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 RETURN     0    --  *      *       0.0.0.0/0            192.168.1.1         
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hello world */
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     6    --  *      *       10.0.0.0/8           0.0.0.0/0            tcp dpt:22
         0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
         0        0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
         0        0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 limit: avg 5/sec burst 5
         0        0 LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 mychain    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REJECT     6    --  *      lo      0.0.0.0/0            0.0.0.0/0            tcp spts:1024:65535 flags:0x12/0x02 reject-with tcp-reset
         0        0 MARK       0    --  *      *       0.0.0.0/0           !127.0.0.0/8          mark match 0x1/0xff MARK set 0x2
  
  Chain mychain (1 references)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 RETURN     0    --  *      *       0.0.0.0/0            192.168.1.1         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hello world */
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    ACCEPT     6    --  10.0.0.0/8           0.0.0.0/0            tcp dpt:22
  2    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0           
  3    ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
  4    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
  5    ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 8 limit: avg 5/sec burst 5
  6    LOG        0    --  0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  $ iptables -L mychain -n -v --line-numbers
  Chain mychain (1 references)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 RETURN     0    --  *      *       0.0.0.0/0            192.168.1.1         
  2        0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hello world */
  $ iptables -L nosuch -n
  iptables v1.8.9 (nf_tables): chain `nosuch' in table `filter' is incompatible, use 'nft' tool.
  [1]
  $ iptables -L INPUT 3 -n
  ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
  $ iptables -C INPUT -i lo -j ACCEPT
  $ iptables -C INPUT -i lo -j DROP
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -Z INPUT
  $ iptables -Z INPUT 1
  $ iptables -L -n -v -Z
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 ACCEPT     6    --  *      *       10.0.0.0/8           0.0.0.0/0            tcp dpt:22
      0     0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
      0     0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            multiport dports 53,123
      0     0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
      0     0 ACCEPT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 8 limit: avg 5/sec burst 5
      0     0 LOG        0    --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4 prefix "drop: "
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 mychain    0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 REJECT     6    --  *      lo      0.0.0.0/0            0.0.0.0/0            tcp spts:1024:65535 flags:0x12/0x02 reject-with tcp-reset
      0     0 MARK       0    --  *      *       0.0.0.0/0           !127.0.0.0/8          mark match 0x1/0xff MARK set 0x2
  
  Chain mychain (1 references)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 RETURN     0    --  *      *       0.0.0.0/0            192.168.1.1         
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            /* hello world */
  Zeroing chain `INPUT'
  Zeroing chain `FORWARD'
  Zeroing chain `OUTPUT'
  Zeroing chain `mychain'
  $ iptables -D INPUT 9
  iptables: Index of deletion too big.
  [1]
  $ iptables -D INPUT -i eth9 -j ACCEPT
  iptables: Bad rule (does a matching rule exist in that chain?).
  [1]
  $ iptables -I INPUT 20 -j ACCEPT
  iptables: Index of insertion too big.
  [1]
  $ iptables -R INPUT 10 -j ACCEPT
  iptables: Index of replacement too big.
  [1]
  $ iptables -X mychain
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain mychain
  [4]
  $ iptables -F mychain
  $ iptables -X mychain
  iptables v1.8.9 (nf_tables):  CHAIN_DEL failed (Device or resource busy): chain mychain
  [4]
  $ iptables -X nosuch
  iptables: No chain/target/match by that name.
  [1]
  $ iptables -N INPUT
  iptables: Chain already exists.
  [1]
  $ iptables -N a-very-long-chain-name-more-than-28-chars
  iptables v1.8.9 (nf_tables): chain name `a-very-long-chain-name-more-than-28-chars' too long (must be under 29 chars)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -j nosuch
  iptables v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --dport 70000 -j ACCEPT
  iptables v1.8.9 (nf_tables): invalid port/service `70000' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -s 10.0.0.0/33 -j ACCEPT
  iptables v1.8.9 (nf_tables): invalid mask `33' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT --bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): unknown option "--bogus"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -P INPUT REJECT
  iptables: Bad policy name. Run `dmesg' for more information.
  [1]
  $ iptables -P mychain DROP
  iptables: Bad built-in chain name.
  [1]
  $ iptables -t nosuch -L
  iptables v1.8.9 (nf_tables): table 'nosuch' does not exist
  Perhaps iptables or your kernel needs to be upgraded.
  [3]
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  $ iptables -t nat -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
  $ iptables -t mangle -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain POSTROUTING (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables -t raw -L -n
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  :mychain - [0:0]
  -A INPUT -s 10.0.0.0/8 -p tcp -m tcp --dport 22 -j ACCEPT
  -A INPUT -i lo -j ACCEPT
  -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
  -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 8 -m limit --limit 5/sec -j ACCEPT
  -A INPUT -j LOG --log-prefix "drop: "
  -A FORWARD -j mychain
  -A OUTPUT -o lo -p tcp -m tcp --sport 1024:65535 --tcp-flags SYN,ACK SYN -j REJECT --reject-with tcp-reset
  -A OUTPUT ! -d 127.0.0.0/8 -m mark --mark 0x1/0xff -j MARK --set-xmark 0x2/0xffffffff
  COMMIT
  $ iptables -F
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  -N mychain
  $ iptables -E nosuch other
  iptables: No chain/target/match by that name.
  [1]
