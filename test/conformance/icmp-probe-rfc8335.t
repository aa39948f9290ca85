RFC 8335 PROBE (ICMP extended echo, type 42) built by hand and sent with socat IP-SENDTO protocol 1: icmp_echo_enable_probe off (silence) and on (icmp_build_probe(): the reply type 43 echoes the request with code 0 and the interface's state bits A/4/6 in the low byte of the sequence field, code 2 when no interface matches, code 1 for a malformed query), by name, ifindex and address (lo of b keeps IPv6: ::1 sets the 6 bit), the L bit, a down veth device with and without an address, icmp_echo_ignore_all, a probe to the broadcast address (answered before the broadcast check), and the counters: IcmpMsgOutType0, as icmp_reply() leaves the flow's fl4_icmp_type 0 and __ip_make_skb() counts that (tcpdump -x past the IP header's first 16 bytes shows the replies' code and sequence field).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns exec b sysctl -qw net.ipv6.conf.lo.disable_ipv6=0
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b link add d0 type veth peer name d1
  $ ip netns exec b sysctl net.ipv4.icmp_echo_enable_probe
  net.ipv4.icmp_echo_enable_probe = 0
  $ ip netns exec a tcpdump -n -l -x -i a0 icmp > td 2> /dev/null & sleep 1
  $ printf '\052\000\324\274\000\102\001\001\040\000\172\306\000\010\003\001\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ ip netns exec b sysctl -w net.ipv4.icmp_echo_enable_probe=1
  net.ipv4.icmp_echo_enable_probe = 1
  $ printf '\052\000\323\274\000\102\002\001\040\000\172\306\000\010\003\001\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\322\274\000\102\003\001\040\000\160\207\000\010\003\001\154\157\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\321\274\000\102\004\001\040\000\227\245\000\014\003\001\156\157\163\165\143\150\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\320\274\000\102\005\001\040\000\334\364\000\010\003\002\000\000\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\317\274\000\102\006\001\040\000\334\250\000\010\003\002\000\000\000\115' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\316\274\000\102\007\001\040\000\316\355\000\014\003\003\000\001\004\000\012\000\000\002' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\315\274\000\102\010\001\040\000\131\356\000\014\003\003\000\001\004\000\177\000\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\314\274\000\102\011\001\040\000\316\214\000\014\003\003\000\001\004\000\012\000\000\143' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\313\274\000\102\012\001\040\000\314\341\000\030\003\003\000\002\020\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\312\274\000\102\013\001\040\000\314\340\000\030\003\003\000\002\020\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\002' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\311\274\000\102\014\001\040\000\330\356\000\014\003\003\000\002\004\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\310\274\000\102\015\001\040\000\302\355\000\014\003\003\000\001\020\000\012\000\000\002' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\307\274\000\102\016\001\040\000\316\353\000\014\003\003\000\003\004\000\012\000\000\002' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\306\275\000\102\017\000\040\000\172\306\000\010\003\001\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\305\274\000\102\020\001\040\000\172\303\000\010\003\004\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\304\274\000\102\021\001\040\000\334\372\000\004\003\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\303\274\000\102\022\001\040\000\231\237\000\024\003\001\141\142\143\144\145\146\147\150\151\152\153\154\155\156\157\160' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\302\274\000\102\023\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\301\274\000\102\024\001\040\000\164\306\000\010\007\001\144\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\300\274\000\102\025\001\040\000\334\360\000\014\003\002\000\000\000\001\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ ip -n b addr add 10.9.0.1/24 dev d0
  $ printf '\052\000\277\274\000\102\026\001\040\000\170\306\000\010\003\001\144\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ ip -n b link set d0 up
  $ printf '\052\000\276\274\000\102\027\001\040\000\170\306\000\010\003\001\144\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\275\274\000\102\030\001\040\000\316\345\000\014\003\003\000\001\004\000\012\011\000\001' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ printf '\052\000\274\274\000\102\031\001\040\000\172\306\000\010\003\001\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.255:1,broadcast
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ printf '\052\000\273\274\000\102\032\001\040\000\172\306\000\010\003\001\142\060\000\000' | ip netns exec a socat -u - IP-SENDTO:10.0.0.2:1
  $ sleep 0.5; kill %1; wait
  $ grep -v 0x0000 td | sed -E 's/^[0-9:.]+ //'
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 d4bc 0042 0101 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 d3bc 0042 0201 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 d2b7 0042 0206 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 d2bc 0042 0301 2000 7087
  	0x0020:  0008 0301 6c6f 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 d1b6 0042 0307 2000 7087
  	0x0020:  0008 0301 6c6f 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 d1bc 0042 0401 2000 97a5
  	0x0020:  000c 0301 6e6f 7375 6368 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b02 d0bb 0042 0400 2000 97a5
  	0x0020:  000c 0301 6e6f 7375 6368 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 d0bc 0042 0501 2000 dcf4
  	0x0020:  0008 0302 0000 0001
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 cfb6 0042 0507 2000 dcf4
  	0x0020:  0008 0302 0000 0001
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 cfbc 0042 0601 2000 dca8
  	0x0020:  0008 0302 0000 004d
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b02 cebb 0042 0600 2000 dca8
  	0x0020:  0008 0302 0000 004d
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 cebc 0042 0701 2000 ceed
  	0x0020:  000c 0303 0001 0400 0a00 0002
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b00 cdb7 0042 0706 2000 ceed
  	0x0020:  000c 0303 0001 0400 0a00 0002
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 cdbc 0042 0801 2000 59ee
  	0x0020:  000c 0303 0001 0400 7f00 0001
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b00 ccb6 0042 0807 2000 59ee
  	0x0020:  000c 0303 0001 0400 7f00 0001
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 ccbc 0042 0901 2000 ce8c
  	0x0020:  000c 0303 0001 0400 0a00 0063
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b02 cbbb 0042 0900 2000 ce8c
  	0x0020:  000c 0303 0001 0400 0a00 0063
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 36
  	0x0010:  0a00 0002 2a00 cbbc 0042 0a01 2000 cce1
  	0x0020:  0018 0303 0002 1000 0000 0000 0000 0000
  	0x0030:  0000 0000 0000 0001
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 36
  	0x0010:  0a00 0001 2b00 cab6 0042 0a07 2000 cce1
  	0x0020:  0018 0303 0002 1000 0000 0000 0000 0000
  	0x0030:  0000 0000 0000 0001
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 36
  	0x0010:  0a00 0002 2a00 cabc 0042 0b01 2000 cce0
  	0x0020:  0018 0303 0002 1000 0000 0000 0000 0000
  	0x0030:  0000 0000 0000 0002
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 36
  	0x0010:  0a00 0001 2b02 c9bb 0042 0b00 2000 cce0
  	0x0020:  0018 0303 0002 1000 0000 0000 0000 0000
  	0x0030:  0000 0000 0000 0002
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 c9bc 0042 0c01 2000 d8ee
  	0x0020:  000c 0303 0002 0400 0000 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b01 c8bc 0042 0c00 2000 d8ee
  	0x0020:  000c 0303 0002 0400 0000 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 c8bc 0042 0d01 2000 c2ed
  	0x0020:  000c 0303 0001 1000 0a00 0002
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b01 c7bc 0042 0d00 2000 c2ed
  	0x0020:  000c 0303 0001 1000 0a00 0002
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 c7bc 0042 0e01 2000 ceeb
  	0x0020:  000c 0303 0003 0400 0a00 0002
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b01 c6bc 0042 0e00 2000 ceeb
  	0x0020:  000c 0303 0003 0400 0a00 0002
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 c6bd 0042 0f00 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 c5bc 0042 1001 2000 7ac3
  	0x0020:  0008 0304 6230 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b01 c4bc 0042 1000 2000 7ac3
  	0x0020:  0008 0304 6230 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 16
  	0x0010:  0a00 0002 2a00 c4bc 0042 1101 2000 dcfa
  	0x0020:  0004 0301
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 16
  	0x0010:  0a00 0001 2b01 c3bc 0042 1100 2000 dcfa
  	0x0020:  0004 0301
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 32
  	0x0010:  0a00 0002 2a00 c3bc 0042 1201 2000 999f
  	0x0020:  0014 0301 6162 6364 6566 6768 696a 6b6c
  	0x0030:  6d6e 6f70
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 32
  	0x0010:  0a00 0001 2b01 c2bc 0042 1200 2000 999f
  	0x0020:  0014 0301 6162 6364 6566 6768 696a 6b6c
  	0x0030:  6d6e 6f70
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8
  	0x0010:  0a00 0002 2a00 c2bc 0042 1301
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 8
  	0x0010:  0a00 0001 2b01 c1bc 0042 1300
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 c1bc 0042 1401 2000 74c6
  	0x0020:  0008 0701 6430 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 c0bd 0042 1400 2000 74c6
  	0x0020:  0008 0701 6430 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 c0bc 0042 1501 2000 dcf0
  	0x0020:  000c 0302 0000 0001 0000 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b01 bfbc 0042 1500 2000 dcf0
  	0x0020:  000c 0302 0000 0001 0000 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 bfbc 0042 1601 2000 78c6
  	0x0020:  0008 0301 6430 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 bebb 0042 1602 2000 78c6
  	0x0020:  0008 0301 6430 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 bebc 0042 1701 2000 78c6
  	0x0020:  0008 0301 6430 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 bdb7 0042 1706 2000 78c6
  	0x0020:  0008 0301 6430 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 24
  	0x0010:  0a00 0002 2a00 bdbc 0042 1801 2000 cee5
  	0x0020:  000c 0303 0001 0400 0a09 0001
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 24
  	0x0010:  0a00 0001 2b00 bcb7 0042 1806 2000 cee5
  	0x0020:  000c 0303 0001 0400 0a09 0001
  IP 10.0.0.1 > 10.0.0.255: ICMP type-#42, length 20
  	0x0010:  0a00 00ff 2a00 bcbc 0042 1901 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.2 > 10.0.0.1: ICMP type-#43, length 20
  	0x0010:  0a00 0001 2b00 bbb7 0042 1906 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 20
  	0x0010:  0a00 0002 2a00 bbbc 0042 1a01 2000 7ac6
  	0x0020:  0008 0301 6230 0000
  $ ip netns exec b nstat -as | grep -i '^icmp'
  IcmpInMsgs                      26                 0.0
  IcmpOutMsgs                     23                 0.0
  IcmpOutEchoReps                 23                 0.0
  IcmpMsgInType42                 26                 0.0
  IcmpMsgOutType0                 23                 0.0
  $ ip netns exec a nstat -as | grep -i '^icmp'
  IcmpInMsgs                      24                 0.0
  IcmpOutMsgs                     26                 0.0
  IcmpMsgInType42                 1                  0.0
  IcmpMsgInType43                 23                 0.0
  IcmpMsgOutType42                26                 0.0
