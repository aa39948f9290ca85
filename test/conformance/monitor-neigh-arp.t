ip monitor neigh while ARP resolves a neighbour, then fails to resolve one: what the NUD state machine announces (neigh_update from the ARP reply, the timer's FAILED). IPv6 is disabled first (tuxnet has no IPv6).
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip netns add p
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set b0 netns p
  $ ip -n p link set b0 up
  $ ip -n p addr add 10.0.0.2/24 dev b0
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip monitor neigh > m &
  $ sleep 0.1
  $ ping -c 1 -W 1 10.0.0.2 > /dev/null
  $ ping -c 1 -W 1 10.0.0.3 > /dev/null
  [1]
  $ sleep 3.5
  $ ip neigh del 10.0.0.2 dev a0
  $ sleep 0.1; kill %1; wait
  $ cat m
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.3 dev a0 FAILED 
  10.0.0.2 dev a0 FAILED 
  Deleted 10.0.0.2 dev a0 FAILED 
