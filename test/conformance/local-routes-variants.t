Local table entries made by addresses: /32, /31, peer, secondary, down links, deletes.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add d0 type dummy
  Error: Unknown device type.
  [2]
  $ ip addr add 10.1.0.1/32 dev a0
  $ ip addr add 10.2.0.0/31 dev a0
  $ ip addr add 10.3.0.1/30 dev a0
  $ ip addr add 10.3.0.2/30 dev a0
  $ ip addr add 10.4.0.1 peer 10.4.0.9/29 dev a0
  $ ip addr add 10.5.0.1/24 dev d0
  Cannot find device "d0"
  [1]
  $ ip route show table local
  local 10.1.0.1 dev a0 proto kernel scope host src 10.1.0.1 
  local 10.2.0.0 dev a0 proto kernel scope host src 10.2.0.0 
  local 10.3.0.1 dev a0 proto kernel scope host src 10.3.0.1 
  local 10.3.0.2 dev a0 proto kernel scope host src 10.3.0.1 
  local 10.4.0.1 dev a0 proto kernel scope host src 10.4.0.1 
  $ ip route show table main
  $ ip link set a0 up
  $ ip link set d0 up
  Cannot find device "d0"
  [1]
  $ ip route show table main
  10.2.0.0/31 dev a0 proto kernel scope link src 10.2.0.0 linkdown 
  10.3.0.0/30 dev a0 proto kernel scope link src 10.3.0.1 linkdown 
  10.4.0.8/29 dev a0 proto kernel scope link src 10.4.0.1 linkdown 
  $ ip route show table local type local
  local 10.1.0.1 dev a0 proto kernel scope host src 10.1.0.1 
  local 10.2.0.0 dev a0 proto kernel scope host src 10.2.0.0 
  local 10.3.0.1 dev a0 proto kernel scope host src 10.3.0.1 
  local 10.3.0.2 dev a0 proto kernel scope host src 10.3.0.1 
  local 10.4.0.1 dev a0 proto kernel scope host src 10.4.0.1 
  $ ip route show table local type broadcast
  broadcast 10.3.0.3 dev a0 proto kernel scope link src 10.3.0.1 linkdown 
  broadcast 10.4.0.15 dev a0 proto kernel scope link src 10.4.0.1 linkdown 
  $ ip route show table all type local
  local 10.1.0.1 dev a0 table local proto kernel scope host src 10.1.0.1 
  local 10.2.0.0 dev a0 table local proto kernel scope host src 10.2.0.0 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  local 10.3.0.2 dev a0 table local proto kernel scope host src 10.3.0.1 
  local 10.4.0.1 dev a0 table local proto kernel scope host src 10.4.0.1 
  $ ip route get 10.3.0.3
  broadcast 10.3.0.3 dev a0 src 10.3.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.2.0.1
  10.2.0.1 dev a0 src 10.2.0.0 uid 0 
      cache 
  $ ip route get 10.4.0.9
  10.4.0.9 dev a0 src 10.4.0.1 uid 0 
      cache 
  $ ip route get 10.4.0.10
  10.4.0.10 dev a0 src 10.4.0.1 uid 0 
      cache 
  $ ip addr del 10.3.0.1/30 dev a0
  $ ip route show table local | grep 10.3
  [1]
  $ ip route show | grep 10.3
  [1]
  $ ip link set a0 down
  $ ip route show table local | grep a0
  local 10.1.0.1 dev a0 proto kernel scope host src 10.1.0.1 
  local 10.2.0.0 dev a0 proto kernel scope host src 10.2.0.0 
  local 10.4.0.1 dev a0 proto kernel scope host src 10.4.0.1 
  $ ip route get 10.1.0.1
  local 10.1.0.1 dev lo src 10.1.0.1 uid 0 
      cache <local> 
  $ ip route show table main
  $ ip route del local 10.5.0.1 table local
  RTNETLINK answers: No such process
  [2]
  $ ip route get 10.5.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route add local 10.5.0.1 dev d0 table local proto kernel scope host src 10.5.0.1
  Cannot find device "d0"
  [1]
  $ ip route show table local dev d0
  Cannot find device "d0"
  [1]
  $ ip route flush table local dev d0
  Cannot find device "d0"
  [1]
  $ ip route show table local dev d0
  Cannot find device "d0"
  [1]
  $ ip -j route show table local dev lo
  []
  $ ip link set lo up
  $ ip route show table local dev lo
  local 127.0.0.0/8 proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 proto kernel scope link src 127.0.0.1 
  $ ip route get 127.255.255.255
  broadcast 127.255.255.255 dev lo src 127.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 127.0.0.0
  local 127.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
