Random differential scenario (seed 67): which ICMP errors and replies a router r and a host b send, and from which source address, for datagrams built by hand (socat IP-SENDTO protocol 255) from host a: random addressing of r's inbound interface (secondaries, another subnet, unnumbered), route prefsrc, icmp_errors_use_inbound_ifaddr and the other icmp knobs, unreachable route types, REJECT rules; errors that must not be sent (for ICMP errors, non-first fragments, broadcast and multicast destinations); tcpdump -v on a's side and nstat of r and b.

  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in 'a a0' 'b b0' 'a lo' 'b lo' 'r lo' 'r r0' 'r r1'; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0; ip -n a addr add 10.7.7.7/32 dev a0; ip -n r addr add 10.0.1.254/24 dev r1; ip -n b addr add 10.0.1.2/24 dev b0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n a route add default via 10.0.0.254 src 10.0.0.1; ip -n b route add default via 10.0.1.254; ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add 10.7.7.0/24 via 10.0.0.1 dev r0 onlink
  $ ip -n a neigh add 10.0.0.254 lladdr 02:00:00:00:01:01 dev a0; ip -n r neigh add 10.0.0.1 lladdr 02:00:00:00:00:01 dev r0; ip -n r neigh add 10.0.1.2 lladdr 02:00:00:00:00:02 dev r1; ip -n b neigh add 10.0.1.254 lladdr 02:00:00:00:01:02 dev b0
  $ ip -n r route replace 10.0.0.0/24 dev r0 src 10.0.0.254
  $ for n in r b; do ip netns exec $n sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv4.icmp_ratemask=0 net.ipv4.icmp_msgs_per_sec=100000; done
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ignore_bogus_error_responses=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_enable_probe=0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.bc_forwarding=0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.accept_local=0
  $ ip netns exec r iptables -A FORWARD -p 99 -j REJECT --reject-with icmp-host-unreachable; ip netns exec r iptables -A INPUT -p udp --dport 7 -j REJECT --reject-with icmp-host-unreachable
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=0 net.ipv4.icmp_echo_ignore_broadcasts=1
  $ ip netns exec a tcpdump -l -n -t -v -i a0 not arp > a.txt 2>/dev/null & ip netns exec b tcpdump -l -n -t -v -i b0 not arp > b.txt 2>/dev/null & sleep 0.5

Datagram 1: icmperr from 10.0.0.1 to 10.0.1.2, ttl 1, later fragment.
  $ printf '\105\000\000\000\044\060\040\004\001\001\000\000\012\000\000\001\012\000\001\002\014\000\321\116\000\000\000\000\105\000\000\044\021\021\000\000\100\021\124\266\012\000\001\002\012\000\000\001\202\170\240\050\000\020\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 2: icmperr from 10.0.0.1 to 224.0.0.9, ttl 2, tos 0x10, later fragment.
  $ printf '\105\020\000\000\044\061\040\004\002\001\000\000\012\000\000\001\340\000\000\011\003\001\332\114\000\000\000\000\105\000\000\044\021\021\000\000\100\021\177\256\340\000\000\011\012\000\000\001\202\170\240\051\000\020\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:224.0.0.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 3: icmpts from 10.7.7.7 to 10.0.1.2, ttl 64.
  $ printf '\110\000\000\000\044\062\000\000\100\001\000\000\012\007\007\007\012\000\001\002\104\014\005\001\000\000\000\000\000\000\000\000\015\000\253\321\103\103\000\003\000\000\003\350\000\000\000\000\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 4: icmpinfo from 10.0.0.1 to 10.0.1.2, ttl 64, tos 0x10, later fragment.
  $ printf '\110\020\000\000\044\063\040\004\100\001\000\000\012\000\000\001\012\000\001\002\007\013\004\000\000\000\000\000\000\000\000\000\017\000\255\270\103\103\000\004' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 5: probe from 10.0.0.1 to 10.0.1.2, ttl 1.
  $ printf '\105\000\000\000\044\064\000\000\001\001\000\000\012\000\000\001\012\000\001\002\052\000\215\274\103\103\005\000\040\000\313\361\000\014\003\003\000\001\005\000\012\000\001\376' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 6: udp7 from 10.0.0.1 to 10.0.1.2, ttl 1, tos 0x10.
  $ printf '\105\020\000\000\044\065\000\000\001\021\000\000\012\000\000\001\012\000\001\002\240\055\000\007\000\010\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.1.2:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 7: probe from 10.0.0.1 to 224.0.0.9, ttl 64.
  $ printf '\110\000\000\000\044\066\000\000\100\001\000\000\012\000\000\001\340\000\000\011\007\013\004\000\000\000\000\000\000\000\000\000\052\000\213\274\103\103\007\000\040\000\314\361\000\014\003\003\000\001\004\000\012\000\001\376' > pkt; ip netns exec a socat -u - IP-SENDTO:224.0.0.9:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 8: icmpts from 10.0.0.1 to 10.8.2.1, ttl 64, tos 0xb8.
  $ printf '\106\270\000\000\044\067\000\000\100\001\000\000\012\000\000\001\012\010\002\001\224\004\000\000\015\000\253\314\103\103\000\010\000\000\003\350\000\000\000\000\000\000\000\000' > pkt; ip netns exec a socat -u - IP-SENDTO:10.8.2.1:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2

Datagram 9: probe from 10.7.7.7 to 10.0.0.255, ttl 2.
  $ printf '\105\000\000\000\044\070\000\000\002\001\000\000\012\007\007\007\012\000\000\377\052\000\211\274\103\103\011\000\040\000\334\364\000\010\003\002\000\000\000\001' > pkt; ip netns exec a socat -u - IP-SENDTO:10.0.0.255:255 < pkt 2>&1 | sed 's/.*socat\[[0-9]*\] //;s/0x[0-9a-f]*/0xX/'; sleep 0.2
  E sendto(5, 0xX, 40, 0, AF=2 10.0.0.255:0, 16): Permission denied
  $ sleep 0.3; kill %1 %2; wait; for f in a b; do echo $f:; sed -E 's/id [0-9]+,/id X,/; s/[0-9]+@/T@/g; s/(recv|xmit) [0-9:.]+/\1 T/g; s/(org|rx|tx) [0-9]+/\1 T/g; s/bad cksum [0-9a-f]+ \(->[0-9a-f]+\)/bad cksum/' $f.txt; done
  a:
  IP (tos 0x0, ttl 1, id X, offset 32, flags [+], proto ICMP (1), length 56)
      10.0.0.1 > 10.0.1.2: ip-proto-1
  IP (tos 0x10, ttl 2, id X, offset 32, flags [+], proto ICMP (1), length 56)
      10.0.0.1 > 224.0.0.9: ip-proto-1
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR ^ T@0.0.0.0}))
      10.7.7.7 > 10.0.1.2: ICMP time stamp query id 17219 seq 3, length 20
  IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR T@10.0.0.254 ^  [2 hops not recorded]} ))
      10.0.1.2 > 10.7.7.7: ICMP time stamp reply id 17219 seq 3: org T:00:01.000, recv T, xmit T, length 20
  IP (tos 0x10, ttl 64, id X, offset 32, flags [+], proto ICMP (1), length 40, options (RR 0.0.0.0 0.0.0.0,EOL))
      10.0.0.1 > 10.0.1.2: ip-proto-1
  IP (tos 0x0, ttl 1, id X, offset 0, flags [none], proto ICMP (1), length 44)
      10.0.0.1 > 10.0.1.2: ICMP type-#42, length 24
  IP (tos 0x10, ttl 1, id X, offset 0, flags [none], proto UDP (17), length 28)
      10.0.0.1.41005 > 10.0.1.2.7: UDP, length 0
  IP (tos 0xd0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 56)
      10.0.0.254 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x10, ttl 1, id X, offset 0, flags [none], proto UDP (17), length 28)
      10.0.0.1.41005 > 10.0.1.2.7: UDP, length 0
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 56, options (RR 0.0.0.0 0.0.0.0,EOL))
      10.0.0.1 > 224.0.0.9: ICMP type-#42, length 24
  IP (tos 0xb8, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44, options (RA))
      10.0.0.1 > 10.8.2.1: ICMP time stamp query id 17219 seq 8, length 20
  IP (tos 0xd8, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 72)
      10.0.0.254 > 10.0.0.1: ICMP net 10.8.2.1 unreachable, length 52
  	IP (tos 0xb8, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 44, options (RA))
      10.0.0.1 > 10.8.2.1: ICMP time stamp query id 17219 seq 8, length 20
  
  b:
  IP (tos 0x0, ttl 63, id X, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR T@10.0.0.254 ^ }))
      10.7.7.7 > 10.0.1.2: ICMP time stamp query id 17219 seq 3, length 20
  IP (tos 0x0, ttl 64, id X, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR T@10.0.0.254 ^  [1 hops not recorded]} ))
      10.0.1.2 > 10.7.7.7: ICMP time stamp reply id 17219 seq 3: org T:00:01.000, recv T, xmit T, length 20
  IP (tos 0x10, ttl 63, id X, offset 32, flags [+], proto ICMP (1), length 40, options (RR 10.0.1.254, 0.0.0.0,EOL))
      10.0.0.1 > 10.0.1.2: ip-proto-1
  $ ip netns exec r nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 9
  IpInHdrErrors 3
  IpForwDatagrams 3
  IpOutRequests 2
  IpOutTransmits 5
  IcmpOutMsgs 2
  IcmpOutDestUnreachs 1
  IcmpOutTimeExcds 1
  IcmpMsgOutType3 1
  IcmpMsgOutType11 1
  IpExtInNoRoutes 1
  IpExtInNoECTPkts 9
  $ ip netns exec b nstat -a | grep -v '^#\|IpExtInOctets\|IpExtOutOctets' | awk '{print $1, $2}'
  IpInReceives 2
  IpInDelivers 1
  IpOutRequests 1
  IpReasmReqds 1
  IpOutTransmits 1
  IcmpInMsgs 1
  IcmpInTimestamps 1
  IcmpOutMsgs 1
  IcmpOutEchoReps 1
  IcmpMsgInType13 1
  IcmpMsgOutType0 1
  IpExtInNoECTPkts 2
