AnyIP: a local route for a whole prefix on lo makes every address in it the host's own: ping of several addresses in it (the reply's source is the pinged address), ping -I from one of them, UDP and TCP servers bound to an address of the prefix with ss showing it, a neighbour reaching the prefix through a route, and the route deleted again.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a route add local 198.51.100.0/24 dev lo
  $ ip -n a route show table local type local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 198.51.100.0/24 dev lo scope host 
  $ ip -n a route get 198.51.100.77
  local 198.51.100.77 dev lo src 198.51.100.77 uid 0 
      cache <local> 
  $ ip -n a route get 198.51.100.0
  local 198.51.100.0 dev lo src 198.51.100.0 uid 0 
      cache <local> 
  $ ip -n a route get 198.51.100.255
  local 198.51.100.255 dev lo src 198.51.100.255 uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 198.51.100.77 | grep -E 'PING|bytes from|received'
  PING 198.51.100.77 (198.51.100.77) 56(84) bytes of data.
  64 bytes from 198.51.100.77: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -I 198.51.100.5 10.0.0.1 | grep -E 'PING|bytes from|received'
  PING 10.0.0.1 (10.0.0.1) from 198.51.100.5 : 56(84) bytes of data.
  64 bytes from 10.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -I 198.51.100.5 10.0.0.2 | grep -E 'PING|bytes from|received'
  PING 10.0.0.2 (10.0.0.2) from 198.51.100.5 : 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n b route add 198.51.100.0/24 via 10.0.0.1
  $ ip netns exec b ping -c 1 198.51.100.200 | grep -E 'PING|bytes from|received'
  PING 198.51.100.200 (198.51.100.200) 56(84) bytes of data.
  64 bytes from 198.51.100.200: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a sh -c 'nc -u -l -s 198.51.100.9 -p 5353 > u.out & sleep 0.3'
  $ ip netns exec a sh -c 'nc -l -s 198.51.100.10 -p 5000 > t.out & sleep 0.3'
  $ ip netns exec a ss -Hlnut | sed -E 's/ +/ /g' | sort
  tcp LISTEN 0 1 198.51.100.10:5000 0.0.0.0:*
  udp UNCONN 0 0 198.51.100.9:5353 0.0.0.0:*
  $ ip netns exec b sh -c 'echo any-udp | nc -u -w 1 -p 4444 198.51.100.9 5353'
  $ ip netns exec b sh -c 'echo any-tcp | nc -N -w 1 -p 4445 198.51.100.10 5000'
  $ sleep 0.3; cat u.out t.out
  any-udp
  any-tcp
  $ ip netns exec a ss -Hun | sed -E 's/ +/ /g'
  0 0 198.51.100.9:5353 10.0.0.2:4444
  $ ip netns exec a nstat -asz UdpInDatagrams UdpNoPorts TcpPassiveOpens IcmpInEchos IcmpOutEchoReps
  #kernel
  IcmpInEchos                     3                  0.0
  IcmpOutEchoReps                 3                  0.0
  TcpPassiveOpens                 1                  0.0
  UdpInDatagrams                  1                  0.0
  UdpNoPorts                      0                  0.0
  $ ip -n a route del local 198.51.100.0/24 dev lo
  $ ip -n a route get 198.51.100.77
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec b ping -c 1 -W 1 198.51.100.200 | grep -E 'PING|bytes from|received'
  PING 198.51.100.200 (198.51.100.200) 56(84) bytes of data.
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns pids a | xargs -r kill
