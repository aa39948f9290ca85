Martian sources and destinations: accept_local, route_localnet, log_martians and counters.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a link set a0 up; ip -n b link set b0 up; ip -n b link set lo up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b route get 10.0.0.2 from 10.0.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.accept_local=1
  $ ip -n b route get 10.0.0.2 from 10.0.0.2 iif b0
  local 10.0.0.2 from 10.0.0.2 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 127.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 127.0.0.1 from 10.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.route_localnet=1
  $ ip -n b route get 127.0.0.1 from 10.0.0.1 iif b0
  local 127.0.0.1 from 10.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 127.0.0.1 iif b0
  local 10.0.0.2 from 127.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 0.0.0.0 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.0.0.2 from 255.255.255.255 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 0.0.0.0 from 10.0.0.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.0.0.0 from 10.0.0.1 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n b route get 240.0.0.1 from 10.0.0.1 iif b0
  RTNETLINK answers: No route to host
  [2]
  $ ip -n b route get 10.0.0.2 from 240.0.0.1 iif b0
  local 10.0.0.2 from 240.0.0.1 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 10.0.0.255 iif b0
  local 10.0.0.2 from 10.0.0.255 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 224.1.1.1 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a addr add 10.0.0.2/32 dev a0
  $ ip netns exec a ping -c 1 -W 1 -I a0 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.accept_local=0 net.ipv4.conf.all.log_martians=1
  $ ip -n a route add 10.0.0.99/32 dev a0
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.2 10.0.0.99 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IpInAddrErrors IpExtInNoRoutes IpInDiscards | tail -n +2
  IpInAddrErrors                  0                  0.0
  IpInDiscards                    0                  0.0
  IpExtInNoRoutes                 0                  0.0
