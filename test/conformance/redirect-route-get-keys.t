An exception belongs to the next hop and the destination: ip route get with other keys (tos, mark, oif, from, uid) finds it while they resolve to the same next hop, not through a policy rule that picks another table's route; the JSON and pretty forms of the redirected entry.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n h addr add 192.168.0.32/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 192.168.0.122/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.122 table 100
  $ ip -n h rule add from 192.168.0.32 lookup 100
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ ip netns exec h ping -c 1 -W 1 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.1 tos 0x10
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 mark 7
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 mark 7 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 oif h0
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 from 192.168.0.31
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev h0 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 uid 1000
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 1000 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route get 10.9.9.1 from 192.168.0.32
  10.9.9.1 from 192.168.0.32 via 192.168.0.122 dev h0 table 100 uid 0 
      cache 
  $ ip -n h route get 10.9.9.1 connected
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  10.9.9.1 via 192.168.0.40 dev h0 src 192.168.0.31 uid 0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h -j route get 10.9.9.1 | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.9.9.1","gateway":"192.168.0.40","dev":"h0","prefsrc":"192.168.0.31","flags":[],"uid":0,"cache":["redirected"],"expires":N}]
  $ ip -n h -j -p route get 10.9.9.1 | sed -E 's/"expires": [0-9]+/"expires": N/'
  [ {
          "dst": "10.9.9.1",
          "gateway": "192.168.0.40",
          "dev": "h0",
          "prefsrc": "192.168.0.31",
          "flags": [ ],
          "uid": 0,
          "cache": [ "redirected" ],
          "expires": N
      } ]
  $ ip -n h -j route show cache | sed -E 's/"expires":[0-9]+/"expires":N/'
  [{"dst":"10.9.9.1","gateway":"192.168.0.40","dev":"h0","flags":[],"cache":["redirected"],"expires":N}]
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.0.32 10.9.9.2 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route get 10.9.9.2 from 192.168.0.32
  10.9.9.2 from 192.168.0.32 via 192.168.0.122 dev h0 table 100 uid 0 
      cache 
  $ ip -n h route get 10.9.9.2
  10.9.9.2 via 192.168.0.121 dev h0 src 192.168.0.31 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 -I 192.168.0.32 10.9.9.1 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip -n h route show cache
  10.9.9.1 via 192.168.0.40 dev h0 
      cache <redirected> expires *sec  (glob)
  $ ip -n h route show cache table 100
  $ ip -n h route show cache table all | grep -c redirected
  1
