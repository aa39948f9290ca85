ping -v dumps the header quoted by a redirect or a source quench (pr_iph(): version, IHL, TOS, and the 16-bit fields printed as they lie in memory, not byte-swapped, then the options in hex); the quoted headers built by hand: options of 4 and 8 bytes, TOS 0xb8, MF with an offset, TTL 1, another id and checksum; without -v only the first line; an IHL of 4 or one larger than what is quoted is not ours.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ ip netns exec a ping -n -v -e 4660 -c 30 -i 10 10.9.9.9 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\005\001\360\373\012\000\000\003\105\000\000\034\022\064\100\000\100\001\013\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\106\270\000\124\276\357\041\043\001\001\270\313\012\000\000\001\012\011\011\011\001\001\001\000\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\000\313\022\012\000\000\003\107\000\001\000\000\001\200\000\377\001\253\315\012\000\000\001\012\011\011\011\224\004\000\000\001\001\001\000\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\004\000\373\377\000\000\000\000\105\003\000\034\022\064\037\377\100\001\053\231\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\104\000\000\034\022\064\100\000\100\001\014\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\117\000\000\034\022\064\100\000\100\001\001\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
  
  ai->ai_family: AF_INET, ai->ai_canonname: '10.9.9.9'
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  5  00 1c00 3412   0 0040  40  01 9b0b 10.0.0.1  10.9.9.9 
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  6  b8 5400 efbe   1 0321  01  01 cbb8 10.0.0.1  10.9.9.9 
  
  NOP
  NOP
  NOPFrom 10.0.0.2: icmp_seq=1 Redirect Network(New nexthop: 10.0.0.3)
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  7  00 0001 0100   0 0080  ff  01 cdab 10.0.0.1  10.9.9.9 
  
  unknown option 94
  NOP
  NOP
  NOPFrom 10.0.0.2: icmp_seq=1 Source Quench
  Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data
   4  5  03 1c00 3412   7 1f1f  40  01 992b 10.0.0.1  10.9.9.9 
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.9.9.9 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\005\001\360\373\012\000\000\003\105\000\000\034\022\064\100\000\100\001\013\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\106\270\000\124\276\357\041\043\001\001\270\313\012\000\000\001\012\011\011\011\001\001\001\000\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\000\313\022\012\000\000\003\107\000\001\000\000\001\200\000\377\001\253\315\012\000\000\001\012\011\011\011\224\004\000\000\001\001\001\000\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\004\000\373\377\000\000\000\000\105\003\000\034\022\064\037\377\100\001\053\231\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\104\000\000\034\022\064\100\000\100\001\014\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\117\000\000\034\022\064\100\000\100\001\001\233\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect Network(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Source Quench
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      12                 0.0
  IcmpInErrors                    2                  0.0
  IcmpInSrcQuenchs                2                  0.0
  IcmpInRedirects                 10                 0.0
  IcmpOutMsgs                     2                  0.0
  IcmpOutEchos                    2                  0.0
  IcmpMsgInType4                  2                  0.0
  IcmpMsgInType5                  10                 0.0
  IcmpMsgOutType8                 2                  0.0
