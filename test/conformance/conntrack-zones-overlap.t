Overlapping address spaces: two hosts with the same address send the same UDP flow to a router; without zones the second packet joins the first one's entry, with the raw table picking a zone by incoming interface each gets its own.
  $ ip netns add h1
  $ ip netns add h2
  $ ip link add r1 type veth peer name e0 netns h1
  $ ip link add r2 type veth peer name e0 netns h2
  $ ip link set r1 address 02:00:00:00:01:01
  $ ip link set r2 address 02:00:00:00:02:01
  $ ip -n h1 link set e0 address 02:00:00:00:01:02
  $ ip -n h2 link set e0 address 02:00:00:00:02:02
  $ ip addr add 10.9.9.9/32 dev lo
  $ ip link set lo up; ip link set r1 up; ip link set r2 up
  $ for h in h1 h2; do ip -n $h addr add 10.0.0.2/24 dev e0; ip -n $h link set e0 up; ip -n $h link set lo up; ip -n $h route add default dev e0; done
  $ ip route add 10.0.0.0/24 dev r1
  $ sysctl -qw net.netfilter.nf_conntrack_acct=1
  $ iptables -A INPUT -p udp --dport 7
  $ ip netns exec h1 sh -c 'printf x | nc -u -w1 -p 5000 10.9.9.9 7'
  $ ip netns exec h2 sh -c 'printf yy | nc -u -w1 -p 5000 10.9.9.9 7'
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ conntrack -F
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ iptables -t raw -A PREROUTING -i r1 -j CT --zone 1
  $ iptables -t raw -A PREROUTING -i r2 -j CT --zone 2
  $ ip netns exec h1 sh -c 'printf x | nc -u -w1 -p 5000 10.9.9.9 7'
  $ ip netns exec h2 sh -c 'printf yy | nc -u -w1 -p 5000 10.9.9.9 7'
  $ ip netns exec h2 sh -c 'printf zzz | nc -u -w1 -p 5000 10.9.9.9 7'
  $ conntrack -L | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 27 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=1 bytes=29 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=1 use=1
  udp      17 28 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=2 bytes=61 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=2 use=1
  $ conntrack -L -w 2
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 28 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=2 bytes=61 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=2 use=1
  $ cat /proc/net/nf_conntrack | sort
  ipv4     2 udp      17 27 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=1 bytes=29 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=1 use=2
  ipv4     2 udp      17 28 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=2 bytes=61 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=2 use=2
  $ conntrack -C
  2
  $ iptables -t raw -L PREROUTING -v -n -x
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       29 CT         0    --  r1     *       0.0.0.0/0            0.0.0.0/0            CT zone 1
         2       61 CT         0    --  r2     *       0.0.0.0/0            0.0.0.0/0            CT zone 2
  $ iptables -L INPUT -v -n -x; nstat -az IcmpOutDestUnreachs UdpNoPorts
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         5      149            17   --  *      *       0.0.0.0/0            0.0.0.0/0            udp dpt:7
  #kernel
  IcmpOutDestUnreachs             5                  0.0
  UdpNoPorts                      5                  0.0
  $ conntrack -D -w 1
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  udp      17 27 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=1 bytes=29 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=1 use=1
  $ conntrack -L
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 28 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=2 bytes=61 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=2 use=1
  $ iptables -t raw -F
  $ ip netns exec h2 sh -c 'printf x | nc -u -w1 -p 5000 10.9.9.9 7'
  $ conntrack -L | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 27 src=10.0.0.2 dst=10.9.9.9 sport=5000 dport=7 packets=2 bytes=61 [UNREPLIED] src=10.9.9.9 dst=10.0.0.2 sport=7 dport=5000 packets=0 bytes=0 mark=0 zone=2 use=1
