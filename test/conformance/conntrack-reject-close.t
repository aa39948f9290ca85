Conntrack after REJECT of an established connection: the RST that --reject-with tcp-reset sends moves the refused segment's entry to CLOSE with the 10 s close timeout (nf_send_reset -> nf_ct_set_closing -> nf_conntrack_tcp_set_closing); an ICMP port unreachable leaves it ESTABLISHED; a connection refused at its SYN is never confirmed and leaves no entry.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0a:02
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0b:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.1/24 dev a0; ip -n r addr add 10.1.0.254/24 dev r0
  $ ip -n r addr add 10.2.0.254/24 dev r1; ip -n b addr add 10.2.0.1/24 dev b0
  $ ip -n a route add default via 10.1.0.254; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec b sh -c 'nc -k -l 80 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c '(sleep 1; echo hi; sleep 3) | nc -p 40000 10.2.0.1 80 & sleep 0.5'
  $ ip netns exec r conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 431999 ESTABLISHED src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 80 -j REJECT --reject-with tcp-reset
  $ sleep 1
  $ ip netns exec r conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 9 CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r conntrack -L -p tcp --state CLOSE
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 9 CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec a ss -tan
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  $ ip netns exec b ss -tan
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  LISTEN 0      1            0.0.0.0:80        0.0.0.0:*           
  ESTAB  0      0           10.2.0.1:80       10.1.0.1:40000       
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
      1    55 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 reject-with tcp-reset
  $ ip netns exec r nstat -az TcpOutRsts IpOutRequests IpForwDatagrams
  #kernel
  IpForwDatagrams                 4                  0.0
  IpOutRequests                   1                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec a nstat -az TcpEstabResets TcpInSegs TcpOutSegs
  #kernel
  TcpEstabResets                  1                  0.0
  TcpInSegs                       2                  0.0
  TcpOutSegs                      3                  0.0
  $ ip netns exec b sh -c 'nc -k -l 81 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec r iptables -R FORWARD 2 -p tcp --dport 81 --tcp-flags PSH PSH -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec a sh -c '(sleep 1; echo hi; sleep 3) | nc -p 40001 10.2.0.1 81 & sleep 0.5'
  $ sleep 1
  $ ip netns exec r conntrack -L -p tcp --sport 40001 | sed -E 's/ [0-9]+ ESTABLISHED/ T ESTABLISHED/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T ESTABLISHED src=10.1.0.1 dst=10.2.0.1 sport=40001 dport=81 src=10.2.0.1 dst=10.1.0.1 sport=81 dport=40001 [ASSURED] mark=0 use=1
  $ ip netns exec b ss -tan sport = :81
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  LISTEN 0      1            0.0.0.0:81        0.0.0.0:*           
  ESTAB  0      0           10.2.0.1:81       10.1.0.1:40001       
  $ ip netns exec a ss -tan dport = :81 | sed -E 's/ +/ /g'
  State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
  ESTAB 0 3 10.1.0.1:40001 10.2.0.1:81 
  $ ip netns exec r conntrack -L -p tcp --state CLOSE | sed -E 's/ [0-9] CLOSE/ T CLOSE/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 T CLOSE src=10.1.0.1 dst=10.2.0.1 sport=40000 dport=80 src=10.2.0.1 dst=10.1.0.1 sport=80 dport=40000 [ASSURED] mark=0 use=1
  $ ip netns exec r iptables -R FORWARD 2 -p tcp --dport 80 -j REJECT --reject-with tcp-reset
  $ ip netns exec r iptables -L FORWARD -v -n
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
      0     0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
      0     0 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 reject-with tcp-reset
  $ ip netns exec a nc -z -v -w 1 -p 40002 10.2.0.1 80
  nc: connect to 10.2.0.1 port 80 (tcp) failed: Connection refused
  [1]
  $ ip netns exec r conntrack -L -p tcp --sport 40002
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -F FORWARD
  $ ip netns exec r iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec r sh -c 'nc -k -l 22 >/dev/null 2>&1 & sleep 0.2'
  $ ip netns exec a sh -c '(sleep 1; echo hi; sleep 3) | nc -p 40003 10.1.0.254 22 & sleep 0.5'
  $ ip netns exec r iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
  $ sleep 1
  $ ip netns exec r conntrack -L -p tcp --dport 22
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp      6 9 CLOSE src=10.1.0.1 dst=10.1.0.254 sport=40003 dport=22 src=10.1.0.254 dst=10.1.0.1 sport=22 dport=40003 [ASSURED] mark=0 use=1
  $ ip netns exec r ss -tan sport = :22
  State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
  LISTEN 0      1            0.0.0.0:22        0.0.0.0:*           
  ESTAB  0      0         10.1.0.254:22       10.1.0.1:40003       
  $ ip netns exec r cat /proc/sys/net/netfilter/nf_conntrack_tcp_timeout_close
  10
  $ sleep 10
  $ ip netns exec r conntrack -L -p tcp --state CLOSE
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
