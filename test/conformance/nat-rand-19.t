Random differential sequence (seed 19) of netfilter rules with traffic through a NAT router: the peer's view (ping, nc), rule counters, conntrack entries, ICMP counters.

  $ ip netns add a; ip netns add r; ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done; ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0; ip -n r addr add 192.168.1.1/24 dev r0; ip -n r addr add 203.0.113.1/24 dev r1; ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1; ip -n b route add default via 203.0.113.1; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -p tcp --sport 40001:40010 -j SNAT --to-source 198.51.100.1-198.51.100.4:1000-1010; echo $?
  0
  $ ip netns exec r iptables -t mangle -A POSTROUTING -p icmp --icmp-type echo-request -m ttl --ttl-lt 64 -j MARK --set-mark 1; echo $?
  0
  $ ip netns exec r iptables -t raw -A PREROUTING -i r0 -s 192.168.1.2 -j NOTRACK; echo $?
  0
  $ ip netns exec r iptables -t nat -I POSTROUTING -o r1 -p udp -j NETMAP --to 198.51.100.0/30; echo $?
  0
  $ ip netns exec b iptables -I INPUT -p icmp -d 203.0.113.2 -j DROP; echo $?
  0
  $ ip netns exec r iptables -A OUTPUT  -j REJECT --reject-with icmp-port-unreachable; echo $?
  0
  $ ip netns exec r iptables -I FORWARD -m conntrack --ctreplsrc 203.0.113.2 -j ACCEPT; echo $?
  0
  $ ip netns exec r iptables -A FORWARD -p udp ! --dport 81 -m ttl --ttl-lt 64 -j ACCEPT; echo $?
  0
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & socat UDP4-RECVFROM:5353,fork EXEC:cat >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a ping -n -c 1 -W 1 203.0.113.1 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ ip netns exec b ping -n -c 1 -W 1 10.8.8.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ ip netns exec a ping -n -c 1 -W 1 -t 1 203.0.113.2 2>&1 | sed -n 2p | sed -E 's/time=.*/time=T/'
  $ echo hi | ip netns exec b nc -u -w 1 -p 41017 203.0.113.1 53 2>&1; echo rc=$?
  rc=0
  $ ip netns exec r iptables -t nat -L -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 NETMAP     17   --  *      r1      0.0.0.0/0            0.0.0.0/0            to:198.51.100.0/30
         0        0 SNAT       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp spts:40001:40010 to:198.51.100.1-198.51.100.4:1000-1010
  $ ip netns exec r iptables -L -n -v -x --line-numbers
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctreplsrc 203.0.113.2
  2           0        0 ACCEPT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:!81 TTL match TTL < 64
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1           4      367 REJECT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
  $ ip netns exec b iptables -L -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       1    --  *      *       0.0.0.0/0            203.0.113.2         
  
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  $ ip netns exec r iptables -t raw -S; ip netns exec r iptables -t mangle -L -n -v -x | grep -v '^ *0 '
  -P PREROUTING ACCEPT
  -P OUTPUT ACCEPT
  -A PREROUTING -s 192.168.1.2/32 -i r0 -j NOTRACK
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
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=41017 dport=53 [UNREPLIED] src=203.0.113.1 dst=203.0.113.2 sport=53 dport=P mark=0 use=1
  $ ip netns exec r conntrack -C
  1
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInTimeExcds IcmpInEchoReps TcpAttemptFails TcpActiveOpens UdpInErrors
  #kernel
  IcmpInDestUnreachs              0                  0.0
  IcmpInTimeExcds                 0                  0.0
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
  $ ip netns pids a | xargs -r kill; ip netns pids b | xargs -r kill
