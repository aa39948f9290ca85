iptables-restore of a file with several tables: each committed at its COMMIT in file order, -T picking one, a table given twice, the nat and mangle tables' rules; -L and -S lines inside a restore file list at COMMIT.
  $ cat > all.v4 <<'X'
  > *mangle
  > :PREROUTING ACCEPT [0:0]
  > -A PREROUTING -p udp --dport 53 -j TOS --set-tos 0x10
  > COMMIT
  > *nat
  > :PREROUTING ACCEPT [0:0]
  > :POSTROUTING ACCEPT [0:0]
  > -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 192.0.2.1
  > -A PREROUTING -p tcp --dport 8080 -j REDIRECT --to-ports 80
  > COMMIT
  > *filter
  > :INPUT ACCEPT [0:0]
  > :FORWARD DROP [0:0]
  > -A FORWARD -m state --state RELATED,ESTABLISHED -j ACCEPT
  > COMMIT
  > *raw
  > -A PREROUTING -p udp -j NOTRACK
  > COMMIT
  > X
  $ iptables-restore all.v4; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p udp -m udp --dport 53 -j TOS --set-tos 0x10/0xff
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A PREROUTING -p udp -j NOTRACK
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  -A FORWARD -m state --state RELATED,ESTABLISHED -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -m tcp --dport 8080 -j REDIRECT --to-ports 80
  -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 192.0.2.1
  COMMIT
  $ iptables-restore -T raw < all.v4; echo rc=$?
  rc=0
  $ iptables -t raw -S
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -p udp -j NOTRACK
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  -A PREROUTING -p tcp -m tcp --dport 8080 -j REDIRECT --to-ports 80
  -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 192.0.2.1
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\nCOMMIT\n*filter\n-A INPUT -s 10.0.0.2 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.3 -j DROP\nCOMMIT\n*filter\n-A INPUT -s 10.0.0.4 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j DROP
  -A INPUT -s 10.0.0.4/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.5 -j DROP\n-S INPUT\n-L INPUT -n --line-numbers\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j DROP
  -A INPUT -s 10.0.0.4/32 -j DROP
  -A INPUT -s 10.0.0.5/32 -j DROP
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       0    --  10.0.0.2             0.0.0.0/0           
  2    DROP       0    --  10.0.0.3             0.0.0.0/0           
  3    DROP       0    --  10.0.0.4             0.0.0.0/0           
  4    DROP       0    --  10.0.0.5             0.0.0.0/0           
  rc=0
  $ printf '*filter\n-S OUTPUT\n-L FORWARD 1 -n\nCOMMIT\n' | iptables-restore; echo rc=$?
  -P OUTPUT ACCEPT
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ printf '*security\n-A INPUT -s 10.0.0.6 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -t security -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.6/32 -j ACCEPT
  $ printf '*nat\n-A INPUT -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT -s 10.0.0.7 -t nat -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): The -t option cannot be used in iptables-restore.
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT -s 10.0.0.7 --table nat -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): The -t option cannot be used in iptables-restore.
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -t nat -S | wc -l
  6
