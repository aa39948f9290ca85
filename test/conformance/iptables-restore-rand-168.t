Random differential sequence (seed 168) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each.

  $ ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN
  $ printf '*raw\n\n:PREROUTING ACCEPT [5:300]\n:USERC - [0:0]\n-A PREROUTING -j USERC\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\n[6:457] -D INPUT -s 10.0.0.1/32 -j ACCEPT\n[6:324] -A INPUT -m comment --comment "a b" -j DROP\nCOMMIT\n' | ip netns exec n iptables-restore -c; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Illegal option `-c' with this command
  Error occurred at line: 11
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
  $ printf '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:USERC - [0:0]\n[2:817] -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n-A USERC -j RETURN\n[2:600] -A USERC -j RETURN\n-A INPUT -s 10.0.0.1/32 -j ACCEPT\n-E USERC USERD\nCOMMIT\n*mangle\n:FORWARD ACCEPT [5:300]\n:OUTPUT ACCEPT [5:0]\n:POSTROUTING ACCEPT [0:0]\n:USERC - [0:0]\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\n-A INPUT -t nat -j ACCEPT\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\n-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): 
  line 9: CHAIN_RENAME failed (No such file or directory): chain USERD
  rc=4
  $ printf '*raw\n:PREROUTING ACCEPT [5:0]\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\n[3:259] -A PREROUTING -j USERC\n-A PREROUTING -j USERC\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [5:300]\n:POSTROUTING ACCEPT [0:300]\n:USERC - [0:0]\n-A PREROUTING -j USERC\n-A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4\n[5:66] -A PREROUTING -j USERC\n-A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4\nCOMMIT\n' | ip netns exec n iptables-restore ; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
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
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  COMMIT
  $ printf '*raw\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-X USERC\n[1:733] -A PREROUTING -j USERC\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
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
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  COMMIT
  $ printf '*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [5:0]\n:OUTPUT ACCEPT [0:300]\n:POSTROUTING ACCEPT [5:0]\n:USERC - [0:0]\n[4:199] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\nCOMMIT\n' | ip netns exec n iptables-restore ; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
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
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  COMMIT
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *raw
  :PREROUTING ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A PREROUTING -j USERC
  [0:0] -A PREROUTING -j USERC
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
  [0:0] -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 1.2.3.4
  COMMIT
