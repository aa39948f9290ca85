tcpdump -v and -vv of ICMP errors carrying RFC 4884 extensions (built by hand: the original datagram padded to 128 bytes, its length in 32-bit words in the header, then the extension header and objects): the multi-part extension decoded, MPLS label stacks, unknown objects, a bad checksum, version 1, no length attribute.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a tcpdump -n -l -v -i a0 icmp > t1 2> /dev/null & ip netns exec a tcpdump -n -l -vv -i a0 icmp > t2 2> /dev/null & sleep 1
  $ printf '\013\000\340\326\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\101\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\235\357\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\325\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\102\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\217\013\000\014\001\001\003\350\032\376\000\000\061\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\324\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\103\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\323\334\000\014\002\016\000\000\000\007\012\000\000\002' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\323\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\104\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\002\044\000\010\001\001\000\000\025\003\000\010\003\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\341\300\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\105\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\235\001\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\176\301\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\106\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\000\000\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\360\320\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\107\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\020\000\235\357\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\340\000\017\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\110\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\040\000\235\357\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\003\350\313\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\111\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\155\355\000\010\001\001\000\000\161\011' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\003\001\350\314\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\112\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\135\355\000\010\001\001\000\000\201\011' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\354\000\000\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\113\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\235\357\000\010\001\001\000\006\101\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\000\337\313\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\114\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\215\365\000\010\001\001\000\000\121\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\340\312\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\115\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\234\371\000\010\000\001\167\170\171\172\000\010\001\001\000\000\121\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\372\377\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\116\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\000\000\000\002\001\001\141\142\143\144' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\127\031\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\117\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\115\134\000\014\001\002\141\142\143\144\145\146\147\150\000\050\005\001\101\102\103\104' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\300\307\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\120\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\000\000\000' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\277\276\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\121\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\000\000\000\010\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\004\000\347\305\000\040\000\000\105\000\000\074\005\005\000\000\001\021\227\232\012\000\000\001\012\011\011\011\234\122\202\232\000\050\000\000\100\101\102\103\104\105\106\107\110\111\112\113\114\115\116\117\120\121\122\123\124\125\126\127\130\131\132\133\134\135\136\137\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\040\000\215\365\000\010\001\001\000\000\121\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.5; kill %1 %2; wait
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40001 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9def (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 172)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 152
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40002 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x8f0b (correct), length 16
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 12
  	    label 16001, tc 5, ttl 254
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 172)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 152
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40003 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0xd3dc (correct), length 16
  	  Interface Identification Object (2), Class-Type: 14, length 12
  	    0x0000:  0000 0007 0a00 0002
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 176)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 156
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40004 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0224 (correct), length 20
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 1, tc 2, [S], ttl 3
  	  unknown Object (3), Class-Type: 1, length 8
  	    0x0000:  6162 6364
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40005 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9d01 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40006 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40007 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v1 packet not supported
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 100)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 80
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40008 > 10.9.9.9.33434: UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40009 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x6ded (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 7, tc 0, [S], ttl 9
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40010 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x5ded (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 8, tc 0, [S], ttl 9
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40011 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9def (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 0, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40012 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x8df5 (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 5, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 176)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 156
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40013 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9cf9 (correct), length 20
  	  unknown Object (0), Class-Type: 1, length 8
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40014 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 2
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 180)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 160
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40015 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x4d5c (incorrect), length 24
  	  MPLS Stack Entry Object (1), Class-Type: 2, length 12
  	    0x0000:  6162 6364 6566 6768
  	  unknown Object (5), Class-Type: 1, length 40
  	    0x0000:  4142 4344
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 161)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 141
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40016 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 5
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 163)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 143
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40017 > 10.9.9.9.33434: UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 7
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP source quench, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40018 > 10.9.9.9.33434: UDP, length 32
  $ sed -E 's/^[0-9:.]+ //; s/id [0-9]+, //' t2
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40001 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9def (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 172)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 152
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40002 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x8f0b (correct), length 16
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 12
  	    label 16001, tc 5, ttl 254
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 172)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 152
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40003 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0xd3dc (correct), length 16
  	  Interface Identification Object (2), Class-Type: 14, length 12
  	    0x0000:  0000 0007 0a00 0002
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 176)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 156
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40004 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0224 (correct), length 20
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 1, tc 2, [S], ttl 3
  	  unknown Object (3), Class-Type: 1, length 8
  	    0x0000:  6162 6364
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40005 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9d01 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40006 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40007 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v1 packet not supported
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 100)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 80
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40008 > 10.9.9.9.33434: [no cksum] UDP, length 32
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP 10.9.9.9 udp port 33434 unreachable, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40009 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x6ded (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 7, tc 0, [S], ttl 9
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP host 10.9.9.9 unreachable, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40010 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x5ded (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 8, tc 0, [S], ttl 9
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40011 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9def (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 100, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 0, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40012 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x8df5 (correct), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 8
  	    label 5, tc 0, [S], ttl 1
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 176)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 156
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40013 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x9cf9 (correct), length 20
  	  unknown Object (0), Class-Type: 1, length 8
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40014 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 12
  	  MPLS Stack Entry Object (1), Class-Type: 1, length 2
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 180)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 160
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40015 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x4d5c (incorrect), length 24
  	  MPLS Stack Entry Object (1), Class-Type: 2, length 12
  	    0x0000:  6162 6364 6566 6768
  	  unknown Object (5), Class-Type: 1, length 40
  	    0x0000:  4142 4344
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 161)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 141
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40016 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 5
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 163)
      10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 143
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40017 > 10.9.9.9.33434: [no cksum] UDP, length 32
  	ICMP Multi-Part extension v2, checksum 0x0000 (incorrect), length 7
  IP (tos 0x0, ttl 64, offset 0, flags [DF], proto ICMP (1), length 168)
      10.0.0.2 > 10.0.0.1: ICMP source quench, length 148
  	IP (tos 0x0, ttl 1, offset 0, flags [none], proto UDP (17), length 60)
      10.0.0.1.40018 > 10.9.9.9.33434: [no cksum] UDP, length 32
