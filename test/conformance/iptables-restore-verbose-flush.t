iptables-restore -v prints through stdio: what a table prints at its COMMIT is written out when a later rule line has been parsed (then before a later error on stderr), else at exit (after it); a comment line is echoed and flushed.
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n:PREROUTING ACCEPT [0:0]\n' | iptables-restore -v; echo rc=$?
  iptables-restore: COMMIT expected at line 7
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n-A PREROUTING -j ACCEPT\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  iptables-restore: COMMIT expected at line 7
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n-A PREROUTING -s 2.2.2.2\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  iptables-restore: COMMIT expected at line 7
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n-A PREROUTING -s 2.2.2.2\n-A PREROUTING --bogus\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  iptables-restore v1.8.9 (nf_tables): unknown option "--bogus"
  Error occurred at line: 7
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n' | iptables-restore -v; echo rc=$?
  iptables-restore: COMMIT expected at line 6
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*raw\n-D PREROUTING 3\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  iptables-restore: line 6 failed: No chain/target/match by that name.
  Flushing chain `PREROUTING'
  Flushing chain `OUTPUT'
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\n-A INPUT -s 3.3.3.3 -j ACCEPT\n-D INPUT 9\nCOMMIT\n' | iptables-restore -v; echo rc=$?
  iptables-restore: line 5 failed: Index of deletion too big.
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  ACCEPT  all opt -- in * out *  3.3.3.3  -> 0.0.0.0/0  
  rc=1
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 1.1.1.1 -j ACCEPT\nCOMMIT\n*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 4.4.4.4 -j ACCEPT\nCOMMIT\n*raw\n:OUTPUT ACCEPT [0:0]\n' | iptables-restore -v; echo rc=$?
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  1.1.1.1  -> 0.0.0.0/0  
  iptables-restore: COMMIT expected at line 11
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  ACCEPT  all opt -- in * out *  4.4.4.4  -> 0.0.0.0/0  
  rc=1
