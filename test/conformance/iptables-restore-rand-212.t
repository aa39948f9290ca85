Random differential sequence (seed 212) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each.

  $ ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n:OUTPUT DROP [0:0]\n:USERC - [0:0]\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\nCOMMIT extra\n[7:295] -A INPUT -s 10.0.0.1/32 -j ACCEPT\n-A INPUT -s 10.0.0.1/32 -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore -T nat; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -c | grep -v '^#'
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
  $ printf '*filter\n:FORWARD DROP [5:300]\n:OUTPUT DROP [0:0]\n:USERC - [0:0]\n-A INPUT -m comment --comment "a b" -j DROP\nCOMMIT\n*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-A PREROUTING -j USERC\n[0:207] -A PREROUTING -p udp -j CT --notrack\n-A INPUT -j RETURN -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): multiple -j flags not allowed
  Error occurred at line: 13
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*nat\n:INPUT ACCEPT [5:0]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n-A POSTROUTING -o eth1 -j MASQUERADE\n-A POSTROUTING -o eth1 -j MASQUERADE\n' | ip netns exec n iptables-restore -n; echo rc=$?
  iptables-restore: COMMIT expected at line 8
  rc=1
  $ ip netns exec n iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [5:300]
  :OUTPUT DROP [0:0]
  :USERC - [0:0]
  -A INPUT -m comment --comment "a b" -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*raw\n:PREROUTING ACCEPT [0:300]\nCOMMIT\n*nat\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --syn --dport 22 -j ACCEPT\n:OUTPUT ACCEPT [5:0]\n:POSTROUTING ACCEPT [0:0]\n[3:40] -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\n-A OUTPUT -p tcp -j REDIRECT --to-ports 3128\nCOMMIT\n' | ip netns exec n iptables-restore --noflush -c; echo rc=$?
  rc=0
  $ printf '*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [5:0]\n:USERC - [0:0]\n-A OUTPUT -j NOTRACK\n[8:666] -A OUTPUT -j NOTRACK\n[2:849] -A PREROUTING -j USERC\nCOMMIT\n*mangle\n:PREROUTING ACCEPT [5:0]\n:INPUT ACCEPT [0:300]\n:FORWARD ACCEPT [0:300]\n:POSTROUTING ACCEPT [0:0]\n:USERC - [0:0]\n-S\n-A POSTROUTING -j TTL --ttl-set 64\nCOMMIT\n' | ip netns exec n iptables-restore -v; echo rc=$?
  Flushing chain `PREROUTING'
  Flushing chain `OUTPUT'
  CT  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   NOTRACK
  CT  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   NOTRACK
  USERC  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0  
  Flushing chain `PREROUTING'
  Flushing chain `INPUT'
  Flushing chain `FORWARD'
  Flushing chain `OUTPUT'
  Flushing chain `POSTROUTING'
  -P PREROUTING ACCEPT -c 0 0
  -P INPUT ACCEPT -c 0 0
  -P FORWARD ACCEPT -c 0 0
  -P OUTPUT ACCEPT -c 0 0
  -P POSTROUTING ACCEPT -c 0 0
  -N USERC
  TTL  all opt -- in * out *  0.0.0.0/0  -> 0.0.0.0/0   TTL set to 64
  rc=0
  $ ip netns exec n iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [5:300]
  :OUTPUT DROP [0:0]
  :USERC - [0:0]
  -A INPUT -m comment --comment "a b" -j DROP
  COMMIT
  $ printf '*mangle\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:300]\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n[6:709] -A POSTROUTING -j TTL --ttl-set 64\n-A POSTROUTING -j TTL --ttl-set 64\nCOMMIT\n*nat\n:INPUT ACCEPT [5:0]\n-I INPUT 9 -j ACCEPT\n:OUTPUT ACCEPT [5:0]\n:POSTROUTING ACCEPT [0:0]\n[2:571] -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\nCOMMIT\n' | ip netns exec n iptables-restore -w; echo rc=$?
  iptables-restore: line 13 failed: Index of insertion too big.
  rc=1
  $ printf '*nat\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n' | ip netns exec n iptables-restore --noflush; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  -A POSTROUTING -j TTL --ttl-set 64
  -A POSTROUTING -j TTL --ttl-set 64
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  -A PREROUTING -j USERC
  -A OUTPUT -j NOTRACK
  -A OUTPUT -j NOTRACK
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [5:300]
  :OUTPUT DROP [0:0]
  :USERC - [0:0]
  -A INPUT -m comment --comment "a b" -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A INPUT -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A OUTPUT -p tcp -j REDIRECT --to-ports 3128
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [5:0]\n:OUTPUT ACCEPT [5:0]\n-S\n:POSTROUTING ACCEPT [5:300]\n:USERC - [0:0]\n[4:396] -A PREROUTING -j USERC\n[7:405] -A PREROUTING -j USERC\nCOMMIT\n*security\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [5:300]\n:OUTPUT ACCEPT [0:300]\n:POSTROUTING ACCEPT [0:0]\n:USERC - [0:0]\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n-A POSTROUTING -j TTL --ttl-set 64\n[4:771] -A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\nCOMMIT\n' | ip netns exec n iptables-restore -t; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -t nat | grep -v '^#'
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  -A INPUT -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  -A OUTPUT -p tcp -j REDIRECT --to-ports 3128
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *mangle
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  [0:0] -A POSTROUTING -j TTL --ttl-set 64
  [0:0] -A POSTROUTING -j TTL --ttl-set 64
  COMMIT
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A OUTPUT -j NOTRACK
  [0:0] -A OUTPUT -j NOTRACK
  COMMIT
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [5:300]
  :OUTPUT DROP [0:0]
  :USERC - [0:0]
  [0:0] -A INPUT -m comment --comment "a b" -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [3:40] -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  [0:0] -A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080
  [0:0] -A INPUT -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
  [0:0] -A OUTPUT -p tcp -j REDIRECT --to-ports 3128
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
