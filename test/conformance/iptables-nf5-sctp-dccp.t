The sctp, dccp and ipcomp matches: ports, chunk types, DCCP types and options, their listing and save texts, and errors.
  $ iptables -A INPUT -p sctp --dport 5
  $ iptables -A INPUT -p sctp -m sctp --sport 1:1024 ! --dport 80
  $ iptables -A INPUT -p sctp --chunk-types all INIT,SACK
  $ iptables -A INPUT -p sctp --chunk-types any DATA:Be
  $ iptables -A INPUT -p sctp --chunk-types only ABORT:T
  $ iptables -A INPUT -p sctp ! --chunk-types none INIT
  iptables v1.8.9 (nf_tables): Match type has to be one of "ALL", "ANY" or "ONLY"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp -m sctp
  $ iptables -A INPUT -p dccp --dport 5
  $ iptables -A INPUT -p dccp --sport 10:20 --dccp-types REQUEST,RESPONSE
  $ iptables -A INPUT -p dccp ! --dccp-types DATA --dccp-option 4
  $ iptables -A INPUT -p dccp ! --dccp-option 4
  $ iptables -A INPUT -p dccp -m dccp
  $ iptables -A INPUT -p ipcomp --ipcompspi 5:6
  $ iptables -A INPUT -p ipcomp ! --ipcompspi 7
  $ iptables -A INPUT -p ipcomp -m ipcomp
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             sctp --  anywhere             anywhere             sctp dpt:5
             sctp --  anywhere             anywhere             sctp spts:1:1024 dpt:!80
             sctp --  anywhere             anywhere             sctp all INIT,SACK
             sctp --  anywhere             anywhere             sctp any DATA:Be
             sctp --  anywhere             anywhere             sctp only ABORT:T
             sctp --  anywhere             anywhere             sctp
             dccp --  anywhere             anywhere             dccp dpt:5
             dccp --  anywhere             anywhere             dccp spts:10:20 REQUEST,RESPONSE
             dccp --  anywhere             anywhere             dccp ! DATA option=4
             dccp --  anywhere             anywhere             dccp option=!4
             dccp --  anywhere             anywhere             dccp
             ipcomp --  anywhere             anywhere             comp spis:5:6
             ipcomp --  anywhere             anywhere             comp spi:!7
             ipcomp --  anywhere             anywhere             comp spi:0
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             132  --  0.0.0.0/0            0.0.0.0/0            sctp dpt:5
             132  --  0.0.0.0/0            0.0.0.0/0            sctp spts:1:1024 dpt:!80
             132  --  0.0.0.0/0            0.0.0.0/0            sctp all 0x0001,0x0003
             132  --  0.0.0.0/0            0.0.0.0/0            sctp any 0x0000:Be
             132  --  0.0.0.0/0            0.0.0.0/0            sctp only 0x0006:T
             132  --  0.0.0.0/0            0.0.0.0/0            sctp
             33   --  0.0.0.0/0            0.0.0.0/0            dccp dpt:5
             33   --  0.0.0.0/0            0.0.0.0/0            dccp spts:10:20 0,1
             33   --  0.0.0.0/0            0.0.0.0/0            dccp ! 2 option=4
             33   --  0.0.0.0/0            0.0.0.0/0            dccp option=!4
             33   --  0.0.0.0/0            0.0.0.0/0            dccp
             108  --  0.0.0.0/0            0.0.0.0/0            comp spis:5:6
             108  --  0.0.0.0/0            0.0.0.0/0            comp spi:!7
             108  --  0.0.0.0/0            0.0.0.0/0            comp spi:0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p sctp -m sctp --dport 5
  -A INPUT -p sctp -m sctp --sport 1:1024 ! --dport 80
  -A INPUT -p sctp -m sctp --chunk-types all INIT,SACK
  -A INPUT -p sctp -m sctp --chunk-types any DATA:Be
  -A INPUT -p sctp -m sctp --chunk-types only ABORT:T
  -A INPUT -p sctp -m sctp
  -A INPUT -p dccp -m dccp --dport 5
  -A INPUT -p dccp -m dccp --sport 10:20 --dccp-types REQUEST,RESPONSE
  -A INPUT -p dccp -m dccp ! --dccp-types DATA --dccp-option 4
  -A INPUT -p dccp -m dccp ! --dccp-option 4
  -A INPUT -p dccp -m dccp
  -A INPUT -p ipcomp -m ipcomp --ipcompspi 5:6
  -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 7
  -A INPUT -p ipcomp -m ipcomp --ipcompspi 0
  $ iptables -A INPUT -m sctp --dport 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -p sctp --chunk-types all FOO
  iptables v1.8.9 (nf_tables): Unknown sctp chunk `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --chunk-types some INIT
  iptables v1.8.9 (nf_tables): Match type has to be one of "ALL", "ANY" or "ONLY"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --chunk-types all
  iptables v1.8.9 (nf_tables): --chunk-types requires two args
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --dport 5:4
  iptables v1.8.9 (nf_tables): invalid portrange (min > max)
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p sctp --dport x
  iptables v1.8.9 (nf_tables): invalid port/service `x' specified
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p dccp --dccp-types FOO
  iptables v1.8.9 (nf_tables): Unknown DCCP type `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p dccp --dccp-option 256
  iptables v1.8.9 (nf_tables): dccp: bad value for option "--dccp-option", or out of range (1-255).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --dccp-option 1
  iptables v1.8.9 (nf_tables): unknown option "--dccp-option"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p ipcomp --ipcompspi x
  iptables v1.8.9 (nf_tables): ipcomp: bad value for option "--ipcompspi" near "x", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -m dccp --dport 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -p sctp -m sctp --dport 5
  -A INPUT -p sctp -m sctp --sport 1:1024 ! --dport 80
  -A INPUT -p sctp -m sctp --chunk-types all INIT,SACK
  -A INPUT -p sctp -m sctp --chunk-types any DATA:Be
  -A INPUT -p sctp -m sctp --chunk-types only ABORT:T
  -A INPUT -p sctp -m sctp
  -A INPUT -p dccp -m dccp --dport 5
  -A INPUT -p dccp -m dccp --sport 10:20 --dccp-types REQUEST,RESPONSE
  -A INPUT -p dccp -m dccp ! --dccp-types DATA --dccp-option 4
  -A INPUT -p dccp -m dccp ! --dccp-option 4
  -A INPUT -p dccp -m dccp
  -A INPUT -p ipcomp -m ipcomp --ipcompspi 5:6
  -A INPUT -p ipcomp -m ipcomp ! --ipcompspi 7
  -A INPUT -p ipcomp -m ipcomp --ipcompspi 0
  COMMIT
