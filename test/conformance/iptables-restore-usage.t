iptables-restore command line: -h and --help (the usage on stderr), --ipv4 and --ipv6, -w and -W with and without a number, -M, -vv, and -h or -V as a line of the file.
  $ iptables-restore -h; echo rc=$?
  Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
  	   [ --counters ]
  	   [ --verbose ]
  	   [ --version]
  	   [ --test ]
  	   [ --help ]
  	   [ --noflush ]
  	   [ --table=<TABLE> ]
  	   [ --modprobe=<command> ]
  	   [ --ipv4 ]
  	   [ --ipv6 ]
  rc=0
  $ iptables-restore --help < /dev/null; echo rc=$?
  Usage: iptables-restore [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]
  	   [ --counters ]
  	   [ --verbose ]
  	   [ --version]
  	   [ --test ]
  	   [ --help ]
  	   [ --noflush ]
  	   [ --table=<TABLE> ]
  	   [ --modprobe=<command> ]
  	   [ --ipv4 ]
  	   [ --ipv6 ]
  rc=0
  $ iptables-restore --ipv4 < /dev/null; echo rc=$?
  Try `iptables-restore -h' for more information.
  rc=1
  $ iptables-restore -6 < /dev/null; echo rc=$?
  iptables-restore: invalid option -- '6'
  Try `iptables-restore -h' for more information.
  rc=1
  $ iptables-restore --ipv6 < /dev/null; echo rc=$?
  Try `iptables-restore -h' for more information.
  rc=1
  $ printf '*filter\n-A INPUT -s 10.0.0.1 -j DROP\nCOMMIT\n' > f
  $ iptables-restore -w 5 f; echo rc=$?
  rc=0
  $ iptables-restore -w f < f; echo rc=$?
  rc=0
  $ iptables-restore -W 100 -w < f; echo rc=$?
  rc=0
  $ iptables-restore --wait=3 f; echo rc=$?
  rc=0
  $ iptables-restore -w 5 f f; echo rc=$?
  Unknown arguments found on commandline
  rc=1
  $ iptables-restore -nw f < /dev/null; echo rc=$?
  rc=0
  $ iptables-restore --wai -- f < /dev/null; echo rc=$?
  iptables-restore: option '--wai' is ambiguous; possibilities: '--wait' '--wait-interval'
  Try `iptables-restore -h' for more information.
  rc=1
  $ iptables-restore -M /bin/true f; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.1/32 -j DROP
  $ printf '# c1\n*filter\n# c2\n[4:400] -A INPUT -s 10.0.0.2 -j DROP\nCOMMIT\n' | iptables-restore -v -c; echo rc=$?
  # c1
  # c2
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  DROP  all opt -- in * out *  10.0.0.2  -> 0.0.0.0/0  
  rc=0
  $ printf '# c1\n*filter\n-A INPUT -s 10.0.0.3 -j DROP\nCOMMIT\n' | iptables-restore -v -n; echo rc=$?
  # c1
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.4 -j DROP\n-4 -A INPUT -s 10.0.0.5 -j DROP\n-6 -A INPUT -s 10.0.0.6 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ printf '*filter\n-4 -A INPUT -s 10.0.0.5 -j DROP\nCOMMIT\n' | iptables-restore; echo rc=$?
  rc=0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.5/32 -j DROP
  $ printf '*filter\n-A INPUT -s 10.0.0.7 -j DROP\n-h\nCOMMIT\n' | iptables-restore | head -3; echo rc=$?
  iptables-restore v1.8.9 (nf_tables)
  
  Usage: iptables-restore -[ACD] chain rule-specification [options]
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.8 -j DROP\n-A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ printf '*filter\n -A INPUT -s 10.0.0.9 -j DROP\n\t-A INPUT -s 10.0.0.10 -j DROP\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  rc=0
  $ printf '*filter \n-A INPUT -s 10.0.0.11 -j DROP\nCOMMIT' | iptables-restore -n; echo rc=$?
  rc=0
  $ printf '*filter\n-A INPUT -s 10.0.0.12 -j DROP\n  # indented\nCOMMIT\n' | iptables-restore -n; echo rc=$?
  Bad argument `#'
  Error occurred at line: 3
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -s 10.0.0.5/32 -j DROP
  -A INPUT -s 10.0.0.8/32 -j DROP
  -A INPUT -p tcp -m tcp --dport 80 -j REJECT --reject-with tcp-reset
  -A INPUT -s 10.0.0.9/32 -j DROP
  -A INPUT -s 10.0.0.10/32 -j DROP
  -A INPUT -s 10.0.0.11/32 -j DROP
