Redirects built by hand (socat IP-SENDTO protocol 1) from the gateway b to a host whose ping to 10.9.9.9 is running (the raw socket takes them: raw_err() -> ipv4_sk_redirect() -> __ip_do_redirect()): new gateways that are multicast, limited broadcast, 0.0.0.0, the subnet broadcast, the host's own address, loopback, on another subnet (shared_media 1: only a valid neighbour matters; 0: must be on link), unresolved; a redirect from a host that is not the gateway, one for a destination reached directly, one quoting another source; ip route get after each, the cache flushed between.
  $ for n in a b c; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name p1 netns lan
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name p2 netns lan
  $ ip link add c0 netns c address 02:00:00:00:00:03 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ for x in "a a0" "b b0" "c c0" "a lo" "b lo" "c lo"; do set -- $x; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n c addr add 10.0.0.3/24 dev c0
  $ ip -n a route add 10.9.0.0/16 via 10.0.0.2
  $ ip -n a neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0 nud permanent
  $ ip -n a neigh add 192.168.5.5 lladdr 02:00:00:00:00:55 dev a0 nud permanent
  $ ip netns exec a ping -n -e 4660 -c 100 -i 10 10.9.9.9 > out 2>&1 & p=$!; sleep 0.5
  $ printf '\005\001\032\371\340\000\000\005\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\372\376\377\377\377\377\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\372\376\000\000\000\000\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\357\377\012\000\000\377\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\360\375\012\000\000\001\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\173\375\177\000\000\001\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\065\121\300\250\005\005\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 192.168.5.5 dev a0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec  (glob)
  $ printf '\005\001\360\366\012\000\000\010\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\360\367\012\000\000\007\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.7 dev a0 src 10.0.0.1 uid 0 
      cache <redirected> expires *sec  (glob)
  $ printf '\005\001\360\367\012\000\000\007\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec c socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\360\367\012\000\000\007\105\000\000\124\011\011\100\000\100\001\035\227\012\000\000\001\012\000\000\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\360\367\012\000\000\007\105\000\000\124\011\011\100\000\100\001\024\135\012\000\000\062\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.shared_media=0 net.ipv4.conf.a0.shared_media=0
  $ printf '\005\001\065\121\300\250\005\005\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ printf '\005\001\360\367\012\000\000\007\105\000\000\124\011\011\100\000\100\001\024\216\012\000\000\001\012\011\011\011\010\000\345\312\022\064\000\001' | ip netns exec b socat -u - IP-SENDTO:10.0.0.1:1
  $ ip -n a route get 10.9.9.9; ip -n a route flush cache
  10.9.9.9 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ kill -INT $p; wait; grep -c Redirect out
  13
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 STALE 
  10.0.0.7 dev a0 lladdr 02:00:00:00:00:07 PERMANENT 
  10.0.0.8 dev a0 INCOMPLETE 
  192.168.5.5 dev a0 lladdr 02:00:00:00:00:55 PERMANENT 
  $ ip netns exec a nstat -as | grep -E '^Icmp'
  IcmpInMsgs                      14                 0.0
  IcmpInRedirects                 14                 0.0
  IcmpOutMsgs                     1                  0.0
  IcmpOutEchos                    1                  0.0
  IcmpMsgInType5                  14                 0.0
  IcmpMsgOutType8                 1                  0.0
