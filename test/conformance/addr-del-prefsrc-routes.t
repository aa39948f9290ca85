Deleting an address removes the routes that use it as preferred source (fib_sync_down_addr) in every table, also multipath ones, while a secondary promoted keeps them; the local table after each step.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip addr add 192.168.9.9/32 dev lo
  $ ip route add 10.9.0.0/16 via 10.0.0.254 src 10.0.0.2
  $ ip route add 10.8.0.0/16 via 10.0.0.254 src 192.168.9.9 table 7
  $ ip route add 10.7.0.0/16 src 192.168.9.9 nexthop via 10.0.0.254 nexthop via 10.1.0.254
  $ ip route add 10.6.0.0/16 via 10.1.0.254 src 10.0.0.1
  $ ip route add 10.5.0.0/16 via 10.1.0.254 src 10.0.0.1 table 7
  $ ip route show table all src 192.168.9.9
  10.8.0.0/16 via 10.0.0.254 dev a0 table 7 
  10.7.0.0/16 
  	nexthop via 10.0.0.254 dev a0 weight 1 
  	nexthop via 10.1.0.254 dev a1 weight 1 
  local 192.168.9.9 dev lo table local proto kernel scope host 
  $ ip route get 10.9.1.1
  10.9.1.1 via 10.0.0.254 dev a0 src 10.0.0.2 uid 0 
      cache 
  $ ip route get 10.6.1.1
  10.6.1.1 via 10.1.0.254 dev a1 src 10.0.0.1 uid 0 
      cache 
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 
  10.6.0.0/16 via 10.1.0.254 dev a1 src 10.0.0.1 
  10.7.0.0/16 src 192.168.9.9 
  	nexthop via 10.0.0.254 dev a0 weight 1 
  	nexthop via 10.1.0.254 dev a1 weight 1 
  $ ip -4 route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 dev a1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.9.9 dev lo proto kernel scope host src 192.168.9.9 
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.254 src 10.0.0.2
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip route show table all | grep -v '^local\|^broadcast'
  10.5.0.0/16 via 10.1.0.254 dev a1 table 7 src 10.0.0.1 
  10.8.0.0/16 via 10.0.0.254 dev a0 table 7 src 192.168.9.9 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.2 
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 
  10.7.0.0/16 src 192.168.9.9 
  	nexthop via 10.0.0.254 dev a0 weight 1 
  	nexthop via 10.1.0.254 dev a1 weight 1 
  10.9.0.0/16 via 10.0.0.254 dev a0 src 10.0.0.2 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  fe80::/64 dev b1 proto kernel metric 256 pref medium
  fe80::/64 dev a1 proto kernel metric 256 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev b1 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a1 table local proto kernel metric 256 pref medium
  $ ip -4 route show table local
  local 10.0.0.2 dev a0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.2 
  local 10.1.0.1 dev a1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.9.9 dev lo proto kernel scope host src 192.168.9.9 
  $ ip route get 10.6.1.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip addr del 192.168.9.9/32 dev lo
  $ ip route show table 7
  10.5.0.0/16 via 10.1.0.254 dev a1 src 10.0.0.1 
  10.8.0.0/16 via 10.0.0.254 dev a0 src 192.168.9.9 
  $ ip route show 10.7.0.0/16
  $ ip addr flush dev a0
  $ ip route show
  10.1.0.0/24 dev a1 proto kernel scope link src 10.1.0.1 
  $ ip -4 route show table local
  local 10.1.0.1 dev a1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
