rp_filter on a router with a multipath route: a reply or a new flow entering on either leg of the multipath is valid in strict mode (fib_info_nh_uses_dev), a leg taken out of the route makes it a martian (IPReversePathFilter), loose mode accepts it; ECMP picks per flow with a fixed hash seed, shown by ip route get with ports and the uplinks counters.
  $ for n in h1 r u1 u2 x; do ip netns add $n; done
  $ ip link add h0 netns h1 address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add w1 netns r address 02:00:00:00:01:02 type veth peer name i1 netns u1 address 02:00:00:00:0b:01
  $ ip link add w2 netns r address 02:00:00:00:01:03 type veth peer name i2 netns u2 address 02:00:00:00:0c:01
  $ ip link add o1 netns u1 address 02:00:00:00:0b:02 type veth peer name x1 netns x address 02:00:00:00:0d:01
  $ ip link add o2 netns u2 address 02:00:00:00:0c:02 type veth peer name x2 netns x address 02:00:00:00:0d:02
  $ for n in h1 r u1 u2 x; do ip -n $n link set lo up; done
  $ ip -n h1 link set h0 up; ip -n r link set r0 up; ip -n r link set w1 up; ip -n r link set w2 up
  $ ip -n u1 link set i1 up; ip -n u1 link set o1 up; ip -n u2 link set i2 up; ip -n u2 link set o2 up
  $ ip -n x link set x1 up; ip -n x link set x2 up
  $ ip -n h1 addr add 192.168.1.2/24 dev h0
  $ ip -n r addr add 192.168.1.1/24 dev r0
  $ ip -n r addr add 100.64.1.2/24 dev w1
  $ ip -n r addr add 100.64.2.2/24 dev w2
  $ ip -n u1 addr add 100.64.1.1/24 dev i1
  $ ip -n u2 addr add 100.64.2.1/24 dev i2
  $ ip -n u1 addr add 10.1.0.1/24 dev o1
  $ ip -n u2 addr add 10.2.0.1/24 dev o2
  $ ip -n x addr add 10.1.0.2/24 dev x1
  $ ip -n x addr add 10.2.0.2/24 dev x2
  $ ip -n h1 route add default via 192.168.1.1
  $ ip -n x route add 100.64.1.0/24 via 10.1.0.1
  $ ip -n x route add 100.64.2.0/24 via 10.2.0.1
  $ ip -n u1 route add 10.2.0.0/24 via 10.1.0.2
  $ ip -n u2 route add 10.1.0.0/24 via 10.2.0.2
  $ for n in r u1 u2; do ip netns exec $n sysctl -qw net.ipv4.ip_forward=1; done
  $ ip -n r route add 10.0.0.0/8 nexthop via 100.64.1.1 nexthop via 100.64.2.1
  $ ip -n x route add 192.168.1.0/24 via 10.2.0.1
  $ ip -n u1 route add 192.168.1.0/24 via 100.64.1.2
  $ ip -n u2 route add 192.168.1.0/24 via 100.64.2.2
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.w1.rp_filter=1 net.ipv4.conf.w2.rp_filter=1
  $ ip netns exec r sysctl -qw net.ipv4.fib_multipath_hash_policy=1 net.ipv4.fib_multipath_hash_seed=7
  $ ip -n r route show 10.0.0.0/8
  10.0.0.0/8 
  	nexthop via 100.64.1.1 dev w1 weight 1 
  	nexthop via 100.64.2.1 dev w2 weight 1 
  $ ip netns exec x ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip -n r route get 192.168.1.2 from 10.2.0.2 iif w2
  192.168.1.2 from 10.2.0.2 dev r0 
      cache iif w2 
  $ ip -n r route get 192.168.1.2 from 10.2.0.2 iif w1
  192.168.1.2 from 10.2.0.2 dev r0 
      cache iif w1 
  $ ip -n r route get 192.168.1.2 from 172.16.0.1 iif w2
  RTNETLINK answers: Invalid argument
  [2]
  $ for p in 1000 1001 1002 1003 1004 1005; do ip -n r route get 10.1.0.2 ipproto udp sport $p dport 53 | head -1; done
  10.1.0.2 via 100.64.2.1 dev w2 src 100.64.2.2 uid 0 
  10.1.0.2 via 100.64.1.1 dev w1 src 100.64.1.2 uid 0 
  10.1.0.2 via 100.64.2.1 dev w2 src 100.64.2.2 uid 0 
  10.1.0.2 via 100.64.1.1 dev w1 src 100.64.1.2 uid 0 
  10.1.0.2 via 100.64.2.1 dev w2 src 100.64.2.2 uid 0 
  10.1.0.2 via 100.64.2.1 dev w2 src 100.64.2.2 uid 0 
  $ for p in 1000 1001 1002 1003 1004 1005; do echo x | ip netns exec h1 nc -u -w 0 -p $p 10.1.0.2 53; done
  $ ip netns exec u1 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 4                  0.0
  $ ip netns exec u2 nstat -az IpForwDatagrams
  #kernel
  IpForwDatagrams                 10                 0.0
  $ ip -n r route replace 10.0.0.0/8 via 100.64.1.1
  $ ip netns exec x ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  $ ip -n r route get 192.168.1.2 from 10.2.0.2 iif w2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter
  #kernel
  TcpExtIPReversePathFilter       1                  0.0
  $ ip netns exec r sysctl -qw net.ipv4.conf.w2.rp_filter=2
  $ ip netns exec x ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip netns exec x ping -c 1 -W 1 192.168.1.2 | sed -n 2p
  64 bytes from 192.168.1.2: icmp_seq=1 ttl=62 time=* ms (glob)
  $ ip -n r route get 192.168.1.2 from 10.2.0.2 iif w2
  192.168.1.2 from 10.2.0.2 dev r0 
      cache iif w2 
  $ ip -n r route get 192.168.1.2 from 172.16.0.1 iif w2
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpForwDatagrams
  #kernel
  IpForwDatagrams                 18                 0.0
  TcpExtIPReversePathFilter       1                  0.0
