iptables-restore applies a table as one transaction: a file that fails (a
jump to a missing chain at COMMIT, a bad protocol mid-table) leaves the
table as it was; one that succeeds replaces it; --noflush appends.
  $ ip netns add a
  $ ip netns exec a iptables -A INPUT -s 10.0.0.1 -j DROP
  $ ip netns exec a iptables -N keep
  $ ip netns exec a iptables -A keep -j ACCEPT
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.2 -j ACCEPT\n-A INPUT -j nosuch\nCOMMIT\n' > bad
  $ ip netns exec a iptables-restore < bad; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Error occurred at line: 5
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec a iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N keep
  -A INPUT -s 10.0.0.1/32 -j DROP
  -A keep -j ACCEPT
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n:mine - [0:0]\n-A INPUT -s 10.0.0.2 -j mine\n-A mine -j ACCEPT\nCOMMIT\n' > good
  $ ip netns exec a iptables-restore < good; echo rc=$?
  rc=0
  $ ip netns exec a iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N mine
  -A INPUT -s 10.0.0.2/32 -j mine
  -A mine -j ACCEPT
  $ printf '*filter\n-A INPUT -s 10.0.0.3 -j DROP\n-A INPUT -p bogus -j DROP\nCOMMIT\n' > bad2
  $ ip netns exec a iptables-restore < bad2; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Error occurred at line: 3
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec a iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N mine
  -A INPUT -s 10.0.0.2/32 -j mine
  -A mine -j ACCEPT
  $ ip netns exec a iptables-restore --noflush < good; echo rc=$?
  rc=0
  $ ip netns exec a iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N mine
  -A INPUT -s 10.0.0.2/32 -j mine
  -A INPUT -s 10.0.0.2/32 -j mine
  -A mine -j ACCEPT
