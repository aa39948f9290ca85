The bridge querier (mcast_querier 1): general queries leave every port from the bridge's MAC, IGMPv2 from 0.0.0.0 (no mcast_query_use_ifaddr), startup_query_count of them startup_query_interval apart, then query_interval apart; IGMPv3 queries after mcast_igmp_version 3; the bridge's IPv4 address with mcast_query_use_ifaddr; mcast_querier 0 stops them; no router port is learnt from the bridge's own queries.
  $ sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip netns add h1
  $ ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_startup_query_interval 200 mcast_query_interval 500 mcast_startup_query_count 3
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ ip addr add 10.0.0.254/24 dev br0
  $ ip -n h1 addr add 10.0.0.1/24 dev e1
  $ sleep 1
  $ ip -d link show br0 | grep -o 'mcast_querier_ipv4_[a-z_]* [^ ]*'
  [1]
  $ bridge -d mdb show
  $ ip netns exec h1 timeout 12 tcpdump -c 4 -ttt -n -e -v -i e1 'igmp[0] = 0x11' > cap1 2>/dev/null &
  $ sleep 0.5
  $ ip link set br0 type bridge mcast_querier 1
  $ ip -d link show br0 | grep -o 'mcast_querier [0-9]'
  mcast_querier 1
  $ sleep 10
  $ ip -d link show br0 | grep -o 'mcast_igmp_version [0-9]\|mcast_query_use_ifaddr [0-9]'
  mcast_query_use_ifaddr 0
  mcast_igmp_version 2
  $ wait; sed -E 's/^ ?00:00:0([0-9])\.[0-9]{6}/+\1s/' cap1
  +0s 02:00:00:00:00:10 > 01:00:5e:00:00:01, ethertype IPv4 (0x0800), length 46: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v2
  +2s 02:00:00:00:00:10 > 01:00:5e:00:00:01, ethertype IPv4 (0x0800), length 46: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v2
  +2s 02:00:00:00:00:10 > 01:00:5e:00:00:01, ethertype IPv4 (0x0800), length 46: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v2
  +5s 02:00:00:00:00:10 > 01:00:5e:00:00:01, ethertype IPv4 (0x0800), length 46: (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 32, options (RA))
      0.0.0.0 > 224.0.0.1: igmp query v2
  $ bridge -d mdb show
  $ ip link set br0 type bridge mcast_igmp_version 3 mcast_query_use_ifaddr 1
  $ ip netns exec h1 timeout 7 tcpdump -t -n -v -i e1 'igmp[0] = 0x11' > cap2 2>/dev/null &
  $ sleep 0.5
  $ ip link set br0 type bridge mcast_querier 0
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 7
  $ wait; cat cap2
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 36, options (RA))
      10.0.0.254 > 224.0.0.1: igmp query v3
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 36, options (RA))
      10.0.0.254 > 224.0.0.1: igmp query v3
  IP (tos 0xc0, ttl 1, id 0, offset 0, flags [DF], proto IGMP (2), length 36, options (RA))
      10.0.0.254 > 224.0.0.1: igmp query v3
  $ ip link set br0 type bridge mcast_querier 0
  $ ip netns exec h1 timeout 6 tcpdump -t -n -i e1 'igmp[0] = 0x11' > cap3 2>/dev/null &
  $ sleep 6
  $ wait; cat cap3
