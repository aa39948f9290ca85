ICMP errors and replies built for packets that carry IP options (built by hand, socat IP-SENDTO protocol 255): icmp_send() and icmp_reply() echo the options (ip_options_echo(): a record route with its recorded hops and room for the sender, a timestamp with its entries), so the port unreachable for UDP to a closed port and the reply to an echo carry them (tcpdump -v on the sender); a full record route or timestamp is copied as it is.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a tcpdump -n -l -v -i a0 'icmp or udp' > t1 2> /dev/null & sleep 1
  $ printf '\117\000\000\110\007\000\000\000\100\021\112\174\012\000\000\001\012\000\000\002\007\047\004\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\021\114\252\012\000\000\001\012\000\000\002\007\013\010\012\000\000\001\000\000\000\000\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\021\101\240\012\000\000\001\012\000\000\002\007\013\014\012\000\000\001\012\000\000\007\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\021\023\263\012\000\000\001\012\000\000\002\104\014\005\000\000\000\000\000\000\000\000\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\112\000\000\064\007\000\000\000\100\021\021\242\012\000\000\001\012\000\000\002\104\024\005\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\021\011\256\012\000\000\001\012\000\000\002\104\014\005\003\012\000\000\002\000\000\000\000\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\021\013\260\012\000\000\001\012\000\000\002\104\014\015\000\000\000\000\001\000\000\000\002\017\240\000\011\000\014\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\117\000\000\110\007\000\000\000\100\001\112\214\012\000\000\001\012\000\000\002\007\047\004\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\010\000\005\055\000\067\000\001\170\171\172\041' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\001\114\272\012\000\000\001\012\000\000\002\007\013\010\012\000\000\001\000\000\000\000\000\010\000\005\055\000\067\000\001\170\171\172\041' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\110\000\000\054\007\000\000\000\100\001\023\303\012\000\000\001\012\000\000\002\104\014\005\000\000\000\000\000\000\000\000\000\010\000\005\055\000\067\000\001\170\171\172\041' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ printf '\112\000\000\064\007\000\000\000\100\001\021\262\012\000\000\001\012\000\000\002\104\024\005\001\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\010\000\005\055\000\067\000\001\170\171\172\041' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:255
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //; s/ [0-9]+@/ T@/g; s/cksum [0-9a-f]+ \(->[0-9a-f]+\)!/cksum X!/' t1
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 72, options (RR 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 140, options (RR 10.0.0.2, 10.0.0.2, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 80
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 72, options (RR 10.0.0.2, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (RR 10.0.0.1, 0.0.0.0,EOL))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84, options (RR 10.0.0.1, 10.0.0.2,,EOL))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (RR 10.0.0.1, 10.0.0.2,,EOL), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (RR 10.0.0.1, 10.0.0.7,,EOL))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84, options (RR 10.0.0.1, 10.0.0.7,,EOL))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (RR 10.0.0.1, 10.0.0.7,,EOL))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY ^ T@ T@}))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84, options (timestamp TS{TSONLY T@ T@ ^ }))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY T@ ^ T@}), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 52, options (timestamp TS{TS+ADDR ^ T@0.0.0.0 T@0.0.0.0}))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 100, options (timestamp TS{TS+ADDR T@10.0.0.2 T@10.0.0.2 ^ }))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 60
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 52, options (timestamp TS{TS+ADDR T@10.0.0.2 ^ T@0.0.0.0}), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{PRESPEC ^ T@10.0.0.2}))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84, options (timestamp TS{PRESPEC T@10.0.0.2 ^ }))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{PRESPEC T@10.0.0.2 ^ }), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY T@ T@ ^ }))
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0xc0, ttl 64, offset 0, flags [none], proto ICMP (1), length 84, options (timestamp TS{TSONLY T@ T@ ^  [1 hops not recorded]} ))
      10.0.0.2 > 10.0.0.1: ICMP 10.0.0.2 udp port 9 unreachable, length 52
  	IP (tos 0x0, ttl 64, offset 0, flags [none], proto UDP (17), length 44, options (timestamp TS{TSONLY T@ T@ ^  [1 hops not recorded]} ), bad cksum X!)
      10.0.0.1.4000 > 10.0.0.2.9: UDP, length 4
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 72, options (RR 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 72, options (RR 10.0.0.2, 10.0.0.2, 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0 0.0.0.0,EOL))
      10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 44, options (RR 10.0.0.1, 0.0.0.0,EOL))
      10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 44, options (RR 10.0.0.1, 10.0.0.2,,EOL))
      10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 44, options (timestamp TS{TSONLY ^ T@ T@}))
      10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 44, options (timestamp TS{TSONLY T@ T@ ^ }))
      10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR ^ T@0.0.0.0 T@0.0.0.0}))
      10.0.0.1 > 10.0.0.2: ICMP echo request, seq 1, length 12
  IP (tos 0x0, ttl 64, offset 0, flags [none], proto ICMP (1), length 52, options (timestamp TS{TS+ADDR T@10.0.0.2 T@10.0.0.2 ^ }))
      10.0.0.2 > 10.0.0.1: ICMP echo reply, seq 1, length 12
  $ ip netns exec b nstat -as | grep -E '^(Icmp|IpInHdr|Udp)'
  IcmpInMsgs                      4                  0.0
  IcmpInEchos                     4                  0.0
  IcmpOutMsgs                     11                 0.0
  IcmpOutDestUnreachs             7                  0.0
  IcmpOutEchoReps                 4                  0.0
  IcmpMsgInType8                  4                  0.0
  IcmpMsgOutType0                 4                  0.0
  IcmpMsgOutType3                 7                  0.0
  UdpNoPorts                      7                  0.0
