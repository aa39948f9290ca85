ip address add of a 127/8 address keeps the scope the request asks for (rtm_to_ifaddr() takes ifa_scope as is); only iproute2's default_scope() makes it host when no scope is given. Where such addresses sort in the device's list (by scope), their local routes, and pings and route lookups of them.
  $ ip link add e0 address 02:00:00:00:01:00 type veth peer name x0 address 02:00:00:00:02:00
  $ ip link set lo up; ip link set e0 up; ip link set x0 up
  $ ip addr add 127.1.2.3/32 dev e0 scope 253
  $ ip addr add 127.1.2.4/32 dev e0 scope link
  $ ip addr add 10.1.2.4/32 dev e0 scope 253
  $ ip addr add 10.1.2.5/32 dev e0 scope 200
  $ ip addr add 127.1.2.7/32 dev e0 scope global
  $ ip addr add 127.1.2.8/32 dev e0
  $ ip addr add 127.5.0.1/16 dev e0 scope global
  $ ip addr add 127.9.0.1/8 dev lo scope link
  Error: ipv4: Invalid scope value.
  [2]
  $ ip addr add 127.9.0.2/8 dev lo scope global
  Error: ipv4: Invalid scope value.
  [2]
  $ ip -4 addr show dev e0 | grep inet
      inet 127.1.2.8/32 scope host e0
      inet 127.1.2.3/32 scope link e0
      inet 127.1.2.4/32 scope link e0
      inet 10.1.2.4/32 scope link e0
      inet 10.1.2.5/32 scope site e0
      inet 127.1.2.7/32 scope global e0
      inet 127.5.0.1/16 scope global e0
  $ ip -4 addr show dev lo | grep inet
      inet 127.0.0.1/8 scope host lo
  $ ip -br -4 addr show
  lo               UNKNOWN        127.0.0.1/8 
  e0@x0            UP             127.1.2.8/32 127.1.2.3/32 127.1.2.4/32 10.1.2.4/32 10.1.2.5/32 127.1.2.7/32 127.5.0.1/16 
  $ ip route show table local | grep -v '^local 127.0.0\|^broadcast 127.255'
  local 10.1.2.4 dev e0 proto kernel scope host src 10.1.2.4 
  local 10.1.2.5 dev e0 proto kernel scope host src 10.1.2.5 
  local 127.1.2.3 dev e0 proto kernel scope host src 127.1.2.3 
  local 127.1.2.4 dev e0 proto kernel scope host src 127.1.2.4 
  local 127.1.2.7 dev e0 proto kernel scope host src 127.1.2.7 
  local 127.1.2.8 dev e0 proto kernel scope host src 127.1.2.8 
  local 127.5.0.1 dev e0 proto kernel scope host src 127.5.0.1 
  broadcast 127.5.255.255 dev e0 proto kernel scope link src 127.5.0.1 
  $ ip route show
  127.5.0.0/16 dev e0 proto kernel scope link src 127.5.0.1 
  $ ip route get 127.1.2.7; ip route get 127.5.9.9; ip route get 127.9.0.1
  local 127.1.2.7 dev lo src 127.1.2.7 uid 0 
      cache <local> 
  RTNETLINK answers: Invalid argument
  local 127.9.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ for a in 127.1.2.3 127.1.2.7 127.5.0.1 127.5.9.9 127.9.0.1 127.9.0.2; do ping -c 1 -W 1 $a > /dev/null 2>&1; echo "$a $?"; done
  127.1.2.3 0
  127.1.2.7 0
  127.5.0.1 0
  127.5.9.9 2
  127.9.0.1 0
  127.9.0.2 0
  $ ip addr del 127.1.2.8/32 dev e0; ip addr del 127.9.0.1/8 dev lo
  Error: ipv4: Address not found.
  [2]
  $ ip -4 -o addr show | sed 's/\\ *valid_lft.*//'
  1: lo    inet 127.0.0.1/8 scope host lo
  3: e0    inet 127.1.2.3/32 scope link e0
  3: e0    inet 127.1.2.4/32 scope link e0
  3: e0    inet 10.1.2.4/32 scope link e0
  3: e0    inet 10.1.2.5/32 scope site e0
  3: e0    inet 127.1.2.7/32 scope global e0
  3: e0    inet 127.5.0.1/16 scope global e0
  $ ip addr change 127.1.2.3/32 dev e0 scope host; ip addr replace 127.1.2.4/32 dev e0; ip -4 addr show dev e0 | grep inet
      inet 127.1.2.3/32 scope link e0
      inet 127.1.2.4/32 scope link e0
      inet 10.1.2.4/32 scope link e0
      inet 10.1.2.5/32 scope site e0
      inet 127.1.2.7/32 scope global e0
      inet 127.5.0.1/16 scope global e0
