The router side of redirects: send_redirects, shared_media (an off-link new gateway is only advised on a shared medium), and the back-off per destination host (ip_rt_send_redirect: the k-th redirect waits 20 ms << k).
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip -n r addr add 172.16.0.1/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r route add 10.9.9.5 via 172.16.0.9
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n r neigh add 172.16.0.9 lladdr 02:00:00:00:00:09 dev r0 nud permanent
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec h ping -c 12 -i 0.2 -W 1 10.9.9.1 | grep -c Redirect
  6
  $ ip netns exec r nstat -asz IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 12                 0.0
  IcmpOutRedirects                6                  0.0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 172.16.0.9)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.shared_media=0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.shared_media=0
  $ sleep 25
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | sed -n 2p
  $ ip netns exec h ping -c 1 -W 1 10.9.9.6 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.send_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.7 | sed -n 2p
  From 192.168.0.121: icmp_seq=1 Redirect Host(New nexthop: 192.168.0.40)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.send_redirects=0
  $ ip netns exec h ping -c 1 -W 1 10.9.9.8 | sed -n 2p
  $ ip netns exec r nstat -asz IcmpOutRedirects IpForwDatagrams
  #kernel
  IpForwDatagrams                 17                 0.0
  IcmpOutRedirects                9                  0.0
