REJECT in a router's FORWARD chain: the ICMP errors it sends go through icmp_send() and its per-peer rate limit like the router's own; a tcp-reset is sent as the segment's destination (ip_route_me_harder keeps a unicast source with FLOWI_FLAG_ANYSRC), so the client sees 'Connection refused'; traceroute -U keeps one destination port (53 unless -p) for every probe, so the rule for that port answers each hop past the router.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.2 -p icmp -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.2 -p udp --dport 7 -j REJECT
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.2 -p udp --dport 8 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.2 -p tcp --dport 81 -j REJECT --reject-with tcp-reset
  $ ip netns exec a ping -c 10 -i 0.01 10.0.2.2 | sed -E 's/time=.*//' | grep -v '^$' | sed 's/, time.*//'
  PING 10.0.2.2 (10.0.2.2) 56(84) bytes of data.
  From 10.0.1.1 icmp_seq=1 Packet filtered
  From 10.0.1.1 icmp_seq=2 Packet filtered
  From 10.0.1.1 icmp_seq=3 Packet filtered
  From 10.0.1.1 icmp_seq=4 Packet filtered
  From 10.0.1.1 icmp_seq=5 Packet filtered
  From 10.0.1.1 icmp_seq=6 Packet filtered
  --- 10.0.2.2 ping statistics ---
  10 packets transmitted, 0 received, +6 errors, 100% packet loss
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs IcmpOutRateLimitHost IcmpOutRateLimitGlobal
  #kernel
  IcmpOutRateLimitGlobal          0                  0.0
  IcmpOutRateLimitHost            4                  0.0
  IcmpOutDestUnreachs             6                  0.0
  $ sleep 6
  $ echo x | ip netns exec a nc -u -w 1 10.0.2.2 7; echo $?
  0
  $ echo x | ip netns exec a nc -v -u -w 1 10.0.2.2 8; echo $?
  Connection to 10.0.2.2 8 port [udp/*] succeeded!
  0
  $ ip netns exec a nc -v -w 1 10.0.2.2 81; echo $?
  nc: connect to 10.0.2.2 port 81 (tcp) failed: Connection refused
  1
  $ ip netns exec a traceroute -n -q 1 -U -p 8 10.0.2.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
   1  10.0.1.1  T ms
   2  10.0.1.1  T ms !X
  $ ip netns exec r nstat -asz IcmpOutDestUnreachs TcpOutRsts
  #kernel
  IcmpOutDestUnreachs             12                 0.0
  TcpOutRsts                      0                  0.0
  $ ip netns exec r iptables -A FORWARD -d 10.0.2.2 -p udp --dport 53 -j REJECT --reject-with icmp-net-prohibited
  $ ip netns exec a traceroute -n -q 1 -U 10.0.2.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.2 (10.0.2.2), 30 hops max, 60 byte packets
   1  *
   2  *
   3  *
   4  *
   5  *
   6  *
   7  *
   8  *
   9  *
  10  *
  11  *
  12  *
  13  *
  14  *
  15  *
  16  *
  17  10.0.1.1  T ms !X
  $ ip netns exec a traceroute -n -q 1 -M udp -p 9 -m 3 10.0.2.2 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.0.2.2 (10.0.2.2), 3 hops max, 60 byte packets
   1  *
   2  10.0.2.2  T ms
  $ ip netns exec r iptables -L FORWARD -v -n | sed -E 's/^ +[0-9]+ +[0-9]+[KM]? / P B /'
  Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)
   pkts bytes target     prot opt in     out     source               destination         
   P B REJECT     1    --  *      *       0.0.0.0/0            10.0.2.2             reject-with icmp-admin-prohibited
   P B REJECT     17   --  *      *       0.0.0.0/0            10.0.2.2             udp dpt:7 reject-with icmp-port-unreachable
   P B REJECT     17   --  *      *       0.0.0.0/0            10.0.2.2             udp dpt:8 reject-with icmp-host-prohibited
   P B REJECT     6    --  *      *       0.0.0.0/0            10.0.2.2             tcp dpt:81 reject-with tcp-reset
   P B REJECT     17   --  *      *       0.0.0.0/0            10.0.2.2             udp dpt:53 reject-with icmp-net-prohibited
