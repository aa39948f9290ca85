IPv6 multicast with the MLD querier: once the bridge queries from its link-local address, the duplicate address detection NS a host sends when its link comes up (to its solicited-node group, which it has just reported: the mdb has only its own port) reaches no other host; without IPv6 on the bridge there is no MLD querier and the NS floods again.
  $ for n in h1 h2 h3; do ip netns add $n; done
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_query_response_interval 100
  $ for i in 1 2 3; do ip link add p$i address 02:00:00:00:0$i:01 type veth peer name e0 netns h$i address 02:00:00:00:0$i:02; ip link set p$i master br0; ip link set p$i up; done
  $ ip -n h1 link set e0 up; ip -n h2 link set e0 up
  $ ip link set br0 up
  $ sleep 3
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ for i in 1 2; do ip netns exec h$i timeout 4 tcpdump -t -n -i e0 'icmp6 and ip6[40] = 135' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip -n h3 link set e0 up
  $ sleep 4; wait; cat f1; echo ==; cat f2
  
  ==
  $ bridge mdb show | grep -c 'port p3 grp ff02::1:ff00:302'
  1
  $ sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
  $ ip link set br0 type bridge mcast_querier 0; ip link set br0 type bridge mcast_querier 1
  $ ip -n h3 link set e0 down
  $ sleep 1.5
  $ for i in 1 2; do ip netns exec h$i timeout 4 tcpdump -t -n -i e0 'icmp6 and ip6[40] = 135' > f$i 2>/dev/null & done
  $ sleep 0.5
  $ ip -n h3 link set e0 up
  $ sleep 4; wait; cat f1; echo ==; cat f2
  IP6 :: > ff02::1:ff00:302: ICMP6, neighbor solicitation, who has fe80::ff:fe00:302, length 32
  
  ==
  IP6 :: > ff02::1:ff00:302: ICMP6, neighbor solicitation, who has fe80::ff:fe00:302, length 32
