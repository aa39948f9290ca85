Random differential sequence (seed 301) of netfilter rules with traffic through a NAT router: the peer's view (ping, nc), rule counters, conntrack entries, ICMP counters.

  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A INPUT -m conntrack --ctstate UNTRACKED -j DROP; echo $?
  0
  $ ip netns exec r iptables -A FORWARD  -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -I FORWARD -m ttl --ttl-lt 64 -j DROP; echo $?
  0
  $ ip netns exec r iptables -P FORWARD DROP; ip netns exec r iptables -I FORWARD -m conntrack --ctstate RELATED -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -A INPUT -d 203.0.113.2 -j DROP; echo $?
  0
  $ ip netns exec b iptables -I INPUT  -j DROP; echo $?
  0
  $ ip netns exec r iptables -A INPUT -p icmp --icmp-type port-unreachable -m connmark --mark 0x2 -j DROP; echo $?
  0
  $ ip -n r rule add fwmark 0x1/0x1 table 100; ip -n r route add unreachable default table 100; echo $?
  0
  $ ip netns exec r iptables -I FORWARD -p udp -j NFQUEUE --queue-num 0; echo $?
  0
  $ ip netns exec r iptables -I INPUT -p icmp -m hashlimit --hashlimit-upto 1/min --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name h1 -j DROP; echo $?
  0
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'tcpdump -l -n -v -i b0 ip > wire.out 2>/dev/null & sleep 1'
  $ echo hi | ip netns exec b nc -u -w 1 -p 41017 203.0.113.1 53 2>&1; echo rc=$?
  rc=0
  $ ip netns exec a ping -n -c 1 -W 1 -t 1 203.0.113.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ echo hi | ip netns exec r nc -u -w 1 -p 42003 203.0.113.2 53 2>&1; echo rc=$?
  rc=0
  $ ip netns exec a ping -n -c 2 -i 0.2 -W 1 -s 1000 203.0.113.2 2>&1 | grep -E 'from|From|transmitted' | sed -E 's/time=.*/time=T/; s/, time .*//'
  2 packets transmitted, 0 received, 100% packet loss
  $ ip netns exec b ping -n -c 2 -i 0.2 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ ip netns exec b ping -n -c 1 -W 1 10.8.8.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ ip netns exec a ping -n -c 1 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ ip netns exec r iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           3      252 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            limit: up to 1/min burst 2 mode srcip
  2           0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate UNTRACKED
  3           0        0 DROP       0    --  *      *       0.0.0.0/0            203.0.113.2         
  4           0        0 DROP       1    --  *      *       0.0.0.0/0            0.0.0.0/0            icmptype 3 code 3 connmark match  0x2
  
  Chain FORWARD (policy DROP 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 NFQUEUE    17   --  *      *       0.0.0.0/0            0.0.0.0/0            NFQUEUE num 0
  2           0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
  3           2     2056 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            TTL match TTL < 64
  4           0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec b iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      202 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0           
  
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
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=203.0.113.1 dst=203.0.113.2 sport=42003 dport=53 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=53 dport=42003 mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=41017 dport=53 [UNREPLIED] src=203.0.113.1 dst=203.0.113.2 sport=53 dport=41017 mark=0 use=1
  $ ip netns exec r conntrack -C
  2
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInEchoReps TcpAttemptFails TcpActiveOpens UdpInErrors
  #kernel
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 1                  0.0
  IcmpInEchoReps                  0                  0.0
  TcpActiveOpens                  0                  0.0
  TcpAttemptFails                 0                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpInEchos TcpPassiveOpens TcpOutRsts UdpNoPorts UdpInDatagrams
  #kernel
  IcmpInEchos                     0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpOutRsts                      0                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  $ sleep 1.5; ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
  $ sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/g; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\1 N/g; s/, cksum 0x[0-9a-f]+ \([^)]*\)//g' wire.out
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      203.0.113.2.41017 > 203.0.113.1.53: domain [length 3 < 12] (invalid)
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 59)
      203.0.113.1 > 203.0.113.2: ICMP 203.0.113.1 udp port 53 unreachable, length 39
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      203.0.113.2.41017 > 203.0.113.1.53: domain [length 3 < 12] (invalid)
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto UDP (17), length 31)
      203.0.113.1.42003 > 203.0.113.2.53: domain [length 3 < 12] (invalid)
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 203.0.113.1: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 203.0.113.1: ICMP echo request, id ID, seq 2, length 64
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 112)
      203.0.113.1 > 203.0.113.2: ICMP net 10.8.8.2 unreachable, length 92
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
