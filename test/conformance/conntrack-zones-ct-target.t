iptables -j CT --zone: zones picked in the raw table (a number, one direction, the packet mark), their listings, and the entries loopback traffic makes in them.
  $ iptables -t raw -A OUTPUT -p udp --dport 9 -j CT --zone-orig 7
  $ iptables -t raw -A OUTPUT -p udp --dport 10 -j CT --zone-reply 8
  $ iptables -t raw -A OUTPUT -p udp --dport 11 -j CT --zone 0x20
  $ iptables -t raw -A OUTPUT -p udp --dport 12 -j CT --zone mark
  $ iptables -t raw -A OUTPUT -p udp --dport 13 -j CT --zone-orig mark
  $ iptables -t raw -A PREROUTING -i lo -j CT --zone 5
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -i lo -j CT --zone 5
  -A OUTPUT -p udp -m udp --dport 9 -j CT --zone-orig 7
  -A OUTPUT -p udp -m udp --dport 10 -j CT --zone-reply 8
  -A OUTPUT -p udp -m udp --dport 11 -j CT --zone 32
  -A OUTPUT -p udp -m udp --dport 12 -j CT --zone mark
  -A OUTPUT -p udp -m udp --dport 13 -j CT --zone-orig mark
  $ iptables -t raw -L -n -v
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 CT         0    --  lo     *       0.0.0.0/0            0.0.0.0/0            CT zone 5
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:9 CT zone-orig 7
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:10 CT zone-reply 8
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:11 CT zone 32
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:12 CT zone mark
      0     0 CT         17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:13 CT zone-orig mark
  $ iptables-save -t raw | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -i lo -j CT --zone 5
  -A OUTPUT -p udp -m udp --dport 9 -j CT --zone-orig 7
  -A OUTPUT -p udp -m udp --dport 10 -j CT --zone-reply 8
  -A OUTPUT -p udp -m udp --dport 11 -j CT --zone 32
  -A OUTPUT -p udp -m udp --dport 12 -j CT --zone mark
  -A OUTPUT -p udp -m udp --dport 13 -j CT --zone-orig mark
  COMMIT
  $ cat /proc/net/nf_conntrack
  $ ip link set lo up
  $ for p in 9 10 11; do printf x | nc -u -w1 -p 400$p 127.0.0.1 $p; done
  $ iptables -t raw -I OUTPUT -p udp --dport 12:13 -j MARK --set-mark 0x10022
  $ printf x | nc -u -w1 -p 4012 127.0.0.1 12; printf x | nc -u -w1 -p 4013 127.0.0.1 13
  $ conntrack -L 2>&1 | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40010 dport=10 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=10 dport=40010 zone-reply=8 mark=0 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=40011 mark=0 zone=32 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4009 dport=9 zone-orig=7 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=9 dport=4009 mark=0 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4012 dport=12 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=12 dport=4012 mark=0 zone=34 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4013 dport=13 zone-orig=34 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=13 dport=4013 mark=0 use=1
  $ cat /proc/net/nf_conntrack | sort
  ipv4     2 udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40010 dport=10 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=10 dport=40010 zone-reply=8 mark=0 use=2
  ipv4     2 udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=40011 mark=0 zone=32 use=2
  ipv4     2 udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4009 dport=9 zone-orig=7 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=9 dport=4009 mark=0 use=2
  ipv4     2 udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4012 dport=12 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=12 dport=4012 mark=0 zone=34 use=2
  ipv4     2 udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4013 dport=13 zone-orig=34 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=13 dport=4013 mark=0 use=2
  $ conntrack -L -w 34
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4012 dport=12 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=12 dport=4012 mark=0 zone=34 use=1
  $ conntrack -L --orig-zone 34 -o save
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  -A -t 29 -u UNSET --orig-zone 34 -s 127.0.0.1 -d 127.0.0.1 -r 127.0.0.1 -q 127.0.0.1 -p udp --sport 4013 --dport 13 --reply-port-src 13 --reply-port-dst 4013
  $ printf x | nc -u -w1 -p 4011 127.0.0.1 11; conntrack -L -p udp --dport 11 | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=40011 mark=0 zone=32 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=4011 mark=0 zone=32 use=1
  $ iptables -t raw -D OUTPUT -p udp --dport 11 -j CT --zone 0x20
  $ printf x | nc -u -w1 -p 4011 127.0.0.1 11; conntrack -L -p udp --dport 11 | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=40011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=40011 mark=0 zone=32 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=4011 mark=0 use=1
  udp      17 29 src=127.0.0.1 dst=127.0.0.1 sport=4011 dport=11 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=11 dport=4011 mark=0 zone=32 use=1
  $ iptables -t raw -F
  $ iptables -t raw -A OUTPUT -j CT --zone 70000
  iptables v1.8.9 (nf_tables): Cannot parse 70000 as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t raw -A OUTPUT -j CT --zone foo
  iptables v1.8.9 (nf_tables): Cannot parse foo as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t raw -A OUTPUT -j CT --zone-orig -1
  iptables v1.8.9 (nf_tables): Cannot parse -1 as a zone ID
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t raw -A OUTPUT -j CT --zone
  iptables v1.8.9 (nf_tables): option "--zone" requires an argument
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t raw -A OUTPUT -j CT --zone-orig 1 --zone 2
  $ iptables -t raw -A OUTPUT -j CT --zone-orig 1 --zone-reply 2
  $ iptables -t raw -A OUTPUT -j CT --zone-reply mark --zone 3
  $ iptables -t raw -A OUTPUT -j CT --zone 0
  $ iptables -t raw -A OUTPUT -j CT --zone-orig 0
  $ iptables -t raw -A OUTPUT -j CT --notrack --zone 3
  $ iptables -t raw -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -j CT --zone-orig 2
  -A OUTPUT -j CT --zone 2
  -A OUTPUT -j CT --zone-reply mark
  -A OUTPUT -j CT
  -A OUTPUT -j CT
  -A OUTPUT -j CT --notrack --zone 3
  $ iptables -t filter -A OUTPUT -j CT --zone 1
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
