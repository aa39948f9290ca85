Random differential sequence (seed 9) of iptables-restore inputs, valid and mutated, with its options; exit status, error messages with line numbers, and iptables-save after each.

  $ ip netns add n; ip netns exec n iptables -A INPUT -s 9.9.9.9 -j DROP; ip netns exec n iptables -t nat -A POSTROUTING -o lo -j RETURN
  $ printf '*nosuch\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [5:0]\n:FORWARD ACCEPT [5:300]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:300]\n:USERC - [0:0]\n[2:518] -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\nCOMMIT\n*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [5:0]\n-I INPUT 1 -i lo -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore ; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): iptables-restore: line 1 table name 'nosuch' invalid
  Error occurred at line: 1
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec n iptables-save | grep -v '^#'
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
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*filter\n:INPUT ACCEPT [0:300]\n:OUTPUT DROP [0:0]\n-A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:300]\n:INPUT ACCEPT [0:300]\n:POSTROUTING ACCEPT [0:0]\nCOMMIT\n' | ip netns exec n iptables-restore -n -v; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT DROP [0:0]
  [0:0] -A INPUT -s 9.9.9.9/32 -j DROP
  [0:0] -A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*filter\n:INPUT ACCEPT [5:0]\n:FORWARD DROP [0:0]\n-A INPUT -m comment --comment "unterminated -j ACCEPT\n:USERC - [0:0]\n-A FORWARD -i eth0 -o eth1 -j DROP\nCOMMIT\n' | ip netns exec n iptables-restore -T filter; echo rc=$?
  rc=0
  $ ip netns exec n iptables-save | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  -A INPUT -m comment --comment "unterminated -j ACCEPT
  "
  -A FORWARD -i eth0 -o eth1 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  -A POSTROUTING -o lo -j RETURN
  COMMIT
  $ printf '*filter\n:INPUT ACCEPT [5:300]\n:FORWARD DROP [0:0]\n-A INPUT -s 300.1.1.1 -j DROP\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\nCOMMIT\n*mangle\n:PREROUTING ACCEPT [0:300]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n:USERC - [0:0]\n[4:175] -A POSTROUTING -j TTL --ttl-set 64\n[2:269] -A POSTROUTING -j TTL --ttl-set 64\n-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\n[0:461] -A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu\nCOMMIT\n' | ip netns exec n iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): host/network `300.1.1.1' not found
  Error occurred at line: 4
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter extra\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [5:0]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-A INPUT -m comment --comment "a b" -j DROP\n-A FORWARD -i eth0 -o eth1 -j DROP\n-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\nCOMMIT\n*nat\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n:USERC - [0:0]\n-A INPUT -m tcp --dport 1 -j ACCEPT\n-A OUTPUT -p tcp -j REDIRECT --to-ports 3128\n-A PREROUTING -j USERC\n-A PREROUTING -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.2:8080\nCOMMIT\n' | ip netns exec n iptables-restore ; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): TCP match requires '-p tcp'
  Error occurred at line: 15
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*raw\n:PREROUTING ACCEPT [5:300]\n:USERC - [0:0]\n-A PREROUTING -j USERC\n-A PREROUTING -p udp -j CT --notrack\n[1:716] -A PREROUTING -j USERC\n-A OUTPUT -j NOTRACK\nCOMMIT\n' | ip netns exec n iptables-restore -T nat; echo rc=$?
  rc=0
  $ printf '*filter\n:FORWARD DROP [5:300]\n:OUTPUT ACCEPT [0:300]\n:USERC - [0:0]\n-A INPUT -s 10.0.0.1/32 -j ACCEPT\n-I INPUT 1 -i lo -j ACCEPT\n[9:770] -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n[0:363] -A FORWARD -i eth0 -o eth1 -j DROP\n-A INPUT -j NOSUCHTARGET\nCOMMIT\n' | ip netns exec n iptables-restore -n -v; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): Chain 'NOSUCHTARGET' does not exist
  Error occurred at line: 10
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ printf '*filter\n-A INPUT -s 300.1.1.1 -j DROP\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [5:0]\n:USERC - [0:0]\n-A OUTPUT -d 1.2.3.4/32 -j REJECT --reject-with icmp-host-prohibited\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:USERC - [0:0]\n-A INPUT -m comment --comment "unterminated -j ACCEPT\nCOMMIT\n' | ip netns exec n iptables-restore -n; echo rc=$?
  iptables-restore v1.8.9 (nf_tables): host/network `300.1.1.1' not found
  Error occurred at line: 2
  Try `iptables-restore -h' or 'iptables-restore --help' for more information.
  rc=2
  $ ip netns exec n iptables-save -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  -A INPUT -m comment --comment "a b" -j DROP
  -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  -A FORWARD -i eth0 -o eth1 -j DROP
  COMMIT
  $ ip netns exec n iptables-save -c | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :USERC - [0:0]
  [0:0] -A INPUT -m comment --comment "a b" -j DROP
  [0:0] -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
  [0:0] -A FORWARD -i eth0 -o eth1 -j DROP
  COMMIT
  *nat
  :PREROUTING ACCEPT [0:0]
  :INPUT ACCEPT [0:0]
  :OUTPUT ACCEPT [0:0]
  :POSTROUTING ACCEPT [0:0]
  [0:0] -A POSTROUTING -o lo -j RETURN
  COMMIT
