iptables-restore/iptables-save option and input sweep: counters forms, bad tables, chain lines, policies, COMMIT handling, --test, --noflush, -T, and error line numbers.
  $ for o in "" -c --counters "-t filter" "-t nat" "-t bogus" "-t" -M "-t raw -c" --version -V; do echo "== $o"; iptables-save $o 2>&1 | grep -v '^#'; echo $?; done
  == 
  1
  == -c
  1
  == --counters
  1
  == -t filter
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  0
  == -t nat
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  COMMIT
  0
  == -t bogus
  Table `bogus' does not exist
  0
  == -t
  iptables-save: option requires an argument -- 't'
  Look at manual page `iptables-save.8' for more information.
  0
  == -M
  iptables-save: option requires an argument -- 'M'
  Look at manual page `iptables-save.8' for more information.
  0
  == -t raw -c
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  0
  == --version
  iptables-save v1.8.9 (nf_tables)
  0
  == -V
  iptables-save v1.8.9 (nf_tables)
  0
  $ for l in "*filter\n:INPUT DROP [5:100]\nCOMMIT" "*filter\n:INPUT ACCEPT [a:b]\nCOMMIT" "*filter\n:INPUT ACCEPT [1:2\nCOMMIT" "*filter\n:INPUT BOGUS [0:0]\nCOMMIT" "*filter\n:FOO - [0:0]\n-A FOO -j ACCEPT\nCOMMIT" "*filter\n:FOO ACCEPT [0:0]\nCOMMIT" "*filter\n-A NOPE -j ACCEPT\nCOMMIT" "*filter\n-A INPUT -j ACCEPT" "*bogus\nCOMMIT" "*filter\nCOMMIT\n*filter\nCOMMIT" "-A INPUT -j ACCEPT\nCOMMIT" "*filter\n[3:4] -A INPUT -j ACCEPT\nCOMMIT" "*filter\n-A INPUT -j ACCEPT -c 7 8\nCOMMIT" "*filter\n:INPUT ACCEPT\nCOMMIT" "*filter\n:INPUT\nCOMMIT" "*filter\n# comment\n\n-A INPUT -s 1.2.3.4 -j DROP\nCOMMIT"; do echo "== $l"; printf "$l\n" | iptables-restore 2>&1; echo $?; iptables-save -c | grep -v '^#'; iptables -F; iptables -X; iptables -P INPUT ACCEPT; done
  == *filter\n:INPUT DROP [5:100]\nCOMMIT
  0
  *filter
  :INPUT DROP [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n:INPUT ACCEPT [a:b]\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n:INPUT ACCEPT [1:2\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n:INPUT BOGUS [0:0]\nCOMMIT
  iptables-restore: line 2 failed: Bad policy name.
  1
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n:FOO - [0:0]\n-A FOO -j ACCEPT\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :FOO - [0:0]
  [0:0] -A FOO -j ACCEPT
  COMMIT
  == *filter\n:FOO ACCEPT [0:0]\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :FOO - [0:0]
  COMMIT
  == *filter\n-A NOPE -j ACCEPT\nCOMMIT
  iptables-restore: line 2 failed: No chain/target/match by that name.
  1
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n-A INPUT -j ACCEPT
  iptables-restore: COMMIT expected at line 3
  1
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *bogus\nCOMMIT
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name 'bogus' invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\nCOMMIT\n*filter\nCOMMIT
  0
  == -A INPUT -j ACCEPT\nCOMMIT
  bash: line 12: printf: -A: invalid option
  printf: usage: printf [-v var] format [arguments]
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n[3:4] -A INPUT -j ACCEPT\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -j ACCEPT
  COMMIT
  == *filter\n-A INPUT -j ACCEPT -c 7 8\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [7:8] -A INPUT -j ACCEPT
  COMMIT
  == *filter\n:INPUT ACCEPT\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n:INPUT\nCOMMIT
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 2 policy invalid
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  == *filter\n# comment\n\n-A INPUT -s 1.2.3.4 -j DROP\nCOMMIT
  0
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -s 1.2.3.4/32 -j DROP
  COMMIT
  $ printf '*filter\n:INPUT DROP [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n' | iptables-restore --test; echo $?
  0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  $ iptables -A INPUT -s 9.9.9.9 -j DROP
  $ printf '*filter\n-A INPUT -s 8.8.8.8 -j DROP\nCOMMIT\n' | iptables-restore --noflush; echo $?
  0
  $ printf '*filter\n-A INPUT -s 7.7.7.7 -j DROP\nCOMMIT\n*nat\n-A OUTPUT -d 1.1.1.1 -j RETURN\nCOMMIT\n' | iptables-restore -T nat; echo $?
  0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 9.9.9.9/32 -j DROP
  -A INPUT -s 8.8.8.8/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A OUTPUT -d 1.1.1.1/32 -j RETURN
  COMMIT
  $ printf '*filter\n-A INPUT -s 7.7.7.7 -j DROP\nCOMMIT\n' | iptables-restore -T bogus; echo $?
  0
  $ printf '*filter\n-A INPUT -s 6.6.6.6 -j DROP\nCOMMIT\n' | iptables-restore -n -v; echo $?
  0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 9.9.9.9/32 -j DROP
  -A INPUT -s 8.8.8.8/32 -j DROP
  -A INPUT -s 6.6.6.6/32 -j DROP
