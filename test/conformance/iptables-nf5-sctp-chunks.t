SCTP chunk-type forms: flags, case, ALL/NONE maps, inversion, bad flags; listing both ways and save.
  $ iptables -A INPUT -p sctp --chunk-types any DATA:I
  $ iptables -A INPUT -p sctp --chunk-types all data:ub,abort:t
  $ iptables -A INPUT -p sctp --chunk-types only ALL
  $ iptables -A INPUT -p sctp --chunk-types any NONE
  $ iptables -A INPUT -p sctp ! --chunk-types any INIT,COOKIE_ECHO --dport 9
  $ iptables -A INPUT -p sctp --chunk-types ANY forward_tsn,ASCONF,ASCONF_ACK
  $ iptables -A INPUT -p sctp --chunk-types any INIT:x
  iptables v1.8.9 (nf_tables): Invalid flags for chunk type 1
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --chunk-types any I_DATA
  $ iptables -A INPUT -p sctp --sport 5 --sport 6
  iptables v1.8.9 (nf_tables): Only one `--source-port' allowed
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --dport http
  iptables v1.8.9 (nf_tables): invalid port/service `http' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             sctp --  anywhere             anywhere             sctp any DATA:I
             sctp --  anywhere             anywhere             sctp all DATA:ub,ABORT:t
             sctp --  anywhere             anywhere             sctp only ALL
             sctp --  anywhere             anywhere             sctp any NONE
             sctp --  anywhere             anywhere             sctp dpt:9 ! any INIT,COOKIE_ECHO
             sctp --  anywhere             anywhere             sctp any ASCONF_ACK,FORWARD_TSN,ASCONF
             sctp --  anywhere             anywhere             sctp any I_DATA
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             132  --  0.0.0.0/0            0.0.0.0/0            sctp any 0x0000:I
             132  --  0.0.0.0/0            0.0.0.0/0            sctp all 0x0000:ub,0x0006:t
             132  --  0.0.0.0/0            0.0.0.0/0            sctp only ALL
             132  --  0.0.0.0/0            0.0.0.0/0            sctp any NONE
             132  --  0.0.0.0/0            0.0.0.0/0            sctp dpt:9 ! any 0x0001,0x000A
             132  --  0.0.0.0/0            0.0.0.0/0            sctp any 0x0080,0x00C0,0x00C1
             132  --  0.0.0.0/0            0.0.0.0/0            sctp any 0x0040
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p sctp -m sctp --chunk-types any DATA:I
  -A INPUT -p sctp -m sctp --chunk-types all DATA:ub,ABORT:t
  -A INPUT -p sctp -m sctp --chunk-types only ALL
  -A INPUT -p sctp -m sctp --chunk-types any NONE
  -A INPUT -p sctp -m sctp --dport 9 ! --chunk-types any INIT,COOKIE_ECHO
  -A INPUT -p sctp -m sctp --chunk-types any ASCONF_ACK,FORWARD_TSN,ASCONF
  -A INPUT -p sctp -m sctp --chunk-types any I_DATA
