iptables matches as listed, saved and restored; restore errors.
  $ iptables -A INPUT -p tcp --syn -j ACCEPT
  $ iptables -A INPUT -p tcp ! --syn --dport 80:90 -j ACCEPT
  $ iptables -A INPUT -m state --state NEW,INVALID -j DROP
  $ iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  $ iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  $ iptables -A INPUT -m length --length 100:200 -j ACCEPT
  $ iptables -A INPUT -m ttl --ttl-gt 5 -j ACCEPT
  $ iptables -A INPUT -m pkttype --pkt-type broadcast -j DROP
  $ iptables -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  $ iptables -A INPUT -p udp -m udp --sport 53 -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type 3/4 -j ACCEPT
  $ iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
  $ iptables -A INPUT -m conntrack --ctstate NEW --ctproto tcp -j ACCEPT
  $ iptables -A INPUT -m connmark --mark 5 -j ACCEPT
  $ iptables -A INPUT -m tos --tos 0x10 -j ACCEPT
  $ iptables -A INPUT -m dscp --dscp 10 -j ACCEPT
  $ iptables -A INPUT -p tcp -m tcp --tcp-flags ALL NONE -j DROP
  $ iptables -A INPUT -m limit --limit 10/min --limit-burst 3 -j ACCEPT
  $ iptables -A INPUT -m multiport --ports 1,2,10:20 -p tcp -j ACCEPT
  iptables v1.8.9 (nf_tables): multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     tcp  --  anywhere             anywhere             tcp flags:FIN,SYN,RST,ACK/SYN
  ACCEPT     tcp  --  anywhere             anywhere             tcp dpts:http:90 flags:!FIN,SYN,RST,ACK/SYN
  DROP       all  --  anywhere             anywhere             state INVALID,NEW
  ACCEPT     all  --  anywhere             anywhere             source IP range 10.0.0.1-10.0.0.9
  ACCEPT     all  --  anywhere             anywhere             ADDRTYPE match dst-type LOCAL
  ACCEPT     all  --  anywhere             anywhere             length 100:200
  ACCEPT     all  --  anywhere             anywhere             TTL match TTL > 5
  DROP       all  --  anywhere             anywhere             PKTTYPE = broadcast
  ACCEPT     all  --  anywhere             anywhere             MAC 02:00:00:00:00:01
  ACCEPT     udp  --  anywhere             anywhere             udp spt:domain
  ACCEPT     icmp --  anywhere             anywhere             icmp fragmentation-needed
  ACCEPT     icmp --  anywhere             anywhere             icmp any
  ACCEPT     all  --  anywhere             anywhere             ctstate NEW ctproto 6
  ACCEPT     all  --  anywhere             anywhere             connmark match  0x5
  ACCEPT     all  --  anywhere             anywhere             tos match0x10/0xff
  ACCEPT     all  --  anywhere             anywhere             DSCP match 0x0a
  DROP       tcp  --  anywhere             anywhere             tcp flags:FIN,SYN,RST,PSH,ACK,URG/NONE
  ACCEPT     all  --  anywhere             anywhere             limit: avg 10/min burst 3
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02
  ACCEPT     6    --  0.0.0.0/0            0.0.0.0/0            tcp dpts:80:90 flags:!0x17/0x02
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            state INVALID,NEW
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            source IP range 10.0.0.1-10.0.0.9
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            length 100:200
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            TTL match TTL > 5
  DROP       0    --  0.0.0.0/0            0.0.0.0/0            PKTTYPE = broadcast
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            MAC 02:00:00:00:00:01
  ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            udp spt:53
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 3 code 4
  ACCEPT     1    --  0.0.0.0/0            0.0.0.0/0            icmptype 255
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            ctstate NEW ctproto 6
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            connmark match  0x5
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            tos match0x10/0xff
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            DSCP match 0x0a
  DROP       6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x3F/0x00
  ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            limit: avg 10/min burst 3
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 80:90 ! --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -m state --state INVALID,NEW -j DROP
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  -A INPUT -m length --length 100:200 -j ACCEPT
  -A INPUT -m ttl --ttl-gt 5 -j ACCEPT
  -A INPUT -m pkttype --pkt-type broadcast -j DROP
  -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  -A INPUT -p udp -m udp --sport 53 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type any -j ACCEPT
  -A INPUT -m conntrack --ctstate NEW --ctproto 6 -j ACCEPT
  -A INPUT -m connmark --mark 0x5 -j ACCEPT
  -A INPUT -m tos --tos 0x10/0xff -j ACCEPT
  -A INPUT -m dscp --dscp 0x0a -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j DROP
  -A INPUT -m limit --limit 10/min --limit-burst 3 -j ACCEPT
  $ iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -p tcp -m tcp --dport 80:90 ! --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A INPUT -m state --state INVALID,NEW -j DROP
  -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
  -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
  -A INPUT -m length --length 100:200 -j ACCEPT
  -A INPUT -m ttl --ttl-gt 5 -j ACCEPT
  -A INPUT -m pkttype --pkt-type broadcast -j DROP
  -A INPUT -m mac --mac-source 02:00:00:00:00:01 -j ACCEPT
  -A INPUT -p udp -m udp --sport 53 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/4 -j ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type any -j ACCEPT
  -A INPUT -m conntrack --ctstate NEW --ctproto 6 -j ACCEPT
  -A INPUT -m connmark --mark 0x5 -j ACCEPT
  -A INPUT -m tos --tos 0x10/0xff -j ACCEPT
  -A INPUT -m dscp --dscp 0x0a -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE -j DROP
  -A INPUT -m limit --limit 10/min --limit-burst 3 -j ACCEPT
  COMMIT
  $ iptables-save -c | grep -v '^#' | head -5
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  $ iptables-save > saved.txt
  $ iptables -F
  $ iptables-restore < saved.txt
  $ iptables -S INPUT | wc -l
  19
  $ printf '*filter\n-A INPUT -j BOGUS\nCOMMIT\n' | iptables-restore
  iptables-restore v1.8.9 (nf_tables): Chain 'BOGUS' does not exist
  Error occurred at line: 3
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
  $ printf '*filter\n-A INPUT -j ACCEPT\n' | iptables-restore
  iptables-restore: COMMIT expected at line 3
  [1]
  $ printf '*nosuch\nCOMMIT\n' | iptables-restore
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name 'nosuch' invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
  $ printf ':INPUT ACCEPT\n' | iptables-restore
  iptables-restore: line 1 failed
  [1]
  $ printf '*filter\n:INPUT DROP [5:100]\nCOMMIT\n' | iptables-restore -c
  $ iptables -L INPUT -v -n | head -1
  Chain INPUT (policy DROP 5 packets, 100 bytes)
  $ printf '*filter\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n' | iptables-restore
  iptables-restore v1.8.9 (nf_tables): invalid port/service `99999' specified
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
  $ iptables -A INPUT -m ttl --ttl-gt 300 -j ACCEPT
  iptables v1.8.9 (nf_tables): ttl: bad value for option "--ttl-gt", or out of range (0-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m length --length 300:100 -j ACCEPT
  $ iptables -A INPUT -m state --state BOGUS -j ACCEPT
  iptables v1.8.9 (nf_tables): Bad state "BOGUS"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m addrtype --dst-type BOGUS -j ACCEPT
  iptables v1.8.9 (nf_tables): addrtype: bad type "BOGUS"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m nosuchmatch -j ACCEPT
  iptables v1.8.9 (nf_tables): Couldn't load match `nosuchmatch':No such file or directory
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p icmp --icmp-type bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): Unknown ICMP type `bogus'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]

  $ iptables -F
  $ iptables -P INPUT ACCEPT
  $ iptables -Z
  $ ip link set lo up
  $ iptables -A OUTPUT -o lo -m tos --tos 0x10 -j ACCEPT
  $ iptables -A OUTPUT -o lo -m dscp --dscp 0x04 -j ACCEPT
  $ iptables -A INPUT -i lo -m pkttype --pkt-type unicast -j ACCEPT
  $ iptables -A INPUT -i lo -m pkttype ! --pkt-type unicast -j ACCEPT
  $ ping -c 1 -Q 0x10 127.0.0.1 > /dev/null
  $ ping -c 1 -Q 0x10 -b 127.255.255.255 > /dev/null 2>&1
  [1]
  $ ping -c 2 -i 0.2 -Q 16 127.0.0.1 > /dev/null
  $ iptables -L -v -n -x | grep -v '^$'
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         7      588 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0            PKTTYPE = unicast
         0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0            PKTTYPE != unicast
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         7      588 ACCEPT     0    --  *      lo      0.0.0.0/0            0.0.0.0/0            tos match0x10/0xff
         0        0 ACCEPT     0    --  *      lo      0.0.0.0/0            0.0.0.0/0            DSCP match 0x04
  $ iptables -A INPUT -m pkttype --pkt-type bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): Bad packet type 'bogus'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m tos --tos bogus -j ACCEPT
  iptables v1.8.9 (nf_tables): Symbolic name "bogus" is unknown
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m dscp --dscp 64 -j ACCEPT
  iptables v1.8.9 (nf_tables): dscp: bad value for option "--dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m dscp --dscp x -j ACCEPT
  iptables v1.8.9 (nf_tables): dscp: bad value for option "--dscp", or out of range (0-63).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m tos --tos Minimize-Delay -j ACCEPT
  $ iptables -A INPUT -m tos ! --tos 0x08/0x0c -j ACCEPT
  $ iptables -L INPUT | tail -2
  ACCEPT     all  --  anywhere             anywhere             tos match Minimize-Delay
  ACCEPT     all  --  anywhere             anywhere             tos match!0x08/0x0c
  $ iptables -S INPUT | tail -2
  -A INPUT -m tos --tos 0x10/0x3f -j ACCEPT
  -A INPUT -m tos ! --tos 0x08/0x0c -j ACCEPT
