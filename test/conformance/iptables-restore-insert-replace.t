iptables-restore with -I CHAIN N and -R CHAIN N lines, against the rules of the same file and against the rules already there (--noflush): positions as iptables counts them, one past the end allowed for -I, errors for numbers too big.
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\n-A INPUT -s 10.0.0.2 -j DROP\n-I INPUT 2 -s 10.0.0.3 -j ACCEPT\n-I INPUT -s 10.0.0.4 -j ACCEPT\n-I INPUT 5 -s 10.0.0.5 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.4/32 -j ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.5/32 -j ACCEPT
  $ printf '*filter\n-I INPUT 3 -s 10.0.0.6 -j DROP\n-I INPUT 1 -s 10.0.0.7 -j DROP\n-I INPUT 8 -s 10.0.0.8 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -L INPUT -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       0    --  10.0.0.7             0.0.0.0/0           
  2    ACCEPT     0    --  10.0.0.4             0.0.0.0/0           
  3    DROP       0    --  10.0.0.1             0.0.0.0/0           
  4    DROP       0    --  10.0.0.6             0.0.0.0/0           
  5    ACCEPT     0    --  10.0.0.3             0.0.0.0/0           
  6    DROP       0    --  10.0.0.2             0.0.0.0/0           
  7    ACCEPT     0    --  10.0.0.5             0.0.0.0/0           
  8    DROP       0    --  10.0.0.8             0.0.0.0/0           
  $ printf '*filter\n-I INPUT 10 -s 10.0.0.9 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Index of insertion too big.
  rc=1
  $ printf '*filter\n-R INPUT 2 -s 10.0.0.10 -p tcp --dport 80 -j ACCEPT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.7/32 -j DROP
  -A INPUT -s 10.0.0.10/32 -p tcp -m tcp --dport 80 -j ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  -A INPUT -s 10.0.0.6/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.5/32 -j ACCEPT
  -A INPUT -s 10.0.0.8/32 -j DROP
  $ printf '*filter\n-R INPUT 9 -s 10.0.0.11 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Index of replacement too big.
  rc=1
  $ printf '*filter\n-R INPUT -s 10.0.0.11 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): -R requires a rule number
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-R INPUT 1 -s 10.0.0.11,10.0.0.12 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Replacement rule does not specify a unique address
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.7/32 -j DROP
  -A INPUT -s 10.0.0.10/32 -p tcp -m tcp --dport 80 -j ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  -A INPUT -s 10.0.0.6/32 -j DROP
  -A INPUT -s 10.0.0.3/32 -j ACCEPT
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.5/32 -j ACCEPT
  -A INPUT -s 10.0.0.8/32 -j DROP
  $ printf '*filter\n-A OUTPUT -d 10.0.0.1 -j DROP\n-I OUTPUT 1 -d 10.0.0.2 -j DROP\n-I OUTPUT 2 -d 10.0.0.3 -j DROP\n-A OUTPUT -d 10.0.0.4 -j DROP\n-I OUTPUT 4 -d 10.0.0.5 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -L OUTPUT -n --line-numbers
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    DROP       0    --  0.0.0.0/0            10.0.0.2            
  2    DROP       0    --  0.0.0.0/0            10.0.0.3            
  3    DROP       0    --  0.0.0.0/0            10.0.0.1            
  4    DROP       0    --  0.0.0.0/0            10.0.0.5            
  5    DROP       0    --  0.0.0.0/0            10.0.0.4            
  $ printf '*filter\n-I OUTPUT 0 -d 10.0.0.6 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Invalid rule number `0'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-I OUTPUT 2 -d 10.0.0.7,10.0.0.8 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -d 10.0.0.2/32 -j DROP
  -A OUTPUT -d 10.0.0.8/32 -j DROP
  -A OUTPUT -d 10.0.0.7/32 -j DROP
  -A OUTPUT -d 10.0.0.3/32 -j DROP
  -A OUTPUT -d 10.0.0.1/32 -j DROP
  -A OUTPUT -d 10.0.0.5/32 -j DROP
  -A OUTPUT -d 10.0.0.4/32 -j DROP
