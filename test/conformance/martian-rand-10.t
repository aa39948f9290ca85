Random differential scenario (seed 10): martian sources and destinations on the wire. Host a (lo down, so loopback destinations leave by its default route too) sends datagrams built by hand (socat IP-SENDTO protocol 255) with spoofed sources (loopback, zero net, multicast, broadcasts, class E, link-local, r's own addresses, b's address, an unrouted one) to odd destinations (r's addresses, b, broadcasts, loopback, multicast, zero net, class E, no route) through router r with random rp_filter, accept_local, route_localnet, bc_forwarding, icmp_echo_ignore_broadcasts and custom local routes; tcpdump -v on both sides (ids masked) and r's counters.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n r addr add 10.0.0.254/24 dev r0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0; ip -n r addr add 10.255.0.1/32 dev lo
  $ ip -n a route add default via 10.0.0.254; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip -n r neigh add 10.0.0.0 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 192.0.2.7 lladdr 02:00:00:00:00:01 dev r0
  $ ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.r1.route_localnet=1 net.ipv4.conf.r1.bc_forwarding=0 net.ipv4.conf.r0.src_valid_mark=0 net.ipv4.conf.all.accept_local=1 net.ipv4.icmp_echo_ignore_broadcasts=1
  net.ipv4.conf.all.rp_filter = 1
  net.ipv4.conf.r1.route_localnet = 1
  net.ipv4.conf.r1.bc_forwarding = 0
  net.ipv4.conf.r0.src_valid_mark = 0
  net.ipv4.conf.all.accept_local = 1
  net.ipv4.icmp_echo_ignore_broadcasts = 1
  $ ip -n r route add local 10.77.0.0/24 dev lo
  $ ip netns exec a tcpdump -l -n -t -v -i a0 > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 > b.txt 2>/dev/null & sleep 0.5

Datagram 1: icmp from 10.0.0.255 to 10.0.1.2.
  $ printf '\105\000\000\000\020\000\000\000\100\001\000\000\012\000\000\377\012\000\001\002\010\000\162\264\115\012\000\001\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 2: icmp from 10.0.0.255 to 10.0.0.255.
  $ printf '\105\000\000\000\020\001\000\000\100\001\000\000\012\000\000\377\012\000\000\377\010\000\162\263\115\012\000\002\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 44, 0, AF=2 10.0.0.255:0, 16): Permission denied

Datagram 3: icmp from 10.0.0.254 to 10.0.1.255.
  $ printf '\105\000\000\000\020\002\000\000\100\001\000\000\012\000\000\376\012\000\001\377\010\000\162\262\115\012\000\003\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 4: icmp from 10.0.0.255 to 10.0.0.254.
  $ printf '\105\000\000\000\020\003\000\000\100\001\000\000\012\000\000\377\012\000\000\376\010\000\162\261\115\012\000\004\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.254:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 5: udp from 0.1.2.3 to 10.0.1.255.
  $ printf '\105\000\000\000\020\004\000\000\100\021\000\000\000\001\002\003\012\000\001\377\234\104\000\011\000\021\152\024\155\141\162\164\151\141\156\060\064' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 6: icmp from 10.77.0.5 to 10.0.1.2.
  $ printf '\105\000\000\000\020\005\000\000\100\001\000\000\012\115\000\005\012\000\001\002\010\000\162\257\115\012\000\006\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  $ ip -n r route get 10.0.1.2 from 10.77.0.5 iif r0 2>&1
  RTNETLINK answers: Invalid argument
  [2]

Datagram 7: icmp from 10.0.1.254 to 255.255.255.255.
  $ printf '\105\000\000\000\020\006\000\000\100\001\000\000\012\000\001\376\377\377\377\377\010\000\162\256\115\012\000\007\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:255.255.255.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 44, 0, AF=2 255.255.255.255:0, 16): Permission denied

Datagram 8: udp from 0.1.2.3 to 127.0.0.1.
  $ printf '\105\000\000\000\020\007\000\000\100\021\000\000\000\001\002\003\177\000\000\001\234\107\000\011\000\021\364\016\155\141\162\164\151\141\156\060\067' > pkt; ip netns exec a socat -u - IP-SENDTO:127.0.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 9: icmp from 10.0.0.1 to 10.0.1.255.
  $ printf '\105\000\000\000\020\010\000\000\100\001\000\000\012\000\000\001\012\000\001\377\010\000\162\254\115\012\000\011\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 10: udp from 10.255.0.1 to 0.1.2.3.
  $ printf '\105\000\000\000\020\011\000\000\100\021\000\000\012\377\000\001\000\001\002\003\234\111\000\011\000\021\146\016\155\141\162\164\151\141\156\060\071' > pkt; ip netns exec a socat -u - IP-SENDTO:0.1.2.3:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 11: icmp from 0.1.2.3 to 10.0.0.255.
  $ printf '\105\000\000\000\020\012\000\000\100\001\000\000\000\001\002\003\012\000\000\377\010\000\162\252\115\012\000\013\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 44, 0, AF=2 10.0.0.255:0, 16): Permission denied
  $ ip -n r route get 10.0.0.255 from 0.1.2.3 iif r0 2>&1
  RTNETLINK answers: Invalid argument
  [2]

Datagram 12: udp from 192.0.2.7 to 10.255.0.1.
  $ printf '\105\000\000\000\020\013\000\000\100\021\000\000\300\000\002\007\012\377\000\001\234\113\000\011\000\021\256\007\155\141\162\164\151\141\156\061\061' > pkt; ip netns exec a socat -u - IP-SENDTO:10.255.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 13: icmp from 10.0.0.0 to 10.77.0.5.
  $ printf '\105\000\000\000\020\014\000\000\100\001\000\000\012\000\000\000\012\115\000\005\010\000\162\250\115\012\000\015\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017' > pkt; ip netns exec a socat -u - IP-SENDTO:10.77.0.5:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  $ ip -n r route get 10.77.0.5 from 10.0.0.0 iif r0 2>&1
  local 10.77.0.5 from 10.0.0.0 dev lo 
      cache <local> iif r0 

  $ sleep 0.3; kill %1 %2; wait; cat a.txt b.txt | sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/'
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.255 > 10.0.1.2: ICMP echo request, id X, seq 1, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.254 > 10.0.1.255: ICMP echo request, id X, seq 3, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.255 > 10.0.0.254: ICMP echo request, id X, seq 4, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      0.1.2.3.40004 > 10.0.1.255.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.77.0.5 > 10.0.1.2: ICMP echo request, id X, seq 6, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      0.1.2.3.40007 > 127.0.0.1.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 10.0.1.255: ICMP echo request, id X, seq 9, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      10.255.0.1.40009 > 0.1.2.3.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 37)
      192.0.2.7.40011 > 10.255.0.1.9: UDP, length 9
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.0 > 10.77.0.5: ICMP echo request, id X, seq 13, length 24
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.77.0.5 > 10.0.0.0: ICMP echo reply, id X, seq 13, length 24
  
  $ ip netns exec r nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 11
  IpInDelivers 4
  IpOutRequests 2
  IpOutTransmits 2
  IcmpInMsgs 4
  IcmpInErrors 3
  IcmpInDestUnreachs 1
  IcmpInEchos 3
  IcmpOutMsgs 2
  IcmpOutDestUnreachs 1
  IcmpOutEchoReps 1
  IcmpMsgInType3 1
  IcmpMsgInType8 3
  IcmpMsgOutType0 1
  IcmpMsgOutType3 1
  TcpExtIPReversePathFilter 3
  IpExtInNoRoutes 1
  IpExtInBcastPkts 2
  IpExtInBcastOctets 88
  IpExtInNoECTPkts 11
  $ ip -s -n r link show r0 | sed -n 4p; ip -n r route show cache
             552      10      0       0       0       0 
