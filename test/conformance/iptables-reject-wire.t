What a REJECT puts on the wire, seen by tcpdump on the peer: the TCP reset to a SYN (ACK of seq+1, no sequence) and to a segment of an established connection (sequence = its ACK), the ICMP errors of each --reject-with (TOS 0xc0, TTL 64, quoting the packet), with the counters of the rules.
  $ ip netns add a; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n a link set lo up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.tcp_congestion_control=reno; ip netns exec b sysctl -qw net.ipv4.tcp_congestion_control=reno
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec b iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
  $ ip netns exec b iptables -A INPUT -p udp --dport 82 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b iptables -A INPUT -p udp --dport 83 -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec b iptables -A INPUT -p tcp --dport 84 -j REJECT
  $ ip netns exec a sh -c 'tcpdump -l -n -v -i a0 "not arp and not ip6" > td.out 2> td.err & sleep 1'
  $ ip netns exec a nc -z -w 1 -p 5001 10.0.0.2 81; echo rc=$?
  rc=1
  $ echo hi | ip netns exec a nc -u -w 1 -p 5002 10.0.0.2 82; echo rc=$?
  rc=0
  $ echo hi | ip netns exec a nc -u -w 1 -p 5003 10.0.0.2 83; echo rc=$?
  rc=0
  $ ip netns exec a nc -z -w 1 -p 5004 10.0.0.2 84; echo rc=$?
  rc=1
  $ ip netns exec b sh -c 'nc -l 85 > got85 & sleep 0.3'
  $ ip netns exec a sh -c '(echo first; sleep 1; echo second) | nc -N -p 5005 10.0.0.2 85 > nc.out 2>&1 & sleep 0.5'
  $ ip netns exec b iptables -I INPUT -p tcp --dport 85 -m conntrack --ctstate ESTABLISHED -m length --length 50: -j REJECT --reject-with tcp-reset
  $ sleep 1.5; ip netns exec a cat nc.out; ip netns exec b cat got85
  first
  second
  $ ip netns pids a | xargs -r kill; sleep 0.3
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+/id ID/; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\1 N/g; s/, cksum 0x[0-9a-f]+ \((correct|incorrect[^)]*)\)//' td.out
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.5001 > 10.0.0.2.81: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 40)
      10.0.0.2.81 > 10.0.0.1.5001: Flags [R.], seq 0, ack N, win 0, length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.5002 > 10.0.0.2.82: UDP, length 3
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1: ICMP host 10.0.0.2 unreachable, length 39
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.5002 > 10.0.0.2.82: UDP, length 3
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.5003 > 10.0.0.2.83: UDP, length 3
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 59)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 protocol 17 unreachable, length 39
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      10.0.0.1.5003 > 10.0.0.2.83: UDP, length 3
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.5004 > 10.0.0.2.84: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 88)
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 tcp port 84 unreachable, length 68
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.5004 > 10.0.0.2.84: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.5005 > 10.0.0.2.85: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.2.85 > 10.0.0.1.5005: Flags [S.], seq N, ack N, win 65160, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 52)
      10.0.0.1.5005 > 10.0.0.2.85: Flags [.], ack 1, win 63, options [nop,nop,TS], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 58)
      10.0.0.1.5005 > 10.0.0.2.85: Flags [P.], seq 1:7, ack 1, win 63, options [nop,nop,TS], length 6
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 52)
      10.0.0.2.85 > 10.0.0.1.5005: Flags [.], ack 7, win 64, options [nop,nop,TS], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 59)
      10.0.0.1.5005 > 10.0.0.2.85: Flags [P.], seq 7:14, ack 1, win 63, options [nop,nop,TS], length 7
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 52)
      10.0.0.2.85 > 10.0.0.1.5005: Flags [.], ack 14, win 64, options [nop,nop,TS], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 52)
      10.0.0.1.5005 > 10.0.0.2.85: Flags [F.], seq 14, ack 1, win 63, options [nop,nop,TS], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 40)
      10.0.0.2.85 > 10.0.0.1.5005: Flags [R], seq N, win 0, length 0
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       52 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:85 ctstate ESTABLISHED length 50:65535 reject-with tcp-reset
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:81 reject-with tcp-reset
         1       31 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:82 reject-with icmp-host-unreachable
         1       31 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:83 reject-with icmp-proto-unreachable
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:84 reject-with icmp-port-unreachable
  $ ip netns exec a nstat -az TcpAttemptFails TcpEstabResets TcpInErrs IcmpInDestUnreachs UdpInErrors
  #kernel
  IcmpInDestUnreachs              3                  0.0
  TcpAttemptFails                 1                  0.0
  TcpEstabResets                  0                  0.0
  TcpInErrs                       0                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec b nstat -az TcpOutRsts IcmpOutDestUnreachs IcmpMsgOutType3
  #kernel
  IcmpOutDestUnreachs             3                  0.0
  IcmpMsgOutType3                 3                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns pids b | xargs -r kill
