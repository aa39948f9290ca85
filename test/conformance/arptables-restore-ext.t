arptables-restore of lines that use the MAC, hardware and protocol type matches, several addresses, -c counters inside a line and the MARK, CLASSIFY and mangle targets; what arptables-save -c and -L then show; a line the kernel refuses (CLASSIFY on INPUT) failing the whole commit.
  $ printf '*filter\n:INPUT ACCEPT\n:OUTPUT DROP\n:mine -\n-A INPUT --src-mac 02:00:00:00:00:01 ! --opcode Reply -c 3 4\n-A INPUT -s 10.0.0.1,10.0.0.2 --proto-type 0x800 -j mine\n-A OUTPUT --dst-mac ff:ff:ff:ff:ff:ff -j MARK --or-mark 0x30\n-A OUTPUT -j CLASSIFY --set-class 1:10\n[5:6] -A mine -d 10.0.0.0/255.255.0.0 --h-type 6 -j mangle --mangle-ip-s 10.0.0.9\nCOMMIT\n' > rules
  $ arptables-restore < rules; echo rc=$?
  rc=0
  $ arptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT DROP
  :mine -
  [3:4] -A INPUT --src-mac 02:00:00:00:00:01 ! --opcode 2
  [0:0] -A INPUT -j mine -s 10.0.0.1 --proto-type 0x800
  [0:0] -A INPUT -j mine -s 10.0.0.2 --proto-type 0x800
  [0:0] -A OUTPUT -j MARK --dst-mac ff:ff:ff:ff:ff:ff --or-mark 30
  [0:0] -A OUTPUT -j CLASSIFY --set-class 1:10
  [0:0] -A mine -j mangle -d 10.0.0.0/16 --h-type 6 --mangle-ip-s 10.0.0.9
  $ arptables -L -n -v --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  1 -i * -o * --src-mac 02:00:00:00:00:01 ! --opcode 2 , pcnt=3 -- bcnt=4 
  2 -j mine -i * -o * -s 10.0.0.1 --proto-type 0x800 , pcnt=0 -- bcnt=0 
  3 -j mine -i * -o * -s 10.0.0.2 --proto-type 0x800 , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy DROP 0 packets, 0 bytes)
  1 -j MARK -i * -o * --dst-mac ff:ff:ff:ff:ff:ff --or-mark 30 , pcnt=0 -- bcnt=0 
  2 -j CLASSIFY -i * -o * --set-class 1:10 , pcnt=0 -- bcnt=0 
  
  Chain mine (2 references)
  1 -j mangle -i * -o * -d 10.0.0.0/16 --h-type 6 --mangle-ip-s 10.0.0.9 , pcnt=0 -- bcnt=0 
  $ printf '*filter\n-A INPUT -j CLASSIFY --set-class 1:2\nCOMMIT\n' | arptables-restore --noflush; echo rc=$?
  arptables-restore v1.8.9 (nf_tables): 
  line 2: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ arptables -S | wc -l
  9
  $ printf '*filter\n-A INPUT --src-mac 02:00:00:00:00\nCOMMIT\n' | arptables-restore --noflush; echo rc=$?
  arptables-restore v1.8.9 (nf_tables): Problem with specified source mac
  Error occurred at line: 2
  Try `arptables-restore -h' or 'arptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT -j MARK --set-mark\nCOMMIT\n' | arptables-restore --noflush; echo rc=$?
  arptables-restore v1.8.9 (nf_tables): option "--set-mark" requires an argument
  Error occurred at line: 2
  Try `arptables-restore -h' or 'arptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT -h\nCOMMIT\n' | arptables-restore --noflush 2>&1 | head -3; echo rc=$?
  arptables-restore v1.8.9 (nf_tables)
  
  Usage: arptables-restore -[ACD] chain rule-specification [options]
  rc=0
  $ arptables-save | arptables-restore; arptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT DROP
  :mine -
  [0:0] -A INPUT --src-mac 02:00:00:00:00:01 ! --opcode 2
  [0:0] -A INPUT -j mine -s 10.0.0.1 --proto-type 0x800
  [0:0] -A INPUT -j mine -s 10.0.0.2 --proto-type 0x800
  [0:0] -A OUTPUT -j MARK --dst-mac ff:ff:ff:ff:ff:ff --or-mark 30
  [0:0] -A OUTPUT -j CLASSIFY --set-class 1:10
  [0:0] -A mine -j mangle -d 10.0.0.0/16 --h-type 6 --mangle-ip-s 10.0.0.9
