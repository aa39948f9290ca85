ip monitor neigh: neighbour entries added, changed, resolved by ARP, failed and deleted, as RTNLGRP_NEIGH announces them (`ip monitor all` with its [NEIGH] banner, and `dev` filtering). IPv6 is disabled first (tuxnet has no IPv6) so that the kernel's IPv6 neighbours stay out.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a1 address 02:00:00:00:00:11 type veth peer name b1 address 02:00:00:00:00:12
  $ ip link set a0 up; ip link set b0 up; ip link set a1 up; ip link set b1 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a1
  $ ip monitor neigh > m1 &
  $ ip monitor neigh dev a1 > m2 &
  $ ip -4 monitor all > m3 &
  $ sleep 0.1
  $ ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev a0
  $ ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:03 dev a0 nud reachable
  $ ip neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev a1 nud stale
  $ ip neigh del 10.0.0.2 dev a0
  $ ip neigh add proxy 10.1.0.77 dev a1
  $ ip neigh flush dev a1
  $ sleep 0.1; kill %1 %2 %3; wait
  $ cat m1
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:03 REACHABLE 
  10.1.0.9 dev a1 lladdr 02:00:00:00:00:09 STALE 
  10.0.0.2 dev a0 FAILED 
  Deleted 10.0.0.2 dev a0 FAILED 
  10.1.0.9 dev a1 FAILED 
  Deleted 10.1.0.9 dev a1 FAILED 
  $ cat m2
  10.1.0.9 lladdr 02:00:00:00:00:09 STALE 
  10.1.0.9 FAILED 
  Deleted 10.1.0.9 FAILED 
  $ cat m3
  [NEIGH]10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 PERMANENT 
  [NEIGH]10.0.0.2 dev a0 lladdr 02:00:00:00:00:03 REACHABLE 
  [NEIGH]10.1.0.9 dev a1 lladdr 02:00:00:00:00:09 STALE 
  [NEIGH]10.0.0.2 dev a0 FAILED 
  [NEIGH]Deleted 10.0.0.2 dev a0 FAILED 
  [NEIGH]10.1.0.9 dev a1 FAILED 
  [NEIGH]Deleted 10.1.0.9 dev a1 FAILED 
