icmp_ignore_bogus_error_responses: with 0, icmp_unreach() drops an error whose quoted datagram went to a broadcast address of the receiving device's table (inet_addr_type_dev_table() == RTN_BROADCAST: the subnet broadcast, 255.255.255.255), so ping -b never hears it; with 1 (the default) it reaches the socket; a multicast destination is never bogus; the raw socket still reads the message itself, the counters count it either way.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for x in "a a0" "b b0" "a lo" "b lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip netns exec a sysctl net.ipv4.icmp_ignore_bogus_error_responses
  net.ipv4.icmp_ignore_bogus_error_responses = 1
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 10.0.0.255 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\042\337\012\000\000\001\012\000\000\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\042\337\012\000\000\001\012\000\000\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.2 icmp_seq=1 Time to live exceeded
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 -I a0 255.255.255.255 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\055\336\012\000\000\001\377\377\377\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\055\336\012\000\000\001\377\377\377\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  WARNING: pinging broadcast address
  PING 255.255.255.255 (255.255.255.255) from 10.0.0.1 a0: 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.2 icmp_seq=1 Time to live exceeded
  
  --- 255.255.255.255 ping statistics ---
  1 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 -I a0 224.0.0.1 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\115\334\012\000\000\001\340\000\000\001\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\115\334\012\000\000\001\340\000\000\001\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  PING 224.0.0.1 (224.0.0.1) from 10.0.0.1 a0: 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.2 icmp_seq=1 Time to live exceeded
  
  --- 224.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec a sysctl -w net.ipv4.icmp_ignore_bogus_error_responses=0
  net.ipv4.icmp_ignore_bogus_error_responses = 0
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 10.0.0.255 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\042\337\012\000\000\001\012\000\000\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\042\337\012\000\000\001\012\000\000\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 -I a0 255.255.255.255 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\055\336\012\000\000\001\377\377\377\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\055\336\012\000\000\001\377\377\377\377\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  WARNING: pinging broadcast address
  PING 255.255.255.255 (255.255.255.255) from 10.0.0.1 a0: 56(84) bytes of data.
  
  --- 255.255.255.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a ping -n -b -e 4660 -c 30 -i 10 -I a0 224.0.0.1 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\003\001\374\376\000\000\000\000\105\000\000\034\003\003\100\000\100\001\115\334\012\000\000\001\340\000\000\001\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ printf '\013\000\364\377\000\000\000\000\105\000\000\034\003\003\100\000\100\001\115\334\012\000\000\001\340\000\000\001\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ sleep 0.2; kill -INT $p; wait; cat out
  PING 224.0.0.1 (224.0.0.1) from 10.0.0.1 a0: 56(84) bytes of data.
  From 10.0.0.2 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.2 icmp_seq=1 Time to live exceeded
  
  --- 224.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, +2 errors, 100% packet loss, time *ms (glob)
  $ ip netns exec a nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      18                 0.0
  IcmpInErrors                    6                  0.0
  IcmpInDestUnreachs              6                  0.0
  IcmpInTimeExcds                 6                  0.0
  IcmpInEchos                     6                  0.0
  IcmpOutMsgs                     6                  0.0
  IcmpOutEchos                    6                  0.0
  IcmpMsgInType3                  6                  0.0
  IcmpMsgInType8                  6                  0.0
  IcmpMsgInType11                 6                  0.0
  IcmpMsgOutType8                 6                  0.0
