SNAT/MASQUERADE/DNAT of UDP a host sent with an offloaded checksum (CHECKSUM_PARTIAL: the field holds the pseudo-header sum for the device): __udp_manip_pkt() changes only the pseudo-header part (inet_proto_csum_replace4 with pseudohdr, the port left to the device), so the sum is right wherever it gets finished: a capture (tcpdump -vv on the far side), a router that fragments it (skb_checksum_help() before ip_do_fragment()), the receiver that reassembles it; traceroute -U and UDP probes through the NAT answered by the far host's port unreachable.
  $ for n in a r1 r2 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns b address 02:00:00:00:03:02
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n b addr add 10.3.0.2/24 dev w3
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'b w3'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.3.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1
  $ for n in r1 r2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r2 link set e3 mtu 1300; ip -n b link set w3 mtu 1300
  $ c() { ip netns exec b nstat -az UdpInDatagrams UdpNoPorts UdpInCsumErrors IpReasmOKs | grep -v '^#' | awk '{printf "%s %s  ", $1, $2} END {print ""}'; }
  $ ip netns exec r1 iptables -t nat -A POSTROUTING -o e2 -j MASQUERADE
  $ ip netns exec b tcpdump -l -n -t -vv -i w3 udp > b.txt 2>/dev/null & sleep 0.5
  $ echo hello | ip netns exec a socat -u - UDP:10.3.0.2:7,sourceport=999; sleep 0.2; c
  IpReasmOKs 0  UdpInDatagrams 0  UdpNoPorts 1  UdpInCsumErrors 0  
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 4 -U 10.3.0.2 1400 | sed -E 's/  [0-9.]+ ms//g'; c
  traceroute to 10.3.0.2 (10.3.0.2), 4 hops max, 1400 byte packets
   1  10.1.0.2
   2  10.2.0.2
   3  10.3.0.2
  IpReasmOKs 1  UdpInDatagrams 0  UdpNoPorts 2  UdpInCsumErrors 0  
  $ ip netns exec a traceroute -n -N 1 -q 1 -w 1 -m 4 -p 40000 10.3.0.2 1200 | sed -E 's/  [0-9.]+ ms//g'; c
  traceroute to 10.3.0.2 (10.3.0.2), 4 hops max, 1200 byte packets
   1  10.1.0.2
   2  10.2.0.2
   3  10.3.0.2
  IpReasmOKs 1  UdpInDatagrams 0  UdpNoPorts 3  UdpInCsumErrors 0  
  $ head -c 1350 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.3.0.2:7,sourceport=998,ip-mtu-discover=0; sleep 0.2; c
  IpReasmOKs 2  UdpInDatagrams 0  UdpNoPorts 4  UdpInCsumErrors 0  
  $ ip netns exec r1 iptables -t nat -F; ip netns exec r1 iptables -t nat -A POSTROUTING -o e2 -p udp -j SNAT --to-source 10.2.0.1:2000
  $ echo hi | ip netns exec a socat -u - UDP:10.3.0.2:7,sourceport=997; sleep 0.2; c
  IpReasmOKs 2  UdpInDatagrams 0  UdpNoPorts 5  UdpInCsumErrors 0  
  $ ip netns exec r2 iptables -t nat -A PREROUTING -p udp --dport 7 -j DNAT --to-destination 10.3.0.2:8
  $ ip netns exec b socat -u UDP-RECV:8 - > got.txt & sleep 0.3
  $ echo dnat | ip netns exec a socat -u - UDP:10.3.0.2:7,sourceport=996; sleep 0.2; c
  IpReasmOKs 2  UdpInDatagrams 0  UdpNoPorts 5  UdpInCsumErrors 0  
  $ ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.3.0.2:7,sourceport=995,ip-mtu-discover=0; sleep 0.2; c
  IpReasmOKs 2  UdpInDatagrams 0  UdpNoPorts 5  UdpInCsumErrors 0  
  $ sleep 0.3; kill %1 %2; wait; cat got.txt | wc -c; sed -E 's/id [0-9]+,/id X,/; /10\.2\.0\.1\.[0-9]{5} /{s/[0-9]{5} >/P >/; s/-> 0x[0-9a-f]+!/-> 0xX!/}' b.txt
  0
  IP (tos 0x0, ttl 62, id X, offset 0, flags [DF], proto UDP (17), length 34)
      10.2.0.1.999 > 10.3.0.2.7: [bad udp cksum 0x1427 -> 0xa400!] UDP, length 6
  IP (tos 0x0, ttl 1, id X, offset 0, flags [+], proto UDP (17), length 1300)
      10.2.0.1.P > 10.3.0.2.53: 16449 op8 [b2&3=0x4243] [17991a] [17477q] [18505n] [19019au] [|domain]
  IP (tos 0x0, ttl 1, id X, offset 1280, flags [none], proto UDP (17), length 120)
      10.2.0.1 > 10.3.0.2: ip-proto-17
  IP (tos 0x0, ttl 1, id X, offset 0, flags [none], proto UDP (17), length 1200)
      10.2.0.1.P > 10.3.0.2.40002: [bad udp cksum 0x18b5 -> 0xX!] UDP, length 1172
  IP (tos 0x0, ttl 62, id X, offset 0, flags [+], proto UDP (17), length 1300)
      10.2.0.1.998 > 10.3.0.2.7: UDP, length 1350
  IP (tos 0x0, ttl 62, id X, offset 1280, flags [none], proto UDP (17), length 98)
      10.2.0.1 > 10.3.0.2: ip-proto-17
  IP (tos 0x0, ttl 62, id X, offset 0, flags [DF], proto UDP (17), length 31)
      10.2.0.1.2000 > 10.3.0.2.7: [bad udp cksum 0x1424 -> 0x7190!] UDP, length 3
  $ ip netns exec r1 conntrack -L -p udp 2>/dev/null | sed -E 's/ 17 [0-9]+ / 17 T /; s/port=[0-9]{5}/port=P/g' | sort
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=997 dport=7 [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=7 dport=2000 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=998 dport=7 [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=7 dport=998 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=999 dport=7 [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=7 dport=999 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=P dport=53 [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=53 dport=P mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=P dport=53 [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=53 dport=P mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=P dport=P [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=P dport=P mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.3.0.2 sport=P dport=P [UNREPLIED] src=10.3.0.2 dst=10.2.0.1 sport=P dport=P mark=0 use=1

