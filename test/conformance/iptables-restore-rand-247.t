Random differential sequence (seed 247) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each.

  $ ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN
  $ printf '*filter\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\n-D INPUT -s 10.0.0.1/32 -j ACCEPT\n-A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [5:0]\nCOMMIT\n' | ip netns exec n iptables-restore -t; echo rc=$?
  rc=0
  $ printf '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [0:300]\n:POSTROUTING ACCEPT [0:300]\n:USERC - [0:0]\n-A POSTROUTING -j TTL --ttl-set 64\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\n-A OUTPUT -j USERC\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\nCOMMIT\n' | ip netns exec n iptables-restore ; echo rc=$?
  rc=0
  $ printf '*filter\n-L\n:OUTPUT DROP [5:0]\n-D INPUT -s 10.0.0.1/32 -j ACCEPT\nCOMMIT\n*mangle\n:PREROUTING ACCEPT [5:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [5:0]\n:POSTROUTING ACCEPT [0:300]\n:USERC - [0:0]\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n[0:238] -A OUTPUT -j USERC\n' | ip netns exec n iptables-restore ; echo rc=$?
  iptables-restore: line 4 failed: Bad rule (does a matching rule exist in that chain?).
  Chain INPUT (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  rc=1
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  [0:0] -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  [0:0] -A OUTPUT -j USERC
  [0:0] -A POSTROUTING -j TTL --ttl-set 64
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -s 9.9.9.9/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*mangle\n:PREROUTING ACCEPT [5:0]\n:INPUT ACCEPT [5:300]\n:FORWARD ACCEPT [5:300]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [5:0]\n-D INPUT 5\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\nCOMMIT\n' | ip netns exec n iptables-restore -n -v; echo rc=$?
  iptables-restore: line 7 failed: Index of deletion too big.
  rc=1
  $ printf '*raw\n:PREROUTING ACCEPT [5:0]\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\n-A OUTPUT -j NOTRACK\n-A OUTPUT -j NOTRACK\n-L\n-A OUTPUT -j NOTRACK\n-A PREROUTING -j USERC\nCOMMIT\n*nat\n:PREROUTING ACCEPT [5:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [5:0]\n:POSTROUTING ACCEPT [0:300]\n:USERC - [0:0]\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\nCOMMIT\n' | ip netns exec n iptables-restore -n; echo rc=$?
  Chain PREROUTING (policy ACCEPT)
  target     prot opt source               destination         
  
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  CT         all  --  anywhere             anywhere             NOTRACK
  CT         all  --  anywhere             anywhere             NOTRACK
  
  Chain USERC (0 references)
  target     prot opt source               destination         
  rc=0
  $ printf '*nosuch\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [0:300]\n:POSTROUTING ACCEPT [5:0]\nCOMMIT\n*security\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [0:300]\n:OUTPUT ACCEPT [0:0]\n-A FORWARD -i eth0 -o eth1 -j DROP\n-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT\n-A INPUT -m comment --comment "a b" -j DROP\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name 'nosuch' invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec n iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 9.9.9.9/32 -j DROP
  COMMIT
  $ printf '*raw\n:PREROUTING ACCEPT [0:0]\n:USERC - [0:0]\n-A OUTPUT -j NOTRACK\n-A PREROUTING -j USERC\nCOMMIT\n*security\n:INPUT ACCEPT [0:300]\n:OUTPUT ACCEPT [5:300]\n-A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited\n-D INPUT -s 10.0.0.1/32 -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore -t; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 9.9.9.9/32 -j DROP
  COMMIT
  $ printf '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [5:0]\n:USERC - [0:0]\n-R INPUT 1 -j DROP\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:300]\n:OUTPUT ACCEPT [0:0]\n[1:2] -A INPUT -j ACCEPT\n:USERC - [0:0]\n-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT\n-I INPUT 1 -i lo -j ACCEPT\n[8:791] -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore --noflush -c; echo rc=$?
  iptables-restore: line 5 failed: No chain/target/match by that name.
  rc=1
  $ ip netns exec n iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :USERC - [0:0]
  -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  -A OUTPUT -j USERC
  -A POSTROUTING -j TTL --ttl-set 64
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  -A PREROUTING -j USERC
  -A OUTPUT -j NOTRACK
  -A OUTPUT -j NOTRACK
  -A OUTPUT -j NOTRACK
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  -A INPUT -s 9.9.9.9/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :USERC - [0:0]
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  [0:0] -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff
  [0:0] -A OUTPUT -j USERC
  [0:0] -A POSTROUTING -j TTL --ttl-set 64
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A OUTPUT -j NOTRACK
  [0:0] -A OUTPUT -j NOTRACK
  [0:0] -A OUTPUT -j NOTRACK
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  [0:0] -A INPUT -s 9.9.9.9/32 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
