Random sequence 1 of link up/down, address add/del (primaries, secondaries, promotion) and routes that depend on them (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ ip link add a2 type veth peer name b2
  $ for d in lo a0 b0 a1 b1 a2 b2; do ip link set $d up; done
  $ sysctl -qw net.ipv4.conf.all.promote_secondaries=0
  $ ip link set a2 down
  $ ip addr del 192.168.5.5/16 dev a1
  Error: ipv4: Address not found.
  [2]
  $ ip route replace 20.0.0.0/8 via 10.0.0.3 dev a0
  Error: Nexthop has invalid gateway.
  [2]
  $ ip addr del 192.168.5.5/16 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr add 10.0.0.5/24 dev a0 metric 50
  $ ip addr add 10.0.0.1/24 dev a0 noprefixroute
  $ ip route add 22.0.0.0/8 via 10.0.0.2 src 10.0.0.5
  $ ip route add 22.0.0.0/8 via 10.0.1.2 src 10.0.0.1
  Error: Nexthop has invalid gateway.
  [2]
  $ ip -4 addr show | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 10.0.0.5/24 metric 50 scope global a0
      inet 10.0.0.1/24 scope global secondary noprefixroute a0
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.5 metric 50 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.5 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.5 dev a0 table local proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.5 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.77 10.0.1.77; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  22.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.5 uid 0 
  10.0.0.77 dev a0 src 10.0.0.5 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip route append 21.0.0.0/8 via 10.0.0.2 src 10.0.1.7
  Error: Invalid prefsrc address.
  [2]
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=0
  $ ip route append 21.0.0.0/8 via 10.0.0.2 src 10.0.0.1
  $ sysctl -qw net.ipv4.conf.a2.promote_secondaries=1
  $ ip link set a1 up
  $ ip addr add 10.0.0.1/32 dev a1
  $ ip addr del 10.0.0.1/32 dev a2
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.0.2.1/30 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip -4 addr show | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 10.0.0.5/24 metric 50 scope global a0
      inet 10.0.0.1/24 scope global secondary noprefixroute a0
      inet 10.0.0.1/32 scope global a1
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.5 metric 50 
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.1 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.5 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.1 dev a1 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.5 dev a0 table local proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.5 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.77 10.0.1.77; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.5 uid 0 
  10.0.0.77 dev a0 src 10.0.0.5 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip link set a2 down
  $ ip addr del 10.0.0.5/24 dev a2
  Error: ipv4: Address not found.
  [2]
  $ ip route append 21.0.0.0/8 dev a2 src 10.0.1.7
  Error: Device for nexthop is not up.
  [2]
  $ ip addr add 10.0.1.7/24 dev a0 noprefixroute
  $ ip route add 22.0.0.0/8 via 10.0.1.2
  Error: Nexthop has invalid gateway.
  [2]
  $ ip link set a1 up
  $ ip link set a2 up
  $ sysctl -qw net.ipv4.conf.a2.promote_secondaries=0
  $ ip -4 addr show | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 10.0.0.5/24 metric 50 scope global a0
      inet 10.0.1.7/24 scope global noprefixroute a0
      inet 10.0.0.1/24 scope global secondary noprefixroute a0
      inet 10.0.0.1/32 scope global a1
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.5 metric 50 
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.1 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.5 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.1 dev a1 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.5 dev a0 table local proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.5 
  local 10.0.1.7 dev a0 table local proto kernel scope host src 10.0.1.7 
  broadcast 10.0.1.255 dev a0 table local proto kernel scope link src 10.0.1.7 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.77 10.0.1.77; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.5 uid 0 
  10.0.0.77 dev a0 src 10.0.0.5 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip addr del 10.0.0.9/25 dev a2
  Error: ipv4: Address not found.
  [2]
  $ ip link set a1 up
  $ sysctl -qw net.ipv4.conf.a1.promote_secondaries=1
  $ ip link set b1 up
  $ ip addr del 10.0.0.1/32 dev a1
  $ ip addr add 10.0.2.1/30 dev a2 noprefixroute
  $ ip link set a1 up
  $ ip link set b1 up
  $ ip -4 addr show | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 10.0.0.5/24 metric 50 scope global a0
      inet 10.0.1.7/24 scope global noprefixroute a0
      inet 10.0.0.1/24 scope global secondary noprefixroute a0
      inet 10.0.2.1/30 scope global noprefixroute a2
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127'
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.5 metric 50 
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.1 
  22.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.5 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.5 dev a0 table local proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.5 
  local 10.0.1.7 dev a0 table local proto kernel scope host src 10.0.1.7 
  broadcast 10.0.1.255 dev a0 table local proto kernel scope link src 10.0.1.7 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.3 dev a2 table local proto kernel scope link src 10.0.2.1 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.77 10.0.1.77; do ip route get $a 2>&1 | head -1; done
  RTNETLINK answers: Network is unreachable
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  22.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.5 uid 0 
  10.0.0.77 dev a0 src 10.0.0.5 uid 0 
  RTNETLINK answers: Network is unreachable
  $ ip addr add 10.0.0.5/24 dev a2
  $ ip route replace 20.0.0.0/8 dev a1
  $ ip addr add 10.0.0.9/25 dev a2 metric 50
  $ ip addr add 10.0.0.9/25 dev a0 metric 50
  $ ip link set a2 up
  $ ip route replace 22.0.0.0/8 dev a1 src 10.0.1.7
  $ ip addr add 10.0.0.1/32 dev a1 metric 50
  $ ip addr del 10.0.1.7/24 dev a0
  $ ip -4 addr show | grep inet
      inet 127.0.0.1/8 scope host lo
      inet 10.0.0.5/24 metric 50 scope global a0
      inet 10.0.0.9/25 metric 50 scope global a0
      inet 10.0.0.1/24 scope global secondary noprefixroute a0
      inet 10.0.0.1/32 metric 50 scope global a1
      inet 10.0.2.1/30 scope global noprefixroute a2
      inet 10.0.0.5/24 scope global a2
      inet 10.0.0.9/25 metric 50 scope global a2
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127'
  10.0.0.0/25 dev a2 proto kernel scope link src 10.0.0.9 metric 50 
  10.0.0.0/25 dev a0 proto kernel scope link src 10.0.0.9 metric 50 
  10.0.0.0/24 dev a2 proto kernel scope link src 10.0.0.5 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.5 metric 50 
  20.0.0.0/8 dev a1 scope link 
  21.0.0.0/8 via 10.0.0.2 dev a0 src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.1 dev a1 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.5 dev a0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.5 dev a2 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.9 dev a2 table local proto kernel scope host src 10.0.0.9 
  local 10.0.0.9 dev a0 table local proto kernel scope host src 10.0.0.9 
  broadcast 10.0.0.127 dev a2 table local proto kernel scope link src 10.0.0.9 
  broadcast 10.0.0.127 dev a0 table local proto kernel scope link src 10.0.0.9 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.5 
  broadcast 10.0.0.255 dev a2 table local proto kernel scope link src 10.0.0.5 
  local 10.0.2.1 dev a2 table local proto kernel scope host src 10.0.2.1 
  broadcast 10.0.2.3 dev a2 table local proto kernel scope link src 10.0.2.1 
  $ for a in 20.1.1.1 21.1.1.1 22.1.1.1 10.0.0.77 10.0.1.77; do ip route get $a 2>&1 | head -1; done
  20.1.1.1 dev a1 src 10.0.0.1 uid 0 
  21.1.1.1 via 10.0.0.2 dev a0 src 10.0.0.1 uid 0 
  RTNETLINK answers: Network is unreachable
  10.0.0.77 dev a2 src 10.0.0.9 uid 0 
  RTNETLINK answers: Network is unreachable
