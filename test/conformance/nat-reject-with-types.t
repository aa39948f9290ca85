REJECT with each --reject-with type on a server behind a masquerading router: every ICMP error (and the TCP reset) is translated back to the inner host as a related packet; a REJECT in the router's own FORWARD chain answers from the router itself; counters on both sides.
  $ ip netns add h1
  $ ip netns add r
  $ ip netns add h2
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add p0 netns h2 address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in h1 r h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n h2 link set p0 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n h2 addr add 203.0.113.2/24 dev p0
  $ ip -n h1 route add default via 192.168.1.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -t nat -A POSTROUTING -o r1 -j MASQUERADE
  $ ip netns exec h2 iptables -A INPUT -p icmp -j REJECT
  $ ip netns exec h2 iptables -A INPUT -p tcp --dport 80 -j REJECT --reject-with tcp-reset
  $ ip netns exec h2 iptables -A INPUT -p tcp --dport 81 -j REJECT
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.2
  PING 203.0.113.2 (203.0.113.2) 56(84) bytes of data.
  From 203.0.113.2 icmp_seq=1 Destination Port Unreachable
  
  --- 203.0.113.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss, time *ms (glob)
  [1]
  $ for t in icmp-net-unreachable icmp-host-unreachable icmp-proto-unreachable icmp-net-prohibited icmp-host-prohibited icmp-admin-prohibited; do
  >   ip netns exec h2 iptables -R INPUT 1 -p icmp -j REJECT --reject-with $t
  >   ip netns exec h1 ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  > done
  From 203.0.113.2 icmp_seq=1 Destination Net Unreachable
  From 203.0.113.2 icmp_seq=1 Destination Host Unreachable
  From 203.0.113.2 icmp_seq=1 Destination Protocol Unreachable
  From 203.0.113.2 icmp_seq=1 Destination Net Prohibited
  From 203.0.113.2 icmp_seq=1 Destination Host Prohibited
  $ ip netns exec h2 iptables -R INPUT 1 -p icmp -j REJECT --reject-with tcp-reset
  iptables v1.8.9 (nf_tables):  RULE_REPLACE failed (Invalid argument): rule in chain INPUT
  [4]
  $ ip netns exec h2 iptables -S INPUT
  -P INPUT ACCEPT
  -A INPUT -p icmp -j REJECT --reject-with icmp-admin-prohibited
  -A INPUT -p tcp -m tcp --dport 80 -j REJECT --reject-with tcp-reset
  -A INPUT -p tcp -m tcp --dport 81 -j REJECT --reject-with icmp-port-unreachable
  $ ip netns exec h1 nc -z -w 1 203.0.113.2 80; echo rc=$?
  rc=1
  $ ip netns exec h1 nc -z -w 1 203.0.113.2 81; echo rc=$?
  rc=1
  $ ip netns exec h2 iptables -L INPUT -v -n -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 REJECT     1    --  *      *       0.0.0.0/0            0.0.0.0/0            reject-with icmp-admin-prohibited
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:80 reject-with tcp-reset
         1       60 REJECT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:81 reject-with icmp-port-unreachable
  $ ip netns exec r iptables -t nat -L POSTROUTING -v -n -x
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         9      708 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/sport=[0-9]+/sport=P/g; s/dport=[0-9]{4,}/dport=P/g' | sort
  conntrack v1.4.7 (conntrack-tools): 8 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=0 use=1
  tcp      6 T SYN_SENT src=192.168.1.2 dst=203.0.113.2 sport=P dport=81 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=P dport=P mark=0 use=1
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs TcpAttemptFails TcpOutRsts
  #kernel
  IcmpInDestUnreachs              7                  0.0
  TcpAttemptFails                 1                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec r iptables -A FORWARD -i r0 -p icmp -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Destination Host Prohibited
  $ ip netns exec r iptables -R FORWARD 1 -i r0 -p tcp -j REJECT --reject-with tcp-reset
  $ ip netns exec h1 nc -z -w 1 203.0.113.2 22; echo rc=$?
  rc=1
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       60 REJECT     6    --  r0     *       0.0.0.0/0            0.0.0.0/0            reject-with tcp-reset
  $ ip netns exec r nstat -az IcmpOutDestUnreachs TcpOutRsts IpForwDatagrams
  #kernel
  IpForwDatagrams                 19                 0.0
  IcmpOutDestUnreachs             1                  0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec h2 nstat -az IcmpOutDestUnreachs TcpOutRsts
  #kernel
  IcmpOutDestUnreachs             7                  0.0
  TcpOutRsts                      0                  0.0
