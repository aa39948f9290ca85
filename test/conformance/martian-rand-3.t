Random differential scenario (seed 3): martian sources and destinations on the wire. Host a (lo down, so loopback destinations leave by its default route too) sends datagrams built by hand (socat IP-SENDTO protocol 255) with spoofed sources (loopback, zero net, multicast, broadcasts, class E, link-local, r's own addresses, b's address, an unrouted one) to odd destinations (r's addresses, b, broadcasts, loopback, multicast, zero net, class E, no route) through router r with random rp_filter, accept_local, route_localnet, bc_forwarding, icmp_echo_ignore_broadcasts and custom local routes; tcpdump -v on both sides (ids masked) and r's counters.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0; ip -n r addr add 10.255.0.1/32 dev lo
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip -n r neigh add 10.0.0.0 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 192.0.2.7 lladdr 02:00:00:00:00:01 dev r0
  $ ip netns exec r sysctl -w net.ipv4.icmp_echo_ignore_broadcasts=1 net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.r0.accept_local=0
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  net.ipv4.conf.all.bc_forwarding = 1
  net.ipv4.conf.r0.accept_local = 0
  $ ip netns exec a tcpdump -l -n -t -v -i a0 > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 > b.txt 2>/dev/null & sleep 0.5

Datagram 1: udp from 192.0.2.7 to 10.255.0.1.
  $ printf '\105\000\000\000\020\000\000\000\100\021\000\000\300\000\002\007\012\377\000\001\234\100\000\011\000\021\257\023\155\141\162\164\151\141\156\060\060' > pkt; ip netns exec a socat -u - IP-SENDTO:10.255.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 2: udp from 192.0.2.7 to 255.255.255.255.
  $ printf '\105\000\000\000\020\001\000\000\100\021\000\000\300\000\002\007\377\377\377\377\234\101\000\011\000\021\271\022\155\141\162\164\151\141\156\060\061' > pkt; ip netns exec a socat -u - IP-SENDTO:255.255.255.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 37, 0, AF=2 255.255.255.255:0, 16): Permission denied

Datagram 3: udp from 239.1.1.1 to 10.0.1.254.
  $ printf '\105\000\000\000\020\002\000\000\100\021\000\000\357\001\001\001\012\000\001\376\234\102\000\011\000\021\176\030\155\141\162\164\151\141\156\060\062' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 4: udp from 169.254.1.1 to 10.0.0.255.
  $ printf '\105\000\000\000\020\003\000\000\100\021\000\000\251\376\001\001\012\000\000\377\234\103\000\011\000\021\303\031\155\141\162\164\151\141\156\060\063' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 37, 0, AF=2 10.0.0.255:0, 16): Permission denied
  $ ip -n r route get 10.0.0.255 from 169.254.1.1 iif r0 2>&1
  broadcast 10.0.0.255 from 169.254.1.1 dev lo 
      cache <local,brd> iif r0 

Datagram 5: udp from 127.1.2.3 to 10.0.0.254.
  $ printf '\105\000\000\000\020\004\000\000\100\021\000\000\177\001\002\003\012\000\000\376\234\104\000\011\000\021\354\024\155\141\162\164\151\141\156\060\064' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  $ ip -n r route get 10.0.0.254 from 127.1.2.3 iif r0 2>&1
  RTNETLINK answers: Invalid argument
  [2]

Datagram 6: icmp from 0.0.0.0 to 0.1.2.3.
  $ printf '\105\000\000\000\020\005\000\000\100\001\000\000\000\000\000\000\000\001\002\003\010\000\162\266\115\003\000\006\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:0.1.2.3:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 7: icmp from 10.0.1.2 to 240.0.0.9.
  $ printf '\105\000\000\000\020\006\000\000\100\001\000\000\012\000\001\002\360\000\000\011\010\000\162\265\115\003\000\007\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:240.0.0.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 8: icmp from 10.77.0.5 to 10.0.1.255.
  $ printf '\105\000\000\000\020\007\000\000\100\001\000\000\012\115\000\005\012\000\001\377\010\000\162\264\115\003\000\010\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 9: icmp from 224.0.0.5 to 10.0.1.2.
  $ printf '\105\000\000\000\020\010\000\000\100\001\000\000\340\000\000\005\012\000\001\002\010\000\162\263\115\003\000\011\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 10: icmp from 10.0.0.254 to 0.0.0.0.
  $ printf '\105\000\000\000\020\011\000\000\100\001\000\000\012\000\000\376\000\000\000\000\010\000\162\262\115\003\000\012\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:0.0.0.0:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 11: udp from 10.0.1.254 to 10.0.0.255.
  $ printf '\105\000\000\000\020\012\000\000\100\021\000\000\012\000\001\376\012\000\000\377\234\112\000\011\000\021\145\023\155\141\162\164\151\141\156\061\060' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 37, 0, AF=2 10.0.0.255:0, 16): Permission denied

Datagram 12: udp from 10.77.0.5 to 127.0.0.1.
  $ printf '\105\000\000\000\020\013\000\000\100\021\000\000\012\115\000\005\177\000\000\001\234\113\000\011\000\021\361\273\155\141\162\164\151\141\156\061\061' > pkt; ip netns exec a socat -u - IP-SENDTO:127.0.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 13: icmp from 10.77.0.5 to 10.0.1.254.
  $ printf '\105\000\000\000\020\014\000\000\100\001\000\000\012\115\000\005\012\000\001\376\010\000\162\257\115\003\000\015\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 14: icmp from 0.0.0.0 to 0.1.2.3.
  $ printf '\105\000\000\000\020\015\000\000\100\001\000\000\000\000\000\000\000\001\002\003\010\000\162\256\115\003\000\016\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:0.1.2.3:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

  $ sleep 0.3; kill %1 %2; wait; cat a.txt b.txt | sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/'
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      192.0.2.7.40000 > 10.255.0.1.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      239.1.1.1.40002 > 10.0.1.254.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      127.1.2.3.40004 > 10.0.0.254.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 0.1.2.3: ICMP echo request, id X, seq 6, length 24
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP net 0.1.2.3 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 0.1.2.3: ICMP echo request, id X, seq 6, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.1.2 > 240.0.0.9: ICMP echo request, id X, seq 7, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.77.0.5 > 10.0.1.255: ICMP echo request, id X, seq 8, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      224.0.0.5 > 10.0.1.2: ICMP echo request, id X, seq 9, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      10.77.0.5.40011 > 127.0.0.1.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.77.0.5 > 10.0.1.254: ICMP echo request, id X, seq 13, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 0.1.2.3: ICMP echo request, id X, seq 14, length 24
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP net 0.1.2.3 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 0.1.2.3: ICMP echo request, id X, seq 14, length 24
  
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.1.254 > 10.0.1.2: ICMP net 240.0.0.9 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.1.2 > 240.0.0.9: ICMP echo request, id X, seq 7, length 24
  $ ip netns exec r nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 10
  IpInDelivers 3
  IpOutRequests 3
  IpOutTransmits 3
  IcmpInMsgs 2
  IcmpInErrors 1
  IcmpInEchos 2
  IcmpOutMsgs 3
  IcmpOutDestUnreachs 3
  IcmpMsgInType8 2
  IcmpMsgOutType3 3
  UdpNoPorts 1
  IpExtInNoRoutes 3
  IpExtInBcastPkts 1
  IpExtInBcastOctets 44
  IpExtInNoECTPkts 10
  $ ip -s -n r link show r0 | sed -n 4p; ip -n r route show cache
             552      10      0       0       0       0 
