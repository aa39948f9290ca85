A packet from the wire whose source is one of the host's own addresses (a neighbour spoofing it): dropped as a martian source until accept_local, then answered to the host itself (the reply is delivered locally, never reaches the wire); rp_filter=1 still drops it (the reverse route is lo, not the NIC); nstat counters on both sides and ip route get with iif for each case.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip link add a1 netns a address 02:00:00:00:0a:02 type veth peer name a2 netns a address 02:00:00:00:0a:03
  $ ip -n a link set a0 up; ip -n a link set a1 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.9.9.9/24 dev a1
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b addr add 10.9.9.9/32 dev lo
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev b0
  $ ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0
  $ ip -n a route get 10.0.0.1 from 10.9.9.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b ping -c 1 -W 1 -I 10.9.9.9 10.0.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a nstat -asz IpInReceives IpInDelivers IpInAddrErrors IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IPReversePathFilter
  #kernel
  IpInReceives                    1                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    0                  0.0
  IcmpInEchos                     0                  0.0
  IcmpInEchoReps                  0                  0.0
  IcmpOutEchoReps                 0                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.accept_local=1
  $ ip -n a route get 10.0.0.1 from 10.9.9.9 iif a0
  local 10.0.0.1 from 10.9.9.9 dev lo 
      cache <local> iif a0 
  $ ip netns exec a tcpdump -l -n -t -i a0 > a0.txt 2>/dev/null & sleep 0.5
  $ ip netns exec b ping -c 1 -W 1 -I 10.9.9.9 10.0.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ sleep 0.3; kill %1; wait; sed -E 's/, id [0-9]+, seq/, seq/' a0.txt
  IP 10.9.9.9 > 10.0.0.1: ICMP echo request, seq 1, length 64
  $ ip netns exec a nstat -asz IpInReceives IpInDelivers IpInAddrErrors IcmpInEchos IcmpInEchoReps IcmpOutEchoReps IPReversePathFilter
  #kernel
  IpInReceives                    3                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    2                  0.0
  IcmpInEchos                     1                  0.0
  IcmpInEchoReps                  1                  0.0
  IcmpOutEchoReps                 1                  0.0
  $ ip -n a -s link show lo | sed -n 4p
              84       1      0       0       0       0 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.rp_filter=1
  $ ip -n a route get 10.0.0.1 from 10.9.9.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b ping -c 1 -W 1 -I 10.9.9.9 10.0.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a nstat -asz IpInReceives IpInDelivers IcmpInEchos IPReversePathFilter
  #kernel
  IpInReceives                    4                  0.0
  IpInDelivers                    2                  0.0
  IcmpInEchos                     1                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.rp_filter=2
  $ ip -n a route get 10.0.0.1 from 10.9.9.9 iif a0
  local 10.0.0.1 from 10.9.9.9 dev lo 
      cache <local> iif a0 
  $ ip netns exec b ping -c 1 -W 1 -I 10.9.9.9 10.0.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a nstat -asz IpInReceives IpInDelivers IcmpInEchos IPReversePathFilter
  #kernel
  IpInReceives                    6                  0.0
  IpInDelivers                    4                  0.0
  IcmpInEchos                     2                  0.0
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.rp_filter=0 net.ipv4.conf.a0.accept_local=0 net.ipv4.conf.all.accept_local=1
  $ ip -n a route get 10.0.0.1 from 10.9.9.9 iif a0
  local 10.0.0.1 from 10.9.9.9 dev lo 
      cache <local> iif a0 
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.accept_local=0
  $ ip -n a route get 10.0.0.1 from 10.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.0.0.1 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
