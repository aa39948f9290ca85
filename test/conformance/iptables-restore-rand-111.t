Random differential sequence (seed 111) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each.

  $ ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN
  $ printf '*raw\n:PREROUTING ACCEPT [0:300]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-A OUTPUT -j NOTRACK\n-A PREROUTING -j USERC\n-A PREROUTING -p udp -j CT --notrack\n*filter\n:INPUT ACCEPT [0:300]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [5:0]\n:USERC - [0:0]\n-A INPUT -j USERC\n-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  rc=0
  $ printf '*filter\n:INPUT DROP [5:0]\n:FORWARD ACCEPT [0:300]\n:OUTPUT DROP [5:300]\n-E USERC USERD\n:USERC - [0:0]\nCOMMIT\n' | ip netns exec n iptables-restore --noflush -c; echo rc=$?
  rc=0
  $ printf '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [5:300]\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\nCOMMIT\n' | ip netns exec n iptables-restore -n -v; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  COMMIT
  *filter
  :INPUT DROP [5:0]
  :FORWARD ACCEPT [0:300]
  :OUTPUT DROP [5:300]
  :USERD - [0:0]
  -A INPUT -j USERD
  -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:300]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n[4:120] -D INPUT -s 10.0.0.1/32 -j ACCEPT\nCOMMIT\n*nat\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n[8:368] -A POSTROUTING -o eth1 -j MASQUERADE\n-A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n' | ip netns exec n iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Illegal option `-c' with this command
  Error occurred at line: 6
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec n iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*mangle\n:PREROUTING ACCEPT [5:300]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [5:300]\n:POSTROUTING ACCEPT [5:0]\n:USERC - [0:0]\nCOMMIT\n*raw\n:PREROUTING ACCEPT [5:0]\n:OUTPUT ACCEPT [5:0]\n:USERC - [0:0]\n-A PREROUTING -j USERC\n-A PREROUTING -p udp -j CT --notrack\n-A PREROUTING -p udp -j CT --notrack\n[4:628] -A OUTPUT -j NOTRACK\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  rc=0
  $ printf '*filter\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [5:300]\n:OUTPUT DROP [0:300]\n:USERC - [0:0]\n-A INPUT -j DNAT --to-destination 1.2.3.4\n-A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited\n-A INPUT -s 10.0.0.1/32 -j ACCEPT\n-A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT\n[7:209] -A INPUT -m comment --comment "a b" -j DROP\nCOMMIT\n*nat\n:PREROUTING ACCEPT [5:300]\n:INPUT ACCEPT\n:OUTPUT ACCEPT [5:300]\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n-A OUTPUT -p tcp -j REDIRECT --to-ports 3128\n-A OUTPUT -p tcp -j REDIRECT --to-ports 3128\nCOMMIT\n' | ip netns exec n iptables-restore -n -v; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 6: RULE_APPEND failed (Invalid argument): rule in chain INPUT
  rc=4
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  COMMIT
  *filter
  :INPUT DROP [5:0]
  :FORWARD ACCEPT [0:300]
  :OUTPUT DROP [5:300]
  :USERD - [0:0]
  [0:0] -A INPUT -j USERD
  [0:0] -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
