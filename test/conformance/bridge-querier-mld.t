The MLD querier: with IPv6 on the bridge, mcast_querier 1 also sends MLDv1 general queries (mcast_mld_version 1) from the bridge's link-local address to ff02::1 (hop-by-hop router alert, max response delay 10000 ms), MLDv2 ones after mcast_mld_version 2; a bridge without IPv6 sends IGMP queries only.
  $ ip netns add h1
  $ ip link add br0 address 02:00:00:00:00:10 type bridge mcast_startup_query_interval 100
  $ ip link add p1 address 02:00:00:00:01:01 type veth peer name e1 netns h1 address 02:00:00:00:01:02
  $ ip link set p1 master br0
  $ ip link set br0 up; ip link set p1 up; ip -n h1 link set e1 up
  $ sleep 3
  $ ip -6 addr show dev br0 | grep -o 'inet6 [^ ]*'
  inet6 fe80::ff:fe00:10/64
  $ ip netns exec h1 timeout 6 tcpdump -c 4 -t -n -i e1 'ip6[48] = 130 or igmp[0] = 0x11' > c1 2>/dev/null &
  $ sleep 1.5
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ wait; sort c1
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  IP 0.0.0.0 > 224.0.0.1: igmp query v2
  IP6 fe80::ff:fe00:10 > ff02::1: HBH ICMP6, multicast listener querymax resp delay: 10000 addr: ::, length 24
  IP6 fe80::ff:fe00:10 > ff02::1: HBH ICMP6, multicast listener querymax resp delay: 10000 addr: ::, length 24
  $ ip link set br0 type bridge mcast_mld_version 2 mcast_igmp_version 3 mcast_querier 0
  $ ip netns exec h1 timeout 3 tcpdump -c 1 -t -n -vv -i e1 'ip6[48] = 130' > c1 2>/dev/null &
  $ sleep 0.5
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ wait; cat c1
  IP6 (hlim 1, next-header Options (0) payload length: 36) fe80::ff:fe00:10 > ff02::1: HBH (rtalert: 0x0000) (pad1)(pad1) [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=10000] [gaddr :: robustness=2 qqi=125]
  $ ip link set br0 type bridge mcast_querier 0
  $ sysctl -qw net.ipv6.conf.br0.disable_ipv6=1
  $ ip netns exec h1 timeout 2 tcpdump -t -n -i e1 'ip6[48] = 130 or igmp[0] = 0x11' > c1 2>/dev/null &
  $ sleep 0.5
  $ ip link set br0 type bridge mcast_querier 1
  $ sleep 2
  $ wait; cat c1
  IP 0.0.0.0 > 224.0.0.1: igmp query v3
