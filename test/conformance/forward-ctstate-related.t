A stateful router firewall: FORWARD policy DROP, new flows allowed from the inside only, replies by ctstate ESTABLISHED, ICMP errors about tracked flows by RELATED (a port unreachable from the server, a time exceeded from a router behind it); without the RELATED rule they are dropped and the client sees nothing; policy counters.
  $ for n in a c r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add c0 netns c address 02:00:00:00:0c:01 type veth peer name rc netns r address 02:00:00:00:01:0c
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a c r b; do ip -n $n link set lo up; done
  $ for d in ra rc r1; do ip -n r link set $d up; done
  $ ip -n a link set a0 up; ip -n c link set c0 up; ip -n b link set b0 up
  $ ip -n a addr add 192.168.1.2/24 dev a0
  $ ip -n c addr add 192.168.2.2/24 dev c0
  $ ip -n r addr add 192.168.1.1/24 dev ra
  $ ip -n r addr add 192.168.2.1/24 dev rc
  $ ip -n r addr add 203.0.113.1/24 dev r1
  $ ip -n b addr add 203.0.113.2/24 dev b0
  $ ip -n a route add default via 192.168.1.1
  $ ip -n c route add default via 192.168.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns add e; ip netns exec e sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add d0 netns b address 02:00:00:00:0b:02 type veth peer name e0 netns e address 02:00:00:00:0e:01
  $ ip -n b link set d0 up; ip -n e link set e0 up; ip -n e link set lo up
  $ ip -n b addr add 198.51.100.1/24 dev d0
  $ ip -n e addr add 198.51.100.2/24 dev e0
  $ ip -n r route add 198.51.100.0/24 via 203.0.113.2
  $ ip -n b route add 192.168.0.0/16 via 203.0.113.1
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add 198.18.0.0/24 via 198.51.100.2
  $ ip netns exec r iptables -P FORWARD DROP
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
  $ ip netns exec r iptables -A FORWARD -i ra -o r1 -m conntrack --ctstate NEW -j ACCEPT
  $ ip netns exec a ping -c 1 -W 1 203.0.113.2 | sed -n 2p
  64 bytes from 203.0.113.2: icmp_seq=1 ttl=63 time=* ms (glob)
  $ ip netns exec b ping -c 1 -W 1 192.168.1.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 203.0.113.2 9; echo rc=$?'
  rc=0
  $ ip netns exec a traceroute -n -q 1 -w 1 -N 1 -m 3 198.51.100.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 198.51.100.1 (198.51.100.1), 3 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  *
   3  *
  $ ip netns exec a ping -c 1 -W 1 -t 2 198.18.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec r iptables -L FORWARD -n -v -x
  Chain FORWARD (policy DROP 4 packets, 318 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         4      234 ACCEPT     0    --  ra     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
  $ ip netns exec r iptables -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
  $ ip netns exec a sh -c 'echo x | nc -u -w 1 203.0.113.2 9; echo rc=$?'
  rc=0
  $ ip netns exec a traceroute -n -q 1 -w 1 -N 1 -m 3 198.51.100.1 | sed -E 's/  [0-9.]+ ms/  T ms/g'
  traceroute to 198.51.100.1 (198.51.100.1), 3 hops max, 60 byte packets
   1  192.168.1.1  T ms
   2  198.51.100.1  T ms
  $ ip netns exec a ping -c 1 -W 1 -t 2 198.18.0.1 | sed -n 2p
  From 192.168.1.1 icmp_seq=1 Destination Net Unreachable
  $ ip netns exec r iptables -L FORWARD -n -v -x
  Chain FORWARD (policy DROP 4 packets, 318 bytes)
      pkts      bytes target     prot opt in     out     source               destination         
         1       84 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate ESTABLISHED
         6      324 ACCEPT     0    --  ra     r1      0.0.0.0/0            0.0.0.0/0            ctstate NEW
         2      146 ACCEPT     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate RELATED
  $ ip netns exec r conntrack -L -p udp 2>&1 | sed -E 's/ 17 [0-9]+ / 17 T /; s/port=[0-9]{4,} /port=P /g' | sort
  conntrack v1.4.7 (conntrack-tools): 5 flow entries have been shown.
  udp      17 T src=192.168.1.2 dst=198.51.100.1 sport=P dport=P [UNREPLIED] src=198.51.100.1 dst=192.168.1.2 sport=P dport=P mark=0 use=1
  udp      17 T src=192.168.1.2 dst=198.51.100.1 sport=P dport=P [UNREPLIED] src=198.51.100.1 dst=192.168.1.2 sport=P dport=P mark=0 use=1
  udp      17 T src=192.168.1.2 dst=198.51.100.1 sport=P dport=P [UNREPLIED] src=198.51.100.1 dst=192.168.1.2 sport=P dport=P mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=P dport=9 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=9 dport=P mark=0 use=1
  udp      17 T src=192.168.1.2 dst=203.0.113.2 sport=P dport=9 [UNREPLIED] src=203.0.113.2 dst=192.168.1.2 sport=9 dport=P mark=0 use=1
  $ ip netns exec r iptables -S FORWARD
  -P FORWARD DROP
  -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
  -A FORWARD -i ra -o r1 -m conntrack --ctstate NEW -j ACCEPT
  -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
  $ ip netns exec r iptables-save -c -t filter | grep -v '^#'
  *filter
  :INPUT ACCEPT [0:0]
  :FORWARD DROP [4:318]
  :OUTPUT ACCEPT [0:0]
  [1:84] -A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT
  [6:324] -A FORWARD -i ra -o r1 -m conntrack --ctstate NEW -j ACCEPT
  [2:146] -A FORWARD -m conntrack --ctstate RELATED -j ACCEPT
  COMMIT
