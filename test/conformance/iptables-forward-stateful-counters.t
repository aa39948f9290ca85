A stateful router firewall (policy DROP, ESTABLISHED/RELATED accepted, NEW tcp to one port, REJECT tcp-reset otherwise, udp port-unreachable): rule counters, policy counters, conntrack states and the replies the clients see.
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
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -p tcp --dport 80 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -p tcp -j REJECT --reject-with tcp-reset
  $ ip netns exec r iptables -A FORWARD -p udp -j REJECT
  $ ip netns exec r iptables -A FORWARD -p icmp --icmp-type echo-request -i r0 -j ACCEPT
  $ ip netns exec b sh -c 'nc -l -p 80 > /dev/null & sleep 0.3; echo done' 
  done
  $ ip netns exec a sh -c 'echo hello | nc -w 1 -N 203.0.113.2 80'; echo $?
  0
  $ ip netns exec a nc -w 1 -z 203.0.113.2 81; echo $?
  1
  $ ip netns exec a nc -w 1 -zu 203.0.113.2 53; echo $?
  0
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 203.0.113.2 | grep -c 'bytes from'
  2
  $ ip netns exec b ping -c 1 -W 1 192.168.1.2 | grep -c 'bytes from'
  0
  [1]
  $ ip netns exec b nc -w 1 -z 192.168.1.2 80; echo $?
  1
  $ ip netns exec r iptables -L FORWARD -v -n -x --line-numbers
  Chain FORWARD (policy DROP 1 packets, 84 bytes)
  num      pkts      bytes target     prot opt in     out     source               destination         
  1          10      630 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED,ESTABLISHED
  2           1       60 ACCEPT     6    --  r0     r1      0.0.0.0/0            0.0.0.0/0            tcp dpt:80 ctstate NEW
  3           2      120 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with tcp-reset
  4           0        0 REJECT     17   --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-port-unreachable
  5           1       84 ACCEPT     1    --  r0     *       0.0.0.0/0            0.0.0.0/0            icmptype 8
  $ ip netns exec r conntrack -L -p tcp 2>&1 | sed -E 's/tcp +6 [0-9]+ /tcp 6 T /; s/sport=[0-9]+ dport=80/sport=P dport=80/; s/sport=80 dport=[0-9]+/sport=80 dport=P/; s/sport=[0-9]+ dport=81/sport=P dport=81/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  tcp 6 T TIME_WAIT src=192.168.1.2 dst=203.0.113.2 sport=P dport=80 src=203.0.113.2 dst=192.168.1.2 sport=80 dport=P [ASSURED] mark=0 use=1
  $ ip netns exec r nstat -az IcmpOutDestUnreachs TcpOutRsts | tail -n +2
  IcmpOutDestUnreachs             0                  0.0
  TcpOutRsts                      0                  0.0
