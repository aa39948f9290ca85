LOG and NFLOG prefixes (at least 1 byte, no newline, cut to 29 and 127 bytes) and the -w/-W wait options (optional numeric argument, -W deprecated and only with -w).
  $ iptables -A INPUT -p tcp --tcp-option 256; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option "256"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -p tcp --tcp-option foo; echo $?
  iptables v1.8.9 (nf_tables): Bad TCP option "foo"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT
  -P INPUT ACCEPT
  $ iptables -A INPUT -j LOG --log-prefix 0123456789012345678901234567890; echo $?
  0
  $ iptables -A INPUT -j LOG --log-prefix ''; echo $?
  iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j LOG --log-prefix "$(printf 'a\nb')"; echo $?
  iptables v1.8.9 (nf_tables): Newlines not allowed in --log-prefix
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j LOG --log-prefix 01234567890123456789012345678; echo $?
  0
  $ iptables -A INPUT -j LOG --log-prefix 012345678901234567890123456789; echo $?
  0
  $ iptables -A INPUT -j NFLOG --nflog-prefix 0123456789012345678901234567890123456789012345678901234567890123456789; echo $?
  0
  $ iptables -S INPUT | grep LOG
  -A INPUT -j LOG --log-prefix 01234567890123456789012345678
  -A INPUT -j LOG --log-prefix 01234567890123456789012345678
  -A INPUT -j LOG --log-prefix 01234567890123456789012345678
  -A INPUT -j NFLOG --nflog-prefix 0123456789012345678901234567890123456789012345678901234567890123456789
  $ iptables -w foo -L INPUT; echo $?
  iptables v1.8.9 (nf_tables): wait seconds not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -w -1 -L INPUT >/dev/null; echo $?
  iptables v1.8.9 (nf_tables): unknown option "-1"
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -w 5 -L INPUT > /dev/null; echo $?
  0
  $ iptables -W foo -L INPUT >/dev/null; echo $?
  iptables v1.8.9 (nf_tables): wait interval not numeric
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -W 5 -L INPUT >/dev/null; echo $?
  Ignoring deprecated --wait-interval option.
  iptables v1.8.9 (nf_tables): --wait-interval only makes sense with --wait
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -w5 -L INPUT >/dev/null; echo $?
  0
  $ p=$(printf 'x%.0s' $(seq 1 127)); iptables -A INPUT -j NFLOG --nflog-prefix $p; echo $?
  0
  $ p=$(printf 'y%.0s' $(seq 1 128)); iptables -A INPUT -j NFLOG --nflog-prefix $p; echo $?
  0
  $ p=$(printf 'z%.0s' $(seq 1 200)); iptables -A INPUT -j NFLOG --nflog-prefix $p; echo $?
  0
  $ iptables -A INPUT -j NFLOG --nflog-prefix ''; echo $?
  iptables v1.8.9 (nf_tables): Argument must have a minimum length of 1 characters
  
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -A INPUT -j NFLOG --nflog-prefix "$(printf 'a\nb')"; echo $?
  iptables v1.8.9 (nf_tables): Newlines not allowed in --log-prefix
  Try `iptables -h' or 'iptables --help' for more information.
  2
  $ iptables -S INPUT | wc -c
  780
  $ iptables -L INPUT | wc -c
  1193
