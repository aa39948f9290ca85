iptables-restore batches: a chain renamed (-E) keeps its old name until the commit (nf_tables_updchain() defers it: a later ":OLD" line flushes the renamed chain, no new chain), the rename names the chain by the handle iptables cached (a chain made in the same batch has none: ENOENT), two renames to one name collide (EEXIST); policy counters parsed by sscanf("[%llu:%llu]") whatever follows; iptables-save -t of a table the namespace lacks lists its builtin chains.
  $ iptables -N USERC; iptables -A USERC -j RETURN; iptables -A INPUT -j USERC; iptables -N OTHER
  $ printf '*filter\n-E USERC USERD\n:USERC - [0:0]\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  rc=0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :OTHER - [0:0]
  :USERD - [0:0]
  -A INPUT -j USERD
  COMMIT
  $ printf '*filter\n-E USERD USERE\n-A USERD -j ACCEPT\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  rc=0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N OTHER
  -N USERE
  -A INPUT -j USERE
  -A USERE -j ACCEPT
  $ printf '*filter\n-E USERE X1\n-E OTHER X1\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 3: CHAIN_RENAME failed (File exists): chain X1
  rc=4
  $ printf '*filter\n:NEWC - [0:0]\n-E NEWC NEWD\nCOMMIT\n' | iptables-restore --noflush; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 3: CHAIN_RENAME failed (No such file or directory): chain NEWD
  rc=4
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n:FRESH - [0:0]\n-A FRESH -j RETURN\n-E FRESH FRESH2\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 5: CHAIN_RENAME failed (No such file or directory): chain FRESH2
  rc=4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -N OTHER
  -N USERE
  -A INPUT -j USERE
  -A USERE -j ACCEPT
  $ iptables -E USERE USERF; iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -j USERF
  $ printf '*filter\n:INPUT DROP [1:2:3]\n:FORWARD ACCEPT [4:5]x\n:OUTPUT ACCEPT [6:7\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  rc=0
  $ iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT DROP [1:2]
  :FORWARD ACCEPT [4:5]
  :OUTPUT ACCEPT [6:7]
  COMMIT
  $ printf '*filter\n:INPUT ACCEPT [1:]\nCOMMIT\n' | iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): invalid policy counters for chain 'INPUT'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables-save -t nat | grep -v '^#'; iptables-save -t raw | grep -v '^#'; iptables-save | grep -c '^\*'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  1
  $ iptables-save -t security | grep -v '^#'; iptables-save -t bogus; echo rc=$?
  *security
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  COMMIT
  Table `bogus' does not exist
  rc=1
