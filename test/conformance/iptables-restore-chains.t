iptables-restore with chain commands in the file: -N, -X, -F, -E and ":CHAIN -" declarations; a declared user chain starts empty even with --noflush, an undeclared one is kept; -X of a chain still referenced, -N of one that exists, -X of a builtin.
  $ iptables -N keep
  $ iptables -A keep -s 10.0.0.1 -j ACCEPT
  $ iptables -N redo
  $ iptables -A redo -s 10.0.0.2 -j ACCEPT
  $ iptables -A INPUT -j redo
  $ printf '*filter\n:redo - [0:0]\n-A redo -s 10.0.0.3 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N keep
  -N redo
  -A INPUT -j redo
  -A keep -s 10.0.0.1/32 -j ACCEPT
  -A redo -s 10.0.0.3/32 -j DROP
  $ printf '*filter\n-N fresh\n-A fresh -j RETURN\n-A INPUT -j fresh\n-F keep\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N fresh
  -N keep
  -N redo
  -A INPUT -j redo
  -A INPUT -j fresh
  -A fresh -j RETURN
  -A redo -s 10.0.0.3/32 -j DROP
  $ printf '*filter\n-N fresh\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: Chain already exists.
  rc=1
  $ printf '*filter\n-X fresh\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: CHAIN_DEL failed (Device or resource busy): chain fresh
  rc=4
  $ printf '*filter\n-X nosuch\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-X INPUT\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: CHAIN_DEL failed (Device or resource busy): chain INPUT
  rc=4
  $ printf '*filter\n-F nosuch\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  rc=1
  $ printf '*filter\n-D INPUT -j fresh\n-X fresh\n-E keep kept\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 3: CHAIN_DEL failed (Device or resource busy): chain fresh
  rc=4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N fresh
  -N keep
  -N redo
  -A INPUT -j redo
  -A INPUT -j fresh
  -A fresh -j RETURN
  -A redo -s 10.0.0.3/32 -j DROP
  $ printf '*filter\n-F\n-X\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  $ printf '*filter\n:one - [0:0]\n:two - [0:0]\n-A one -j two\n-A two -j ACCEPT\n-X two\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 6: CHAIN_DEL failed (Device or resource busy): chain two
  rc=4
  $ printf '*filter\n:one - [0:0]\n-A INPUT -j two\n:two - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Chain 'two' does not exist
  Error occurred at line: 5
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-N a-very-long-chain-name-that-is-too-long\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): chain name `a-very-long-chain-name-that-is-too-long' too long (must be under 29 chars)
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:a-very-long-chain-name-that-is-too-long - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): chain name `a-very-long-chain-name-that-is-too-long' too long (must be under 29 chars)
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:DROP - [0:0]\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): chain name may not clash with target name
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 2 chain name invalid
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:lone\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 2 policy invalid
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
