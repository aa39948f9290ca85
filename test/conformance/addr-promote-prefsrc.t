ip addr del of a primary with secondaries: promote_secondaries off and on, and the routes' preferred source afterwards.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.0.0.3/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.254
  $ ip route add 10.8.0.0/16 via 10.0.0.254 src 10.0.0.2
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.2/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.8.0.0/16 via 10.0.0.254 dev a0 src 10.0.0.2 
  10.9.0.0/16 via 10.0.0.254 dev a0 
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.9.0.0/16 via 10.0.0.254 dev a0 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  $ ip route
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1
  $ for i in 1 2 3; do ip addr add 10.0.0.$i/24 dev a0; done
  $ ip route add 10.9.0.0/16 via 10.0.0.254
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.2/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.2 
  10.9.0.0/16 via 10.0.0.254 dev a0 
  $ ip route show table local
  local 10.0.0.2 dev a0 proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 dev a0 proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.2 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route get 10.9.1.1
  10.9.1.1 via 10.0.0.254 dev a0 src 10.0.0.2 uid 0 
      cache 
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip -4 -br addr show dev a0
  a0@b0            UP             10.0.0.3/24 
  $ ip route
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.3 
  10.9.0.0/16 via 10.0.0.254 dev a0 
