Fragmentation needed built by hand with the next-hop MTU of each kind, quoting the echo of a running ping (its raw socket takes it: raw_err() -> ipv4_sk_update_pmtu() -> __ip_rt_update_pmtu()): the link's own 1500 (an exception of 1500 is made), a larger 9000 (ignored), 1400, then 1450 (larger than the learnt one: ignored), 1400 again, 600, 0 and 68 (below min_pmtu: clamped to 552 and locked), then 1300 (a locked MTU stays); a route with mtu lock ignores all; ip route get and show cache after each.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ ip -n a route add 10.8.0.0/16 via 10.0.0.2 mtu lock 1480
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.9.9.9 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\004\367\037\000\000\005\334\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1500  (glob)
  $ printf '\003\004\331\323\000\000\043\050\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1500  (glob)
  $ printf '\003\004\367\203\000\000\005\170\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ printf '\003\004\367\121\000\000\005\252\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ printf '\003\004\367\203\000\000\005\170\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 1400  (glob)
  $ printf '\003\004\372\243\000\000\002\130\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu 600  (glob)
  $ printf '\003\004\374\373\000\000\000\000\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ printf '\003\004\374\267\000\000\000\104\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ printf '\003\004\367\347\000\000\005\024\105\000\000\124\004\004\100\000\100\001\031\223\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache expires *sec mtu lock 552  (glob)
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1500)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 9000)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1450)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 600)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 0)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 68)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1300)
  
  --- 10.9.9.9 ping statistics ---
  1 packets transmitted, 0 received, +9 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -e 4660 -c 30 -i 10 10.8.8.8 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\004\367\203\000\000\005\170\105\000\000\124\004\004\100\000\100\001\032\225\012\000\000\001\012\010\010\010\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.8.8.8
  10.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache mtu lock 1480 
  $ printf '\003\004\374\373\000\000\000\000\105\000\000\124\004\004\100\000\100\001\032\225\012\000\000\001\012\010\010\010\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.8.8.8
  10.8.8.8 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache mtu lock 1480 
  $ sleep 0.2; kill -INT $p; wait $p; echo $?; cat out
  1
  PING 10.8.8.8 (10.8.8.8) 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 1400)
  From 10.0.0.2 icmp_seq=1 Frag needed and DF set (mtu = 0)
  
  --- 10.8.8.8 ping statistics ---
  1 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip -n a route show cache
  10.9.9.9 via 10.0.0.2 dev a0 
      cache expires *sec mtu lock 552  (glob)
  $ ip -n a -s route show cache
  10.9.9.9 via 10.0.0.2 dev a0 
      cache expires *sec users 1 age *sec mtu lock 552  (glob)
