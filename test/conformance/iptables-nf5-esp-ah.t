The esp and ah matches: SPI ranges and their texts, the protocol they need, the implicit match of -p esp/ah.
  $ iptables -A INPUT -p esp -m esp --espspi 5
  $ iptables -A INPUT -p esp --espspi 10:20
  $ iptables -A INPUT -p esp --espspi :20
  $ iptables -A INPUT -p esp --espspi 20:
  $ iptables -A INPUT -p esp ! --espspi 0x10
  $ iptables -A INPUT -p esp -m esp
  $ iptables -A INPUT -p 50 --espspi 7
  $ iptables -A INPUT -p ah -m ah --ahspi 1:4294967295
  $ iptables -A INPUT -p ah --ahspi 0
  $ iptables -A INPUT -p ah ! --ahspi 3:2
  $ iptables -A INPUT -p ah -m ah
  $ iptables -L INPUT
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             esp  --  anywhere             anywhere             esp spi:5
             esp  --  anywhere             anywhere             esp spis:10:20
             esp  --  anywhere             anywhere             esp spis:0:20
             esp  --  anywhere             anywhere             esp spis:20:4294967295
             esp  --  anywhere             anywhere             esp spi:!16
             esp  --  anywhere             anywhere             esp
             esp  --  anywhere             anywhere             esp spi:7
             ah   --  anywhere             anywhere             ah spis:1:4294967295
             ah   --  anywhere             anywhere             ah spi:0
             ah   --  anywhere             anywhere             ah spis:!3:2
             ah   --  anywhere             anywhere             ah 
  $ iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spi:5
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spis:10:20
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spis:0:20
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spis:20:4294967295
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spi:!16
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp
      0     0            50   --  *      *       0.0.0.0/0            0.0.0.0/0            esp spi:7
      0     0            51   --  *      *       0.0.0.0/0            0.0.0.0/0            ah spis:1:4294967295
      0     0            51   --  *      *       0.0.0.0/0            0.0.0.0/0            ah spi:0
      0     0            51   --  *      *       0.0.0.0/0            0.0.0.0/0            ah spis:!3:2
      0     0            51   --  *      *       0.0.0.0/0            0.0.0.0/0            ah 
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p esp -m esp --espspi 5
  -A INPUT -p esp -m esp --espspi 10:20
  -A INPUT -p esp -m esp --espspi 0:20
  -A INPUT -p esp -m esp --espspi 20:4294967295
  -A INPUT -p esp -m esp ! --espspi 16
  -A INPUT -p esp -m esp
  -A INPUT -p esp -m esp --espspi 7
  -A INPUT -p ah -m ah --ahspi 1:4294967295
  -A INPUT -p ah -m ah --ahspi 0
  -A INPUT -p ah -m ah ! --ahspi 3:2
  -A INPUT -p ah -m ah
  $ iptables -A INPUT -m esp --espspi 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -p tcp -m esp --espspi 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT ! -p esp -m esp --espspi 5
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ iptables -A INPUT -p esp --espspi foo
  iptables v1.8.9 (nf_tables): esp: bad value for option "--espspi" near "foo", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p esp --espspi 1:2:3
  iptables v1.8.9 (nf_tables): esp: Too many components for option "--espspi" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p esp --espspi 4294967296
  iptables v1.8.9 (nf_tables): esp: bad value for option "--espspi" near "4294967296", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p esp --espspi 1 --espspi 2
  iptables v1.8.9 (nf_tables): esp: option "--espspi" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p udp --espspi 1
  iptables v1.8.9 (nf_tables): unknown option "--espspi"
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p ah --ahspi -1
  iptables v1.8.9 (nf_tables): ah: bad value for option "--ahspi" near "-1", or out of range (0-4294967295).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -D INPUT -p esp -m esp --espspi 10:20
  $ iptables -C INPUT -p ah --ahspi 0:0
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p esp -m esp --espspi 5
  -A INPUT -p esp -m esp --espspi 0:20
  -A INPUT -p esp -m esp --espspi 20:4294967295
  -A INPUT -p esp -m esp ! --espspi 16
  -A INPUT -p esp -m esp
  -A INPUT -p esp -m esp --espspi 7
  -A INPUT -p ah -m ah --ahspi 1:4294967295
  -A INPUT -p ah -m ah --ahspi 0
  -A INPUT -p ah -m ah ! --ahspi 3:2
  -A INPUT -p ah -m ah
