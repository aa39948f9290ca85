A router refusing and redirecting: REJECT tcp-reset and port-unreachable in FORWARD (nc through the router), UDP REDIRECT to a local socat, nc -z over a port range; counters and conntrack.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n b route add default via 203.0.113.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 81 -j REJECT --reject-with tcp-reset
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 82 -j REJECT
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 83 -j REJECT --reject-with icmp-net-prohibited
  $ ip netns exec r iptables -A FORWARD -p tcp --dport 84 -j DROP
  $ ip netns exec b sh -c 'nc -l 80 > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a nc -z -v -w 1 203.0.113.2 80-84 2>&1
  Connection to 203.0.113.2 80 port [tcp/http] succeeded!
  nc: connect to 203.0.113.2 port 81 (tcp) failed: Connection refused
  nc: connect to 203.0.113.2 port 82 (tcp) failed: Connection refused
  nc: connect to 203.0.113.2 port 83 (tcp) failed: Network is unreachable
  nc: connect to 203.0.113.2 port 84 (tcp) timed out: Operation now in progress
  $ ip netns exec a nc -z -v -w 1 203.0.113.2 85 2>&1
  nc: connect to 203.0.113.2 port 85 (tcp) failed: Connection refused
  [1]
  $ ip netns exec r iptables -L FORWARD -n -v -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:81 reject-with tcp-reset
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:82 reject-with icmp-port-unreachable
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:83 reject-with icmp-net-prohibited
         1       60 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:84
  $ ip netns exec r nstat -az TcpOutRsts IcmpOutDestUnreachs IcmpOutErrors IpForwDatagrams
  #kernel
  IpForwDatagrams                 12                 0.0
  IcmpOutErrors                   0                  0.0
  IcmpOutDestUnreachs             2                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec b nstat -az TcpOutRsts TcpInSegs TcpPassiveOpens
  #kernel
  TcpPassiveOpens                 1                  0.0
  TcpInSegs                       5                  0.0
  TcpOutRsts                      1                  0.0
  $ ip netns exec a nstat -az TcpAttemptFails TcpActiveOpens TcpInRsts IcmpInDestUnreachs
  #kernel
  IcmpInDestUnreachs              2                  0.0
  TcpActiveOpens                  6                  0.0
  TcpAttemptFails                 2                  0.0
  $ ip netns exec r conntrack -L -p tcp --dport 81 2>&1 | sed -E 's/ +[0-9]+ (CLOSE|SYN_SENT)/ T \1/; s/sport=[0-9]+/sport=P/; s/dport=[0-9]{5}/dport=P/'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r iptables -t nat -A PREROUTING -i r0 -p udp --dport 53 -j REDIRECT --to-ports 5353
  $ ip netns exec r sh -c 'socat -u UDP-RECV:5353 OPEN:red.out,creat > /dev/null 2>&1 & sleep 0.3'
  $ ip netns exec a sh -c 'echo query | nc -u -w 1 203.0.113.2 53'
  $ sleep 0.3; ip netns exec r cat red.out
  query
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ +[0-9]+ src/ T src/; s/sport=[0-9]+/sport=P/; s/dport=[0-9]{5}/dport=P/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=P dport=53 [UNREPLIED] src=192.168.1.1 dst=192.168.1.2 sport=5353 dport=P mark=0 use=1
  $ ip netns exec r iptables -t nat -L PREROUTING -n -v -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       34 REDIRECT   17   --  r0     *       0.0.0.0/0            0.0.0.0/0            udp dpt:53 redir ports 5353
  $ ip netns exec r ss -Huan
  UNCONN 0      0      0.0.0.0:5353 0.0.0.0:*
  $ ip netns pids r | xargs -r kill; ip netns pids b | xargs -r kill
