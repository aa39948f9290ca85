iptables-restore with -D lines: by rule specification and by number, of rules the same file added (the table flushed first) and of rules already there (--noflush); a rule number past the end or a rule that is not there fails the whole table with "line N failed" and nothing changes.
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\n-A INPUT -s 10.0.0.2 -j DROP\n-A INPUT -s 10.0.0.3 -j ACCEPT\n-D INPUT -s 10.0.0.2 -j DROP\nCOMMIT\n' > del1
  $ iptables-restore del1; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j ACCEPT
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\n-A INPUT -s 10.0.0.2 -j DROP\n-A INPUT -s 10.0.0.3 -j ACCEPT\n-D INPUT 1\n-D INPUT 2\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.4 -j DROP\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p udp --dport 53 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ printf '*filter\n-D INPUT -p tcp --dport 22 -j ACCEPT\n-D INPUT 1\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    ACCEPT     17   --  0.0.0.0/0            0.0.0.0/0            udp dpt:53
  $ printf '*filter\n-A INPUT -s 10.0.0.9 -j DROP\n-D INPUT 5\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 3 failed: Index of deletion too big.
  rc=1
  $ printf '*filter\n-A INPUT -s 10.0.0.9 -j DROP\n-D INPUT -s 10.9.9.9 -j DROP\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  iptables-restore: line 3 failed: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ printf '*filter\n-D NOPE 1\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-D INPUT 0\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Invalid rule number `0'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-D INPUT 1 -s 1.2.3.4\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Illegal option `-s' with this command
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-D INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m udp --dport 53 -j ACCEPT
  $ printf '*filter\n-D INPUT 1\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p udp -m udp --dport 53 -j ACCEPT
  $ printf '*filter\n-A INPUT -s 10.1.0.0/16,10.2.0.0/16 -j DROP\n-A INPUT -s 10.3.0.0/16 -j DROP\n-D INPUT -s 10.1.0.0/16,10.2.0.0/16 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.3.0.0/16 -j DROP
  $ printf '*filter\n-A INPUT -s 10.5.0.0/16 -j DROP\n-A INPUT -s 10.5.0.0/16 -j DROP\n-D INPUT -s 10.5.0.0/16 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L INPUT -n -v --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num   pkts bytes target     prot opt in     out     source               destination         
  1        0     0 DROP       0    --  *      *       10.3.0.0/16          0.0.0.0/0           
  2        0     0 DROP       0    --  *      *       10.5.0.0/16          0.0.0.0/0           
