app_solicit: neigh_app_ns() asks user space (RTM_GETNEIGH to RTNLGRP_NEIGH, "miss" in ip monitor) for each app probe.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.app_solicit=2 net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.neigh.e0.ucast_solicit=1 net.ipv4.neigh.e0.retrans_time_ms=300
  $ ip -n h monitor neigh > mon 2>&1 & sleep 0.5
  $ ip netns exec h ping -c 1 -W 1 10.0.0.77 > /dev/null; echo $?
  1
  $ sleep 1.5; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.77 dev e0  probes 4 FAILED 
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=0; ip -n h neigh flush all; ip netns exec h ping -c 1 -W 1 10.0.0.78 > /dev/null; echo $?
  1
  $ sleep 1.5; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.78 dev e0  probes 3 FAILED 
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_solicit=1 net.ipv4.neigh.e0.app_solicit=0; ip -n h neigh flush all; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.app_solicit=1 net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=1; ip -n x link set x0 address 02:00:00:00:02:99; ip -n h neigh change 10.0.0.100 dev e0 nud stale; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  1
  $ sleep 3; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0  probes 2 FAILED 
  $ kill %1; wait; cat mon
  miss 10.0.0.77 dev e0 INCOMPLETE 
  miss 10.0.0.77 dev e0 INCOMPLETE 
  10.0.0.77 dev e0 FAILED 
  Deleted 10.0.0.77 dev e0 FAILED 
  miss 10.0.0.78 dev e0 INCOMPLETE 
  miss 10.0.0.78 dev e0 INCOMPLETE 
  10.0.0.78 dev e0 FAILED 
  Deleted 10.0.0.78 dev e0 FAILED 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 PROBE 
  miss 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 PROBE 
  10.0.0.100 dev e0 FAILED 
