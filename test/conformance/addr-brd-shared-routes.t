Broadcast and local routes shared by addresses: an explicit brd equal to another address's, brd - and brd +, /31 and /32 with brd +, the same address on two devices, and which routes deleting one address keeps (fib_del_ifaddr).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 brd + dev a0
  $ ip addr add 10.0.1.1/24 brd 10.0.0.255 dev a0
  $ ip addr add 10.0.2.1/24 brd - dev a0
  $ ip addr add 10.0.3.1/31 brd + dev a0
  $ ip addr add 10.0.4.1/32 brd + dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 brd 10.0.0.255 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.1.1/24 brd 10.0.0.255 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.2.1/24 brd 10.0.2.0 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.3.1/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.4.1/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev a0
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.1.1 
  local 10.0.1.1 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.2.0 proto kernel scope link src 10.0.2.1 
  local 10.0.2.1 proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.255 proto kernel scope link src 10.0.2.1 
  local 10.0.3.1 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 proto kernel scope host src 10.0.4.1 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip -4 route show table local dev a0
  broadcast 10.0.0.255 proto kernel scope link src 10.0.1.1 
  local 10.0.1.1 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.1.255 proto kernel scope link src 10.0.1.1 
  broadcast 10.0.2.0 proto kernel scope link src 10.0.2.1 
  local 10.0.2.1 proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.255 proto kernel scope link src 10.0.2.1 
  local 10.0.3.1 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 proto kernel scope host src 10.0.4.1 
  $ ip addr del 10.0.1.1/24 dev a0
  $ ip -4 route show table local dev a0
  broadcast 10.0.2.0 proto kernel scope link src 10.0.2.1 
  local 10.0.2.1 proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.255 proto kernel scope link src 10.0.2.1 
  local 10.0.3.1 proto kernel scope host src 10.0.3.1 
  local 10.0.4.1 proto kernel scope host src 10.0.4.1 
  $ ip addr add 10.5.0.1/24 brd + dev a0
  $ ip addr add 10.5.0.1/24 brd + dev a1
  $ ip -4 route show table all | grep 10.5
  10.5.0.0/24 dev a0 proto kernel scope link src 10.5.0.1 
  10.5.0.0/24 dev a1 proto kernel scope link src 10.5.0.1 
  local 10.5.0.1 dev a0 table local proto kernel scope host src 10.5.0.1 
  local 10.5.0.1 dev a1 table local proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.255 dev a0 table local proto kernel scope link src 10.5.0.1 
  broadcast 10.5.0.255 dev a1 table local proto kernel scope link src 10.5.0.1 
  $ ip addr del 10.5.0.1/24 dev a0
  $ ip -4 route show table all | grep 10.5
  10.5.0.0/24 dev a1 proto kernel scope link src 10.5.0.1 
  local 10.5.0.1 dev a1 table local proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.255 dev a1 table local proto kernel scope link src 10.5.0.1 
  $ ip route get 10.5.0.1
  local 10.5.0.1 dev lo src 10.5.0.1 uid 0 
      cache <local> 
  $ ip addr add 10.6.0.1/24 brd + dev a0
  $ ip addr add 10.6.0.2/25 brd + dev a1
  $ ip -4 route show table all | grep 10.6
  10.6.0.0/25 dev a1 proto kernel scope link src 10.6.0.2 
  10.6.0.0/24 dev a0 proto kernel scope link src 10.6.0.1 
  local 10.6.0.1 dev a0 table local proto kernel scope host src 10.6.0.1 
  local 10.6.0.2 dev a1 table local proto kernel scope host src 10.6.0.2 
  broadcast 10.6.0.127 dev a1 table local proto kernel scope link src 10.6.0.2 
  broadcast 10.6.0.255 dev a0 table local proto kernel scope link src 10.6.0.1 
  $ ip addr del 10.6.0.1/24 dev a0
  $ ip -4 route show table all | grep 10.6
  10.6.0.0/25 dev a1 proto kernel scope link src 10.6.0.2 
  local 10.6.0.2 dev a1 table local proto kernel scope host src 10.6.0.2 
  broadcast 10.6.0.127 dev a1 table local proto kernel scope link src 10.6.0.2 
  $ ip addr add 10.7.0.1/24 brd 10.7.0.77 dev a0
  $ ip -4 route show table local | grep 10.7
  local 10.7.0.1 dev a0 proto kernel scope host src 10.7.0.1 
  broadcast 10.7.0.77 dev a0 proto kernel scope link src 10.7.0.1 
  broadcast 10.7.0.255 dev a0 proto kernel scope link src 10.7.0.1 
  $ ip route get 10.7.0.77
  broadcast 10.7.0.77 dev a0 src 10.7.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.7.0.255
  broadcast 10.7.0.255 dev a0 src 10.7.0.1 uid 0 
      cache <local,brd> 
