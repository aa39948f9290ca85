iptables-restore of rules with the extensions added here, then iptables-save and a second restore of its output (round trip).
  $ cat > rules.v4 <<'X'
  > *mangle
  > -A PREROUTING -i lo -j TEE --gateway 127.0.0.2
  > -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options sack-permitted
  > -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
  > COMMIT
  > *filter
  > :CUSTOM - [0:0]
  > -A INPUT -m devgroup --src-group 2 -j CUSTOM
  > -A INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 192.0.2.0/24 -j DROP
  > -A INPUT -p sctp --dport 9 --chunk-types any INIT -j ACCEPT
  > -A INPUT -p dccp ! --dccp-types RESET -j ACCEPT
  > -A INPUT -p esp --espspi 256:512 -j ACCEPT
  > -A INPUT -m realm --realm 3/0xff -j AUDIT --type reject
  > -A INPUT -m socket --nowildcard -j ACCEPT
  > -A CUSTOM -m cpu ! --cpu 3 -j RETURN
  > COMMIT
  > X
  $ iptables-restore < rules.v4
  $ iptables-save | grep -v '^#' > saved.v4; cat saved.v4
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -i lo -j TEE --gateway 127.0.0.2
  -A POSTROUTING -p tcp -j TCPOPTSTRIP --strip-options 4
  -A POSTROUTING -p udp -j CHECKSUM --checksum-fill
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :CUSTOM - [0:0]
  -A INPUT -m devgroup --src-group 0x2 -j CUSTOM
  -A INPUT -m policy --dir in --pol ipsec --strict --mode tunnel --tunnel-src 192.0.2.0/24 -j DROP
  -A INPUT -p sctp -m sctp --dport 9 --chunk-types any INIT -j ACCEPT
  -A INPUT -p dccp -m dccp ! --dccp-types RESET -j ACCEPT
  -A INPUT -p esp -m esp --espspi 256:512 -j ACCEPT
  -A INPUT -m realm --realm 0x3/0xff -j AUDIT --type reject
  -A INPUT -m socket --nowildcard -j ACCEPT
  -A CUSTOM -m cpu ! --cpu 3 -j RETURN
  COMMIT
  $ iptables-restore < saved.v4; [ "$(iptables-save | grep -v '^#')" = "$(cat saved.v4)" ] && echo same
  same
  $ iptables -L -n --line-numbers
  Chain INPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  1    CUSTOM     0    --  0.0.0.0/0            0.0.0.0/0            src-group 0x2
  2    DROP       0    --  0.0.0.0/0            0.0.0.0/0            policy match dir in pol ipsec strict mode tunnel tunnel-src 192.0.2.0/24
  3    ACCEPT     132  --  0.0.0.0/0            0.0.0.0/0            sctp dpt:9 any 0x0001
  4    ACCEPT     33   --  0.0.0.0/0            0.0.0.0/0            dccp ! 7
  5    ACCEPT     50   --  0.0.0.0/0            0.0.0.0/0            esp spis:256:512
  6    AUDIT      0    --  0.0.0.0/0            0.0.0.0/0            realm 0x3/0xff AUDIT reject
  7    ACCEPT     0    --  0.0.0.0/0            0.0.0.0/0            socket --nowildcard
  
  Chain FORWARD (policy ACCEPT)
  num  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  num  target     prot opt source               destination         
  
  Chain CUSTOM (1 references)
  num  target     prot opt source               destination         
  1    RETURN     0    --  0.0.0.0/0            0.0.0.0/0            cpu ! 3
  $ iptables-restore --test <<'X'
  > *filter
  > -A INPUT -m devgroup -j ACCEPT
  > COMMIT
  > X
  iptables-restore v1.8.9 (nf_tables): devgroup match: You must specify either '--src-group' or '--dst-group'
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  [2]
  $ iptables-restore --test <<'X'
  > *filter
  > -A OUTPUT -m socket -j ACCEPT
  > COMMIT
  > X
  $ iptables-restore -n <<'X'
  > *filter
  > -A INPUT -p ah --ahspi 9 -j ACCEPT
  > COMMIT
  > X
  $ iptables -S INPUT | tail -2
  -A INPUT -m socket --nowildcard -j ACCEPT
  -A INPUT -p ah -m ah --ahspi 9 -j ACCEPT
