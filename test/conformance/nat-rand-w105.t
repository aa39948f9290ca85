Random differential sequence (seed 105) of netfilter rules with traffic through a NAT router: the peer's view (ping, nc), rule counters, conntrack entries, ICMP counters.

  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -p tcp -j REJECT --reject-with icmp-port-unreachable; echo $?
  0
  $ ip netns exec r iptables -t nat -I POSTROUTING -o r1 -p udp -j SNAT --to-source 203.0.113.1; echo $?
  0
  $ ip netns exec r iptables -P FORWARD DROP; ip netns exec r iptables -I FORWARD -m conntrack --ctstate RELATED -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -t mangle -A FORWARD -p icmp -j TOS --set-tos 0x10; echo $?
  0
  $ ip netns exec r iptables -t mangle -A POSTROUTING -p icmp -j CONNMARK --set-mark 2; echo $?
  0
  $ ip netns exec r iptables -A FORWARD -p icmp -j DROP; echo $?
  0
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'tcpdump -l -n -v -i b0 ip > wire.out 2>/dev/null & sleep 1'
  $ ip netns exec a nc -z -w 1 -p 40016 203.0.113.2 81 2>&1; echo rc=$?
  rc=1
  $ echo hi | ip netns exec b nc -N -w 1 -p 41001 203.0.113.1 8080 2>&1; echo rc=$?
  rc=1
  $ echo hi | ip netns exec a socat -T 1 - UDP4:203.0.113.2:5353,sourceport=40034 2>&1 | sed -E 's/^.* socat\[[0-9]+\] /socat /; s/0x[0-9a-f]+/ADDR/'
  $ ip netns exec b ping -n -c 1 -W 1 10.8.8.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  From 203.0.113.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec a ping -n -c 1 -W 1 203.0.113.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ echo hi | ip netns exec b nc -N -w 1 -p 41006 203.0.113.1 8080 2>&1; echo rc=$?
  rc=1
  $ ip netns exec r iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       31 SNAT       17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:203.0.113.1
  $ ip netns exec r iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy DROP 1 packets, 31 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
  2           1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
  3           1       84 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0           
  4           1       31 ACCEPT     0    --  r0     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec b iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -t raw -S; ip netns exec r iptables -t mangle -L -n -v -x | grep -v '^ *0 '
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 TOS        1    --  *      *       0.0.0.0/0            0.0.0.0/0            TOS set 0x10/0xff
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      200 CONNMARK   1    --  *      *       0.0.0.0/0            0.0.0.0/0            CONNMARK set 0x2
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=40034 dport=5353 src=203.0.113.2 dst=203.0.113.1 sport=5353 dport=40034 mark=0 use=1
  $ ip netns exec r conntrack -C
  1
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInEchoReps TcpAttemptFails TcpActiveOpens UdpInErrors
  #kernel
  IcmpInDestUnreachs              1                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchoReps                  0                  0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 0                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpInEchos TcpPassiveOpens TcpOutRsts UdpNoPorts UdpInDatagrams
  #kernel
  IcmpInEchos                     0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  $ sleep 1.5; ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
  $ sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/g; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\1 N/g; s/, cksum 0x[0-9a-f]+ \([^)]*\)//g' wire.out
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      203.0.113.2.41001 > 203.0.113.1.8080: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 40)
      203.0.113.1.8080 > 203.0.113.2.41001: Flags [R.], seq 0, ack N, win 0, length 0
  IP (tos 0x0, ttl 63, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      203.0.113.1.40034 > 203.0.113.2.5353: domain [length 3 < 12] (invalid)
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      203.0.113.2.5353 > 203.0.113.1.40034: domain [length 3 < 12] (invalid)
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 112)
      203.0.113.1 > 203.0.113.2: ICMP net 10.8.8.2 unreachable, length 92
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      203.0.113.2.41006 > 203.0.113.1.8080: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 40)
      203.0.113.1.8080 > 203.0.113.2.41006: Flags [R.], seq 0, ack N, win 0, length 0
