ICMP errors about the first fragment of a datagram a MASQUERADE router reassembled and sent again as it came: the REJECT downstream quotes the translated header, the NAT router finds the connection from the quoted fragment (nf_conntrack_icmpv4_error) and gives the error back to the sender with its own address inside (ping -s and UDP with -M want/dont), tcpdump -v on both sides of the NAT router.
  $ for n in a r1 r2 r3 b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add e1 netns a address 02:00:00:00:01:01 type veth peer name w1 netns r1 address 02:00:00:00:01:02
  $ ip link add e2 netns r1 address 02:00:00:00:02:01 type veth peer name w2 netns r2 address 02:00:00:00:02:02
  $ ip link add e3 netns r2 address 02:00:00:00:03:01 type veth peer name w3 netns r3 address 02:00:00:00:03:02
  $ ip link add e4 netns r3 address 02:00:00:00:04:01 type veth peer name w4 netns b address 02:00:00:00:04:02
  $ ip -n a addr add 10.1.0.1/24 dev e1; ip -n r1 addr add 10.1.0.2/24 dev w1; ip -n r1 addr add 10.2.0.1/24 dev e2; ip -n r2 addr add 10.2.0.2/24 dev w2; ip -n r2 addr add 10.3.0.1/24 dev e3; ip -n r3 addr add 10.3.0.2/24 dev w3; ip -n r3 addr add 10.4.0.1/24 dev e4; ip -n b addr add 10.4.0.2/24 dev w4
  $ for x in 'a e1' 'r1 w1' 'r1 e2' 'r2 w2' 'r2 e3' 'r3 w3' 'r3 e4' 'b w4'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a route add default via 10.1.0.2; ip -n b route add default via 10.4.0.1; ip -n r1 route add 10.3.0.0/24 via 10.2.0.2; ip -n r1 route add 10.4.0.0/24 via 10.2.0.2; ip -n r2 route add 10.1.0.0/24 via 10.2.0.1; ip -n r2 route add 10.4.0.0/24 via 10.3.0.2; ip -n r3 route add 10.1.0.0/24 via 10.3.0.1; ip -n r3 route add 10.2.0.0/24 via 10.3.0.1
  $ for n in r1 r2 r3; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip netns exec r3 iptables -A FORWARD -p udp -j REJECT --reject-with icmp-net-prohibited; ip netns exec r3 iptables -A FORWARD -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec r2 iptables -t nat -A POSTROUTING -o e3 -j MASQUERADE
  $ ip netns exec r2 tcpdump -l -n -t -v -i w2 icmp > w2.txt 2>/dev/null & ip netns exec r2 tcpdump -l -n -t -v -i e3 icmp > e3.txt 2>/dev/null & sleep 0.5
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 -s 2000 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 2000(2028) bytes of data.
  From 10.3.0.2 icmp_seq=1 Destination Host Prohibited
  From 10.3.0.2 icmp_seq=2 Destination Host Prohibited
  
  --- 10.4.0.2 ping statistics ---
  2 packets transmitted, 0 received, +2 errors, 100% packet loss
  $ ip netns exec a ping -c 1 -W 1 -s 4000 -M dont -Q 0x10 10.4.0.2 | sed 's/time=.*/time=X/;s/, time .*//;/rtt/d'
  PING 10.4.0.2 (10.4.0.2) 4000(4028) bytes of data.
  From 10.3.0.2 icmp_seq=1 Destination Host Prohibited
  
  --- 10.4.0.2 ping statistics ---
  1 packets transmitted, 0 received, +1 errors, 100% packet loss
  $ head -c 2500 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP:10.4.0.2:9,sourceport=1234; sleep 0.3
  $ head -c 2500 /dev/zero > u.bin; ip netns exec a socat -u -b 65536 OPEN:u.bin UDP-CONNECT:10.4.0.2:9,sourceport=1235,ip-recverr 2>&1; sleep 0.3; echo x | ip netns exec a socat - UDP-CONNECT:10.4.0.2:9,sourceport=1235 2>&1 | sed 's/^[0-9/ :.]* socat\[[0-9]*\]/socat[P]/; s/0x[0-9a-f]*/0xX/'
  socat[P] E read(5, 0xX, 8192): Network is unreachable
  $ sleep 0.3; kill %1 %2; wait; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/' w2.txt; echo; sed -E 's/id [0-9]+,/id X,/; s/, id [0-9]+, seq/, id X, seq/' e3.txt
  IP (tos 0x0, ttl 63, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x0, ttl 63, id X, offset 1480, flags [none], proto ICMP (1), length 548)
      10.1.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xc0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.1.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x0, ttl 63, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 2, length 1480
  IP (tos 0x0, ttl 63, id X, offset 1480, flags [none], proto ICMP (1), length 548)
      10.1.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xc0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.1.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 2, length 1480
  IP (tos 0x10, ttl 63, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x10, ttl 63, id X, offset 1480, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0x10, ttl 63, id X, offset 2960, flags [none], proto ICMP (1), length 1068)
      10.1.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xd0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.1.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x10, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.1.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0xc0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.1.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto UDP (17), length 1500)
      10.1.0.1.1234 > 10.4.0.2.9: UDP, length 2500
  IP (tos 0xc0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.1.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto UDP (17), length 1500)
      10.1.0.1.1235 > 10.4.0.2.9: UDP, length 2500
  IP (tos 0xc0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 58)
      10.3.0.2 > 10.1.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 38
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [DF], proto UDP (17), length 30)
      10.1.0.1.1235 > 10.4.0.2.9: UDP, length 2
  
  
  IP (tos 0x0, ttl 62, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x0, ttl 62, id X, offset 1480, flags [none], proto ICMP (1), length 548)
      10.3.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.3.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x0, ttl 62, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 2, length 1480
  IP (tos 0x0, ttl 62, id X, offset 1480, flags [none], proto ICMP (1), length 548)
      10.3.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.3.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 2, length 1480
  IP (tos 0x10, ttl 62, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0x10, ttl 62, id X, offset 1480, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0x10, ttl 62, id X, offset 2960, flags [none], proto ICMP (1), length 1068)
      10.3.0.1 > 10.4.0.2: ip-proto-1
  IP (tos 0xd0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.3.0.1: ICMP host 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x10, ttl 61, id X, offset 0, flags [+], proto ICMP (1), length 1500)
      10.3.0.1 > 10.4.0.2: ICMP echo request, id X, seq 1, length 1480
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.3.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto UDP (17), length 1500)
      10.3.0.1.1234 > 10.4.0.2.9: UDP, length 2500
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 576)
      10.3.0.2 > 10.3.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 556
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [+], proto UDP (17), length 1500)
      10.3.0.1.1235 > 10.4.0.2.9: UDP, length 2500
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 58)
      10.3.0.2 > 10.3.0.1: ICMP net 10.4.0.2 unreachable - admin prohibited, length 38
  	IP (tos 0x0, ttl 61, id X, offset 0, flags [DF], proto UDP (17), length 30)
      10.3.0.1.1235 > 10.4.0.2.9: UDP, length 2
  $ ip netns exec r2 conntrack -L 2>/dev/null | sed 's/ \(1\|17\) [0-9]* / \1 T /; s/id=[0-9]*/id=X/g' | sort
  icmp     1 T src=10.1.0.1 dst=10.4.0.2 type=8 code=0 id=X [UNREPLIED] src=10.4.0.2 dst=10.3.0.1 type=0 code=0 id=X mark=0 use=1
  icmp     1 T src=10.1.0.1 dst=10.4.0.2 type=8 code=0 id=X [UNREPLIED] src=10.4.0.2 dst=10.3.0.1 type=0 code=0 id=X mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1234 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.3.0.1 sport=9 dport=1234 mark=0 use=1
  udp      17 T src=10.1.0.1 dst=10.4.0.2 sport=1235 dport=9 [UNREPLIED] src=10.4.0.2 dst=10.3.0.1 sport=9 dport=1235 mark=0 use=1
  $ ip netns exec r2 nstat -az IpReasmReqds IpReasmOKs IpFragOKs IpFragCreates IpForwDatagrams IcmpInErrors | grep -v '^#' | awk '{print $1, $2}'
  IpForwDatagrams 12
  IpReasmReqds 11
  IpReasmOKs 5
  IpFragOKs 5
  IpFragCreates 11
  IcmpInErrors 0
  $ ip netns exec a nstat -az IcmpInDestUnreachs IcmpInErrors UdpInErrors | grep -v '^#' | awk '{print $1, $2}'
  IcmpInErrors 0
  IcmpInDestUnreachs 6
  UdpInErrors 0

