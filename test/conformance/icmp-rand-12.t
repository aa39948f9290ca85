Random differential scenario (seed 12): which ICMP errors and replies a router r and a host b send, and from which source address, for datagrams built by hand (socat IP-SENDTO protocol 255) from host a: random addressing of r's inbound interface (secondaries, another subnet, unnumbered), route prefsrc, icmp_errors_use_inbound_ifaddr and the other icmp knobs, unreachable route types, REJECT rules; errors that must not be sent (for ICMP errors, non-first fragments, broadcast and multicast destinations); tcpdump -v on a's side and nstat of r and b.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.7.7.7/32 dev a0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n r addr add 172.16.5.1/24 dev r0; ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n a route add default via 10.0.0.254 src 10.0.0.1; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.7.7.0/24 via 10.0.0.1 dev r0 onlink
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip -n r route replace 10.0.0.0/24 dev r0 src 10.0.0.254
  $ ip -n r route add unreachable 10.8.0.0/24; ip -n r route add prohibit 10.8.1.0/24; ip -n r route add blackhole 10.8.2.0/24
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0 net.ipv4.icmp_msgs_per_sec=100000; done
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.bc_forwarding=1
  $ ip netns exec r iptables -A FORWARD -p 99 -j REJECT --reject-with icmp-admin-prohibited; ip netns exec r iptables -A INPUT -p udp --dport 7 -j REJECT --reject-with icmp-admin-prohibited
  $ ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & sleep 0.5

Datagram 1: echo from 10.7.7.7 to 10.9.9.9, ttl 2, first fragment.
  $ printf '\105\000\000\000\040\300\040\000\002\001\000\000\012\007\007\007\012\011\011\011\010\000\233\172\103\103\000\001\000\005\012\017\024\031\036\043\050\055\062\067\074\101\106\113' > pkt; ip netns exec a socat -u - IP-SENDTO:10.9.9.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 2: p99 from 10.0.0.1 to 10.0.1.255, ttl 64, tos 0xb8.
  $ printf '\105\270\000\000\040\301\000\000\100\143\000\000\012\000\000\001\012\000\001\377\000\000\000\000\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 3: icmperr from 10.7.7.7 to 10.0.1.2, ttl 64, tos 0x10, later fragment.
  $ printf '\105\020\000\000\040\302\040\004\100\001\000\000\012\007\007\007\012\000\001\002\003\000\332\114\000\000\000\000\105\000\000\044\021\021\000\000\100\021\115\251\012\000\001\002\012\007\007\007\202\170\240\052\000\020\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 4: tcp from 10.0.0.1 to 10.9.9.9, ttl 64, tos 0x10.
  $ printf '\105\020\000\000\040\303\000\000\100\006\000\000\012\000\000\001\012\011\011\011\244\023\000\120\000\000\003\350\000\000\000\000\120\002\004\000\346\204\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.9.9.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 5: icmpmask from 10.7.7.7 to 10.8.2.1, ttl 64, later fragment.
  $ printf '\105\000\000\000\040\304\040\004\100\001\000\000\012\007\007\007\012\010\002\001\021\000\253\267\103\103\000\005\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.8.2.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 6: echo from 10.7.7.7 to 10.0.0.253, ttl 64, tos 0x10, first fragment.
  $ printf '\105\020\000\000\040\305\040\000\100\001\000\000\012\007\007\007\012\000\000\375\010\000\334\172\103\103\000\006\005\012\017\024\031\036\043\050\055\062\067\074\101\106\113\120\125\132\137\144\151\156\163\170\175\202\207\214\221\226\233\240\245\252\257\264\271\276\303\310' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.253:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 7: icmpinfo from 10.0.0.1 to 127.0.0.1, ttl 64, first fragment.
  $ printf '\105\000\000\000\040\306\040\000\100\001\000\000\012\000\000\001\177\000\000\001\017\000\255\265\103\103\000\007' > pkt; ip netns exec a socat -u - IP-SENDTO:127.0.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 8: probe from 10.0.0.1 to 10.0.1.2, ttl 2.
  $ printf '\105\000\000\000\040\307\000\000\002\001\000\000\012\000\000\001\012\000\001\002\052\000\212\274\103\103\010\000\040\000\152\305\000\010\003\001\162\061\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 9: echo from 10.0.0.1 to 10.0.0.255, ttl 64.
  $ printf '\105\000\000\000\040\310\000\000\100\001\000\000\012\000\000\001\012\000\000\377\010\000\133\062\103\103\000\011\010\015\022\027\034\041\046\053\060\065\072\077\104\111\116\123' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 44, 0, AF=2 10.0.0.255:0, 16): Permission denied
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/(recv|xmit) [0-9:.]+/\1 T/g; s/(org|rx|tx) [0-9]+/\1 T/g' a.txt
  IP (tos 0x0, ttl 2, id X, offset 0, flags [+], proto ICMP (1), length 44)
      10.7.7.7 > 10.9.9.9: ICMP echo request, id X, seq 1, length 24
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.7.7.7: ICMP net 10.9.9.9 unreachable, length 52
  	IP (tos 0x0, ttl 2, id X, offset 0, flags [+], proto ICMP (1), length 44)
      10.7.7.7 > 10.9.9.9: ICMP echo request, id X, seq 1, length 24
  IP (tos 0xb8, ttl 64, id X, offset 0, flags [none], proto unknown (99), length 28)
      10.0.0.1 > 10.0.1.255:  ip-proto-99 8
  IP (tos 0x10, ttl 64, id X, offset 32, flags [+], proto ICMP (1), length 56)
      10.7.7.7 > 10.0.1.2: ip-proto-1
  IP (tos 0x10, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 40)
      10.0.0.1.42003 > 10.9.9.9.80: Flags [S], cksum 0xe684 (correct), seq 1000, win 1024, length 0
  IP (tos 0xd0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 68)
      10.0.0.254 > 10.0.0.1: ICMP net 10.9.9.9 unreachable, length 48
  	IP (tos 0x10, ttl 64, id X, offset 0, flags [none], proto TCP (6), length 40)
      10.0.0.1.42003 > 10.9.9.9.80: Flags [S], cksum 0xe684 (correct), seq 1000, win 1024, length 0
  IP (tos 0x0, ttl 64, id X, offset 32, flags [+], proto ICMP (1), length 32)
      10.7.7.7 > 10.8.2.1: ip-proto-1
  IP (tos 0x0, ttl 2, id X, offset 0, flags [none], proto ICMP (1), length 40)
      10.0.0.1 > 10.0.1.2: ICMP type-#42, length 20
  $ ip netns exec r nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 6
  IpForwDatagrams 2
  IpInUnknownProtos 1
  IpOutRequests 2
  IpOutTransmits 4
  IcmpOutMsgs 2
  IcmpOutDestUnreachs 2
  IcmpMsgOutType3 2
  IpExtInNoRoutes 2
  IpExtInBcastPkts 1
  IpExtInBcastOctets 28
  IpExtInNoECTPkts 6
  $ ip netns exec b nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 2
  IpInDelivers 1
  IpReasmReqds 1
  IcmpInMsgs 1
  IcmpMsgInType42 1
  IpExtInNoECTPkts 2
