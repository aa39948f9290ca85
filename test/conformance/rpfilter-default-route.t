A source reachable only through a default route: strict mode passes it when the default leaves by the receiving device and drops it otherwise, loose mode passes any unicast route back; a blackhole, unreachable or prohibit route back (or a throw to an empty table) is refused; a device without an IPv4 address fails loose mode (no second lookup).
  $ for n in a r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n r link set r0 up; ip -n r link set r1 up
  $ ip -n a addr add 10.1.0.2/24 dev a0; ip -n a addr add 10.2.0.2/24 dev a1
  $ ip -n r addr add 10.1.0.1/24 dev r0; ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n a addr add 198.51.100.7/32 dev lo
  $ ip -n r addr add 10.9.0.1/32 dev lo
  $ ip -n a route add 10.9.0.0/24 via 10.1.0.1
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route add default via 10.1.0.2
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 198.51.100.7 10.9.0.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n r route replace default via 10.2.0.2
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 198.51.100.7 10.9.0.1 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r0 
  $ ip netns exec a ping -c 1 -W 1 -I 198.51.100.7 10.9.0.1 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n r route add blackhole 198.51.100.0/24
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace unreachable 198.51.100.0/24
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace prohibit 198.51.100.0/24
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route replace throw 198.51.100.0/24
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r0 
  $ ip -n r route replace blackhole 198.51.100.0/24
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r0 
  $ ip -n r route del 198.51.100.0/24
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=2
  $ ip -n r addr flush dev r0
  $ ip -n r route add 10.1.0.0/24 dev r0
  $ ip -n r route get 10.9.0.1 from 10.1.0.2 iif r0
  local 10.9.0.1 from 10.1.0.2 dev lo 
      cache <local> iif r0 
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r1
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r1 
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=0
  $ ip -n r route get 10.9.0.1 from 198.51.100.7 iif r0
  local 10.9.0.1 from 198.51.100.7 dev lo 
      cache <local> iif r0 
  $ ip netns exec r nstat -az TcpExtIPReversePathFilter IpInReceives IpInDelivers IpInAddrErrors | tail -n +2
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    2                  0.0
  TcpExtIPReversePathFilter       1                  0.0
