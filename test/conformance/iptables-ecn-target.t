The ECN target (mangle table): --ecn-tcp-remove clears ECE and CWR from TCP headers, --ecn-tcp-ece/--ecn-tcp-cwr set or clear one bit, --ecn-ip-ect sets the IP header's ECN field; listings, save, errors, and its effect on the wire.
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
  $ iptables -t mangle -A OUTPUT -p tcp --dport 81 -j ECN --ecn-tcp-ece 1
  $ iptables -t mangle -A OUTPUT -p tcp --dport 82 -j ECN --ecn-tcp-cwr 0 --ecn-tcp-ece 1
  $ iptables -t mangle -A OUTPUT -p udp -j ECN --ecn-ip-ect 1
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-ip-ect 3 --ecn-tcp-cwr 1
  $ iptables -t mangle -S OUTPUT
  -P OUTPUT ACCEPT
  -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
  -A OUTPUT -p tcp -m tcp --dport 81 -j ECN --ecn-tcp-ece 1
  -A OUTPUT -p tcp -m tcp --dport 82 -j ECN --ecn-tcp-ece 1 --ecn-tcp-cwr 0
  -A OUTPUT -p udp -j ECN --ecn-ip-ect 1
  -A OUTPUT -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-ip-ect 3
  $ iptables -t mangle -L OUTPUT -n
  Chain OUTPUT (policy ACCEPT)
  target     prot opt source               destination         
  ECN        6    --  0.0.0.0/0            0.0.0.0/0            ECN TCP remove
  ECN        6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:81 ECN ECE=1
  ECN        6    --  0.0.0.0/0            0.0.0.0/0            tcp dpt:82 ECN ECE=1 CWR=0
  ECN        17   --  0.0.0.0/0            0.0.0.0/0            ECN ECT codepoint=1
  ECN        6    --  0.0.0.0/0            0.0.0.0/0            ECN CWR=1 ECT codepoint=3
  $ iptables-save -t mangle | grep ECN
  -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
  -A OUTPUT -p tcp -m tcp --dport 81 -j ECN --ecn-tcp-ece 1
  -A OUTPUT -p tcp -m tcp --dport 82 -j ECN --ecn-tcp-ece 1 --ecn-tcp-cwr 0
  -A OUTPUT -p udp -j ECN --ecn-ip-ect 1
  -A OUTPUT -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-ip-ect 3
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN
  iptables v1.8.9 (nf_tables): ECN target: An operation is required
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-ece 2
  iptables v1.8.9 (nf_tables): ECN: bad value for option "--ecn-tcp-ece", or out of range (0-1).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-ip-ect 4
  iptables v1.8.9 (nf_tables): ECN: bad value for option "--ecn-ip-ect", or out of range (0-3).
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-remove --ecn-tcp-cwr 1
  iptables v1.8.9 (nf_tables): ECN: option "--ecn-tcp-remove" cannot be used together with "--ecn-tcp-cwr".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-remove
  iptables v1.8.9 (nf_tables): ECN: option "--ecn-tcp-remove" cannot be used together with "--ecn-tcp-cwr".
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p tcp -j ECN --ecn-tcp-cwr 1 --ecn-tcp-cwr 0
  iptables v1.8.9 (nf_tables): ECN: option "--ecn-tcp-cwr" can only be used once.
  
  Try `iptables -h' or 'iptables --help' for more information.
  [2]
  $ iptables -t mangle -A OUTPUT -p udp -j ECN --ecn-tcp-remove
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t mangle -A OUTPUT ! -p tcp -j ECN --ecn-tcp-ece 0
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -A OUTPUT -p tcp -j ECN --ecn-tcp-remove
  iptables v1.8.9 (nf_tables):  RULE_APPEND failed (Invalid argument): rule in chain OUTPUT
  [4]
  $ iptables -t mangle -A OUTPUT -j ECN --ecn-ip-ect 2
  $ iptables -t mangle -F
  $ ip link set lo up
  $ sysctl -qw net.ipv4.tcp_ecn=1
  $ S='s/(seq|ack|win|val|ecr) [0-9:]+/\1 N/g; s/127\.0\.0\.1\.[0-9]{5}/127.0.0.1.P/g; s/id [0-9]+/id N/'
  $ nc -l 127.0.0.1 8080 >/dev/null & sleep 0.2
  $ tcpdump -i lo -n -t -w ecn1.pcap tcp 2>/dev/null & tp=$!; sleep 0.5
  $ printf hi | nc -q0 127.0.0.1 8080; sleep 0.5; kill $tp; wait $tp
  $ tcpdump -r ecn1.pcap -n -t 2>/dev/null | sed -E "$S" | head -3
  IP 127.0.0.1.P > 127.0.0.1.8080: Flags [SEW], seq N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.8080 > 127.0.0.1.P: Flags [S.E], seq N, ack N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.P > 127.0.0.1.8080: Flags [.], ack N, win N, options [nop,nop,TS val N ecr N], length 0
  $ iptables -t mangle -A OUTPUT -p tcp --syn -j ECN --ecn-tcp-remove
  $ nc -l 127.0.0.1 8081 >/dev/null & sleep 0.2
  $ tcpdump -i lo -n -t -w ecn2.pcap tcp 2>/dev/null & tp=$!; sleep 0.5
  $ printf hi | nc -q0 127.0.0.1 8081; sleep 0.5; kill $tp; wait $tp
  $ tcpdump -r ecn2.pcap -n -t 2>/dev/null | sed -E "$S" | head -3
  IP 127.0.0.1.P > 127.0.0.1.8081: Flags [S], seq N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.8081 > 127.0.0.1.P: Flags [S.], seq N, ack N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.P > 127.0.0.1.8081: Flags [.], ack N, win N, options [nop,nop,TS val N ecr N], length 0
  $ iptables -t mangle -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 ECN        6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp flags:0x17/0x02 ECN TCP remove
  $ iptables -t mangle -F
  $ iptables -t mangle -A OUTPUT -p tcp --tcp-flags ACK ACK -j ECN --ecn-tcp-cwr 1 --ecn-tcp-ece 1
  $ nc -l 127.0.0.1 8082 >/dev/null & sleep 0.2
  $ tcpdump -i lo -n -t -w ecn4.pcap tcp 2>/dev/null & tp=$!; sleep 0.5
  $ printf hi | nc -q0 127.0.0.1 8082; sleep 0.5; kill $tp; wait $tp
  $ tcpdump -r ecn4.pcap -n -t 2>/dev/null | sed -E "$S" | head -4
  IP 127.0.0.1.P > 127.0.0.1.8082: Flags [SEW], seq N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.8082 > 127.0.0.1.P: Flags [S.EW], seq N, ack N, win N, options [mss 65495,sackOK,TS val N ecr N,nop,wscale 10], length 0
  IP 127.0.0.1.P > 127.0.0.1.8082: Flags [.EW], ack N, win N, options [nop,nop,TS val N ecr N], length 0
  IP 127.0.0.1.P > 127.0.0.1.8082: Flags [P.EW], seq N, ack N, win N, options [nop,nop,TS val N ecr N], length 2
  $ iptables -t mangle -F
  $ iptables -t mangle -A OUTPUT -p udp -j ECN --ecn-ip-ect 2
  $ tcpdump -i lo -n -t -w ecn3.pcap udp 2>/dev/null & tp=$!; sleep 0.5
  $ printf x | nc -u -w1 -p 4000 127.0.0.1 9; sleep 0.5; kill $tp; wait $tp
  $ tcpdump -r ecn3.pcap -n -t -v 2>/dev/null | sed -E "$S" | head -2
  IP (tos 0x2,ECT(0), ttl 64, id N, offset 0, flags [DF], proto UDP (17), length 29)
      127.0.0.1.4000 > 127.0.0.1.9: UDP, length 1
  $ iptables -t mangle -L OUTPUT -v -n -x
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       29 ECN        17   --  *      *       0.0.0.0/0            0.0.0.0/0            ECN ECT codepoint=2
