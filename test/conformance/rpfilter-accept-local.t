accept_local with and without rp_filter: a packet whose source is one of our addresses is refused unless accept_local (the device's or all's); then, with rp_filter on, the route back (a local route through lo) must still pass the reverse-path test, so strict mode refuses it and loose mode takes it. An echo request that arrives from our own address is answered to ourselves.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.5.0.2/32 dev lo
  $ ip -n a addr add 10.5.0.2/32 dev lo
  $ ip -n a route add 10.5.0.9/32 dev a0
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -w net.ipv4.conf.all.accept_local=1
  net.ipv4.conf.all.accept_local = 1
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  local 10.0.0.2 from 10.5.0.2 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.accept_local=0 net.ipv4.conf.b0.accept_local=1
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  local 10.0.0.2 from 10.5.0.2 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -qw net.ipv4.conf.default.accept_local=1
  $ ip netns exec b sysctl net.ipv4.conf.lo.accept_local net.ipv4.conf.b0.accept_local
  net.ipv4.conf.lo.accept_local = 0
  net.ipv4.conf.b0.accept_local = 1
  $ ip netns exec a ping -c 1 -W 1 -I 10.5.0.2 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IcmpInEchos IcmpOutEchoReps IcmpInEchoReps IpInDelivers | tail -n +2
  IpInDelivers                    2                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip netns exec a nstat -az IcmpOutEchos IcmpInEchoReps | tail -n +2
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchos                    1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=1
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.0.0.2 from 10.0.0.2 iif b0
  local 10.0.0.2 from 10.0.0.2 dev lo 
      cache <local> iif b0 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=2
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  local 10.0.0.2 from 10.5.0.2 dev lo 
      cache <local> iif b0 
  $ ip -n b route get 10.0.0.2 from 10.0.0.2 iif b0
  local 10.0.0.2 from 10.0.0.2 dev lo 
      cache <local> iif b0 
  $ ip netns exec a ping -c 1 -W 1 -I 10.5.0.2 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IcmpInEchos IcmpInEchoReps TcpExtIPReversePathFilter | tail -n +2
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  2                  0.0
  TcpExtIPReversePathFilter       0                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.5.0.2 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IcmpInEchos IcmpInEchoReps TcpExtIPReversePathFilter | tail -n +2
  IcmpInEchos                     2                  0.0
  IcmpInEchoReps                  2                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=0 net.ipv4.conf.b0.accept_local=0
  $ ip netns exec b sysctl net.ipv4.conf.b0.accept_local net.ipv4.conf.all.accept_local
  net.ipv4.conf.b0.accept_local = 0
  net.ipv4.conf.all.accept_local = 0
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a ping -c 1 -W 1 -I 10.5.0.2 10.0.0.2 | tail -2 | head -1
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b nstat -az IcmpInEchos TcpExtIPReversePathFilter IpInAddrErrors | tail -n +2
  IpInAddrErrors                  0                  0.0
  IcmpInEchos                     2                  0.0
  TcpExtIPReversePathFilter       1                  0.0
  $ ip netns exec b sysctl -qw net.ipv4.ip_forward=1
  $ ip -n b route add 10.7.0.0/24 via 10.0.0.1
  $ ip -n b route get 10.7.0.1 from 10.5.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n b route get 10.7.0.1 from 10.0.0.2 iif b0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.accept_local=1
  $ ip -n b route get 10.7.0.1 from 10.5.0.2 iif b0
  10.7.0.1 from 10.5.0.2 via 10.0.0.1 dev b0 
      cache iif b0 
  $ ip -n b route get 10.7.0.1 from 10.0.0.2 iif b0
  10.7.0.1 from 10.0.0.2 via 10.0.0.1 dev b0 
      cache <redirect> iif b0 
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.rp_filter=2
  $ ip -n b route get 10.7.0.1 from 10.5.0.2 iif b0
  10.7.0.1 from 10.5.0.2 via 10.0.0.1 dev b0 
      cache iif b0 
  $ ip -n b route get 10.7.0.1 from 10.0.0.2 iif b0
  10.7.0.1 from 10.0.0.2 via 10.0.0.1 dev b0 
      cache <redirect> iif b0 
  $ ip -n b route get 10.0.0.2 from 10.5.0.2 iif lo
  RTNETLINK answers: Invalid argument
  [2]
