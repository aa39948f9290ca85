The icmp match's numeric --icmp-type (strtoul() of the type, "/" and the code, 0-255 each, nothing after: "Unknown ICMP type/code" with the whole word, "unknown character"), names abbreviated.
  $ iptables -A INPUT -p icmp --icmp-type '3/256'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3/256'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/1/2'; echo $?
  iptables v1.8.9 (nf_tables): unknown character /
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '256'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `256'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3/'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '/3'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `/3'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/x'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3/x'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '8x'; echo $?
  iptables v1.8.9 (nf_tables): unknown character x
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/0x10'; echo $?
  0
  $ iptables -A INPUT -p icmp --icmp-type '0x8'; echo $?
  0
  $ iptables -A INPUT -p icmp --icmp-type '3/-1'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3/-1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '-1'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `-1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/1x'; echo $?
  iptables v1.8.9 (nf_tables): unknown character x
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3a/1'; echo $?
  iptables v1.8.9 (nf_tables): unknown character a
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '1/2/'; echo $?
  iptables v1.8.9 (nf_tables): unknown character /
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '300/1'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP type `300/1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3//1'; echo $?
  iptables v1.8.9 (nf_tables): Unknown ICMP code `3//1'
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type '3/+1'; echo $?
  0
  $ iptables -A INPUT -p icmp --icmp-type 'echo'; echo $?
  iptables v1.8.9 (nf_tables): Ambiguous ICMP type `echo': `echo-reply' or `echo-request'?
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type 'ech'; echo $?
  iptables v1.8.9 (nf_tables): Ambiguous ICMP type `ech': `echo-reply' or `echo-request'?
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p icmp --icmp-type 'e'; echo $?
  iptables v1.8.9 (nf_tables): Ambiguous ICMP type `e': `echo-reply' or `echo-request'?
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -m icmp --icmp-type 3/16
  -A INPUT -p icmp -m icmp --icmp-type 8
  -A INPUT -p icmp -m icmp --icmp-type 3/1
