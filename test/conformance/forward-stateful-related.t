A stateful firewall on a router: FORWARD policy DROP, NEW only from inside, ESTABLISHED,RELATED back; ICMP errors from past the router (time exceeded, port unreachable, frag needed) pass as RELATED, unsolicited traffic from outside is dropped, INVALID counted; conntrack and per-rule counters.
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
  $ ip -n h2 route add 192.168.1.0/24 via 203.0.113.1
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i r0 -o r1 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec h1 ping -c 2 -i 0.2 203.0.113.2 | sed -n 2,3p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 203.0.113.2: icmp_seq=2 ttl=63 time=* ms (glob)
  $ ip netns exec h2 ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  $ ip netns exec h1 ping -c 1 -W 1 -t 1 203.0.113.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Time to live exceeded
  $ echo x | ip netns exec h1 nc -u -w 1 -p 4444 203.0.113.2 9
  $ ip netns exec h1 nstat -az IcmpInDestUnreachs IcmpInTimeExcds
  #kernel
  IcmpInDestUnreachs              1                  0.0
  IcmpInTimeExcds                 1                  0.0
  $ ip -n h2 link set p0 mtu 1280
  $ ip -n r link set r1 mtu 1280
  $ ip netns exec h2 ping -c 1 -W 1 -M do -s 1300 192.168.1.2 | sed -n 2p
  ping: local error: message too long, mtu=1280
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1300 203.0.113.2 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Frag needed and DF set (mtu = 1280)
  $ ip netns exec h1 ping -c 1 -W 1 -M do -s 1300 203.0.113.2 | sed -n 2p
  ping: local error: message too long, mtu=1280
  $ ip netns exec h1 sh -c 'nc -l -p 8080 > got.txt & sleep 0.2'
  $ echo hi | ip netns exec h2 nc -w 1 192.168.1.2 8080; echo rc=$?
  rc=1
  $ echo hi | ip netns exec h1 nc -N -w 1 203.0.113.2 22; echo rc=$?
  rc=1
  $ ip netns exec r iptables -L FORWARD -v -n -x
  Chain FORWARD (policy DROP 2 packets, 144 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         1       58 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         4      292 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         3      174 ACCEPT     0    --  r0     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ (src=|[A-Z_]+ src=)/ T \1/; s/id=[0-9]+/id=ID/g; s/sport=[0-9]{5}/sport=P/g; s/dport=[0-9]{5}/dport=P/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=192.168.1.2 type=0 code=0 id=ID mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4444 dport=9 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=9 dport=4444 mark=0 use=1
  $ ip netns exec r nstat -az IpForwDatagrams IcmpOutTimeExcds IcmpOutDestUnreachs
  #kernel
  IpForwDatagrams                 11                 0.0
  IcmpOutDestUnreachs             1                  0.0
  IcmpOutTimeExcds                1                  0.0
  $ ip netns exec r iptables -Z FORWARD
  $ ip netns exec r conntrack -F 2>&1
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec r iptables -L FORWARD -v -n -x | sed -n 3,7p
         0        0 DROP       0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
         0        0 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
         1       84 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         1       84 ACCEPT     0    --  r0     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
