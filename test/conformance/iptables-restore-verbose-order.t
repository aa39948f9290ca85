iptables-restore -v prints through stdio: into a pipe its "Flushing chain" and rule lines come out at exit, after an error it wrote meanwhile on stderr (a bad rule line, a failed command, a kernel refusal of the commit); a comment line is echoed.
  $ iptables -N USERC; iptables -A INPUT -j USERC
  $ printf '*filter\n# hello\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.2.3.4 -j ACCEPT\n-X INPUT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  # hello
  iptables-restore: line 5 failed: Directory not empty.
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `USERC'
  Deleting chain `USERC'
  ACCEPT  all opt -- in * out *  1.2.3.4  -> 0.0.0.0/0  
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.2.3.4 -j ACCEPT\n-A INPUT -p tcp --dport 99999 -j ACCEPT\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): invalid port/service `99999' specified
  Error occurred at line: 4
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.2.3.4 -j ACCEPT\n-D INPUT 7\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  iptables-restore: line 4 failed: Index of deletion too big.
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `USERC'
  Deleting chain `USERC'
  ACCEPT  all opt -- in * out *  1.2.3.4  -> 0.0.0.0/0  
  rc=1
  $ printf '*nat\n:POSTROUTING ACCEPT [0:0]\n-A POSTROUTING -j DNAT --to-destination 1.2.3.4\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 3: RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING
  Flushing chain `PREROUTING'
  Flushing chain `INPUT'
  Flushing chain `OUTPUT'
  Flushing chain `POSTROUTING'
  DNAT  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   to:1.2.3.4
  rc=4
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n:USERC - [0:0]\n-A INPUT -s 1.2.3.4 -j USERC\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `USERC'
  Deleting chain `USERC'
  USERC  all opt -- in * out *  1.2.3.4  -> 0.0.0.0/0  
  rc=0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  -A INPUT -s 1.2.3.4/32 -j USERC
  COMMIT
