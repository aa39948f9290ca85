iptables-restore lines that act on what earlier lines of the same block did: a chain renamed then used, a policy set then listed, -F after rules (their messages dropped, a bad one too), -X then -N of the same name, -I among rules inserted before, -Z and -C with -v, -L with counters restored by -c.
  $ iptables -N old
  $ iptables -A INPUT -s 10.0.0.1 -j DROP
  $ printf '*filter\n-E old new\n-A new -j ACCEPT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 3 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-E old new\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ printf '*filter\n-E nosuch other\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-E new INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: File exists.
  rc=1
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N new
  -A INPUT -s 10.0.0.1/32 -j DROP
  $ printf '*filter\n-P INPUT DROP\n-S INPUT\n-P INPUT ACCEPT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  rc=0
  $ printf '*filter\n-A INPUT -m owner --uid-owner 0 -j ACCEPT\n-F INPUT\n-A INPUT -s 10.0.0.2 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  $ printf '*filter\n-A OUTPUT -d 10.0.0.3 -j DROP\n-F\n-A OUTPUT -d 10.0.0.4 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N new
  -A OUTPUT -d 10.0.0.4/32 -j DROP
  $ printf '*filter\n-X new\n-N new\n-A new -j RETURN\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S new
  -N new
  -A new -j RETURN
  $ printf '*filter\n-I INPUT -s 10.0.0.5 -j DROP\n-I INPUT -s 10.0.0.6 -j DROP\n-I INPUT 2 -s 10.0.0.7 -j DROP\n-D INPUT 4\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 5 failed: Index of deletion too big.
  rc=1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  $ printf '*filter\n-I INPUT 2 -s 10.0.0.8 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 2 failed: Index of insertion too big.
  rc=1
  $ printf '*filter\n[9:900] -A INPUT -s 10.0.0.8 -j DROP\n[1:100] -I INPUT -s 10.0.0.9 -j DROP\n-L INPUT -n -v -x --line-numbers\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           1      100 DROP       0    --  *      *       10.0.0.9             0.0.0.0/0           
  2           9      900 DROP       0    --  *      *       10.0.0.8             0.0.0.0/0           
  rc=0
  $ printf '*filter\n-C INPUT -s 10.0.0.8 -j DROP -v\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  DROP  all opt -- in * out *  10.0.0.8  -> 0.0.0.0/0  
  rc=0
  $ printf '*filter\n-C INPUT -s 10.0.0.99 -j DROP -v\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ printf '*filter\n-Z INPUT 2\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1      100 DROP       0    --  *      *       10.0.0.9             0.0.0.0/0           
         0        0 DROP       0    --  *      *       10.0.0.8             0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ printf '*filter\n-Z -v\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  Zeroing chain `INPUT'
  rc=0
  $ printf '*filter\n-Z INPUT 3\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       10.0.0.9             0.0.0.0/0           
         0        0 DROP       0    --  *      *       10.0.0.8             0.0.0.0/0           
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ printf '*filter\n-D INPUT -s 10.0.0.8 -j DROP -v\nCOMMIT\n' | iptables-restore -n -v; echo rc=$?
  DROP  all opt -- in * out *  10.0.0.8  -> 0.0.0.0/0  
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.9/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.10 -j DROP -v\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  DROP  all opt -- in * out *  10.0.0.10  -> 0.0.0.0/0  
  rc=0
  $ printf '*filter\n-A INPUT -i lo -j new\n-A INPUT -s 10.0.0.11 -g new\n-A INPUT -j INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Chain 'new' does not exist
  Error occurred at line: 5
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.9/32 -j DROP
  -A INPUT -s 10.0.0.10/32 -j DROP
