Addresses with scope host and scope link on a NIC: they get their local routes and answer pings from the host itself and from a neighbour, but source selection (ip route get, ping without -I) skips them for a destination of wider scope; ping -I of each address; ip addr show filtered by scope.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.1.0.1/24 dev a0 scope host
  $ ip -n a addr add 10.2.0.1/24 dev a0 scope link
  $ ip -n a addr add 10.3.0.1/24 dev a0
  $ ip -n b addr add 10.1.0.2/24 dev b0
  $ ip -n b addr add 10.2.0.2/24 dev b0
  $ ip -n b addr add 10.3.0.2/24 dev b0
  $ ip -n a -4 addr show dev a0
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns b
      inet 10.1.0.1/24 scope host a0
         valid_lft forever preferred_lft forever
      inet 10.2.0.1/24 scope link a0
         valid_lft forever preferred_lft forever
      inet 10.3.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -n a -4 addr show dev a0 scope host
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns b
      inet 10.1.0.1/24 scope host a0
         valid_lft forever preferred_lft forever
  $ ip -n a -4 addr show dev a0 scope link
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns b
      inet 10.2.0.1/24 scope link a0
         valid_lft forever preferred_lft forever
  $ ip -n a -4 addr show dev a0 scope global
  2: a0@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns b
      inet 10.3.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -n a -br -4 addr show scope host
  lo               UNKNOWN        127.0.0.1/8 
  a0@if2           UP             10.1.0.1/24 
  $ ip -n a route show
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 
  10.2.0.0/24 dev a0 proto kernel scope link src 10.2.0.1 
  10.3.0.0/24 dev a0 proto kernel scope link src 10.3.0.1 
  $ ip -n a route show table local
  local 10.1.0.1 dev a0 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a0 proto kernel scope link src 10.1.0.1 
  local 10.2.0.1 dev a0 proto kernel scope host src 10.2.0.1 
  broadcast 10.2.0.255 dev a0 proto kernel scope link src 10.2.0.1 
  local 10.3.0.1 dev a0 proto kernel scope host src 10.3.0.1 
  broadcast 10.3.0.255 dev a0 proto kernel scope link src 10.3.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n a route get 10.1.0.2
  10.1.0.2 dev a0 src 10.1.0.1 uid 0 
      cache 
  $ ip -n a route get 10.2.0.2
  10.2.0.2 dev a0 src 10.2.0.1 uid 0 
      cache 
  $ ip -n a route get 10.3.0.2
  10.3.0.2 dev a0 src 10.3.0.1 uid 0 
      cache 
  $ ip -n a route add 10.9.0.0/24 via 10.3.0.2
  $ ip -n a route get 10.9.0.5
  10.9.0.5 via 10.3.0.2 dev a0 src 10.3.0.1 uid 0 
      cache 
  $ ip -n a route add 10.8.0.0/24 dev a0 scope link
  $ ip -n a route get 10.8.0.5
  10.8.0.5 dev a0 src 10.2.0.1 uid 0 
      cache 
  $ ip -n a route get 10.1.0.1
  local 10.1.0.1 dev lo src 10.1.0.1 uid 0 
      cache <local> 
  $ ip netns exec a ping -c 1 10.1.0.1 | grep -E 'PING|bytes from|received'
  PING 10.1.0.1 (10.1.0.1) 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -I 10.1.0.1 10.3.0.1 | grep -E 'PING|bytes from|received'
  PING 10.3.0.1 (10.3.0.1) from 10.1.0.1 : 56(84) bytes of data.
  64 bytes from 10.3.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -I 10.2.0.1 10.1.0.1 | grep -E 'PING|bytes from|received'
  PING 10.1.0.1 (10.1.0.1) from 10.2.0.1 : 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 10.1.0.2 | grep -E 'PING|bytes from|received'
  PING 10.1.0.2 (10.1.0.2) 56(84) bytes of data.
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 10.2.0.2 | grep -E 'PING|bytes from|received'
  PING 10.2.0.2 (10.2.0.2) 56(84) bytes of data.
  64 bytes from 10.2.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec a ping -c 1 -I 10.1.0.1 10.1.0.2 | grep -E 'PING|bytes from|received'
  PING 10.1.0.2 (10.1.0.2) from 10.1.0.1 : 56(84) bytes of data.
  64 bytes from 10.1.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 1 10.1.0.1 | grep -E 'PING|bytes from|received'
  PING 10.1.0.1 (10.1.0.1) 56(84) bytes of data.
  64 bytes from 10.1.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip netns exec b ping -c 1 10.2.0.1 | grep -E 'PING|bytes from|received'
  PING 10.2.0.1 (10.2.0.1) 56(84) bytes of data.
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  10.1.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  10.2.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n b neigh show | sort
  10.1.0.1 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  10.2.0.1 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  $ ip -n a addr del 10.3.0.1/24 dev a0
  $ ip -n a route get 10.9.0.5
  10.9.0.5 via 10.3.0.2 dev a0 uid 0 
      cache 
  $ ip -n a route get 10.3.0.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec a ping -c 1 -W 1 10.3.0.2 | grep -E 'PING|bytes from|received'
  ping: connect: Network is unreachable
  [1]
