ICMP errors from a router turned into socket errors: TCP connects and UDP sends through unreachable, prohibit, blackhole and throw routes, a closed port behind the router, and what nc, socat and ss say.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
  $ for n in a r b; do ip -n $n link set lo up; done
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n r link set r0 up
  $ ip -n r link set r1 up mtu 1400
  $ ip -n b link set b0 mtu 1400
  $ ip -n a addr add 10.1.0.2/24 dev a0
  $ ip -n r addr add 10.1.0.1/24 dev r0
  $ ip -n r addr add 10.2.0.1/24 dev r1
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n a route add default via 10.1.0.1
  $ ip -n b route add default via 10.2.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip -n r route add unreachable 10.5.0.0/24
  $ ip -n r route add prohibit 10.6.0.0/24
  $ ip -n r route add blackhole 10.7.0.0/24
  $ ip -n r route add throw 10.8.0.0/24
  $ ip netns exec r sysctl -qw net.ipv4.route.error_burst=50000
  sysctl: cannot stat /proc/sys/net/ipv4/route/error_burst: No such file or directory
  [1]
  $ for d in 10.5.0.9 10.6.0.9 10.8.0.9; do ip netns exec a nc -z -w 2 $d 80; echo $?; done
  1
  1
  1
  $ ip netns exec a nc -z -w 1 10.7.0.9 80; echo $?
  1
  $ ip netns exec a nc -z -w 2 10.2.0.2 80; echo $?
  1
  $ ip netns exec a socat -u /dev/null TCP:10.6.0.9:80,connect-timeout=2 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat[N]/'
  socat[N] E connect(6, AF=2 10.6.0.9:80, 16): No route to host
  $ ip netns exec a socat -u /dev/null TCP:10.5.0.9:80,connect-timeout=2 2>&1 | sed -E 's/^[0-9\/]+ [0-9:]+ socat\[[0-9]+\]/socat[N]/'
  socat[N] E connecting to AF=2 10.5.0.9:80: Connection timed out
  $ (echo a; sleep 0.5; echo b; sleep 0.5; echo c) | ip netns exec a nc -u -w 1 10.2.0.2 9999; echo $?
  0
  $ (echo a; sleep 0.5; echo b) | ip netns exec a nc -u -w 1 10.5.0.9 9999; echo $?
  0
  $ ip netns exec a nstat -az TcpActiveOpens TcpAttemptFails IcmpInDestUnreachs UdpOutDatagrams UdpInErrors
  #kernel
  IcmpInDestUnreachs              4                  0.0
  TcpActiveOpens                  7                  0.0
  TcpAttemptFails                 1                  0.0
  UdpInErrors                     0                  0.0
  UdpOutDatagrams                 3                  0.0
  $ ip netns exec r nstat -az IcmpOutDestUnreachs IpOutNoRoutes IpExtInNoRoutes
  #kernel
  IpOutNoRoutes                   0                  0.0
  IcmpOutDestUnreachs             3                  0.0
  IpExtInNoRoutes                 2                  0.0
