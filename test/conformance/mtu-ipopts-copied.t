Fragmenting datagrams that carry IP options: a copied option (LSRR from traceroute -g) is in every fragment, a non-copied one (RR, timestamp) only in the first, the others carry NOPs in its place (ip_options_fragment); the fragment payloads shrink by the option length; tcpdump -v on the sender's link; the router with accept_source_route follows the route.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "r r0" "r r1" "b b0" "a lo" "r lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.conf.all.accept_source_route=1; done
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.accept_source_route=1
  $ ip -n a link set a0 mtu 1000
  $ ip -n r link set r0 mtu 1000
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 3 'udp or ip[6:2] & 0x1fff != 0' > cap1 2> /dev/null &
  $ sleep 0.5; ip netns exec a traceroute -n -q 1 -m 1 -g 10.1.0.1 10.2.0.2 2000 | sed -E 's/  [0-9.]+ ms/  T ms/'
  traceroute to 10.2.0.2 (10.2.0.2), 1 hops max, 2000 byte packets
   1  *
  $ wait; sed -E 's/id [0-9]+/id N/; s/(10\.1\.0\.2)\.[0-9]+ > /\1.P > /; s/cksum 0x[0-9a-f]+/cksum C/' cap1
  IP (tos 0x0, ttl 1, id N, offset 0, flags [+], proto UDP (17), length 1000, options (NOP,LSRR 10.2.0.2 10.2.0.2))
      10.1.0.2.P > 10.1.0.1.33434: UDP, length 1960
  IP (tos 0x0, ttl 1, id N, offset 968, flags [+], proto UDP (17), length 1000, options (NOP,LSRR 10.2.0.2 10.2.0.2))
      10.1.0.2 > 10.1.0.1: ip-proto-17
  IP (tos 0x0, ttl 1, id N, offset 1936, flags [none], proto UDP (17), length 64, options (NOP,LSRR 10.2.0.2 10.2.0.2))
      10.1.0.2 > 10.1.0.1: ip-proto-17
  $ ip netns exec a nstat -az IpFragOKs IpFragCreates | tail -n +2
  IpFragOKs                       1                  0.0
  IpFragCreates                   3                  0.0
  $ ip netns exec a tcpdump -n -t -v -i a0 -c 2 'icmp[0] = 8 or ip[6:2] & 0x1fff != 0' > cap2 2> /dev/null &
  $ sleep 0.5; ip netns exec a ping -c 1 -W 1 -R -s 1200 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  1208 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ wait; sed -E 's/id [0-9]+/id N/; s/cksum 0x[0-9a-f]+/cksum C/' cap2
  IP (tos 0x0, ttl 64, id N, offset 0, flags [+], proto ICMP (1), length 996, options (NOP,RR 10.1.0.2, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0))
      10.1.0.2 > 10.1.0.1: ICMP echo request, id N, seq 1, length 936
  IP (tos 0x0, ttl 64, id N, offset 936, flags [none], proto ICMP (1), length 332, options (NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP,NOP))
      10.1.0.2 > 10.1.0.1: ip-proto-1
  $ ip netns exec a ping -c 1 -W 1 -R -M do -s 1000 10.1.0.1 | sed -n 2p
  ping: local error: message too long, mtu=960
  $ ip netns exec a ping -c 1 -W 1 -R -M do -s 912 10.1.0.1 | sed -n 2p | sed -E 's/time=.*//'
  920 bytes from 10.1.0.1: icmp_seq=1 ttl=64 
  $ ip netns exec a ping -c 1 -W 1 -R -M do -s 913 10.1.0.1 | sed -n 2p
  921 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec a ping -c 1 -W 1 -T tsonly -M do -s 933 10.1.0.1 | sed -n 2p
  ping: local error: message too long, mtu=960
  $ ip netns exec a ping -c 1 -W 1 -T tsandaddr -M do -s 933 10.1.0.1 | sed -n 2p
  941 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
