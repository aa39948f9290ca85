Random differential sequence (seed 205) of netfilter rules with traffic through a NAT router: the peer's view (ping, nc), rule counters, conntrack entries, ICMP counters.

  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -I POSTROUTING -o r1 -p udp -d 203.0.113.2 -j SNAT --to-source 198.51.100.1-198.51.100.4:40010-40020 --random; echo $?
  0
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -d 203.0.113.1 -p udp --dport 8080 -j REDIRECT --to-ports 22; echo $?
  0
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1  -j NETMAP --to 198.51.100.0/30; echo $?
  0
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p udp -s 192.168.1.2 -m addrtype --dst-type LOCAL -j SNAT --to-source 198.51.100.1:40010-40020; echo $?
  0
  $ ip netns exec r iptables -t raw -A PREROUTING -i r1 -p tcp --dport 81 -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -p icmp -m limit --limit 1/min --limit-burst 2 -j NETMAP --to 198.51.100.0/24; echo $?
  0
  $ ip netns exec b iptables -A OUTPUT -p udp -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -t nat -I PREROUTING -i r1 -d 203.0.113.1 -p udp --dport 8080:8081 -j REDIRECT --to-ports 22; echo $?
  0
  $ ip netns exec r iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 203.0.113.1:1000-1010; echo $?
  0
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec b sh -c 'tcpdump -l -n -v -i b0 ip > wire.out 2>/dev/null & sleep 1'
  $ ip netns exec a nc -z -w 1 -p 40011 203.0.113.2 81 2>&1; echo rc=$?
  rc=1
  $ ip netns exec a ping -n -c 1 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=T
  $ ip netns exec a ping -n -c 1 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=T
  $ ip netns exec b ping -n -c 1 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  64 bytes from 203.0.113.1: icmp_seq=1 ttl=64 time=T
  $ ip netns exec b ping -n -c 1 -W 1 10.8.8.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  From 203.0.113.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec r iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 REDIRECT   17   --  r1     *       0.0.0.0/0            203.0.113.1          udp dpts:8080:8081 redir ports 22
         0        0 REDIRECT   17   --  r1     *       0.0.0.0/0            203.0.113.1          udp dpt:8080 redir ports 22
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 SNAT       17   --  *      r1      0.0.0.0/0            203.0.113.2          to:198.51.100.1-198.51.100.4:40010-40020 random
         1       60 NETMAP     0    --  *      r1      0.0.0.0/0            0.0.0.0/0            to:198.51.100.0/30
         0        0 SNAT       17   --  *      r1      192.168.1.2          0.0.0.0/0            ADDRTYPE match dst-type LOCAL to:198.51.100.1:40010-40020
         0        0 NETMAP     1    --  *      r1      0.0.0.0/0            0.0.0.0/0            limit: avg 1/min burst 2 to:198.51.100.0/24
         0        0 SNAT       6    --  *      *       0.0.0.0/0            0.0.0.0/0            to:203.0.113.1:1000-1010
  $ ip netns exec r iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           1       60 ACCEPT     0    --  r0     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec b iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r iptables -t raw -S; ip netns exec r iptables -t mangle -L -n -v -x | grep -v '^ *0 '
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -i r1 -p tcp -m tcp --dport 81 -j ACCEPT
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
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/dport=[0-9]+/dport=P/2' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -D --status UNREPLIED 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/dport=[0-9]+/dport=P/2; s/-t [0-9]+ /-t T /' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=203.0.113.2 dst=203.0.113.1 type=8 code=0 id=ID src=203.0.113.1 dst=203.0.113.2 type=0 code=0 id=ID mark=0 use=1
  $ ip netns exec r conntrack -L -f ipv4 -d 203.0.113.2 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/dport=[0-9]+/dport=P/2; s/-t [0-9]+ /-t T /' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/dport=[0-9]+/dport=P/2' | sort
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -C
  0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInEchoReps TcpAttemptFails TcpActiveOpens UdpInErrors
  #kernel
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
  IcmpInEchoReps                  2                  0.0
  TcpActiveOpens                  1                  0.0
  TcpAttemptFails                 1                  0.0
  UdpInErrors                     0                  0.0
  $ ip netns exec b nstat -az IcmpOutDestUnreachs IcmpInEchos TcpPassiveOpens TcpOutRsts UdpNoPorts UdpInDatagrams
  #kernel
  IcmpInEchos                     0                  0.0
  IcmpOutDestUnreachs             0                  0.0
  TcpPassiveOpens                 0                  0.0
  TcpOutRsts                      1                  0.0
  UdpInDatagrams                  0                  0.0
  UdpNoPorts                      0                  0.0
  $ sleep 1.5; ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
  $ sleep 0.2; sed -E 's/^[0-9:.]+ //; s/id [0-9]+,/id ID,/g; s/TS val [0-9]+ ecr [0-9]+/TS/; s/(seq|ack) [0-9]{5,}/\1 N/g; s/, cksum 0x[0-9a-f]+ \([^)]*\)//g; s/\.[0-9]{4,5}([ :])/.P\1/g' wire.out
  IP (tos 0x0, ttl 63, id ID, offset 0, flags [DF], proto TCP (6), length 60)
      198.51.100.2.P > 203.0.113.2.81: Flags [S], seq N, win 64240, options [mss 1460,sackOK,TS,nop,wscale 10], length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto TCP (6), length 40)
      203.0.113.2.81 > 198.51.100.2.P: Flags [R.], seq 0, ack N, win 0, length 0
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 203.0.113.1: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 84)
      203.0.113.1 > 203.0.113.2: ICMP echo reply, id ID, seq 1, length 64
  IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
  IP (tos 0xc0, ttl 64, id ID, offset 0, flags [none], proto ICMP (1), length 112)
      203.0.113.1 > 203.0.113.2: ICMP net 10.8.8.2 unreachable, length 92
  	IP (tos 0x0, ttl 64, id ID, offset 0, flags [DF], proto ICMP (1), length 84)
      203.0.113.2 > 10.8.8.2: ICMP echo request, id ID, seq 1, length 64
