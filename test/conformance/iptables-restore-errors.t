iptables-restore errors: a missing COMMIT, a table name that is not iptables', lines outside a table, COMMIT with trailing text, a failing line in the second table of a file (the first stays committed), and the table left exactly as it was on any failure.
  $ iptables -A INPUT -s 10.9.9.9 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\n' | iptables-restore; echo rc=$?
  iptables-restore: COMMIT expected at line 3
  rc=1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.9.9.9/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\n\n\n' | iptables-restore; echo rc=$?
  iptables-restore: COMMIT expected at line 5
  rc=1
  $ printf '*bogus\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name 'bogus' invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf -- '-A INPUT -j DROP\n' | iptables-restore; echo rc=$?
  iptables-restore: line 1 failed
  rc=1
  $ printf 'COMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 1 failed
  rc=1
  $ printf ':INPUT DROP [0:0]\n' | iptables-restore; echo rc=$?
  iptables-restore: line 1 failed
  rc=1
  $ printf '*filter\n-A INPUT -s 10.0.0.2 -j DROP\nCOMMIT now\n' | iptables-restore; echo rc=$?
  Bad argument `COMMIT'
  Error occurred at line: 3
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n*nat\nCOMMIT\n' | iptables-restore; echo rc=$?
  Bad argument `*nat'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.9.9.9/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.3 -j DROP\nCOMMIT\n*nat\n-A PREROUTING -j DNAT --to-destination 10.0.0.5\n-D PREROUTING 7\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 6 failed: Index of deletion too big.
  rc=1
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.3/32 -j DROP
  $ iptables -t nat -S
  -P PREROUTING ACCEPT
  -P INPUT ACCEPT
  -P OUTPUT ACCEPT
  -P POSTROUTING ACCEPT
  $ printf '# only a comment\n\n*filter\n# inside\n-A INPUT -s 10.0.0.4 -j DROP\n   \n-X\nCOMMIT\n# after\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): no command specified
  Error occurred at line: 6
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.3/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.5 -j DROP\n-A INPUT -j LOG --log-prefix "a b"\n-A INPUT -m comment --comment "it\\"s" -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.5/32 -j DROP
  -A INPUT -j LOG --log-prefix "a b"
  -A INPUT -m comment --comment "it\"s" -j ACCEPT
  $ printf '*filter\n-A INPUT -s 10.0.0.6 -j DROP\n-C INPUT -s 10.0.0.6 -j DROP\n-C INPUT -s 10.0.0.7 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore: line 4 failed: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ printf '*filter\n-A INPUT -m owner --uid-owner 0 -j ACCEPT\n-A INPUT -m owner --gid-owner 0 -j ACCEPT\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  line 3: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ printf '*filter\n-A INPUT -s 10.0.0.8 -j DROP\n-V\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables)
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.8 -j DROP\nbogus\nCOMMIT\n' | iptables-restore; echo rc=$?
  Bad argument `bogus'
  Error occurred at line: 3
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.5/32 -j DROP
  -A INPUT -j LOG --log-prefix "a b"
  -A INPUT -m comment --comment "it\"s" -j ACCEPT
