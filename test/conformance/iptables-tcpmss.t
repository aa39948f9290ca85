TCPMSS target and tcpmss match on a router: --set-mss and --clamp-mss-to-pmtu rewrite the SYN's MSS option (seen by a tcpmss match on the server's INPUT), their listings, and the errors of both.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 mtu 1300 up
  $ ip -n b link set b0 mtu 1300
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m tcpmss --mss 1460 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m tcpmss --mss 1260 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m tcpmss --mss 1000:1100 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p tcp --syn -m tcpmss ! --mss 1:1460 -j ACCEPT
  $ ip netns exec b iptables -A INPUT -p tcp -m tcpmss --mss 0:65535 -j ACCEPT
  $ ip netns exec a nc -z -w 1 203.0.113.2 22; echo $?
  1
  $ ip netns exec r iptables -t mangle -A FORWARD -o r1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  $ ip netns exec a nc -z -w 1 203.0.113.2 22; echo $?
  1
  $ ip netns exec r iptables -t mangle -I FORWARD -o r1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1050
  $ ip netns exec a nc -z -w 1 203.0.113.2 22; echo $?
  1
  $ ip netns exec r iptables -t mangle -R FORWARD 1 -o r1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
  $ ip netns exec a nc -z -w 1 203.0.113.2 22; echo $?
  1
  $ ip netns exec b iptables -L INPUT -n -v
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match 1460
      2   120 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match 1260
      1    60 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match 1000:1100
      0     0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 tcpmss match !1:1460
      0     0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcpmss match 0:65535
  $ ip netns exec r iptables -t mangle -L FORWARD -n -v
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      1    60 TCPMSS     6    --  *      r1      0.0.0.0/0            0.0.0.0/0            tcp flags:0x06/0x02 TCPMSS set 1400
      3   180 TCPMSS     6    --  *      r1      0.0.0.0/0            0.0.0.0/0            tcp flags:0x06/0x02 TCPMSS clamp to PMTU
  $ ip netns exec r iptables -t mangle -L FORWARD
  Chain FORWARD (policy ACCEPT)
  target     prot opt source               destination         
  TCPMSS     tcp  --  anywhere             anywhere             tcp flags:SYN,RST/SYN TCPMSS set 1400
  TCPMSS     tcp  --  anywhere             anywhere             tcp flags:SYN,RST/SYN TCPMSS clamp to PMTU
  $ ip netns exec r iptables -t mangle -S FORWARD
  -P FORWARD ACCEPT
  -A FORWARD -o r1 -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
  -A FORWARD -o r1 -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
  $ ip netns exec b iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m tcpmss --mss 1460 -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m tcpmss --mss 1260 -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m tcpmss --mss 1000:1100 -j ACCEPT
  -A INPUT -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -m tcpmss ! --mss 1:1460 -j ACCEPT
  -A INPUT -p tcp -m tcpmss --mss 0:65535 -j ACCEPT
  $ ip netns exec r iptables -t mangle -A FORWARD -p tcp -j TCPMSS
  iptables v1.8.9 (nf_tables): TCPMSS target: At least one parameter is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1000 --clamp-mss-to-pmtu
  $ ip netns exec r iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 70000
  iptables v1.8.9 (nf_tables): TCPMSS: bad value for option "--set-mss", or out of range (0-65515).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss abc
  iptables v1.8.9 (nf_tables): TCPMSS: bad value for option "--set-mss", or out of range (0-65515).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -t mangle -A FORWARD -j TCPMSS --set-mss 1000
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec r iptables -t mangle -A FORWARD -p udp -j TCPMSS --set-mss 1000
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain FORWARD
  [4]
  $ ip netns exec r iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 1000
  $ ip netns exec r iptables -t mangle -A PREROUTING -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain PREROUTING
  [4]
  $ ip netns exec r iptables -A FORWARD -p tcp --syn -j TCPMSS --clamp-mss-to-pmtu
  $ ip netns exec r iptables -A INPUT -m tcpmss --mss 500 -j DROP
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss --mss 500:400 -j DROP
  iptables v1.8.9 (nf_tables): tcpmss: invalid range given
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss --mss 70000 -j DROP
  iptables v1.8.9 (nf_tables): tcpmss: bad value for option "--mss" near "70000", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss --mss x -j DROP
  iptables v1.8.9 (nf_tables): tcpmss: bad value for option "--mss" near "x", or out of range (0-65535).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss -j DROP
  iptables v1.8.9 (nf_tables): tcpmss: option "--mss" must be specified
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss --mss :600 -j DROP
  $ ip netns exec r iptables -A INPUT -p tcp -m tcpmss --mss 600: -j DROP
  $ ip netns exec r iptables -S
  -P INPUT ACCEPT
  -P FORWARD ACCEPT
  -P OUTPUT ACCEPT
  -A INPUT -p tcp -m tcpmss --mss 0:600 -j DROP
  -A INPUT -p tcp -m tcpmss --mss 600:65535 -j DROP
  -A FORWARD -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j TCPMSS --clamp-mss-to-pmtu
