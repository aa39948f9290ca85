iptables-restore policies and counters: ":CHAIN POLICY [p:b]" lines (counters kept only with -c), -P lines inside a table block, -Z lines, "[p:b]" rule prefixes with and without -c; bad policies and bad counters.
  $ printf '*filter\n:INPUT DROP [10:1000]\n:FORWARD ACCEPT [3:300]\n:OUTPUT ACCEPT [0:0]\n[5:500] -A INPUT -s 10.0.0.1 -j ACCEPT\n[7:700] -A OUTPUT -d 10.0.0.1 -j ACCEPT\nCOMMIT\n' > pol
  $ iptables-restore pol; echo rc=$?
  rc=0
  $ iptables -L -n -v -x
  Chain INPUT (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            10.0.0.1            
  $ iptables-restore -c pol; echo rc=$?
  rc=0
  $ iptables -L -n -v -x --line-numbers
  Chain INPUT (policy DROP 10 packets, 1000 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           5      500 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 3 packets, 300 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           7      700 ACCEPT     0    --  *      *       0.0.0.0/0            10.0.0.1            
  $ iptables-save -c | grep -v '^#'
  *filter
  :INPUT DROP [10:1000]
  :FORWARD ACCEPT [3:300]
  :OUTPUT ACCEPT [0:0]
  [5:500] -A INPUT -s 10.0.0.1/32 -j ACCEPT
  [7:700] -A OUTPUT -d 10.0.0.1/32 -j ACCEPT
  COMMIT
  $ printf '*filter\n-P INPUT ACCEPT\n-P FORWARD DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD DROP
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j ACCEPT
  -A OUTPUT -d 10.0.0.1/32 -j ACCEPT
  $ printf '*filter\n-Z INPUT\nCOMMIT\n' | iptables-restore -n -c; echo rc=$?
  rc=0
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     0    --  *      *       10.0.0.1             0.0.0.0/0           
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         7      700 ACCEPT     0    --  *      *       0.0.0.0/0            10.0.0.1            
  $ printf '*filter\n-Z OUTPUT 1\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -s 10.0.0.1/32 -j ACCEPT
  [0:0] -A OUTPUT -d 10.0.0.1/32 -j ACCEPT
  COMMIT
  $ printf '*filter\n-P INPUT BOGUS\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Bad policy name.
  rc=1
  $ printf '*filter\n-P nosuch DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Bad built-in chain name.
  rc=1
  $ printf '*filter\n:INPUT BOGUS [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 2 failed: Bad policy name.
  rc=1
  $ printf '*filter\n:INPUT DROP\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): invalid policy counters for chain 'INPUT'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:INPUT DROP [x:y]\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): invalid policy counters for chain 'INPUT'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:INPUT DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ printf '*filter\n[1:2 -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Bad line 2: need ]
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n[12] -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Bad line 2: need ]
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n[a:b] -A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): -c packet counter not numeric
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT DROP [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  $ printf '*nat\n:POSTROUTING DROP [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ printf '*nat\n-P POSTROUTING DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING DROP
