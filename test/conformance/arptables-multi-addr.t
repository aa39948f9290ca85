arptables with several addresses in -s/-d (one rule per source and destination pair: appended in order, inserted in reverse at the number), -C and -D of such a line (all or nothing), -R and ! refusing several, dotted masks contiguous or not, and a mangle target without options (refused by the kernel's checkentry).
  $ arptables -A INPUT -s 10.0.0.1,10.0.0.2 -d 10.1.0.0/16,10.2.0.0/255.255.0.0
  $ arptables -I INPUT 1 -s 10.0.0.7,10.0.0.8
  $ arptables -I INPUT 3 -s 10.0.0.5,10.0.0.6
  $ arptables -I INPUT -d 10.9.0.0/24,10.8.0.0/24
  $ arptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -d 10.8.0.0/24
  -A INPUT -d 10.9.0.0/24
  -A INPUT -s 10.0.0.8
  -A INPUT -s 10.0.0.7
  -A INPUT -s 10.0.0.6
  -A INPUT -s 10.0.0.5
  -A INPUT -s 10.0.0.1 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.1 -d 10.2.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.2.0.0/16
  $ arptables -C INPUT -s 10.0.0.7,10.0.0.8; echo rc=$?
  rc=0
  $ arptables -C INPUT -s 10.0.0.7,10.0.0.9; echo rc=$?
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  $ arptables -D INPUT -s 10.0.0.5,10.0.0.6; arptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -d 10.8.0.0/24
  -A INPUT -d 10.9.0.0/24
  -A INPUT -s 10.0.0.8
  -A INPUT -s 10.0.0.7
  -A INPUT -s 10.0.0.1 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.1 -d 10.2.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.2.0.0/16
  $ arptables -D INPUT -s 10.0.0.7,10.0.0.9; echo rc=$?; arptables -S INPUT
  arptables: Bad rule (does a matching rule exist in that chain?).
  rc=1
  -P INPUT ACCEPT
  -A INPUT -d 10.8.0.0/24
  -A INPUT -d 10.9.0.0/24
  -A INPUT -s 10.0.0.8
  -A INPUT -s 10.0.0.7
  -A INPUT -s 10.0.0.1 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.1 -d 10.2.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.1.0.0/16
  -A INPUT -s 10.0.0.2 -d 10.2.0.0/16
  $ arptables -R INPUT 1 -s 10.0.0.1,10.0.0.2; echo rc=$?
  arptables v1.8.9 (nf_tables): Replacement rule does not specify a unique address
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A INPUT ! -s 10.0.0.1,10.0.0.2; echo rc=$?
  arptables v1.8.9 (nf_tables): ! not allowed with multiple source or destination IP addresses
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A INPUT -s 10.0.0.1/255.255.0.255; arptables -S INPUT | tail -1
  -A INPUT -s 10.0.0.1/255.255.0.255
  $ arptables -A INPUT -j mangle; echo rc=$?
  arptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ arptables -A INPUT -s 10.0.0.0/0 -d 0.0.0.0/0.0.0.0; arptables -S INPUT | tail -1
  -A INPUT 
