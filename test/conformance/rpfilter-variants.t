rp_filter: strict and loose mode with asymmetric routes, the all/device max rule, and log counters.
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name r0 netns r address 02:00:00:00:00:02
  $ ip link add a1 netns a address 02:00:00:00:00:03 type veth peer name r1 netns r address 02:00:00:00:00:04
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.0.1.1/24 dev a0
  $ ip -n a addr add 10.0.2.1/24 dev a1
  $ ip -n r addr add 10.0.1.2/24 dev r0
  $ ip -n r addr add 10.0.2.2/24 dev r1
  $ ip -n a addr add 172.16.0.1/32 dev lo
  $ ip -n a link set lo up
  $ ip -n r route add 172.16.0.1 via 10.0.2.1
  $ ip netns exec r sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.r0.rp_filter
  net.ipv4.conf.all.rp_filter = 0
  net.ipv4.conf.default.rp_filter = 0
  net.ipv4.conf.r0.rp_filter = 0
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.0.1.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.0.1.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route get 10.0.1.2 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 172.16.0.1 iif r1
  local 10.0.1.2 from 172.16.0.1 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=2
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.0.1.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.rp_filter=0 net.ipv4.conf.all.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 172.16.0.1 10.0.1.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n r route get 10.0.1.2 from 172.16.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 192.0.2.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.0.1.2 from 192.0.2.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route add default via 10.0.2.1
  $ ip -n r route get 10.0.1.2 from 192.0.2.1 iif r0
  local 10.0.1.2 from 192.0.2.1 dev lo 
      cache <local> iif r0 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.0.1.2 from 192.0.2.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 10.0.1.1 iif r0
  local 10.0.1.2 from 10.0.1.1 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.0.1.2 from 10.0.1.2 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 127.0.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 224.0.0.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.0.1.2 from 0.0.0.0 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 255.255.255.255 from 10.0.1.1 iif r0
  broadcast 255.255.255.255 from 10.0.1.1 dev lo 
      cache <local,brd> iif r0 
  $ ip -n r route get 10.0.1.255 from 10.0.1.1 iif r0
  broadcast 10.0.1.255 from 10.0.1.1 dev lo 
      cache <local,brd> iif r0 
  $ ip -n r route get 127.0.0.1 from 10.0.1.1 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInAddrErrors IpInNoRoutes | tail -n +2
  IpInAddrErrors                  0                  0.0
  TcpExtIPReversePathFilter       2                  0.0
