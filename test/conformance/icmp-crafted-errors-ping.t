ICMP errors other than unreachables built by hand (socat IP-SENDTO protocol 1 from the gateway b) quoting the echo request of a running ping (-e fixes its identifier): source quench, redirects of codes 0-3 (each taken by the route cache through the raw socket, raw_err: ipv4_sk_redirect, as a host exception) and a bad code 4 (ignored by __ip_do_redirect, still read by ping), time exceeded codes 0, 1 and a bad 2, parameter problem codes 0-2; ping's lines, tcpdump's names, the route cache and the counters.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0 nud permanent
  $ ip netns exec a tcpdump -n -l -c 12 -i a0 icmp and src 10.0.0.2 > td 2> /dev/null &
  $ sleep 1
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.9.9.9 > out & p=$!
  $ sleep 0.5
  $ printf '\004\000\373\377\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\000\360\374\012\000\000\003\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\001\360\373\012\000\000\003\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\002\360\372\012\000\000\003\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\003\360\371\012\000\000\003\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\005\004\360\370\012\000\000\003\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\001\364\376\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\002\364\375\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\000\337\377\024\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\001\363\376\000\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\014\002\352\375\011\000\000\000\105\000\000\034\001\001\100\000\100\001\034\316\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait
  $ cat out
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.2: icmp_seq=1 Source Quench
  From 10.0.0.2: icmp_seq=1 Redirect Network(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect Host(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect Type of Service and Network(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect Type of Service and Host(New nexthop: 10.0.0.3)
  From 10.0.0.2: icmp_seq=1 Redirect, Bad Code: 4(New nexthop: 10.0.0.3)
  From 10.0.0.2 icmp_seq=1 Time to live exceeded
  From 10.0.0.2 icmp_seq=1 Time exceeded, Bad Code: 2
  From 10.0.0.2 icmp_seq=1 Parameter problem: pointer = 20
  From 10.0.0.2 icmp_seq=1 Parameter problem: pointer = 0
  From 10.0.0.2 icmp_seq=1 Parameter problem: pointer = 9
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, +5 errors, 100% packet loss, time *ms (glob)
  $ sed -E 's/^[0-9:.]+ //' td
  IP 10.0.0.2 > 10.0.0.1: ICMP source quench, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to net 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect 10.9.9.9 to host 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect-tos 10.9.9.9 to net 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect-tos 10.9.9.9 to host 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP redirect-#4 10.9.9.9 to 10.0.0.3, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded in-transit, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP ip reassembly time exceeded, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP time exceeded-#2, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP parameter problem - octet 20, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP parameter problem - code 1, length 36
  IP 10.0.0.2 > 10.0.0.1: ICMP parameter problem - code 2, length 36
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.3 dev a0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n a route show cache
  10.9.9.9 via 10.0.0.3 dev a0 
      cache <redirected> expires *sec  (glob)
  $ ip netns exec a nstat -as | grep -i '^icmp'
  IcmpInMsgs                      12                 0.0
  IcmpInTimeExcds                 3                  0.0
  IcmpInParmProbs                 3                  0.0
  IcmpInSrcQuenchs                1                  0.0
  IcmpInRedirects                 5                  0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType4                  1                  0.0
  IcmpMsgInType5                  5                  0.0
  IcmpMsgInType11                 3                  0.0
  IcmpMsgInType12                 3                  0.0
  IcmpMsgOutType8                 1                  0.0
  $ ip netns exec b nstat -as | grep -i '^icmp'
  IcmpOutMsgs                     12                 0.0
  IcmpOutTimeExcds                3                  0.0
  IcmpOutParmProbs                3                  0.0
  IcmpOutSrcQuenchs               1                  0.0
  IcmpOutRedirects                5                  0.0
  IcmpMsgOutType4                 1                  0.0
  IcmpMsgOutType5                 5                  0.0
  IcmpMsgOutType11                3                  0.0
  IcmpMsgOutType12                3                  0.0
