iptables --tcp-flags: the flag names iptables 1.8.9 knows (no ECE or CWR), ALL and NONE, case, empty lists, inversion, and how listings spell the masks.
  $ iptables -A INPUT -p tcp --tcp-flags ECE ECE
  iptables v1.8.9 (nf_tables): Unknown TCP flag `ECE'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --tcp-flags CWR,SYN SYN
  iptables v1.8.9 (nf_tables): Unknown TCP flag `CWR'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --tcp-flags ALL NONE
  $ iptables -A INPUT -p tcp --tcp-flags syn,ack SYN
  $ iptables -A INPUT -p tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG ALL
  $ iptables -A INPUT -p tcp --tcp-flags SYN,FOO SYN
  iptables v1.8.9 (nf_tables): Unknown TCP flag `FOO'
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --tcp-flags SYN
  iptables v1.8.9 (nf_tables): --tcp-flags requires two args.
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -A INPUT -p tcp --tcp-flags "" SYN
  $ iptables -A INPUT -p tcp --tcp-flags SYN,,ACK SYN
  $ iptables -A INPUT -p tcp ! --tcp-flags SYN,ACK,FIN SYN
  $ iptables -A INPUT -p tcp --tcp-flags ALL ALL
  $ iptables -A INPUT -p tcp --tcp-flags NONE NONE
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK SYN
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,SYN,RST,PSH,ACK,URG
  -A INPUT -p tcp
  -A INPUT -p tcp -m tcp --tcp-flags SYN,ACK SYN
  -A INPUT -p tcp -m tcp ! --tcp-flags FIN,SYN,ACK SYN
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,SYN,RST,PSH,ACK,URG
  -A INPUT -p tcp -m tcp
  $ iptables -L INPUT -n
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x3F/0x00
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x12/0x02
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x3F/0x3F
             6    --  0.0.0.0/0            0.0.0.0/0           
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x12/0x02
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:!0x13/0x02
             6    --  0.0.0.0/0            0.0.0.0/0            tcp flags:0x3F/0x3F
             6    --  0.0.0.0/0            0.0.0.0/0            tcp
