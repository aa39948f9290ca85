conntrack's views of a NAT router's table where marks, SNAT and DNAT meet: filters by source/destination (exact, CIDR, --mask-src/--mask-dst, and where CIDR is refused), --src-nat/--dst-nat, --mark, -o extended, counts, deletes by selector, and the iptables counters unchanged by them.
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
  $ ip -n h2 addr add 203.0.113.3/24 dev p0
  $ ip netns exec r iptables -t nat -A PREROUTING -i r1 -d 203.0.113.1 -p udp --dport 53 -j DNAT --to-destination 192.168.1.2:5353
  $ ip netns exec r iptables -t mangle -A PREROUTING -i r0 -p icmp -j CONNMARK --set-mark 0x11
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 203.0.113.3 | sed -n 2p
  64 bytes from 203.0.113.3: icmp_seq=1 ttl=63 time=* ms (glob)
  $ echo q | ip netns exec h2 nc -u -w 1 -p 4053 203.0.113.1 53
  $ echo q | ip netns exec h1 nc -u -w 1 -p 4054 203.0.113.2 7
  $ ip netns exec r conntrack -L 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L --src-nat 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  $ ip netns exec r conntrack -L --dst-nat 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L --mark 0x11 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 3 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L -d 203.0.113.3 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  $ ip netns exec r conntrack -L -p udp --dport 53 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L -p udp --reply-port-src 5353 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L -o extended -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  ipv4     2 udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  ipv4     2 udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -C
  4
  $ ip netns exec r conntrack -D -p icmp -d 203.0.113.3 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been deleted.
  icmp     1 T src=192.168.1.2 dst=203.0.113.3 type=8 code=0 id=ID src=203.0.113.3 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  $ ip netns exec r conntrack -C
  3
  $ ip netns exec r conntrack -D -p tcp 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ ip netns exec r conntrack -L --mark 0x22 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L -p icmp --src-nat -d 203.0.113.2 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  $ ip netns exec r conntrack -L -s 10.0.0.0/8 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.
  $ ip netns exec r conntrack -L -s 192.168.1.0/24 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  icmp     1 T src=192.168.1.2 dst=203.0.113.2 type=8 code=0 id=ID src=203.0.113.2 dst=203.0.113.1 type=0 code=0 id=ID mark=17 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  $ ip netns exec r conntrack -L -s 192.168.1.2/32 -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/'
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  $ ip netns exec r conntrack -L -d 203.0.113.0/31 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/; s/id=[0-9]+/id=ID/g' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L -d 203.0.113.0/0 -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  udp      17 T src=203.0.113.2 dst=203.0.113.1 sport=4053 dport=53 [UNREPLIED] src=192.168.1.2 dst=203.0.113.2 sport=5353 dport=4053 mark=17 use=1
  $ ip netns exec r conntrack -L -s 192.168.0.0 --mask-src 255.255.0.0 -p udp 2>&1 | sed -E 's/ +[0-9]+ src=/ T src=/' | sort
  conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=4054 dport=7 [UNREPLIED] src=203.0.113.2 dst=203.0.113.1 sport=7 dport=4054 mark=0 use=1
  $ ip netns exec r conntrack -L --mask-dst 255.255.0.0 2>&1
  conntrack v1.4.7 (conntrack-tools): Can't use --mask-dst without --dst
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L -s 1.2.3.4/33 2>&1
  conntrack v1.4.7 (conntrack-tools): Invalid netmask
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L -s 1.2.3.4/x 2>&1
  conntrack v1.4.7 (conntrack-tools): Invalid netmask
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L -s 1.2.3.300/8 2>&1
  conntrack v1.4.7 (conntrack-tools): Invalid IP address `1.2.3.300/8'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L -r 203.0.113.0/24 2>&1
  conntrack v1.4.7 (conntrack-tools): CIDR notation unavailable for `--reply-src'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -L --src-nat 203.0.113.0/24 2>&1
  conntrack v1.4.7 (conntrack-tools): CIDR notation unavailable for `--src-nat'
  Try `conntrack -h' or 'conntrack --help' for more information.
  [2]
  $ ip netns exec r conntrack -D -s 10.0.0.0/8 2>&1
  conntrack v1.4.7 (conntrack-tools): 0 flow entries have been deleted.
  [1]
  $ ip netns exec r iptables -t nat -L -v -n -x | grep -v '^$'
  Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       30 DNAT       17   --  r1     *       0.0.0.0/0            203.0.113.1          udp dpt:53 to:192.168.1.2:5353
  Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
  Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         3      198 MASQUERADE  0    --  *      r1      0.0.0.0/0            0.0.0.0/0           
  $ ip netns exec r conntrack -F 2>&1; ip netns exec r conntrack -C
  conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.
  0
