REJECT and IP options: the router fills in record-route and timestamp options when the packet arrives (ip_options_compile()) but re-sums the header only when forwarding it (ip_forward_options()), and nf_send_unreach()'s checksum test sums from the IP header: so REJECT in FORWARD or INPUT answers nothing about a ping -R or -T, nor a crafted TCP or ICMP packet with such options, while options it does not write (router alert, a full record route, NOPs) and a UDP datagram without checksum still get their error; a TTL expiry (no netfilter) is answered either way.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec r iptables -A FORWARD -d 10.0.1.2 -j REJECT --reject-with icmp-host-prohibited; ip netns exec r iptables -A INPUT -d 10.0.1.254 -j REJECT
  $ ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & sleep 0.5

pings: plain, -R, -T tsonly, -T tsandaddr, through r and to r; a TTL expiry with -R.
  $ ip netns exec a ping -c1 -W1 10.0.1.2 | grep -c From
  1
  $ ip netns exec a ping -c1 -W1 10.0.1.254 | grep -c From
  1
  $ ip netns exec a ping -c1 -W1 -R 10.0.1.2 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -R 10.0.1.254 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -T tsonly 10.0.1.2 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -T tsonly 10.0.1.254 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -T tsandaddr 10.0.1.2 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -T tsandaddr 10.0.1.254 | grep -c From
  0
  [1]
  $ ip netns exec a ping -c1 -W1 -R -t 1 10.0.1.2 | grep From
  From 10.0.0.254 icmp_seq=1 Time to live exceeded

An echo request with router alert through r.
  $ printf '\106\000\000\000\003\001\000\000\100\001\000\000\012\000\000\001\012\000\001\002\224\004\000\000\010\000\057\237\000\231\000\000\157\160\164\163\157\160\164\163' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

A UDP datagram without checksum, with router alert, to r.
  $ printf '\106\000\000\000\003\002\000\000\100\021\000\000\012\000\000\001\012\000\001\376\224\004\000\000\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2

A TCP SYN with router alert through r.
  $ printf '\106\000\000\000\003\003\000\000\100\006\000\000\012\000\000\001\012\000\001\002\224\004\000\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

An echo request with NOPs through r.
  $ printf '\106\000\000\000\003\004\000\000\100\001\000\000\012\000\000\001\012\000\001\002\001\001\001\000\010\000\057\234\000\231\000\003\157\160\164\163\157\160\164\163' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

A UDP datagram without checksum, with NOPs, to r.
  $ printf '\106\000\000\000\003\005\000\000\100\021\000\000\012\000\000\001\012\000\001\376\001\001\001\000\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2

A TCP SYN with NOPs through r.
  $ printf '\106\000\000\000\003\006\000\000\100\006\000\000\012\000\000\001\012\000\001\002\001\001\001\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

An echo request with a full record route through r.
  $ printf '\107\000\000\000\003\007\000\000\100\001\000\000\012\000\000\001\012\000\001\002\007\007\010\001\002\003\004\000\010\000\057\231\000\231\000\006\157\160\164\163\157\160\164\163' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

A UDP datagram without checksum, with a full record route, to r.
  $ printf '\107\000\000\000\003\010\000\000\100\021\000\000\012\000\000\001\012\000\001\376\007\007\010\001\002\003\004\000\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2

A TCP SYN with a full record route through r.
  $ printf '\107\000\000\000\003\011\000\000\100\006\000\000\012\000\000\001\012\000\001\002\007\007\010\001\002\003\004\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

An echo request with a record route with room through r.
  $ printf '\107\000\000\000\003\012\000\000\100\001\000\000\012\000\000\001\012\000\001\002\007\007\004\000\000\000\000\000\010\000\057\226\000\231\000\011\157\160\164\163\157\160\164\163' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

A UDP datagram without checksum, with a record route with room, to r.
  $ printf '\107\000\000\000\003\013\000\000\100\021\000\000\012\000\000\001\012\000\001\376\007\007\004\000\000\000\000\000\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2

A TCP SYN with a record route with room through r.
  $ printf '\107\000\000\000\003\014\000\000\100\006\000\000\012\000\000\001\012\000\001\002\007\007\004\000\000\000\000\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

An echo request with timestamps with room through r.
  $ printf '\107\000\000\000\003\015\000\000\100\001\000\000\012\000\000\001\012\000\001\002\104\010\005\000\000\000\000\000\010\000\057\223\000\231\000\014\157\160\164\163\157\160\164\163' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

A UDP datagram without checksum, with timestamps with room, to r.
  $ printf '\107\000\000\000\003\016\000\000\100\021\000\000\012\000\000\001\012\000\001\376\104\010\005\000\000\000\000\000\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt; sleep 0.2

A TCP SYN with timestamps with room through r.
  $ printf '\107\000\000\000\003\017\000\000\100\006\000\000\012\000\000\001\012\000\001\002\104\010\005\000\000\000\000\000\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/g; s/, id [0-9]+, seq/, id X, seq/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/; s/protocol 1 port [0-9]+/protocol 1 port X/' a.txt
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 92
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.254: ICMP echo request, id X, seq 1, length 64
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 112)
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 protocol 1 port X unreachable, length 92
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 84)
      10.0.0.1 > 10.0.1.254: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 10.0.0.1, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 10.0.0.1, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0))
      10.0.0.1 > 10.0.1.254: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (timestamp TS{TSONLY T@ ^ T@ T@ T@ T@ T@ T@ T@ T@}))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (timestamp TS{TSONLY T@ ^ T@ T@ T@ T@ T@ T@ T@ T@}))
      10.0.0.1 > 10.0.1.254: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 120, options (timestamp TS{TS+ADDR T@10.0.0.1 ^ T@0.0.0.0 T@0.0.0.0 T@0.0.0.0}))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [DF], proto ICMP (1), length 120, options (timestamp TS{TS+ADDR T@10.0.0.1 ^ T@0.0.0.0 T@0.0.0.0 T@0.0.0.0}))
      10.0.0.1 > 10.0.1.254: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 1, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 10.0.0.1, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 192, options (RR 10.0.0.1, 10.0.0.254, 10.0.0.254, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      10.0.0.254 > 10.0.0.1: ICMP time exceeded in-transit, length 132
  	IP (tos 0x0, ttl 1, id X, offset 0, flags [DF], proto ICMP (1), length 124, options (NOP,RR 10.0.0.1, 10.0.0.254, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0), bad cksum!)
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 64
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 40, options (RA))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 0, length 16
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 68)
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 48
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 40, options (RA))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 0, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 40, options (RA))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 68)
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 udp port 9 unreachable, length 48
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 40, options (RA))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 44, options (RA))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 52
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto TCP (6), length 44, options (RA))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 40, options (NOP,NOP,NOP,EOL))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 3, length 16
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 68)
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 48
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 40, options (NOP,NOP,NOP,EOL))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 3, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 40, options (NOP,NOP,NOP,EOL))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 68)
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 udp port 9 unreachable, length 48
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 40, options (NOP,NOP,NOP,EOL))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 44, options (NOP,NOP,NOP,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 52
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto TCP (6), length 44, options (NOP,NOP,NOP,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44, options (RR 1.2.3.4,,EOL))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 6, length 16
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 80, options (RR 1.2.3.4,,EOL))
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 52
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 44, options (RR 1.2.3.4,,EOL))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 6, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (RR 1.2.3.4,,EOL))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 80, options (RR 1.2.3.4,,EOL))
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (RR 1.2.3.4,,EOL))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 48, options (RR 1.2.3.4,,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 84, options (RR 1.2.3.4,,EOL))
      10.0.0.254 > 10.0.0.1: ICMP host 10.0.1.2 unreachable - admin prohibited, length 56
  	IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto TCP (6), length 48, options (RR 1.2.3.4,,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44, options (RR 0.0.0.0,EOL))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 9, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (RR 0.0.0.0,EOL))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 80, options (RR 10.0.1.254,,EOL))
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (RR 10.0.1.254,,EOL), bad cksum!)
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 48, options (RR 0.0.0.0,EOL))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44, options (timestamp TS{TSONLY ^ T@}))
      10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 12, length 16
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY ^ T@}))
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 80, options (timestamp TS{TSONLY T@ ^ }))
      10.0.1.254 > 10.0.0.1: ICMP 10.0.1.254 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY T@ ^ }), bad cksum!)
      10.0.0.1.41000 > 10.0.1.254.9: UDP, length 8
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 48, options (timestamp TS{TSONLY ^ T@}))
      10.0.0.1.42000 > 10.0.1.2.80: Flags [S], cksum 0xee97 (correct), seq 1000, win 1024, length 0
  $ ip netns exec r nstat -a | grep '^Icmp' | awk '{print $1, $2}'
  IcmpOutMsgs 14
  IcmpOutDestUnreachs 13
  IcmpOutTimeExcds 1
  IcmpMsgOutType3 13
  IcmpMsgOutType11 1
