Loopback-net addresses in odd places: a 127/8 address on a NIC (its own local route, ARP for it refused without route_localnet), ping and route get bound to a NIC toward 127.0.0.1, lo's own addresses deleted and re-added, and lo down while 127.0.0.1 is pinged.
  $ ip netns add h
  $ ip netns add p
  $ ip link add eth0 netns h address 02:00:00:00:07:01 type veth peer name eth0 netns p address 02:00:00:00:07:02
  $ for n in h p; do ip -n $n link set lo up; ip -n $n link set eth0 up; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1; done
  $ ip -n h addr add 10.7.0.1/24 dev eth0
  $ ip -n p addr add 10.7.0.2/24 dev eth0
  $ ip -n h addr add 127.8.0.1/16 dev eth0
  $ ip -n h addr show dev eth0 | grep inet
      inet 127.8.0.1/16 scope host eth0
      inet 10.7.0.1/24 scope global eth0
  $ ip -n h route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.8.0.1 dev eth0 proto kernel scope host src 127.8.0.1 
  broadcast 127.8.255.255 dev eth0 proto kernel scope link src 127.8.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h route show
  10.7.0.0/24 dev eth0 proto kernel scope link src 10.7.0.1 
  127.8.0.0/16 dev eth0 proto kernel scope link src 127.8.0.1 
  $ ip -n h route get 127.8.0.9
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route get 127.8.0.1
  local 127.8.0.1 dev lo src 127.8.0.1 uid 0 
      cache <local> 
  $ ip netns exec h ping -c 1 -W 1 127.8.0.1 | sed -n 2p
  64 bytes from 127.8.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip -n p route add 127.8.0.0/16 dev eth0
  $ ip netns exec p arping -c 1 -w 1 -I eth0 -s 10.7.0.2 127.8.0.1 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -qw net.ipv4.conf.eth0.route_localnet=1
  $ ip netns exec p arping -c 1 -w 1 -I eth0 -s 10.7.0.2 127.8.0.1 | tail -1
  Received 1 response(s)
  $ ip -n h route get 127.0.0.1 oif eth0
  127.0.0.1 dev eth0 src 127.8.0.1 uid 0 
      cache 
  $ ip -n h route get 127.0.0.1 from 10.7.0.1 oif eth0
  127.0.0.1 from 10.7.0.1 dev eth0 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 -I eth0 127.0.0.1 | sed -n 1,2p
  PING 127.0.0.1 (127.0.0.1) from 127.8.0.1 eth0: 56(84) bytes of data.
  $ ip -n h addr del 127.8.0.1/16 dev eth0
  $ ip -n h route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h addr del 127.0.0.1/8 dev lo
  $ ip -n h route show table local | grep 127
  [1]
  $ ip -n h route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec h ping -c 1 -W 1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip -n h addr add 127.0.0.1/8 dev lo
  $ ip -n h route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n h addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  $ ip -n h link set lo down
  $ ip -n h route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip -n h route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip netns exec h ping -c 1 -W 1 127.0.0.1
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  
  --- 127.0.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip netns exec h ping -c 1 -W 1 10.7.0.1
  PING 10.7.0.1 (10.7.0.1) 56(84) bytes of data.
  
  --- 10.7.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h link set lo up
  $ ip -n h route show table local | grep 127
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip netns exec h ping -c 1 -W 1 127.0.0.2 | sed -n 2p
  64 bytes from 127.0.0.2: icmp_seq=1 ttl=64 time=* ms (glob)
