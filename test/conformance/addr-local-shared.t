One address on two devices, overlapping prefixes, broadcast and noprefixroute secondaries, peers sharing a local address, promotion with noprefixroute in the chain, metrics: what each deletion leaves in table local and main.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up; ip link set b0 up; ip link set lo up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.1/24 dev b0
  $ ip route show table local | grep -v 127.
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev b0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev b0 proto kernel scope link src 10.0.0.1 
  $ ip route show | cat
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip route show table local | grep -v 127.
  local 10.0.0.1 dev b0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev b0 proto kernel scope link src 10.0.0.1 
  $ ip route show | cat
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 
  $ ip addr add 10.0.0.1/16 dev a0
  $ ip route show table all | grep -v 127. | grep -v ff00 | grep -v fe80 | grep -v "::"
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/16 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev b0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev b0 table local proto kernel scope link src 10.0.0.1 
  broadcast 10.0.255.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.0.5.5/24 dev a0
  $ ip -4 addr show dev a0 | grep inet
      inet 10.0.0.1/16 scope global a0
      inet 10.0.0.2/24 scope global a0
      inet 10.0.5.5/24 scope global a0
  $ ip route show table local | grep -v 127.
  local 10.0.0.1 dev b0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev a0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev b0 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.2 
  local 10.0.5.5 dev a0 proto kernel scope host src 10.0.5.5 
  broadcast 10.0.5.255 dev a0 proto kernel scope link src 10.0.5.5 
  broadcast 10.0.255.255 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip addr del 10.0.0.1/16 dev a0
  $ ip -4 addr show dev a0 | grep inet
      inet 10.0.0.2/24 scope global a0
      inet 10.0.5.5/24 scope global a0
  $ ip route show table all | grep -v 127. | grep -v ff00 | grep -v fe80 | grep -v "::"
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.2 
  10.0.5.0/24 dev a0 proto kernel scope link src 10.0.5.5 
  local 10.0.0.1 dev b0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev a0 table local proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev b0 table local proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.2 
  local 10.0.5.5 dev a0 table local proto kernel scope host src 10.0.5.5 
  broadcast 10.0.5.255 dev a0 table local proto kernel scope link src 10.0.5.5 
  $ ip addr add 10.1.0.1/24 brd 10.1.0.128 dev a0
  $ ip addr add 10.1.0.2/24 brd 10.1.0.255 dev a0
  $ ip route show table local | grep 10.1
  local 10.1.0.1 dev a0 proto kernel scope host src 10.1.0.1 
  local 10.1.0.2 dev a0 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.128 dev a0 proto kernel scope link src 10.1.0.1 
  broadcast 10.1.0.255 dev a0 proto kernel scope link src 10.1.0.1 
  $ ip addr del 10.1.0.1/24 dev a0
  $ ip route show table local | grep 10.1
  [1]
  $ ip addr add 10.2.0.1/24 dev a0 noprefixroute
  $ ip addr add 10.2.0.2/24 dev a0
  $ ip route show | grep 10.2
  [1]
  $ ip addr del 10.2.0.1/24 dev a0
  $ ip -4 addr show dev a0 | grep 10.2
  [1]
  $ ip route show | grep 10.2
  [1]
  $ ip addr add 10.3.0.1 peer 10.3.0.2 dev a0
  $ ip addr add 10.3.0.1 peer 10.3.0.3 dev a0
  $ ip addr add 10.3.0.5 peer 10.3.0.2 dev a0
  $ ip route show table all | grep 10.3
  10.3.0.2 dev a0 proto kernel scope link src 10.3.0.1 
  10.3.0.3 dev a0 proto kernel scope link src 10.3.0.1 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  local 10.3.0.5 dev a0 table local proto kernel scope host src 10.3.0.1 
  $ ip addr del 10.3.0.1 peer 10.3.0.2 dev a0
  $ ip route show table all | grep 10.3
  10.3.0.3 dev a0 proto kernel scope link src 10.3.0.1 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1
  $ ip addr add 10.4.0.1/24 dev a0; ip addr add 10.4.0.2/24 dev a0 noprefixroute; ip addr add 10.4.0.3/24 dev a0
  $ ip addr del 10.4.0.1/24 dev a0
  $ ip -4 addr show dev a0 | grep 10.4
      inet 10.4.0.2/24 scope global noprefixroute a0
      inet 10.4.0.3/24 scope global secondary a0
  $ ip route show table all | grep 10.4
  local 10.4.0.2 dev a0 table local proto kernel scope host src 10.4.0.2 
  local 10.4.0.3 dev a0 table local proto kernel scope host src 10.4.0.2 
  broadcast 10.4.0.255 dev a0 table local proto kernel scope link src 10.4.0.2 
  $ ip addr del 10.4.0.2/24 dev a0
  $ ip route show table all | grep 10.4
  10.4.0.0/24 dev a0 proto kernel scope link src 10.4.0.3 
  local 10.4.0.3 dev a0 table local proto kernel scope host src 10.4.0.3 
  broadcast 10.4.0.255 dev a0 table local proto kernel scope link src 10.4.0.3 
  $ ip addr add 10.5.0.1/24 dev a0 metric 50
  $ ip addr add 10.5.0.2/24 dev a0 metric 60
  $ ip route show | grep 10.5
  10.5.0.0/24 dev a0 proto kernel scope link src 10.5.0.1 metric 50 
  $ ip addr del 10.5.0.1/24 dev a0
  $ ip route show | grep 10.5
  10.5.0.0/24 dev a0 proto kernel scope link src 10.5.0.2 metric 60 
  $ ip link set a0 down
  $ ip route show table all | grep -v 127. | grep -v ff00 | grep -v fe80 | grep -v "::"
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 linkdown 
  local 10.0.0.1 dev b0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev a0 table local proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev b0 table local proto kernel scope link src 10.0.0.1 linkdown 
  local 10.0.5.5 dev a0 table local proto kernel scope host src 10.0.5.5 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  local 10.4.0.3 dev a0 table local proto kernel scope host src 10.4.0.3 
  local 10.5.0.2 dev a0 table local proto kernel scope host src 10.5.0.2 
  $ ip link set a0 up
  $ ip route show table all | grep -v 127. | grep -v ff00 | grep -v fe80 | grep -v "::"
  10.0.0.0/24 dev b0 proto kernel scope link src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.2 
  10.0.5.0/24 dev a0 proto kernel scope link src 10.0.5.5 
  10.3.0.3 dev a0 proto kernel scope link src 10.3.0.1 
  10.4.0.0/24 dev a0 proto kernel scope link src 10.4.0.3 
  10.5.0.0/24 dev a0 proto kernel scope link src 10.5.0.2 metric 60 
  local 10.0.0.1 dev b0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev a0 table local proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev b0 table local proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.2 
  local 10.0.5.5 dev a0 table local proto kernel scope host src 10.0.5.5 
  broadcast 10.0.5.255 dev a0 table local proto kernel scope link src 10.0.5.5 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  local 10.4.0.3 dev a0 table local proto kernel scope host src 10.4.0.3 
  broadcast 10.4.0.255 dev a0 table local proto kernel scope link src 10.4.0.3 
  local 10.5.0.2 dev a0 table local proto kernel scope host src 10.5.0.2 
  broadcast 10.5.0.255 dev a0 table local proto kernel scope link src 10.5.0.2 
  $ ip addr flush dev a0 to 10.3.0.0/16
  $ ip route show table local | grep -v 127.
  local 10.0.0.1 dev b0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 dev a0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev b0 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.2 
  local 10.0.5.5 dev a0 proto kernel scope host src 10.0.5.5 
  broadcast 10.0.5.255 dev a0 proto kernel scope link src 10.0.5.5 
  local 10.4.0.3 dev a0 proto kernel scope host src 10.4.0.3 
  broadcast 10.4.0.255 dev a0 proto kernel scope link src 10.4.0.3 
  local 10.5.0.2 dev a0 proto kernel scope host src 10.5.0.2 
  broadcast 10.5.0.255 dev a0 proto kernel scope link src 10.5.0.2 
