The forms of flushing and listing the route cache after redirects: ip route flush cache with selectors or -s, ip -4/-6 route flush cache, route.flush written through /proc, show cache filtered by device and gateway, errors for an unknown device.
  $ ip netns add h
  $ ip netns add r
  $ ip link add h0 netns h address 02:00:00:00:00:31 type veth peer name r0 netns r address 02:00:00:00:01:21
  $ for n in h r; do ip -n $n link set lo up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n h link set h0 up
  $ ip -n r link set r0 up
  $ ip -n h addr add 192.168.0.31/24 dev h0
  $ ip -n r addr add 192.168.0.121/24 dev r0
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n h route add 10.9.9.0/24 via 192.168.0.121
  $ ip -n r route add 10.9.9.0/24 via 192.168.0.40
  $ ip -n r neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev r0 nud permanent
  $ ip -n h neigh add 192.168.0.40 lladdr 02:00:00:00:00:40 dev h0 nud permanent
  $ redir() { for i in "$@"; do ip netns exec h ping -c 1 -W 1 -I 192.168.0.31 10.9.9.$i > /dev/null; ip -n h route get 10.9.9.$i > /dev/null; sleep 0.5; done; }
  $ redir 1 2
  $ ip -n h route show cache dev h0 | grep -c redirected
  2
  $ ip -n h route show cache via 192.168.0.40 | grep -c redirected
  2
  $ ip -n h route show cache dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip -n h route flush cache 10.9.9.1
  $ ip -n h route show cache | grep -c redirected
  0
  [1]
  $ redir 3
  $ ip -n h -s route flush cache
  *** IPv4 routing cache is flushed.
  $ ip -n h route show cache | grep -c redirected
  0
  [1]
  $ redir 4
  $ ip -n h -4 route flush cache
  $ ip -n h route show cache | wc -l
  0
  $ redir 5
  $ ip -n h -6 route flush cache
  $ ip -n h route show cache | grep -c redirected
  1
  $ ip netns exec h sh -c 'echo 1 > /proc/sys/net/ipv4/route/flush'
  $ ip -n h route show cache | grep -c redirected
  0
  [1]
  $ ip netns exec h cat /proc/sys/net/ipv4/route/flush
  cat: /proc/sys/net/ipv4/route/flush: Permission denied
  [1]
  $ ip -n h route flush cache table main
  $ ip -n h route flush cache dev nosuch
  Cannot find device "nosuch"
  [1]
