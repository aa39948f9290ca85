Two addresses of one host: route get and ping between them, the local rule moved, accept_local on each side.
  $ ip netns add h
  $ ip netns add w
  $ ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec w sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add e1 netns h address 02:00:00:00:00:e1 type veth peer name w1 netns w address 02:00:00:00:00:f1
  $ ip link add e2 netns h address 02:00:00:00:00:e2 type veth peer name w2 netns w address 02:00:00:00:00:f2
  $ ip -n w link add br type bridge
  "type" is invalid lladdr.
  [1]
  $ ip -n w link set w1 master br up; ip -n w link set w2 master br up; ip -n w link set br up
  Error: argument "br" is wrong: Device does not exist
  
  Error: argument "br" is wrong: Device does not exist
  
  "up" is invalid lladdr.
  [1]
  $ ip -n h link set lo up; ip -n h link set e1 up; ip -n h link set e2 up
  $ ip -n h addr add 10.0.0.1/24 dev e1
  $ ip -n h addr add 10.0.0.2/24 dev e2
  $ ip -n h route show
  10.0.0.0/24 dev e1 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.0.0/24 dev e2 proto kernel scope link src 10.0.0.2 linkdown 
  $ ip -n h route get 10.0.0.2
  local 10.0.0.2 dev lo src 10.0.0.2 uid 0 
      cache <local> 
  $ ip -n h route get 10.0.0.2 oif e1
  10.0.0.2 dev e1 src 10.0.0.1 uid 0 
      cache 
  $ ip -n h route get 10.0.0.2 from 10.0.0.1 oif e1
  10.0.0.2 from 10.0.0.1 dev e1 uid 0 
      cache 
  $ ip -n h rule add pref 500 lookup local
  $ ip -n h rule del pref 0
  $ ip -n h rule add pref 10 oif e1 lookup 10
  $ ip -n h route add 10.0.0.2 dev e1 table 10
  $ ip -n h route get 10.0.0.2 oif e1
  10.0.0.2 dev e1 table 10 src 10.0.0.1 uid 0 
      cache 
  $ ip -n h route get 10.0.0.2 from 10.0.0.1 iif e1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip netns exec h sysctl -qw net.ipv4.conf.e2.accept_local=1
  $ ip -n h route get 10.0.0.2 from 10.0.0.1 iif e2
  local 10.0.0.2 from 10.0.0.1 dev lo table local 
      cache <local> iif e2 
  $ ip netns exec h sysctl -qw net.ipv4.conf.e1.accept_local=1
  $ ip -n h route get 10.0.0.1 from 10.0.0.2 iif e1
  local 10.0.0.1 from 10.0.0.2 dev lo table local 
      cache <local> iif e1 
  $ ip netns exec h ping -c 1 -W 1 -I e1 10.0.0.2 | sed -n 2p | sed -E 's/time=.*//'
  $ ip -n h neigh show | sort
  10.0.0.2 dev e1 INCOMPLETE 
  $ ip -n h -s link show e1 | sed -n 4p
               0       0      0       0       0       0 
  $ ip -n h -s link show e2 | sed -n 4p
               0       0      0       0       0       0 
  $ ip -n h rule show
  10:	from all oif e1 lookup 10
  500:	from all lookup local
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -n h rule del pref 500
  $ ip -n h route get 10.0.0.2 from 10.0.0.1
  10.0.0.2 from 10.0.0.1 dev e1 uid 0 
      cache 
  $ ip -n h rule add pref 0 lookup local
  $ ip -n h route get 10.0.0.2 from 10.0.0.1
  local 10.0.0.2 from 10.0.0.1 dev lo table local uid 0 
      cache <local> 
