Option errors of more targets (tables with .excl/.also: TOS, DSCP, NFQUEUE, REJECT once and not invertible; TCPOPTSTRIP refusing 0 and 1; NFQUEUE --queue-balance as an XTTYPE_UINT16RC range whose ends must rise).
  $ iptables -t mangle -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options 1; echo $?
  iptables v1.8.9 (nf_tables): Option value may not be 0 or 1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options 2,0; echo $?
  iptables v1.8.9 (nf_tables): Option value may not be 0 or 1
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options 2,,3; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option value ""
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TCPOPTSTRIP --strip-options 2 --strip-options 3; echo $?
  iptables v1.8.9 (nf_tables): TCPOPTSTRIP: option "--strip-options" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-balance 3:; echo $?
  0
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-balance :3; echo $?
  0
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-balance 3:3; echo $?
  iptables v1.8.9 (nf_tables): 3 should be less than 3
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-balance 1:2 --queue-balance 3:4; echo $?
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-balance" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-balance 1:2:3; echo $?
  iptables v1.8.9 (nf_tables): NFQUEUE: Too many components for option "--queue-balance" (max: 2)
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-num 1 --queue-num 2; echo $?
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-num" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-bypass --queue-bypass; echo $?
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-bypass" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE --queue-cpu-fanout --queue-balance 0:1; echo $?
  0
  $ iptables -t mangle -A OUTPUT -p tcp -j NFQUEUE ! --queue-num 1; echo $?
  iptables v1.8.9 (nf_tables): NFQUEUE: option "--queue-num" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TOS --and-tos 1 --or-tos 2; echo $?
  iptables v1.8.9 (nf_tables): TOS: option "--and-tos" cannot be used together with "--or-tos".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TOS --xor-tos 1 --set-tos 2; echo $?
  iptables v1.8.9 (nf_tables): TOS: option "--set-tos" cannot be used together with "--xor-tos".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TOS --set-tos 1 --set-tos 2; echo $?
  iptables v1.8.9 (nf_tables): TOS: option "--set-tos" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j DSCP --set-dscp-class EF --set-dscp 1; echo $?
  iptables v1.8.9 (nf_tables): DSCP: option "--set-dscp" cannot be used together with "--set-dscp-class".
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j DSCP --set-dscp 1 --set-dscp 2; echo $?
  iptables v1.8.9 (nf_tables): DSCP: option "--set-dscp" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j DSCP ! --set-dscp 1; echo $?
  iptables v1.8.9 (nf_tables): DSCP: option "--set-dscp" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -A OUTPUT -p tcp -j TOS ! --set-tos 1; echo $?
  iptables v1.8.9 (nf_tables): TOS: option "--set-tos" cannot be inverted.
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -t mangle -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -p tcp -j NFQUEUE --queue-balance 3:65535
  -A OUTPUT -p tcp -j NFQUEUE --queue-balance 0:3
  -A OUTPUT -p tcp -j NFQUEUE --queue-balance 0:1 --queue-cpu-fanout
