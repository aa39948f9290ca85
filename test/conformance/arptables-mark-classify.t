arptables with the MARK (arp revision 2: --set-mark, --and-mark, --or-mark in hex) and CLASSIFY (--set-class MAJOR:MINOR, OUTPUT and FORWARD hooks only) targets: what is accepted, what the kernel refuses, their listing and save forms, and their option errors.
  $ arptables -A OUTPUT -j MARK --set-mark 1; echo rc=$?
  rc=0
  $ arptables -A OUTPUT -j MARK --set-xmark 0x10/0xff; echo rc=$?
  arptables v1.8.9 (nf_tables): unknown option "--set-xmark"
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A OUTPUT -j MARK --and-mark 3 ; echo rc=$?
  rc=0
  $ arptables -A OUTPUT -j CLASSIFY --set-class 1:2; echo rc=$?
  rc=0
  $ arptables -A INPUT -j CLASSIFY --set-class 1:2; echo rc=$?
  arptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ arptables -A INPUT -j MARK; echo rc=$?
  rc=0
  $ arptables -A INPUT -j CLASSIFY; echo rc=$?
  arptables v1.8.9 (nf_tables): CLASSIFY: option "--set-class" must be specified
  
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -L -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  -j MARK -i * -o * --and-mark ffffffff , pcnt=0 -- bcnt=0 
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  -j MARK -i * -o * --set-mark 1 , pcnt=0 -- bcnt=0 
  -j MARK -i * -o * --and-mark 3 , pcnt=0 -- bcnt=0 
  -j CLASSIFY -i * -o * --set-class 1:2 , pcnt=0 -- bcnt=0 
  $ arptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT
  :OUTPUT ACCEPT
  -A INPUT -j MARK --and-mark ffffffff
  -A OUTPUT -j MARK --set-mark 1
  -A OUTPUT -j MARK --and-mark 3
  -A OUTPUT -j CLASSIFY --set-class 1:2
  $ arptables -A OUTPUT -j MARK --set-mark zz; echo rc=$?
  arptables v1.8.9 (nf_tables): Bad mark value `zz'
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A OUTPUT -j MARK --set-mark 1 --or-mark 2; echo rc=$?
  arptables v1.8.9 (nf_tables): MARK: Can't specify --or-mark twice
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A OUTPUT -j MARK --or-mark 0x30; arptables -A OUTPUT -j MARK --set-mark fffffffff; arptables -S OUTPUT | tail -2
  -A OUTPUT -j MARK --or-mark 30
  -A OUTPUT -j MARK --set-mark ffffffff
  $ arptables -A OUTPUT -j CLASSIFY --set-class 1; echo rc=$?
  arptables v1.8.9 (nf_tables): Bad class value "1"
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -A OUTPUT -j CLASSIFY --set-class 10:ffff; arptables -S OUTPUT | tail -1
  -A OUTPUT -j CLASSIFY --set-class 10:ffff
  $ arptables -A OUTPUT -j mangle --set-mark 1; echo rc=$?
  arptables v1.8.9 (nf_tables): unknown option "--set-mark"
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -N MARK; echo rc=$?
  arptables v1.8.9 (nf_tables): chain name may not clash with target name
  Try `arptables -h' or 'arptables --help' for more information.
  rc=2
  $ arptables -D OUTPUT -j MARK --set-mark 1; arptables -C OUTPUT -j MARK --and-mark 3; echo rc=$?
  rc=0
