State matching as ping and nc see it: ESTABLISHED,RELATED accepted, NEW dropped on the way in; RELATED ICMP errors; INVALID TCP; conntrack does not track before a rule needs it.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a link set lo up
  $ ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ip netns exec a conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec a iptables -A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
  $ ip netns exec a iptables -A INPUT -i lo -j ACCEPT
  $ ip netns exec a iptables -P INPUT DROP
  $ ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2 | grep -c 'bytes from'
  2
  $ ip netns exec b ping -c 1 -W 1 10.0.0.1
  PING 10.0.0.1 (10.0.0.1) 56(84) bytes of data.
  
  --- 10.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec a iptables -L INPUT -n -v -x
  Chain INPUT (policy DROP 1 packets, 84 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         2      168 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
         0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b sh -c 'nc -l -p 80 > out1 2>&1 &'; sleep 0.2
  $ ip netns exec a sh -c 'echo through | nc -N -w 2 10.0.0.2 80'; echo $?
  0
  $ sleep 0.2; ip netns exec b cat out1
  through
  $ ip netns exec a nc -z -v -w 1 10.0.0.2 81
  nc: connect to 10.0.0.2 port 81 (tcp) failed: Connection refused
  [1]
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 9999'; echo $?
  0
  $ ip netns exec a conntrack -L -p udp 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /; s/sport=[0-9]+/sport=P/; s/dport=[0-9]+ mark/dport=P mark/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=10.0.0.1 dst=10.0.0.2 sport=P dport=9999 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=9999 dport=P mark=0 use=1
  $ ip netns exec a iptables -Z
  $ ip netns exec a iptables -I INPUT -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec a iptables -I INPUT 2 -m conntrack --ctstate RELATED -j ACCEPT
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 10.0.0.2 9998'; echo $?
  0
  $ ip netns exec a iptables -L INPUT -n -v -x
  Chain INPUT (policy DROP 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         1       58 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            state RELATED,ESTABLISHED
         0        0 ACCEPT     0    --  lo     *       0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec b iptables -A INPUT -p tcp --dport 90 -m conntrack --ctstate NEW -j LOG --log-prefix "new: "
  $ ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec b iptables -L INPUT -n -v -x
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 LOG        6    --  *      *       0.0.0.0/0            0.0.0.0/0            tcp dpt:90 ctstate NEW LOG flags 0 level 4 prefix "new: "
         0        0 DROP       6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         0        0 ACCEPT     6    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate NEW
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
  net.netfilter.nf_conntrack_tcp_loose = 0
  $ ip netns exec b sysctl net.netfilter.nf_conntrack_tcp_loose net.netfilter.nf_conntrack_udp_timeout net.netfilter.nf_conntrack_max
  net.netfilter.nf_conntrack_tcp_loose = 0
  net.netfilter.nf_conntrack_udp_timeout = 30
  net.netfilter.nf_conntrack_max = 262144
  $ ip netns exec b sysctl -w net.netfilter.nf_conntrack_max=10
  sysctl: setting key "net.netfilter.nf_conntrack_max": Invalid argument
  $ ip netns exec b conntrack -L 2>&1 | grep -c .
  1
