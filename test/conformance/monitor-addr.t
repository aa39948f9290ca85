ip monitor address for the address requests: a peer address, replace and change of an existing address (announced again with its new metric), a refused duplicate (nothing announced), promotion of a secondary when its primary goes (promote_secondaries: the deletion, then the promoted address), flush, and the addresses a device loses when it is deleted. IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 addresses stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip -4 monitor address > m &
  $ sleep 0.1
  $ ip addr add 10.0.0.1 peer 10.0.0.2/32 dev a0
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip addr add 10.1.0.1/24 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr replace 10.1.0.1/24 dev a0 metric 20
  $ ip addr change 10.1.0.1/24 dev a0 metric 30
  $ ip addr add 10.1.0.2/24 dev a0
  $ ip addr add 10.1.0.3/24 dev a0
  $ sysctl -qw net.ipv4.conf.a0.promote_secondaries=1
  $ ip addr del 10.1.0.1/24 dev a0
  $ ip addr add 10.2.0.1/16 dev b0
  $ ip addr add 10.2.0.2/16 dev b0
  $ ip addr flush dev b0
  $ ip link del a0
  $ sleep 0.1; kill %1; wait; cat m
  3: a0    inet 10.0.0.1 peer 10.0.0.2/32 scope global a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 metric 20 scope global a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 metric 30 scope global a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.3/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.1.0.1/24 metric 30 scope global a0
         valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global a0
         valid_lft forever preferred_lft forever
  2: b0    inet 10.2.0.1/16 scope global b0
         valid_lft forever preferred_lft forever
  2: b0    inet 10.2.0.2/16 scope global secondary b0
         valid_lft forever preferred_lft forever
  Deleted 2: b0    inet 10.2.0.2/16 scope global secondary b0
         valid_lft forever preferred_lft forever
  Deleted 2: b0    inet 10.2.0.1/16 scope global b0
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.0.0.1 peer 10.0.0.2/32 scope global a0
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.1.0.2/24 scope global a0
         valid_lft forever preferred_lft forever
  Deleted 3: a0    inet 10.1.0.3/24 scope global secondary a0
         valid_lft forever preferred_lft forever
