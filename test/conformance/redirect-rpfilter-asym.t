Redirects and rp_filter when the router reaches the sender by another interface (a host route to it through a second link): strict rp_filter drops the packet as a martian (IPReversePathFilter: no forward, no redirect); loose and off forward it and flag a redirect (fib_validate_source's second lookup, through the incoming device, finds the sender's connected subnet), which then goes out by that other link, so the sender never sees it; a host route on the incoming device brings it back.
  $ for n in h r x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ ip link add r1 netns r address 02:00:00:00:01:22 type veth peer name x0 netns x address 02:00:00:00:00:77
  $ for n in h r x; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up; ip -n r link set r0 up; ip -n r link set r1 up; ip -n x link set x0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 172.16.7.1/24 dev r1
  $ ip -n x addr add 172.16.7.2/24 dev x0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 192.168.0.31/32 via 172.16.7.2
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ for m in 0 2 1; do
  >   ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=$m net.ipv4.conf.r0.rp_filter=$m
  >   echo "rp_filter=$m: $(ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0 2>&1 | tr -s ' \n' ' ')"
  >   ip netns exec h ping -c 1 -W 1 10.9.9.$((m+1)) | sed -n 2p
  >   sleep 0.5
  > done
  rp_filter=0: 10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 cache <redirect> iif r0 
  
  rp_filter=2: 10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 cache <redirect> iif r0 
  
  rp_filter=1: RTNETLINK answers: Invalid argument 
  $ ip -n r route del 192.168.0.31/32
  $ ip -n r route add 192.168.0.31/32 dev r0
  $ ip -n r route get 10.9.9.1 from 192.168.0.31 iif r0
  10.9.9.1 from 192.168.0.31 via 192.168.0.40 dev r0 
      cache <redirect> iif r0 
  $ ip netns exec h ping -c 1 -W 1 10.9.9.4 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams TcpExtIPReversePathFilter | tail -n +2
  IpForwDatagrams                 3                  0.0
  IcmpOutRedirects                3                  0.0
  TcpExtIPReversePathFilter       1                  0.0
