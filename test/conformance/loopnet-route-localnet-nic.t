A 127/8 address on a NIC reached from a neighbour: without route_localnet the neighbour's ARP request for it goes unanswered and a packet to it (with a static neighbour entry) is dropped as a martian destination; with route_localnet=1 on the device (or on all: they are ORed) it is delivered, but the echo reply leaves with its 127/8 source and the neighbour, without route_localnet, drops it as a martian source, so only one-way UDP gets through; a 127/8 source from the wire is a martian without route_localnet, 127.0.0.1 itself even with it; ip route get with iif for each case.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 127.1.0.1/16 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b route add 127.1.0.0/16 dev b0
  $ ip -n a route show table local | grep 127.1
  local 127.1.0.1 dev a0 proto kernel scope host src 127.1.0.1 
  broadcast 127.1.255.255 dev a0 proto kernel scope link src 127.1.0.1 
  $ ip -n a route get 127.1.0.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec b ping -c 1 -W 1 127.1.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh show | sort
  127.1.0.1 dev b0 INCOMPLETE 
  $ ip -n b neigh replace 127.1.0.1 lladdr 02:00:00:00:0a:01 dev b0
  $ ip netns exec b ping -c 1 -W 1 127.1.0.1 | grep -E 'received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=1
  $ ip -n a route get 127.1.0.1 from 10.0.0.2 iif a0
  local 127.1.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip netns exec b ping -c 1 -W 1 127.1.0.1 | grep -E 'bytes from|received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh del 127.1.0.1 dev b0
  $ ip netns exec b ping -c 1 -W 1 127.1.0.1 | grep -E 'bytes from|received'
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b neigh show | sort
  127.1.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE 
  $ ip netns exec a sh -c 'nc -u -l -s 127.1.0.1 -p 9000 > u.out & sleep 0.3'
  $ ip netns exec b sh -c 'echo via-localnet | nc -u -w 1 -p 9001 127.1.0.1 9000'
  $ sleep 0.2; cat u.out
  via-localnet
  $ ip netns exec a ss -Hun | sed -E 's/ +/ /g'
  0 0 127.1.0.1:9000 10.0.0.2:9001
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=0 net.ipv4.conf.all.route_localnet=1
  $ ip -n a route get 127.1.0.1 from 10.0.0.2 iif a0
  local 127.1.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.route_localnet=0
  $ ip -n a route get 127.1.0.1 from 10.0.0.2 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.0.0.1 from 127.1.0.9 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.route_localnet=1
  $ ip -n a route get 10.0.0.1 from 127.1.0.9 iif a0
  local 10.0.0.1 from 127.1.0.9 dev lo 
      cache <local> iif a0 
  $ ip -n a route get 10.0.0.1 from 127.0.0.1 iif a0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 127.0.0.1 from 10.0.0.2 iif a0
  local 127.0.0.1 from 10.0.0.2 dev lo 
      cache <local> iif a0 
  $ ip -n a route get 127.1.0.1 from 10.0.0.1
  local 127.1.0.1 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip -n a route get 10.0.0.2 from 127.1.0.1
  10.0.0.2 from 127.1.0.1 dev a0 uid 0 
      cache 
  $ ip netns exec a nstat -asz IpInAddrErrors IpInReceives IpInDelivers IcmpInEchos IcmpOutEchoReps UdpInDatagrams
  #kernel
  IpInReceives                    5                  0.0
  IpInAddrErrors                  0                  0.0
  IpInDelivers                    3                  0.0
  IcmpInEchos                     2                  0.0
  IcmpOutEchoReps                 2                  0.0
  UdpInDatagrams                  1                  0.0
  $ ip netns pids a | xargs -r kill
