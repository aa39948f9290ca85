The mark values of iptables 1.8.9 (XTTYPE_MARKMASK32 and XTTYPE_UINT32 of libxtables): mark and connmark matches, MARK and CONNMARK targets with bad numbers, masks, trailing garbage, two operations, an option twice or inverted, a missing one; the stored rules after.
  $ for v in foo 1/foo 1x 4294967296 0x10/0xff 1/ /1 -1 ' 1' '1 ' 020 1/2/3 '' 0x; do iptables -A INPUT -m mark --mark "$v"; echo "$v $?"; done
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  foo 2
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/foo 2
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  1x 2
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  4294967296 2
  0x10/0xff 0
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/ 2
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  /1 2
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  -1 2
   1 0
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  1  2
  020 0
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/2/3 2
  iptables v1.8.9 (nf_tables): mark: bad integer value for option "--mark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
   2
  iptables v1.8.9 (nf_tables): mark: trailing garbage after value for option "--mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  0x 2
  $ for v in foo 1/foo 1x 4294967296 1/ /1 -1 '' 0x; do iptables -A INPUT -j MARK --set-xmark "$v"; echo "$v $?"; done
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  foo 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/foo 2
  iptables v1.8.9 (nf_tables): MARK: trailing garbage after value for option "--set-xmark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  1x 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  4294967296 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/ 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  /1 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
  -1 2
  iptables v1.8.9 (nf_tables): MARK: bad integer value for option "--set-xmark", or out of range.
  
  Try `iptables -h' or 'iptables --help' for more information.
   2
  iptables v1.8.9 (nf_tables): MARK: trailing garbage after value for option "--set-xmark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  0x 2
  $ for v in foo 1x 1/2; do iptables -A INPUT -j MARK --and-mark "$v"; echo "$v $?"; done
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--and-mark", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  foo 2
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--and-mark", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  1x 2
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--and-mark", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  1/2 2
  $ iptables -A INPUT -j MARK --set-mark 1 --and-mark 2; echo $?
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be used together with "--and-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j MARK --set-mark 1 --set-mark 2; echo $?
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m mark --mark 1 --mark 2; echo $?
  iptables v1.8.9 (nf_tables): mark: option "--mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m mark; echo $?
  iptables v1.8.9 (nf_tables): mark: option "--mark" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j MARK ! --set-mark 1; echo $?
  iptables v1.8.9 (nf_tables): MARK: option "--set-mark" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m mark ! --mark 1; echo $?
  0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m mark --mark 0x10/0xff
  -A INPUT -m mark --mark 0x1
  -A INPUT -m mark --mark 0x10
  -A INPUT -m mark ! --mark 0x1
  $ for v in foo 1x 1/ 4294967296 0x; do iptables -A INPUT -m connmark --mark "$v" 2>&1 | head -2; done
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  iptables v1.8.9 (nf_tables): connmark: trailing garbage after value for option "--mark".
  
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  iptables v1.8.9 (nf_tables): connmark: bad integer value for option "--mark", or out of range.
  
  iptables v1.8.9 (nf_tables): connmark: trailing garbage after value for option "--mark".
  $ for o in set-mark set-xmark and-mark or-mark xor-mark; do iptables -t mangle -A INPUT -j CONNMARK --$o foo 2>&1 | head -2; iptables -t mangle -A INPUT -j CONNMARK --$o 1x 2>&1 | head -2; done
  iptables v1.8.9 (nf_tables): CONNMARK: bad integer value for option "--set-mark", or out of range.
  
  iptables v1.8.9 (nf_tables): CONNMARK: trailing garbage after value for option "--set-mark".
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad integer value for option "--set-xmark", or out of range.
  
  iptables v1.8.9 (nf_tables): CONNMARK: trailing garbage after value for option "--set-xmark".
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--and-mark", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--and-mark", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--or-mark", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--or-mark", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--xor-mark", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--xor-mark", or out of range (0-4294967295).
  $ for o in mask nfmask ctmask; do iptables -t mangle -A INPUT -j CONNMARK --save-mark --$o foo 2>&1 | head -2; iptables -t mangle -A INPUT -j CONNMARK --save-mark --$o 1/2 2>&1 | head -2; done
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--mask", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--mask", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--nfmask", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--nfmask", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--ctmask", or out of range (0-4294967295).
  
  iptables v1.8.9 (nf_tables): CONNMARK: bad value for option "--ctmask", or out of range (0-4294967295).
  $ iptables -t mangle -A INPUT -j CONNMARK; echo $?
  iptables v1.8.9 (nf_tables): CONNMARK target: No operation specified
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j CONNMARK --set-mark 1 --save-mark; echo $?
  iptables v1.8.9 (nf_tables): CONNMARK: option "--set-mark" cannot be used together with "--save-mark".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A INPUT -j CONNMARK --set-mark 1 --set-mark 2; echo $?
  iptables v1.8.9 (nf_tables): CONNMARK: option "--set-mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m connmark; echo $?
  iptables v1.8.9 (nf_tables): connmark: option "--mark" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -m connmark --mark 1 --mark 2; echo $?
  iptables v1.8.9 (nf_tables): connmark: option "--mark" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ for o in or-mark xor-mark; do iptables -A INPUT -j MARK --$o 1x 2>&1 | head -1; done
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--or-mark", or out of range (0-4294967295).
  iptables v1.8.9 (nf_tables): MARK: bad value for option "--xor-mark", or out of range (0-4294967295).
  $ iptables -A INPUT -j MARK --set-mark 1x 2>&1 | head -1
  iptables v1.8.9 (nf_tables): MARK: trailing garbage after value for option "--set-mark".
  $ iptables -A INPUT -j MARK --set-mark 1/2/3 2>&1 | head -1
  iptables v1.8.9 (nf_tables): MARK: trailing garbage after value for option "--set-mark".
  $ iptables -A INPUT -j MARK --set-mark 0x1/0xff; iptables -A INPUT -j MARK --set-xmark 0x1/0xff; iptables -A INPUT -j MARK --and-mark 0xf0; iptables -A INPUT -j MARK --or-mark 0; iptables -A INPUT -j MARK --set-mark 0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -m mark --mark 0x10/0xff
  -A INPUT -m mark --mark 0x1
  -A INPUT -m mark --mark 0x10
  -A INPUT -m mark ! --mark 0x1
  -A INPUT -j MARK --set-xmark 0x1/0xff
  -A INPUT -j MARK --set-xmark 0x1/0xff
  -A INPUT -j MARK --set-xmark 0x0/0xffffff0f
  -A INPUT -j MARK --set-xmark 0x0/0x0
  -A INPUT -j MARK --set-xmark 0x0/0xffffffff
