tcpdump -v, -vv and -vvv of ICMP errors built by hand (socat IP-SENDTO protocol 1) quoting datagrams of every kind: 8 bytes of TCP (ports, then the header cut short), UDP, an unknown protocol, an echo, IGMP, IP options, fragments (MF, an offset), a bad header checksum, a quote shorter than an IP header, a total length of 20, a TOS and TTL, a redirect and a parameter problem quoting TCP and options, a port unreachable quoting 4 or 6 bytes of UDP, TCP and UDP quoted with 4 and 2 bytes (nd_print_trunc()'s ' [|tcp]' after the ports' ': ').
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -n -l -i a0 icmp > t0 2> /dev/null & ip netns exec a tcpdump -n -l -v -i a0 icmp > t1 2> /dev/null & ip netns exec a tcpdump -n -l -vv -i a0 icmp > t2 2> /dev/null & ip netns exec a tcpdump -n -l -vvv -i a0 icmp > t3 2> /dev/null & sleep 1
  $ printf '\013\000\254\141\000\000\000\000\105\000\000\074\006\006\100\000\100\006\027\244\012\000\000\001\012\011\011\011\003\350\000\120\021\042\063\104' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\264\136\000\000\000\000\105\000\000\074\006\006\100\000\100\006\027\244\012\000\000\001\012\011\011\011\003\350\000\120\021\042\063\104' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\166\121\000\000\000\000\105\000\000\074\006\006\100\000\100\021\027\231\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\002\153\150\000\000\000\000\105\000\000\074\006\006\100\000\100\143\027\107\012\000\000\001\012\011\011\011\141\142\143\144\145\146\147\150' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\074\006\006\100\000\100\001\027\251\012\000\000\001\012\011\011\011\010\000\367\255\000\115\000\005' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\367\000\000\000\000\105\000\000\074\006\006\100\000\100\002\027\250\012\000\000\001\012\011\011\011\026\000\372\004\357\001\001\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\156\124\000\000\000\000\107\000\000\104\006\006\100\000\100\021\012\212\012\000\000\001\012\011\011\011\007\007\004\000\000\000\000\000\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\001\156\123\000\000\000\000\105\000\000\074\006\006\040\020\100\021\067\211\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\156\124\000\000\000\000\105\000\000\074\006\006\000\271\100\021\126\340\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\207\144\000\000\000\000\105\000\000\074\006\006\100\000\100\021\006\210\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\032\022\000\000\000\000\105\000\000\064\006\006\100\000\100\021\027\241' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\166\123\000\000\000\000\105\000\000\024\006\006\100\000\100\021\027\301\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\004\160\330\000\000\005\170\105\271\000\074\006\006\100\000\003\021\123\340\012\000\000\001\012\011\011\011\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\250\135\012\000\000\003\105\000\000\074\006\006\100\000\100\006\027\244\012\000\000\001\012\011\011\011\003\350\000\120\021\042\063\104' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\000\131\124\024\000\000\000\106\000\000\100\006\006\100\000\100\021\315\220\012\000\000\001\012\011\011\011\104\004\005\000\003\351\202\232\000\050\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\370\336\000\000\000\000\105\000\000\070\006\006\100\000\100\021\027\235\012\000\000\001\012\011\011\011\003\351\000\065' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\370\266\000\000\000\000\105\000\000\072\006\006\100\000\100\021\027\233\012\000\000\001\012\011\011\011\003\351\000\065\000\050' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\360\307\000\000\000\000\105\000\000\070\006\006\100\000\100\006\027\250\012\000\000\001\012\011\011\011\003\350\000\120' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\361\027\000\000\000\000\105\000\000\066\006\006\100\000\100\006\027\252\012\000\000\001\012\011\011\011\003\350' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\361\026\000\000\000\000\105\000\000\066\006\006\100\000\100\021\027\237\012\000\000\001\012\011\011\011\003\351' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.5; kill %1 %2 %3 %4; wait
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t0
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 tcp port 80 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 99 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 44
  IP 10.0.0.2 > 10.0.0.1: ICMP ip reassembly time exceeded, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1:  [|icmp]
  IP 10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - need to frag (mtu 1400), length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to host 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 20, length 40
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 32
  IP 10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 34
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 32
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 tcp port 80 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 99 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto unknown (99), length 60)
      10.0.0.1 > 10.9.9.9:  ip-proto-99 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.1 > 10.9.9.9: ICMP echo request, seq 5, length 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto IGMP (2), length 60)
      10.0.0.1 > 10.9.9.9: igmp v2 report 239.1.1.1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 64)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 44
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 68, options (RR 0.0.0.0,EOL))
      10.0.0.1.1001 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP ip reassembly time exceeded, length 36
  	IP (tos 0x0, ttl 64, offset 128, flags [+], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 1480, flags [none], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60, bad cksum 688 (->1799)!)
      10.0.0.1.1001 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 40)
      10.0.0.2 > 10.0.0.1:  [|icmp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 20)
      10.0.0.1 > 10.9.9.9:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - need to frag (mtu 1400), length 36
  	IP (tos 0xb9,ECT(1), ttl 3, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to host 10.0.0.3, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 20, length 40
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 64, options (timestamp TS{TSONLY ^ }))
      10.0.0.1.1001 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 56)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 54)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 34
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 58)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 56)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 54)
      10.0.0.1 > 10.9.9.9: [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 54)
      10.0.0.1 > 10.9.9.9:  [|udp]
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t2
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 tcp port 80 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 99 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto unknown (99), length 60)
      10.0.0.1 > 10.9.9.9:  ip-proto-99 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.1 > 10.9.9.9: ICMP echo request, seq 5, length 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto IGMP (2), length 60)
      10.0.0.1 > 10.9.9.9: igmp v2 report 239.1.1.1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 64)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 44
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 68, options (RR 0.0.0.0,EOL))
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP ip reassembly time exceeded, length 36
  	IP (tos 0x0, ttl 64, offset 128, flags [+], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 1480, flags [none], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60, bad cksum 688 (->1799)!)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 40)
      10.0.0.2 > 10.0.0.1:  [|icmp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 20)
      10.0.0.1 > 10.9.9.9:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - need to frag (mtu 1400), length 36
  	IP (tos 0xb9,ECT(1), ttl 3, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to host 10.0.0.3, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 20, length 40
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 64, options (timestamp TS{TSONLY ^ }))
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 56)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 54)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 34
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 58)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 56)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 54)
      10.0.0.1 > 10.9.9.9: [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 54)
      10.0.0.1 > 10.9.9.9:  [|udp]
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t3
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 tcp port 80 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 protocol 99 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto unknown (99), length 60)
      10.0.0.1 > 10.9.9.9:  ip-proto-99 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.1 > 10.9.9.9: ICMP echo request, seq 5, length 40
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto IGMP (2), length 60)
      10.0.0.1 > 10.9.9.9: igmp v2 report 239.1.1.1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 64)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 44
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 68, options (RR 0.0.0.0,EOL))
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP ip reassembly time exceeded, length 36
  	IP (tos 0x0, ttl 64, offset 128, flags [+], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  	IP (tos 0x0, ttl 64, offset 1480, flags [none], proto UDP (17), length 60)
      10.0.0.1 > 10.9.9.9: ip-proto-17
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 60, bad cksum 688 (->1799)!)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 40)
      10.0.0.2 > 10.0.0.1:  [|icmp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 20)
      10.0.0.1 > 10.9.9.9:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 unreachable - need to frag (mtu 1400), length 36
  	IP (tos 0xb9,ECT(1), ttl 3, offset 0, flags [DF], proto UDP (17), length 60)
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 56)
      10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to host 10.0.0.3, length 36
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 60)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 60)
      10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 20, length 40
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 64, options (timestamp TS{TSONLY ^ }))
      10.0.0.1.1001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 56)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 54)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 53 unreachable, length 34
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 58)
      10.0.0.1.1001 > 10.9.9.9.53:  [|udp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 52)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 32
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 56)
      10.0.0.1.1000 > 10.9.9.9.80:  [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto TCP (6), length 54)
      10.0.0.1 > 10.9.9.9: [|tcp]
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 50)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 30
  	IP (tos 0x0, ttl 64, offset 0, flags [DF], proto UDP (17), length 54)
      10.0.0.1 > 10.9.9.9:  [|udp]
