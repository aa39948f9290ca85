The redirect back-off of ip_rt_send_redirect(), per source address (inet_peer): 9 redirects at most (20 ms << k apart), then silence until 20.48 s pass without a redirected packet; a second source address has its own peer; the route sysctls that tune it are not per namespace.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n h addr add 192.168.0.32/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl net.ipv4.route.redirect_number
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_number: No such file or directory
  [1]
  $ ip netns exec r sysctl net.ipv4.route.redirect_silence net.ipv4.route.redirect_load
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_silence: No such file or directory
  sysctl: cannot stat /proc/sys/net/ipv4/route/redirect_load: No such file or directory
  [2]
  $ ip netns exec r ls /proc/sys/net/ipv4/route/
  flush
  min_adv_mss
  min_pmtu
  mtu_expires
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.accept_redirects=0 net.ipv4.conf.h0.accept_redirects=0
  $ ip netns exec h ping -c 36 -i 0.4 -W 1 10.9.9.1 | grep Redirect | sed -E 's/.*icmp_seq=([0-9]+) .*/\1/' | tr '\n' ' '; echo
  1 2 3 4 5 7 11 18 31 
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 36                 0.0
  IcmpOutRedirects                9                  0.0
  $ ip netns exec h ping -c 3 -i 0.3 -W 1 10.9.9.2 | grep -c Redirect
  0
  [1]
  $ ip netns exec h ping -c 3 -i 0.3 -W 1 -I 192.168.0.32 10.9.9.2 | grep -c Redirect
  3
  $ sleep 15
  $ ip netns exec h ping -c 1 -W 1 10.9.9.3 | grep -c Redirect
  0
  [1]
  $ sleep 21
  $ ip netns exec h ping -c 5 -i 0.1 -W 1 10.9.9.4 | grep Redirect | sed -E 's/.*icmp_seq=([0-9]+) .*/\1/' | tr '\n' ' '; echo
  1 2 3 5 
  $ sleep 0.1
  $ ip netns exec h ping -c 1 -W 1 10.9.9.5 | grep -c Redirect
  1
  $ sleep 0.5
  $ ip netns exec h ping -c 1 -W 1 10.9.9.6 | grep -c Redirect
  1
  $ ip netns exec r nstat -az IcmpOutRedirects IpForwDatagrams | tail -n +2
  IpForwDatagrams                 50                 0.0
  IcmpOutRedirects                18                 0.0
  $ ip netns exec h nstat -az IcmpInRedirects | tail -n +2
  IcmpInRedirects                 18                 0.0
