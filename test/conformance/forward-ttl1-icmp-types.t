ICMP messages of every type forwarded with TTL 1 (built by hand: socat IP-SENDTO protocol 255, a whole IP header): the router answers time exceeded only for the types icmp_pointers[] does not mark as errors (echo and its reply, timestamp, information and address mask requests and replies), never for an error (3, 4, 5, 11, 12, and 1, 2, 6, 7, 9, 10, which Linux counts as errors too) nor a type above NR_ICMP_TYPES (19, PROBE 42/43); icmp_ratelimit 0 so that none is held back; what reaches b with TTL 2; the router's counters.
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
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1 net.ipv4.icmp_ratelimit=0
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1 net.ipv4.icmp_echo_enable_probe=0
  $ ip netns exec a tcpdump -n -l -i a0 icmp > ta 2> /dev/null & sleep 0.5
  $ ip netns exec b tcpdump -n -l -i b0 icmp > tb 2> /dev/null & sleep 1
  $ printf '\105\000\000\040\005\001\000\000\001\001\240\326\012\001\000\002\012\002\000\002\000\000\073\062\000\007\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\002\000\000\002\001\237\325\012\001\000\002\012\002\000\002\000\000\073\062\000\007\000\000\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\003\000\000\001\001\240\324\012\001\000\002\012\002\000\002\001\000\072\061\000\007\000\001\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\004\000\000\002\001\237\323\012\001\000\002\012\002\000\002\001\000\072\061\000\007\000\001\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\005\000\000\001\001\240\322\012\001\000\002\012\002\000\002\002\000\071\060\000\007\000\002\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\006\000\000\002\001\237\321\012\001\000\002\012\002\000\002\002\000\071\060\000\007\000\002\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\007\000\000\001\001\240\270\012\001\000\002\012\002\000\002\003\000\325\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\010\000\000\002\001\237\267\012\001\000\002\012\002\000\002\003\000\325\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\011\000\000\001\001\240\266\012\001\000\002\012\002\000\002\004\000\324\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\012\000\000\002\001\237\265\012\001\000\002\012\002\000\002\004\000\324\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\013\000\000\001\001\240\264\012\001\000\002\012\002\000\002\005\000\323\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\014\000\000\002\001\237\263\012\001\000\002\012\002\000\002\005\000\323\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\015\000\000\001\001\240\312\012\001\000\002\012\002\000\002\006\000\065\054\000\007\000\006\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\016\000\000\002\001\237\311\012\001\000\002\012\002\000\002\006\000\065\054\000\007\000\006\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\017\000\000\001\001\240\310\012\001\000\002\012\002\000\002\007\000\064\053\000\007\000\007\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\020\000\000\002\001\237\307\012\001\000\002\012\002\000\002\007\000\064\053\000\007\000\007\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\021\000\000\001\001\240\306\012\001\000\002\012\002\000\002\010\000\063\052\000\007\000\010\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\022\000\000\002\001\237\305\012\001\000\002\012\002\000\002\010\000\063\052\000\007\000\010\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\023\000\000\001\001\240\304\012\001\000\002\012\002\000\002\011\000\062\051\000\007\000\011\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\024\000\000\002\001\237\303\012\001\000\002\012\002\000\002\011\000\062\051\000\007\000\011\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\025\000\000\001\001\240\302\012\001\000\002\012\002\000\002\012\000\061\050\000\007\000\012\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\026\000\000\002\001\237\301\012\001\000\002\012\002\000\002\012\000\061\050\000\007\000\012\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\027\000\000\001\001\240\250\012\001\000\002\012\002\000\002\013\000\315\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\030\000\000\002\001\237\247\012\001\000\002\012\002\000\002\013\000\315\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\031\000\000\001\001\240\246\012\001\000\002\012\002\000\002\014\000\314\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\070\005\032\000\000\002\001\237\245\012\001\000\002\012\002\000\002\014\000\314\346\000\000\000\000\105\000\000\034\001\000\100\000\100\021\045\313\012\002\000\002\012\001\000\002\023\210\023\211\000\010\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\050\005\033\000\000\001\001\240\264\012\001\000\002\012\002\000\002\015\000\362\353\000\007\000\015\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\050\005\034\000\000\002\001\237\263\012\001\000\002\012\002\000\002\015\000\362\353\000\007\000\015\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\050\005\035\000\000\001\001\240\262\012\001\000\002\012\002\000\002\016\000\361\352\000\007\000\016\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\050\005\036\000\000\002\001\237\261\012\001\000\002\012\002\000\002\016\000\361\352\000\007\000\016\000\000\000\000\000\000\000\000\000\000\000\000' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\037\000\000\001\001\240\270\012\001\000\002\012\002\000\002\017\000\054\043\000\007\000\017\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\040\000\000\002\001\237\267\012\001\000\002\012\002\000\002\017\000\054\043\000\007\000\017\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\041\000\000\001\001\240\266\012\001\000\002\012\002\000\002\020\000\053\042\000\007\000\020\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\042\000\000\002\001\237\265\012\001\000\002\012\002\000\002\020\000\053\042\000\007\000\020\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\043\000\000\001\001\240\264\012\001\000\002\012\002\000\002\021\000\052\041\000\007\000\021\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\044\000\000\002\001\237\263\012\001\000\002\012\002\000\002\021\000\052\041\000\007\000\021\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\045\000\000\001\001\240\262\012\001\000\002\012\002\000\002\022\000\051\040\000\007\000\022\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\046\000\000\002\001\237\261\012\001\000\002\012\002\000\002\022\000\051\040\000\007\000\022\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\047\000\000\001\001\240\260\012\001\000\002\012\002\000\002\023\000\050\037\000\007\000\023\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\050\000\000\002\001\237\257\012\001\000\002\012\002\000\002\023\000\050\037\000\007\000\023\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\051\000\000\001\001\240\256\012\001\000\002\012\002\000\002\052\000\021\036\000\007\000\024\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\052\000\000\002\001\237\255\012\001\000\002\012\002\000\002\052\000\021\036\000\007\000\024\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\053\000\000\001\001\240\254\012\001\000\002\012\002\000\002\053\000\020\035\000\007\000\025\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ printf '\105\000\000\040\005\054\000\000\002\001\237\253\012\001\000\002\012\002\000\002\053\000\020\035\000\007\000\025\141\142\143\144' | ip netns exec a socat -u - IP-SENDTO:10.2.0.2:255
  $ sleep 0.5; kill %1 %2; wait
  $ sed -E 's/^[0-9:.]+ //; s/(org|recv|xmit) [0-9:.]+/\1 T/g' ta
  IP 10.1.0.2 > 10.2.0.2: ICMP echo reply, id 7, seq 0, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP echo reply, id 7, seq 0, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#1, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#1, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#2, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#2, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP net 10.1.0.2 unreachable, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP net 10.1.0.2 unreachable, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP source quench, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP source quench, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP redirect 10.1.0.2 to net 0.0.0.0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP redirect 10.1.0.2 to net 0.0.0.0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#6, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#6, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#7, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#7, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id 7, seq 8, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id 7, seq 8, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router advertisement lifetime 9 0: [size 7], length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router advertisement lifetime 9 0: [size 7], length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router solicitation, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router solicitation, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP time exceeded in-transit, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP time exceeded in-transit, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP parameter problem - octet 0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP parameter problem - octet 0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp query id 7 seq 13, length 20
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 48
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp query id 7 seq 13, length 20
  IP 10.2.0.2 > 10.1.0.2: ICMP time stamp reply id 7 seq 13: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp reply id 7 seq 14: org T, recv T, xmit T, length 20
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 48
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp reply id 7 seq 14: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.2: ICMP information request, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP information request, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP information reply, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP information reply, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask request, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask request, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask is 0x61626364, length 12
  IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit, length 40
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask is 0x61626364, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#19, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#19, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#42, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#42, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#43, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#43, length 12
  $ sed -E 's/^[0-9:.]+ //; s/(org|recv|xmit) [0-9:.]+/\1 T/g' tb
  IP 10.1.0.2 > 10.2.0.2: ICMP echo reply, id 7, seq 0, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#1, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#2, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP net 10.1.0.2 unreachable, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP source quench, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP redirect 10.1.0.2 to net 0.0.0.0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#6, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#7, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP echo request, id 7, seq 8, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router advertisement lifetime 9 0: [size 7], length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP router solicitation, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP time exceeded in-transit, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP parameter problem - octet 0, length 36
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp query id 7 seq 13, length 20
  IP 10.2.0.2 > 10.1.0.2: ICMP time stamp reply id 7 seq 13: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.2: ICMP time stamp reply id 7 seq 14: org T, recv T, xmit T, length 20
  IP 10.1.0.2 > 10.2.0.2: ICMP information request, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP information reply, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask request, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP address mask is 0x61626364, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#19, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#42, length 12
  IP 10.1.0.2 > 10.2.0.2: ICMP type-#43, length 12
  $ ip netns exec r nstat -as | grep -E '^(Icmp|IpForw|IpInHdr|IpOut)'
  IpInHdrErrors                   22                 0.0
  IpForwDatagrams                 23                 0.0
  IpOutRequests                   8                  0.0
  IpOutTransmits                  31                 0.0
  IcmpOutMsgs                     8                  0.0
  IcmpOutTimeExcds                8                  0.0
  IcmpMsgOutType11                8                  0.0
