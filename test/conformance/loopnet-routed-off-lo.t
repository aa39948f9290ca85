127.0.0.0/8 routed off lo: with the local table's 127.0.0.0/8 in place every 127/8 destination is local; once it is deleted a route of the main table sends 127/8 out of a NIC (source picked on that NIC), a loopback source still may not leave lo, and the receiver drops a 127/8 destination as a martian unless route_localnet.
  $ ip netns add h
  $ ip netns add p
  $ ip link add eth0 netns h address 02:00:00:00:01:01 type veth peer name eth0 netns p address 02:00:00:00:01:02
  $ ip -n h link set lo up
  $ ip -n h link set eth0 up
  $ ip -n p link set lo up
  $ ip -n p link set eth0 up
  $ ip -n h addr add 10.9.0.1/24 dev eth0
  $ ip -n p addr add 10.9.0.2/24 dev eth0
  $ ip -n h route show table local type local
  local 10.9.0.1 dev eth0 proto kernel scope host src 10.9.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip -n h route get 127.16.0.1
  local 127.16.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n h route add 127.16.0.0/16 dev eth0
  $ ip -n h route get 127.16.0.1
  127.16.0.1 dev eth0 src 10.9.0.1 uid 0 
      cache 
  $ ip -n h route show
  10.9.0.0/24 dev eth0 proto kernel scope link src 10.9.0.1 
  127.16.0.0/16 dev eth0 scope link 
  $ ip -n h route del local 127.0.0.0/8 dev lo table local
  $ ip -n h route show table local type local
  local 10.9.0.1 dev eth0 proto kernel scope host src 10.9.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip -n h route get 127.16.0.1
  127.16.0.1 dev eth0 src 10.9.0.1 uid 0 
      cache 
  $ ip -n h route get 127.16.0.1 from 127.0.0.1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n h route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n h route get 127.0.0.5
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip netns exec h ping -c 1 -W 1 127.0.0.1 | head -2
  PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.
  64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec h ping -c 1 -W 1 127.0.0.5
  ping: connect: Network is unreachable
  [2]
  $ ip -n p neigh add 10.9.0.1 lladdr 02:00:00:00:01:01 dev eth0
  $ ip -n p addr add 127.16.0.1/32 dev eth0
  $ ip -n p route get 127.16.0.1 from 10.9.0.1 iif eth0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec h ping -c 1 -W 1 127.16.0.1 | tail -3
  --- 127.16.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec p nstat -az IpInAddrErrors IpExtInNoRoutes
  #kernel
  IpInAddrErrors                  0                  0.0
  IpExtInNoRoutes                 0                  0.0
  $ ip netns exec p sysctl -qw net.ipv4.conf.eth0.route_localnet=1
  $ ip -n p route get 127.16.0.1 from 10.9.0.1 iif eth0
  local 127.16.0.1 from 10.9.0.1 dev lo 
      cache <local> iif eth0 
  $ ip netns exec h ping -c 1 -W 1 127.16.0.1 | tail -3
  --- 127.16.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n h neigh show | sort
  127.16.0.1 dev eth0 lladdr 02:00:00:00:01:02 REACHABLE 
  $ ip netns exec h ping -c 1 -W 1 -I 127.0.0.1 127.16.0.1
  PING 127.16.0.1 (127.16.0.1) from 127.0.0.1 : 56(84) bytes of data.
  
  --- 127.16.0.1 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  [1]
  $ ip -n h route add local 127.0.0.0/8 dev lo table local
  $ ip -n h route get 127.16.0.1
  127.16.0.1 dev eth0 src 10.9.0.1 uid 0 
      cache 
  $ ip netns exec h ping -c 1 -W 1 127.16.0.1 | sed -n 2p
