iptables-restore and iptables-save options as getopt_long() reads them (abbreviations, glibc's messages for bad ones, exit 1), -T restoring one table of a file, -t testing without committing, -V, -b, operands, a file that cannot be opened; in a restore file a rule for a missing chain, -t on a rule line and DROP in the nat table are refused with the line.
  $ printf '*filter\n-A INPUT -s 10.0.0.6 -j DROP\nCOMMIT\n*nat\n-A INPUT -s 10.0.0.7 -j ACCEPT\nCOMMIT\n' > rules
  $ iptables-restore --foo < rules; echo $?
  iptables-restore: unrecognized option '--foo'
  Try `iptables-restore -h' for more information.
  1
  $ iptables-restore -x < rules; echo $?
  iptables-restore: invalid option -- 'x'
  Try `iptables-restore -h' for more information.
  1
  $ iptables-restore --noflush=1 < rules; echo $?
  iptables-restore: option '--noflush' doesn't allow an argument
  Try `iptables-restore -h' for more information.
  1
  $ iptables-restore -T; echo $?
  iptables-restore: option requires an argument -- 'T'
  Try `iptables-restore -h' for more information.
  1
  $ iptables-restore --t < rules; echo $?
  iptables-restore: option '--t' is ambiguous; possibilities: '--test' '--table'
  Try `iptables-restore -h' for more information.
  1
  $ iptables-restore --tes < rules; echo $?
  0
  $ iptables-save | grep -v '^#'
  [1]
  $ iptables-restore -T nat rules; echo $?
  0
  $ iptables-save | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A INPUT -s 10.0.0.7/32 -j ACCEPT
  COMMIT
  $ iptables-restore --table=filter -b rules; echo $?
  -b/--binary option is not implemented
  0
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 10.0.0.6/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A INPUT -s 10.0.0.7/32 -j ACCEPT
  COMMIT
  $ iptables-restore rules rules; echo $?
  Unknown arguments found on commandline
  1
  $ iptables-restore nofile; echo $?
  Can't open nofile: No such file or directory
  1
  $ iptables-restore -V; echo $?
  iptables-restore v1.8.9 (nf_tables)
  0
  $ printf '*filter\n-A INPUT -t nat -j ACCEPT\nCOMMIT\n' | iptables-restore; echo $?
  iptables-restore v1.8.9 (nf_tables): The -t option cannot be used in iptables-restore.
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ printf '*filter\n-A NOPE -j DROP\nCOMMIT\n' | iptables-restore -n; echo $?
  iptables-restore: line 2 failed: No chain/target/match by that name.
  1
  $ printf '*nat\n-A POSTROUTING -j DROP\nCOMMIT\n' | iptables-restore -n; echo $?
  iptables-restore v1.8.9 (nf_tables): 
  The "nat" table is not intended for filtering, the use of DROP is therefore inhibited.
  
  
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  2
  $ printf '*filter\n-A INPUT -p tcp --dp 22 -j ACCEPT\nCOMMIT\n' | iptables-restore --nof; echo $?
  0
  $ printf '*filter\n-A INPUT -s 10.0.0.8 -j DROP\nCOMMIT\n' | iptables-restore -t -c; echo $?
  0
  $ iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -s 10.0.0.6/32 -j DROP
  -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
  $ iptables-save -t bogus; echo $?
  Table `bogus' does not exist
  1
  $ iptables-save -t; echo $?
  iptables-save: option requires an argument -- 't'
  Look at manual page `iptables-save.8' for more information.
  1
  $ iptables-save -q; echo $?
  iptables-save: invalid option -- 'q'
  Look at manual page `iptables-save.8' for more information.
  1
  $ iptables-save --tab nat -c -M x | grep -v '^#'; echo $?
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A INPUT -s 10.0.0.7/32 -j ACCEPT
  COMMIT
  0
  $ iptables-save foo; echo $?
  Unknown arguments found on commandline
  1
  $ iptables-save -V; iptables-save --coun | grep -c -v '^#'
  iptables-save v1.8.9 (nf_tables)
  14
