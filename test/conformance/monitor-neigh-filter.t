ip monitor neigh: neighbour entries added, changed and deleted by hand, then an ARP exchange caused by a ping (as the sender and as the target sees it), and a device filter. Only IPv4 entries are shown (ip -4), and IPv6 is disabled (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 neighbour discovery stays out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip netns add y
  $ ip netns exec y sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 netns y address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip -n y link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip -n y addr add 10.0.0.2/24 dev b0
  $ ip -4 monitor neigh > m1 &
  $ ip -n y monitor neigh dev b0 > m2 &
  $ ip monitor neigh dev lo > m3 &
  $ sleep 0.1
  $ ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0
  $ ip neigh change 10.0.0.9 lladdr 02:00:00:00:00:0a dev a0 nud stale
  $ ip neigh del 10.0.0.9 dev a0
  $ ping -c1 10.0.0.2 > /dev/null
  $ sleep 0.1; kill %1 %2 %3; wait
  $ cat m1
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:0a STALE 
  10.0.0.9 dev a0 FAILED 
  Deleted 10.0.0.9 dev a0 FAILED 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ cat m2
  10.0.0.1 lladdr 02:00:00:00:00:01 STALE 
  $ cat m3
