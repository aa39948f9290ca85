iptables-nft-restore is iptables-restore under its own name: its messages (line failed, parameter problems with their hint, COMMIT expected, -V, -h) say iptables-nft-restore; the rules it restores are the same.
  $ printf '*filter\n-A NOPE -j DROP\nCOMMIT\n' | iptables-nft-restore; echo rc=$?
  iptables-nft-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-A INPUT -p bogus -j DROP\nCOMMIT\n' | iptables-nft-restore; echo rc=$?
  iptables-nft-restore v1.8.9 (nf_tables): unknown protocol "bogus" specified
  Error occurred at line: 2
  Try `iptables-nft-restore -h' or 'iptables-nft-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT\n' | iptables-nft-restore; echo rc=$?
  iptables-nft-restore: COMMIT expected at line 3
  rc=1
  $ printf '*bogus\n' | iptables-nft-restore; echo rc=$?
  iptables-nft-restore v1.8.9 (nf_tables): iptables-nft-restore: line 1 table name 'bogus' invalid
  Error occurred at line: 1
  Try `iptables-nft-restore -h' or 'iptables-nft-restore --help' for more information.
  rc=2
  $ iptables-nft-restore -V
  iptables-nft-restore v1.8.9 (nf_tables)
  $ iptables-nft-restore -h 2>&1 | head -2
  Usage: iptables-nft-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
  	   [ --counters ]
  $ iptables-nft-restore --ipv6; echo rc=$?
  Try `iptables-nft-restore -h' for more information.
  rc=1
  $ iptables-nft-restore -x; echo rc=$?
  iptables-nft-restore: invalid option -- 'x'
  Try `iptables-nft-restore -h' for more information.
  rc=1
  $ printf '*filter\n-A INPUT -m owner --uid-owner 0 -j DROP\nCOMMIT\n' | iptables-nft-restore; echo rc=$?
  iptables-nft-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ printf '*filter\n:keep - [0:0]\n-A INPUT -s 10.0.0.1 -j keep\n-I INPUT -s 10.0.0.2 -j DROP\nCOMMIT\n' | iptables-nft-restore; echo rc=$?
  rc=0
  $ printf '*filter\n-D INPUT 1\n-V\nCOMMIT\n' | iptables-nft-restore -n; echo rc=$?
  iptables-nft-restore v1.8.9 (nf_tables)
  rc=0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :keep - [0:0]
  -A INPUT -s 10.0.0.2/32 -j DROP
  -A INPUT -s 10.0.0.1/32 -j keep
  COMMIT
