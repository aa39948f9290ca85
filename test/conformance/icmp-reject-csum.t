REJECT answers with an ICMP error only about a packet whose checksum is right (nf_send_unreach(): nf_reject_verify_csum() then nf_ip_checksum()): UDP with a zero checksum passes, a wrong UDP, TCP or ICMP sum gets nothing, an unknown protocol's payload must sum to 0, GRE/SCTP/ESP are not checked; the host's own packets (checksum offloaded) always get their answer. Datagrams built by hand through router r (FORWARD) and to r itself (INPUT).

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec r iptables -A FORWARD -d 10.0.1.2 -j REJECT; ip netns exec r iptables -A INPUT -d 10.0.0.254 -j REJECT --reject-with icmp-host-prohibited
  $ ip netns exec a tcpdump -l -n -t -i a0 not arp and not proto 47 and not proto 50 and not proto 132 > a.txt 2>/dev/null & sleep 0.5

UDP, right checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\001\000\000\100\021\000\000\012\000\000\001\012\000\001\002\240\050\000\011\000\020\271\004\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

UDP, wrong checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\002\000\000\100\021\000\000\012\000\000\001\012\000\001\002\240\050\000\011\000\020\271\005\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

UDP, no checksum (0) through r (FORWARD).
  $ printf '\105\000\000\000\001\003\000\000\100\021\000\000\012\000\000\001\012\000\001\002\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

TCP SYN, right checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\004\000\000\100\006\000\000\012\000\000\001\012\000\001\002\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\227\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

TCP SYN, wrong checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\005\000\000\100\006\000\000\012\000\000\001\012\000\001\002\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\226\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

ICMP echo, right checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\006\000\000\100\001\000\000\012\000\000\001\012\000\001\002\010\000\071\340\000\167\000\001\160\151\156\147\160\157\156\147' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

ICMP echo, wrong checksum through r (FORWARD).
  $ printf '\105\000\000\000\001\007\000\000\100\001\000\000\012\000\000\001\012\000\001\002\010\000\071\341\000\167\000\001\160\151\156\147\160\157\156\147' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

protocol 99, payload summing to 0 through r (FORWARD).
  $ printf '\105\000\000\000\001\010\000\000\100\143\000\000\012\000\000\001\012\000\001\002\022\064\126\170\374\226\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

protocol 99, payload not summing to 0 through r (FORWARD).
  $ printf '\105\000\000\000\001\011\000\000\100\143\000\000\012\000\000\001\012\000\001\002\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

GRE (47), never checked through r (FORWARD).
  $ printf '\105\000\000\000\001\012\000\000\100\057\000\000\012\000\000\001\012\000\001\002\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

SCTP (132), never checked through r (FORWARD).
  $ printf '\105\000\000\000\001\013\000\000\100\204\000\000\012\000\000\001\012\000\001\002\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

ESP (50), never checked through r (FORWARD).
  $ printf '\105\000\000\000\001\014\000\000\100\062\000\000\012\000\000\001\012\000\001\002\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt; sleep 0.2

UDP, right checksum to r (INPUT).
  $ printf '\105\000\000\000\001\015\000\000\100\021\000\000\012\000\000\001\012\000\000\376\240\050\000\011\000\020\271\010\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

UDP, wrong checksum to r (INPUT).
  $ printf '\105\000\000\000\001\016\000\000\100\021\000\000\012\000\000\001\012\000\000\376\240\050\000\011\000\020\271\011\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

UDP, no checksum (0) to r (INPUT).
  $ printf '\105\000\000\000\001\017\000\000\100\021\000\000\012\000\000\001\012\000\000\376\240\050\000\011\000\020\000\000\141\142\143\144\145\146\147\150' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

TCP SYN, right checksum to r (INPUT).
  $ printf '\105\000\000\000\001\020\000\000\100\006\000\000\012\000\000\001\012\000\000\376\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\233\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

TCP SYN, wrong checksum to r (INPUT).
  $ printf '\105\000\000\000\001\021\000\000\100\006\000\000\012\000\000\001\012\000\000\376\244\020\000\120\000\000\003\350\000\000\000\000\120\002\004\000\356\232\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

ICMP echo, right checksum to r (INPUT).
  $ printf '\105\000\000\000\001\022\000\000\100\001\000\000\012\000\000\001\012\000\000\376\010\000\071\340\000\167\000\001\160\151\156\147\160\157\156\147' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

ICMP echo, wrong checksum to r (INPUT).
  $ printf '\105\000\000\000\001\023\000\000\100\001\000\000\012\000\000\001\012\000\000\376\010\000\071\341\000\167\000\001\160\151\156\147\160\157\156\147' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

protocol 99, payload summing to 0 to r (INPUT).
  $ printf '\105\000\000\000\001\024\000\000\100\143\000\000\012\000\000\001\012\000\000\376\022\064\126\170\374\226\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

protocol 99, payload not summing to 0 to r (INPUT).
  $ printf '\105\000\000\000\001\025\000\000\100\143\000\000\012\000\000\001\012\000\000\376\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

GRE (47), never checked to r (INPUT).
  $ printf '\105\000\000\000\001\026\000\000\100\057\000\000\012\000\000\001\012\000\000\376\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

SCTP (132), never checked to r (INPUT).
  $ printf '\105\000\000\000\001\027\000\000\100\204\000\000\012\000\000\001\012\000\000\376\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

ESP (50), never checked to r (INPUT).
  $ printf '\105\000\000\000\001\030\000\000\100\062\000\000\012\000\000\001\012\000\000\376\022\064\126\170\374\227\232\274' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt; sleep 0.2

The stack's own packets carry an offloaded checksum (CHECKSUM_PARTIAL): always trusted.
  $ echo x | ip netns exec a nc -u -p 5555 -w1 10.0.1.2 9; ip netns exec a ping -c1 -W1 10.0.0.254 | grep -i from
  From 10.0.0.254 icmp_seq=1 Destination Host Prohibited
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/' a.txt
  IP 10.0.0.1.41000 > 10.0.1.2.9: UDP, length 8
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 udp port 9 unreachable, length 44
  IP 10.0.0.1.41000 > 10.0.1.2.9: UDP, length 8
  IP 10.0.0.1.41000 > 10.0.1.2.9: UDP, length 8
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 udp port 9 unreachable, length 44
  IP 10.0.0.1.42000 > 10.0.1.2.80: Flags [S], seq 1000, win 1024, length 0
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 tcp port 80 unreachable, length 48
  IP 10.0.0.1.42000 > 10.0.1.2.80: Flags [S], seq 1000, win 1024, length 0
  IP 10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 16
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 protocol 1 port 14816 unreachable, length 44
  IP 10.0.0.1 > 10.0.1.2: ICMP echo request, id X, seq 1, length 16
  IP 10.0.0.1 > 10.0.1.2:  ip-proto-99 8
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 protocol 99 port 22136 unreachable, length 36
  IP 10.0.0.1 > 10.0.1.2:  ip-proto-99 8
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 protocol 47 port 22136 unreachable, length 36
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 protocol 132 port 22136 unreachable, length 36
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 protocol 50 port 22136 unreachable, length 36
  IP 10.0.0.1.41000 > 10.0.0.254.9: UDP, length 8
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 44
  IP 10.0.0.1.41000 > 10.0.0.254.9: UDP, length 8
  IP 10.0.0.1.41000 > 10.0.0.254.9: UDP, length 8
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 44
  IP 10.0.0.1.42000 > 10.0.0.254.80: Flags [S], seq 1000, win 1024, length 0
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 48
  IP 10.0.0.1.42000 > 10.0.0.254.80: Flags [S], seq 1000, win 1024, length 0
  IP 10.0.0.1 > 10.0.0.254: ICMP echo request, id X, seq 1, length 16
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 44
  IP 10.0.0.1 > 10.0.0.254: ICMP echo request, id X, seq 1, length 16
  IP 10.0.0.1 > 10.0.0.254:  ip-proto-99 8
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 36
  IP 10.0.0.1 > 10.0.0.254:  ip-proto-99 8
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 36
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 36
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 36
  IP 10.0.0.1.5555 > 10.0.1.2.9: UDP, length 2
  IP 10.0.0.254 > 10.0.0.1: ICMP 10.0.1.2 udp port 9 unreachable, length 38
  IP 10.0.0.1 > 10.0.0.254: ICMP echo request, id X, seq 1, length 64
  IP 10.0.0.254 > 10.0.0.1: ICMP host 10.0.0.254 unreachable - admin prohibited, length 92
  $ ip netns exec r iptables -nvL INPUT | sed 1,2d | awk '{print $1, $3}'; ip netns exec r iptables -nvL FORWARD | sed 1,2d | awk '{print $1, $3}'
  13 REJECT
  13 REJECT
  $ ip netns exec r nstat -a | grep -i 'icmp' | awk '{print $1, $2}'
  IcmpOutMsgs 18
  IcmpOutDestUnreachs 18
  IcmpMsgOutType3 18
