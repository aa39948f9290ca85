Random differential scenario (seed 20): which ICMP errors and replies a router r and a host b send, and from which source address, for datagrams built by hand (socat IP-SENDTO protocol 255) from host a: random addressing of r's inbound interface (secondaries, another subnet, unnumbered), route prefsrc, icmp_errors_use_inbound_ifaddr and the other icmp knobs, unreachable route types, REJECT rules; errors that must not be sent (for ICMP errors, non-first fragments, broadcast and multicast destinations); tcpdump -v on a's side and nstat of r and b.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.7.7.7/32 dev a0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n r addr add 10.0.0.254/32 dev lo; ip -n r route add 10.0.0.0/24 dev r0
  $ ip -n a route add default via 10.0.0.254 src 10.0.0.1; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.7.7.0/24 via 10.0.0.1 dev r0 onlink
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0 net.ipv4.icmp_msgs_per_sec=100000; done
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ignore_bogus_error_responses=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_all=0
  $ ip netns exec r iptables -A FORWARD -p 99 -j REJECT --reject-with icmp-proto-unreachable; ip netns exec r iptables -A INPUT -p udp --dport 7 -j REJECT --reject-with icmp-proto-unreachable
  $ ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & sleep 0.5

Datagram 1: p99 from 10.0.0.1 to 10.0.1.254, ttl 64, tos 0x10, first fragment.
  $ printf '\105\020\000\000\041\100\040\000\100\143\000\000\012\000\000\001\012\000\001\376\000\005\012\017\024\031\036\043\050\055\062\067\074\101\106\113\000\000\000\000\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.254:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 2: p99 from 10.0.0.1 to 172.16.5.1, ttl 2, later fragment.
  $ printf '\105\000\000\000\041\101\040\004\002\143\000\000\012\000\000\001\254\020\005\001\001\006\013\020\025\032\037\044\051\056\063\070\075\102\107\114\000\000\000\000\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:172.16.5.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 3: icmperr from 10.0.0.1 to 255.255.255.255, ttl 1, tos 0x10.
  $ printf '\105\020\000\000\041\102\000\000\001\001\000\000\012\000\000\001\377\377\377\377\003\003\332\111\000\000\000\000\105\000\000\044\021\021\000\000\100\021\137\270\377\377\377\377\012\000\000\001\202\170\240\052\000\020\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:255.255.255.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 56, 0, AF=2 255.255.255.255:0, 16): Permission denied

Datagram 4: udp from 10.0.0.1 to 10.9.9.9, ttl 64.
  $ printf '\105\000\000\000\041\103\000\000\100\021\000\000\012\000\000\001\012\011\011\011\240\053\202\173\000\030\000\000\003\010\015\022\027\034\041\046\053\060\065\072\077\104\111\116' > pkt; ip netns exec a socat -u - IP-SENDTO:10.9.9.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 5: icmpunk from 10.0.0.1 to 10.8.1.1, ttl 64, tos 0xb8.
  $ printf '\105\270\000\000\041\104\000\000\100\001\000\000\012\000\000\001\012\010\001\001\052\000\222\267\103\103\000\005' > pkt; ip netns exec a socat -u - IP-SENDTO:10.8.1.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 6: udp from 10.0.0.1 to 10.8.0.1, ttl 1.
  $ printf '\105\000\000\000\041\105\000\000\001\021\000\000\012\000\000\001\012\010\000\001\240\055\202\175\000\010\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.8.0.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  $ sleep 0.3; kill %1; wait; sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/(recv|xmit) [0-9:.]+/\1 T/g; s/(org|rx|tx) [0-9]+/\1 T/g' a.txt
  IP (tos 0x10, ttl 64, id X, offset 0, flags [+], proto unknown (99), length 44)
      10.0.0.1 > 10.0.1.254:  ip-proto-99 24
  IP (tos 0x0, ttl 2, id X, offset 32, flags [+], proto unknown (99), length 44)
      10.0.0.1 > 172.16.5.1: ip-proto-99
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44)
      10.0.0.1.41003 > 10.9.9.9.33403: UDP, length 16
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP net 10.9.9.9 unreachable, length 52
  	IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto UDP (17), length 44)
      10.0.0.1.41003 > 10.9.9.9.33403: UDP, length 16
  IP (tos 0xb8, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 28)
      10.0.0.1 > 10.8.1.1: ICMP type-#42, length 8
  IP (tos 0x0, ttl 1, id X, offset 0, flags [none], proto UDP (17), length 28)
      10.0.0.1.41005 > 10.8.0.1.33405: UDP, length 0
  IP (tos 0xc0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 56)
      10.0.0.254 > 10.0.0.1: ICMP net 10.8.0.1 unreachable, length 36
  	IP (tos 0x0, ttl 1, id X, offset 0, flags [none], proto UDP (17), length 28)
      10.0.0.1.41005 > 10.8.0.1.33405: UDP, length 0
  $ ip netns exec r nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 5
  IpOutRequests 2
  IpReasmReqds 1
  IpOutTransmits 2
  IcmpOutMsgs 2
  IcmpOutDestUnreachs 2
  IcmpMsgOutType3 2
  IpExtInNoRoutes 4
  IpExtInNoECTPkts 5
  $ ip netns exec b nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
