Nexthop objects in use: a router forwards through a group, a blackhole object drops, a carrier loss removes the objects, nexthop_compat_mode 0 hides the next hops, ip -4 and flush.
  $ ip netns add h1; ip netns add r0; ip netns add h2
  $ ip link add e1 netns h1 type veth peer name r1 netns r0
  $ ip link add e2 netns h2 type veth peer name r2 netns r0
  $ ip -n h1 link set e1 address 02:00:00:00:01:01; ip -n r0 link set r1 address 02:00:00:00:00:01
  $ ip -n h2 link set e2 address 02:00:00:00:02:02; ip -n r0 link set r2 address 02:00:00:00:00:02
  $ for n in h1 r0 h2; do ip -n $n link set lo up; done
  $ ip -n h1 link set e1 up; ip -n h2 link set e2 up; ip -n r0 link set r1 up; ip -n r0 link set r2 up
  $ ip -n h1 addr add 10.1.0.1/24 dev e1; ip -n r0 addr add 10.1.0.254/24 dev r1
  $ ip -n h2 addr add 10.2.0.1/24 dev e2; ip -n r0 addr add 10.2.0.254/24 dev r2
  $ ip netns exec r0 sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h1 nexthop add id 1 via 10.1.0.254 dev e1
  $ ip -n h1 nexthop add id 2 group 1
  $ ip -n h1 route add 10.2.0.0/24 nhid 2
  $ ip -n h2 nexthop add id 7 via 10.2.0.254 dev e2
  $ ip -n h2 route add default nhid 7
  $ ip netns exec h1 ping -c 2 -i 0.2 10.2.0.1 | grep -E 'bytes from|transmitted'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 time=* ms (glob)
  64 bytes from 10.2.0.1: icmp_seq=2 ttl=63 time=* ms (glob)
  2 packets transmitted, 2 received, 0% packet loss, time *ms (glob)
  $ ip -n h1 -d route show 10.2.0.0/24
  unicast 10.2.0.0/24 nhid 2 via 10.1.0.254 dev e1 proto boot scope global 
  	nh_info id 2 group 1 scope global proto unspec 
  $ ip -n h1 -4 nexthop
  id 1 via 10.1.0.254 dev e1 scope link 
  $ ip -n h1 nexthop show groups
  id 2 group 1 
  $ ip netns exec h1 sysctl -qw net.ipv4.nexthop_compat_mode=0
  $ ip -n h1 route
  10.1.0.0/24 dev e1 proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 nhid 2 
  $ ip netns exec h1 sysctl -qw net.ipv4.nexthop_compat_mode=1
  $ ip -n h2 nexthop add id 9 blackhole
  $ ip -n h2 route replace default nhid 9
  $ ip -n h2 route
  blackhole default nhid 9 dev lo 
  10.2.0.0/24 dev e2 proto kernel scope link src 10.2.0.1 
  $ ip netns exec h1 ping -c 1 -W 1 10.2.0.1 | grep transmitted
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec h2 ping -c 1 10.1.0.1
  ping: connect: Invalid argument
  [2]
  $ ip -n h2 route get 10.1.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h2 route del default nhid 7
  RTNETLINK answers: No such process
  [2]
  $ ip -n h2 route del default nhid 9
  $ ip -n h2 route
  10.2.0.0/24 dev e2 proto kernel scope link src 10.2.0.1 
  $ ip -n r0 link set r1 down
  $ sleep 1
  $ ip -n h1 nexthop
  $ ip -n h1 route
  10.1.0.0/24 dev e1 proto kernel scope link src 10.1.0.1 linkdown 
  $ ip -n h1 nexthop add id 3 via 10.1.0.254 dev e1
  Error: Carrier for nexthop device is down.
  [2]
  $ ip -n h1 nexthop add id 3 dev e1
  Error: Carrier for nexthop device is down.
  [2]
  $ ip -n r0 link set r1 up
  $ sleep 1
  $ ip -n h1 nexthop add id 3 via 10.1.0.254 dev e1
  $ ip -n h1 nexthop add id 4 via 10.1.0.253 dev e1
  $ ip -n h1 nexthop add id 5 group 3,2/4,2
  $ ip -n h1 nexthop flush
  Flushed 3 nexthops
  $ ip -n h1 nexthop flush
  Nothing to flush
  $ ip -n h1 nexthop list
  $ ip -n h2 nexthop flush id 9
  $ ip -n h2 nexthop flush id 9
  RTNETLINK answers: No such file or directory
  [1]
  $ ip -n h2 nexthop
  id 7 via 10.2.0.254 dev e2 scope link 
