Forwarding switches: conf.all.forwarding and ip_forward are one (devinet_sysctl_forward: a write to either sets every device and default), conf.default.forwarding only seeds new devices, per-device forwarding of the input device decides (ip_route_input_slow: IN_DEV_FORWARD of the in_dev), mc_forwarding is read-only, netconf shows the values.
  $ ip netns add a
  $ ip netns add r
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name ra netns r address 02:00:00:00:01:0a
  $ ip link add rb netns r address 02:00:00:00:01:0b type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n r link set ra up
  $ ip -n r link set rb up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.1.2/24 dev a0
  $ ip -n r addr add 10.0.1.1/24 dev ra
  $ ip -n r addr add 10.0.2.1/24 dev rb
  $ ip -n b addr add 10.0.2.2/24 dev b0
  $ ip -n a route add default via 10.0.1.1
  $ ip -n b route add default via 10.0.2.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.ra.forwarding net.ipv4.conf.lo.forwarding
  net.ipv4.conf.all.forwarding = 1
  net.ipv4.conf.default.forwarding = 1
  net.ipv4.conf.ra.forwarding = 1
  net.ipv4.conf.lo.forwarding = 1
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=0
  net.ipv4.conf.all.forwarding = 0
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.default.forwarding net.ipv4.conf.ra.forwarding net.ipv4.conf.rb.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.default.forwarding = 0
  net.ipv4.conf.ra.forwarding = 0
  net.ipv4.conf.rb.forwarding = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.default.forwarding=1
  net.ipv4.conf.default.forwarding = 1
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.ra.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  net.ipv4.conf.ra.forwarding = 0
  $ ip -n r link add rc type veth peer name rd
  $ ip netns exec r sysctl net.ipv4.conf.rc.forwarding net.ipv4.conf.rd.forwarding
  net.ipv4.conf.rc.forwarding = 1
  net.ipv4.conf.rd.forwarding = 1
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.forwarding=1 net.ipv4.conf.rb.forwarding=1
  net.ipv4.conf.ra.forwarding = 1
  net.ipv4.conf.rb.forwarding = 1
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding
  net.ipv4.ip_forward = 0
  net.ipv4.conf.all.forwarding = 0
  $ ip netns exec a ping -c 1 -W 1 10.0.2.2 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.0.2.2: icmp_seq=1 ttl=63 
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=2
  net.ipv4.ip_forward = 2
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.rc.forwarding
  net.ipv4.ip_forward = 2
  net.ipv4.conf.all.forwarding = 2
  net.ipv4.conf.rc.forwarding = 2
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=5
  net.ipv4.conf.all.forwarding = 5
  $ ip netns exec r sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.rc.forwarding
  net.ipv4.ip_forward = 5
  net.ipv4.conf.all.forwarding = 5
  net.ipv4.conf.rc.forwarding = 5
  $ ip netns exec r sysctl -w net.ipv4.conf.lo.forwarding=0
  net.ipv4.conf.lo.forwarding = 0
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.mc_forwarding=1
  sysctl: setting key "net.ipv4.conf.ra.mc_forwarding": Invalid argument
  $ ip netns exec r sysctl net.ipv4.conf.ra.mc_forwarding net.ipv4.conf.all.mc_forwarding
  net.ipv4.conf.ra.mc_forwarding = 0
  net.ipv4.conf.all.mc_forwarding = 0
  $ ip netns exec r cat /proc/sys/net/ipv4/conf/ra/forwarding /proc/sys/net/ipv4/ip_forward
  5
  5
  $ ip netns exec r sh -c 'echo 0 > /proc/sys/net/ipv4/ip_forward'; ip netns exec r sysctl net.ipv4.conf.ra.forwarding net.ipv4.conf.default.forwarding
  net.ipv4.conf.ra.forwarding = 0
  net.ipv4.conf.default.forwarding = 0
  $ ip -n r netconf show dev ra
  inet ra forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 ra forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip -n r netconf show
  inet lo forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet ra forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet rb forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet rd forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet rc forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet all forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet default forwarding off rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 lo forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 ra forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 rb forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 rd forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 rc forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 all forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 default forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec r sysctl -w net.ipv4.conf.ra.forwarding=1
  net.ipv4.conf.ra.forwarding = 1
  $ ip -n r netconf show dev ra
  inet ra forwarding on rp_filter off mc_forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  inet6 ra forwarding off proxy_neigh off ignore_routes_with_linkdown off 
  $ ip netns exec a ping -c 1 -W 1 10.0.2.2 | sed -n 2,4p
  
  --- 10.0.2.2 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a route get 10.0.2.2
  10.0.2.2 via 10.0.1.1 dev a0 src 10.0.1.2 uid 0 
      cache 
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=1
  net.ipv4.conf.all.forwarding = 1
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip netns exec r sysctl -w net.ipv4.conf.rb.forwarding=0
  net.ipv4.conf.rb.forwarding = 0
  $ ip -n r route get 10.0.2.2 from 10.0.1.2 iif ra
  10.0.2.2 from 10.0.1.2 dev rb 
      cache iif ra 
  $ ip -n r route get 10.0.1.2 from 10.0.2.2 iif rb
  RTNETLINK answers: No route to host
  [2]
  $ ip netns exec r nstat -asz IpForwDatagrams IpInAddrErrors IpOutNoRoutes IpInDiscards
  #kernel
  IpInAddrErrors                  1                  0.0
  IpForwDatagrams                 3                  0.0
  IpInDiscards                    0                  0.0
  IpOutNoRoutes                   0                  0.0
