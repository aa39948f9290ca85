ICMP queries to a router built by hand (socat IP-SENDTO protocol 1): RFC 8335 PROBE of the router's interfaces by name, index and address, sent to its near and far addresses (icmp_echo_enable_probe on the router only), a PROBE and a timestamp request to b through the router (answered by b under its own knobs), tcpdump -x past the IP header's first 16 bytes on a, and the counters of router and b (replies count as type 0).
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for x in "a a0" "b b0" "r r0" "r r1" "a lo" "b lo" "r lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_echo_enable_probe=1
  $ ip netns exec a tcpdump -n -l -x -i a0 icmp > td 2> /dev/null & sleep 1
  $ printf '\052\000\324\207\000\167\001\001\040\000\152\305\000\010\003\001\162\061\000\000' | ip netns exec a socat -u - IP-SENDTO:10.1.0.1:1
  $ printf '\052\000\323\207\000\167\002\001\040\000\152\306\000\010\003\001\162\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.1:1
  $ printf '\052\000\322\207\000\167\003\001\040\000\316\354\000\014\003\003\000\001\004\000\012\002\000\001' | ip netns exec a socat -u - IP-SENDTO:10.1.0.1:1
  $ printf '\052\000\321\207\000\167\004\001\040\000\316\353\000\014\003\003\000\001\004\000\012\002\000\002' | ip netns exec a socat -u - IP-SENDTO:10.1.0.1:1
  $ printf '\052\000\320\207\000\167\005\001\040\000\334\364\000\010\003\002\000\000\000\001' | ip netns exec a socat -u - IP-SENDTO:10.2.0.1:1
  $ printf '\052\000\317\207\000\167\006\001\040\000\152\305\000\010\003\001\162\061\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:1
  $ printf '\015\000\356\237\000\167\000\001\000\000\003\350\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.1.0.1:1
  $ printf '\015\000\356\236\000\167\000\002\000\000\003\350\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.1:1
  $ printf '\015\000\356\235\000\167\000\003\000\000\003\350\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:1
  $ ip -n r link set r1 down
  $ printf '\052\000\316\207\000\167\007\001\040\000\152\305\000\010\003\001\162\061\000\000' | ip netns exec a socat -u - IP-SENDTO:10.1.0.1:1
  $ sleep 0.5; kill %1; wait
  $ sed -E 's/^[0-9:.]+ //; s/(org|recv|xmit) [0-9:.]+/\1 T/g' td | grep -v -e 0x0000 -e 0x0020 -e ' 0d00 ' -e ' 0e00 '
  IP 10.1.0.2 > 10.1.0.1: ICMP type-#42, length 20
  	0x0010:  0a01 0001 2a00 d487 0077 0101 2000 6ac5
  IP 10.1.0.1 > 10.1.0.2: ICMP type-#43, length 20
  	0x0010:  0a01 0002 2b00 d382 0077 0106 2000 6ac5
  IP 10.1.0.2 > 10.2.0.1: ICMP type-#42, length 20
  	0x0010:  0a02 0001 2a00 d387 0077 0201 2000 6ac6
  IP 10.2.0.1 > 10.1.0.2: ICMP type-#43, length 20
  	0x0010:  0a01 0002 2b00 d282 0077 0206 2000 6ac6
  IP 10.1.0.2 > 10.1.0.1: ICMP type-#42, length 24
  	0x0010:  0a01 0001 2a00 d287 0077 0301 2000 ceec
  IP 10.1.0.1 > 10.1.0.2: ICMP type-#43, length 24
  	0x0010:  0a01 0002 2b00 d182 0077 0306 2000 ceec
  IP 10.1.0.2 > 10.1.0.1: ICMP type-#42, length 24
  	0x0010:  0a01 0001 2a00 d187 0077 0401 2000 ceeb
  IP 10.1.0.1 > 10.1.0.2: ICMP type-#43, length 24
  	0x0010:  0a01 0002 2b02 d086 0077 0400 2000 ceeb
  IP 10.1.0.2 > 10.2.0.1: ICMP type-#42, length 20
  	0x0010:  0a02 0001 2a00 d087 0077 0501 2000 dcf4
  IP 10.2.0.1 > 10.1.0.2: ICMP type-#43, length 20
  	0x0010:  0a01 0002 2b00 cf82 0077 0506 2000 dcf4
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#42, length 20
  	0x0010:  0a02 0002 2a00 cf87 0077 0601 2000 6ac5
  IP 10.1.0.2 > 10.1.0.1: ICMP time stamp query id 119 seq 1, length 20
  IP 10.1.0.1 > 10.1.0.2: ICMP time stamp reply id 119 seq 1: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.1: ICMP time stamp query id 119 seq 2, length 20
  IP 10.2.0.1 > 10.1.0.2: ICMP time stamp reply id 119 seq 2: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp query id 119 seq 3, length 20
  IP 10.2.0.2 > 10.1.0.2: ICMP time stamp reply id 119 seq 3: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.1.0.1: ICMP type-#42, length 20
  	0x0010:  0a01 0001 2a00 ce87 0077 0701 2000 6ac5
  IP 10.1.0.1 > 10.1.0.2: ICMP type-#43, length 20
  	0x0010:  0a01 0002 2b00 cd86 0077 0702 2000 6ac5
  $ ip netns exec r nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      8                  0.0
  IcmpInTimestamps                2                  0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutEchoReps                 8                  0.0
  IcmpMsgInType13                 2                  0.0
  IcmpMsgInType42                 6                  0.0
  IcmpMsgOutType0                 8                  0.0
  $ ip netns exec b nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      2                  0.0
  IcmpInTimestamps                1                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchoReps                 1                  0.0
  IcmpMsgInType13                 1                  0.0
  IcmpMsgInType42                 1                  0.0
  IcmpMsgOutType0                 1                  0.0
