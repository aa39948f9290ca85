The local table for unusual addresses: the network or broadcast address used as local, brd equal to local, a /30 and /31 pair, a loopback-range address on a veth, a peer /32 without prefix, the same subnet on two devices, and each deletion's leftovers.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip link set h0 up; ip link set x0 up
  $ ip addr add 10.0.0.0/24 dev h0
  $ ip -4 route show table local dev h0
  local 10.0.0.0 proto kernel scope host src 10.0.0.0 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.0 
  $ ip addr add 10.0.0.255/24 dev h0
  $ ip -4 route show table local dev h0
  local 10.0.0.0 proto kernel scope host src 10.0.0.0 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.0 
  local 10.0.0.255 proto kernel scope host src 10.0.0.0 
  $ ip -4 addr show dev h0 | grep inet
      inet 10.0.0.0/24 scope global h0
      inet 10.0.0.255/24 scope global secondary h0
  $ ip addr del 10.0.0.0/24 dev h0
  $ ip -4 route show table local dev h0
  $ ip -4 addr show dev h0 | grep inet
  [1]
  $ ip addr flush dev h0
  $ ip addr add 10.1.0.1/24 brd 10.1.0.1 dev h0
  $ ip -4 route show table local dev h0
  local 10.1.0.1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.1 proto kernel scope link src 10.1.0.1 
  broadcast 10.1.0.255 proto kernel scope link src 10.1.0.1 
  $ ip addr del 10.1.0.1/24 dev h0
  $ ip -4 route show table local dev h0
  $ ip addr add 10.2.0.1/30 dev h0; ip addr add 10.2.0.2/31 dev h0
  $ ip -4 route show table all dev h0
  10.2.0.0/30 proto kernel scope link src 10.2.0.1 
  10.2.0.2/31 proto kernel scope link src 10.2.0.2 
  local 10.2.0.1 table local proto kernel scope host src 10.2.0.1 
  local 10.2.0.2 table local proto kernel scope host src 10.2.0.2 
  broadcast 10.2.0.3 table local proto kernel scope link src 10.2.0.1 
  $ ip addr add 127.0.0.2/8 dev h0
  $ ip -4 route show table all dev h0 | grep 127
  127.0.0.0/8 proto kernel scope link src 127.0.0.2 
  local 127.0.0.2 table local proto kernel scope host src 127.0.0.2 
  broadcast 127.255.255.255 table local proto kernel scope link src 127.0.0.2 
  $ ip addr add 10.3.0.1 peer 10.3.0.2 dev h0
  $ ip addr add 10.3.0.5/32 dev h0
  $ ip -4 route show table all dev h0 | grep 10.3
  10.3.0.2 proto kernel scope link src 10.3.0.1 
  local 10.3.0.1 table local proto kernel scope host src 10.3.0.1 
  local 10.3.0.5 table local proto kernel scope host src 10.3.0.5 
  $ ip addr add 10.4.0.1/24 dev h0; ip addr add 10.4.0.2/24 dev x0
  $ ip -4 route show table all | grep 10.4
  10.4.0.0/24 dev h0 proto kernel scope link src 10.4.0.1 
  10.4.0.0/24 dev x0 proto kernel scope link src 10.4.0.2 
  local 10.4.0.1 dev h0 table local proto kernel scope host src 10.4.0.1 
  local 10.4.0.2 dev x0 table local proto kernel scope host src 10.4.0.2 
  broadcast 10.4.0.255 dev h0 table local proto kernel scope link src 10.4.0.1 
  broadcast 10.4.0.255 dev x0 table local proto kernel scope link src 10.4.0.2 
  $ ip addr del 10.4.0.1/24 dev h0
  $ ip -4 route show table all | grep 10.4
  10.4.0.0/24 dev x0 proto kernel scope link src 10.4.0.2 
  local 10.4.0.2 dev x0 table local proto kernel scope host src 10.4.0.2 
  broadcast 10.4.0.255 dev x0 table local proto kernel scope link src 10.4.0.2 
  $ ip addr add 10.5.0.1/24 brd 10.5.0.127 dev h0
  $ ip addr add 10.5.0.2/24 brd 10.5.0.255 dev h0
  $ ip -4 route show table local | grep 10.5
  local 10.5.0.1 dev h0 proto kernel scope host src 10.5.0.1 
  local 10.5.0.2 dev h0 proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.127 dev h0 proto kernel scope link src 10.5.0.1 
  broadcast 10.5.0.255 dev h0 proto kernel scope link src 10.5.0.1 
  $ ip addr del 10.5.0.1/24 dev h0
  $ ip -4 route show table local | grep 10.5
  [1]
  $ ip -4 addr show dev h0 | grep 10.5
  [1]
  $ ip addr add 10.6.0.1/24 dev h0; ip addr add 10.6.0.9/16 dev h0
  $ ip -4 route show table all | grep 10.6
  10.6.0.0/24 dev h0 proto kernel scope link src 10.6.0.1 
  10.6.0.0/16 dev h0 proto kernel scope link src 10.6.0.9 
  local 10.6.0.1 dev h0 table local proto kernel scope host src 10.6.0.1 
  local 10.6.0.9 dev h0 table local proto kernel scope host src 10.6.0.9 
  broadcast 10.6.0.255 dev h0 table local proto kernel scope link src 10.6.0.1 
  broadcast 10.6.255.255 dev h0 table local proto kernel scope link src 10.6.0.9 
  $ ip addr del 10.6.0.1/24 dev h0
  $ ip -4 route show table all | grep 10.6
  10.6.0.0/16 dev h0 proto kernel scope link src 10.6.0.9 
  local 10.6.0.9 dev h0 table local proto kernel scope host src 10.6.0.9 
  broadcast 10.6.255.255 dev h0 table local proto kernel scope link src 10.6.0.9 
  $ ip link set h0 down
  $ ip -4 route show table all dev h0
  local 10.2.0.1 table local proto kernel scope host src 10.2.0.1 
  local 10.2.0.2 table local proto kernel scope host src 10.2.0.2 
  local 10.3.0.1 table local proto kernel scope host src 10.3.0.1 
  local 10.3.0.5 table local proto kernel scope host src 10.3.0.5 
  local 10.6.0.9 table local proto kernel scope host src 10.6.0.9 
  local 127.0.0.2 table local proto kernel scope host src 127.0.0.2 
  $ ip link set h0 up
  $ ip -4 route show table all dev h0
  10.2.0.0/30 proto kernel scope link src 10.2.0.1 
  10.2.0.2/31 proto kernel scope link src 10.2.0.2 
  10.3.0.2 proto kernel scope link src 10.3.0.1 
  10.6.0.0/16 proto kernel scope link src 10.6.0.9 
  127.0.0.0/8 proto kernel scope link src 127.0.0.2 
  local 10.2.0.1 table local proto kernel scope host src 10.2.0.1 
  local 10.2.0.2 table local proto kernel scope host src 10.2.0.2 
  broadcast 10.2.0.3 table local proto kernel scope link src 10.2.0.1 
  local 10.3.0.1 table local proto kernel scope host src 10.3.0.1 
  local 10.3.0.5 table local proto kernel scope host src 10.3.0.5 
  local 10.6.0.9 table local proto kernel scope host src 10.6.0.9 
  broadcast 10.6.255.255 table local proto kernel scope link src 10.6.0.9 
  local 127.0.0.2 table local proto kernel scope host src 127.0.0.2 
  broadcast 127.255.255.255 table local proto kernel scope link src 127.0.0.2 
