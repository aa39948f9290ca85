arp_filter with source routing: two NICs of one host on one LAN answer each for its own address once a rule per source address sends its replies out of its own NIC (arp_filter's check is a route lookup from the target address to the asker: ip_route_output with saddr = tip); without the rules the first connected route wins for both; a rule by fwmark or iif never matches that lookup; arp_ignore=1 gives the same answer without rules.
  $ for n in h c lan; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n lan link add br0 type bridge; ip -n lan link set br0 up
  $ ip link add eth0 netns h address 02:00:00:00:00:e0 type veth peer name p1 netns lan
  $ ip link add eth1 netns h address 02:00:00:00:00:e1 type veth peer name p2 netns lan
  $ ip link add c0 netns c address 02:00:00:00:00:c0 type veth peer name p3 netns lan
  $ for p in p1 p2 p3; do ip -n lan link set $p master br0 up; done
  $ ip -n h link set eth0 up; ip -n h link set eth1 up; ip -n c link set c0 up
  $ ip -n h addr add 192.168.0.151/24 dev eth0
  $ ip -n h addr add 192.168.0.152/24 dev eth1
  $ ip -n c addr add 192.168.0.54/24 dev c0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=1
  $ for t in 151 152; do ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.$t | grep reply; done
  Unicast reply from 192.168.0.151 [02:00:00:00:00:E0]  *ms (glob)
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E0]  *ms (glob)
  $ ip -n h route add 192.168.0.0/24 dev eth0 src 192.168.0.151 table 151
  $ ip -n h route add 192.168.0.0/24 dev eth1 src 192.168.0.152 table 152
  $ ip -n h rule add from 192.168.0.151 lookup 151 pref 100
  $ ip -n h rule add from 192.168.0.152 lookup 152 pref 101
  $ for t in 151 152; do ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.$t | grep reply; done
  Unicast reply from 192.168.0.151 [02:00:00:00:00:E0]  *ms (glob)
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E1]  *ms (glob)
  $ ip -n h route get 192.168.0.54 from 192.168.0.152
  192.168.0.54 from 192.168.0.152 dev eth1 table 152 uid 0 
      cache 
  $ ip netns exec c ping -c 1 -W 1 192.168.0.152 | grep -c 'bytes from'
  1
  $ ip -n c neigh show | sort
  192.168.0.152 dev c0 lladdr 02:00:00:00:00:e1 REACHABLE 
  $ ip -n h rule del pref 101
  $ ip -n h rule add fwmark 7 lookup 152 pref 101
  $ ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.152 | grep reply
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E0]  *ms (glob)
  $ ip -n h rule del pref 101
  $ ip -n h rule add iif eth1 lookup 152 pref 101
  $ ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.152 | grep reply
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E0]  *ms (glob)
  $ ip -n h rule del pref 101
  $ ip -n h rule add from 192.168.0.152 lookup 152 pref 101
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_filter=0
  $ for t in 151 152; do ip netns exec c arping -c 2 -w 2 -I c0 192.168.0.$t | grep reply | sort | uniq -c; done
        1 Unicast reply from 192.168.0.151 [02:00:00:00:00:E0]  *ms (glob)
        1 Unicast reply from 192.168.0.151 [02:00:00:00:00:E1]  *ms (glob)
        1 Unicast reply from 192.168.0.152 [02:00:00:00:00:E0]  *ms (glob)
        1 Unicast reply from 192.168.0.152 [02:00:00:00:00:E1]  *ms (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth0.arp_filter=1
  $ for t in 151 152; do ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.$t | grep reply; done
  Unicast reply from 192.168.0.151 [02:00:00:00:00:E1]  *ms (glob)
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E1]  *ms (glob)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth0.arp_filter=0 net.ipv4.conf.all.arp_ignore=1
  $ ip -n h rule del pref 100; ip -n h rule del pref 101
  $ for t in 151 152; do ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.$t | grep reply; done
  Unicast reply from 192.168.0.151 [02:00:00:00:00:E0]  *ms (glob)
  Unicast reply from 192.168.0.152 [02:00:00:00:00:E1]  *ms (glob)
  $ ip -n h route add blackhole 192.168.0.54 table 152
  $ ip -n h rule add from 192.168.0.152 lookup 152 pref 101
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_filter=1
  $ ip netns exec c arping -c 1 -w 1 -I c0 192.168.0.152
  ARPING 192.168.0.152 from 192.168.0.54 c0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
