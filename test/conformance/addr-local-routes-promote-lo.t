Local, broadcast and prefix routes as addresses come and go: overlapping prefixes, noprefixroute, secondaries promoted with promote_secondaries, extra addresses on lo, and the local table after each step.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/16 dev a0
  $ ip addr add 10.0.0.3/24 dev a0
  $ ip addr add 10.0.0.4/24 dev a0 noprefixroute
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/24 scope global secondary noprefixroute a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev a0
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.255.255 proto kernel scope link src 10.0.0.2 
  $ ip -4 route show dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.0.0.0/16 proto kernel scope link src 10.0.0.2 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.2/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/24 scope global secondary noprefixroute a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev a0
  local 10.0.0.2 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 proto kernel scope host src 10.0.0.3 
  local 10.0.0.4 proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.3 
  broadcast 10.0.255.255 proto kernel scope link src 10.0.0.2 
  $ ip -4 route show dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.3 
  10.0.0.0/16 proto kernel scope link src 10.0.0.2 
  $ ip addr del 10.0.0.3/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.2/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/24 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table all dev a0
  10.0.0.0/16 proto kernel scope link src 10.0.0.2 
  local 10.0.0.2 table local proto kernel scope host src 10.0.0.2 
  local 10.0.0.4 table local proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.4 
  broadcast 10.0.255.255 table local proto kernel scope link src 10.0.0.2 
  $ ip addr del 10.0.0.2/16 dev a0
  $ ip -4 route show table all dev a0
  local 10.0.0.4 table local proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.4 
  $ ip addr add 127.0.0.2/8 dev lo
  $ ip addr add 10.5.5.5/32 dev lo
  $ ip addr add 10.6.0.1/16 dev lo
  $ ip -4 route show table local dev lo
  local 10.5.5.5 proto kernel scope host src 10.5.5.5 
  local 10.6.0.0/16 proto kernel scope host src 10.6.0.1 
  local 10.6.0.1 proto kernel scope host src 10.6.0.1 
  broadcast 10.6.255.255 proto kernel scope link src 10.6.0.1 
  local 127.0.0.0/8 proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 proto kernel scope host src 127.0.0.1 
  local 127.0.0.2 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 proto kernel scope link src 127.0.0.1 
  $ ip -4 route show dev lo
  $ ip addr del 127.0.0.1/8 dev lo
  $ ip -4 -o addr show dev lo
  1: lo    inet 10.5.5.5/32 scope global lo\       valid_lft forever preferred_lft forever
  1: lo    inet 10.6.0.1/16 scope global lo\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev lo
  local 10.5.5.5 proto kernel scope host src 10.5.5.5 
  local 10.6.0.0/16 proto kernel scope host src 10.6.0.1 
  local 10.6.0.1 proto kernel scope host src 10.6.0.1 
  broadcast 10.6.255.255 proto kernel scope link src 10.6.0.1 
  $ ip route get 127.0.0.5
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip addr del 127.0.0.2/8 dev lo
  Error: ipv4: Address not found.
  [2]
  $ ip -4 route show table local dev lo
  local 10.5.5.5 proto kernel scope host src 10.5.5.5 
  local 10.6.0.0/16 proto kernel scope host src 10.6.0.1 
  local 10.6.0.1 proto kernel scope host src 10.6.0.1 
  broadcast 10.6.255.255 proto kernel scope link src 10.6.0.1 
  $ ip route get 127.0.0.5
  RTNETLINK answers: Network is unreachable
  [2]
