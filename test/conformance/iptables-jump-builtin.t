iptables and iptables-restore rules that jump to a builtin chain or QUEUE: the chain check passes (a builtin chain exists for iptables), the kernel refuses the jump (EOPNOTSUPP to a base chain, ENOENT to one it does not have); QUEUE is a verdict, not a chain.
  $ iptables -A INPUT -j INPUT; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Operation not supported): rule in chain INPUT
  rc=4
  $ iptables -A INPUT -j OUTPUT; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain INPUT
  rc=4
  $ iptables -A OUTPUT -j ACCEPT
  $ iptables -A INPUT -j OUTPUT; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Operation not supported): rule in chain INPUT
  rc=4
  $ iptables -A INPUT -g FORWARD; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain INPUT
  rc=4
  $ iptables -A INPUT -j QUEUE; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain INPUT
  rc=4
  $ iptables -I INPUT -j nosuch; echo rc=$?
  iptables v1.8.9 (nf_tables): Chain 'nosuch' does not exist
  Try `iptables -h' or 'iptables --help' for more information.
  rc=2
  $ iptables -t nat -A PREROUTING -j POSTROUTING; echo rc=$?
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (No such file or directory): rule in chain PREROUTING
  rc=4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A OUTPUT -j ACCEPT
  $ printf '*filter\n-A INPUT -j OUTPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (No such file or directory): rule in chain INPUT
  rc=4
  $ printf '*filter\n-A OUTPUT -j ACCEPT\n-A INPUT -j OUTPUT\nCOMMIT\n' | iptables-restore; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 3: RULE_APPEND failed (Operation not supported): rule in chain INPUT
  rc=4
  $ printf '*filter\n-A INPUT -j QUEUE\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (No such file or directory): rule in chain INPUT
  rc=4
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A OUTPUT -j ACCEPT
