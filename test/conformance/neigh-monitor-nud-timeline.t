ip monitor neigh across the NUD state machine driven by timers: which transitions are announced (REACHABLE from the reply, STALE from the reachable timer, PROBE from the delay timer, REACHABLE again from the unicast probe's answer, FAILED, and the deletion by flush) and which are silent (the new INCOMPLETE entry, STALE -> DELAY on use), with short base_reachable_time_ms, delay_first_probe_time and retrans_time_ms.
  $ for n in x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add x0 netns x address 02:00:00:00:00:01 type veth peer name y0 netns y address 02:00:00:00:00:02
  $ ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n x addr add 10.0.0.1/24 dev x0
  $ ip -n y addr add 10.0.0.2/24 dev y0
  $ ip netns exec x sysctl -qw net.ipv4.neigh.x0.base_reachable_time_ms=4000 net.ipv4.neigh.x0.delay_first_probe_time=1 net.ipv4.neigh.x0.retrans_time_ms=500
  $ ip -n x monitor neigh > mon & sleep 0.3
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ sleep 7; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 STALE 
  $ ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 DELAY 
  $ sleep 1.5; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ cat mon
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PROBE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip netns exec y sysctl -qw net.ipv4.conf.y0.arp_ignore=8
  $ sleep 7; ip netns exec x ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 DELAY 
  $ sleep 1.2; ip -n x neigh show
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PROBE 
  $ sleep 2.5; ip -n x -s neigh show | sed -E 's/used [0-9/]+/used X/'
  10.0.0.2 dev x0  used Xprobes 3 FAILED 
  $ ip netns exec x ping -c 1 -W 2 10.0.0.9 > /dev/null; ip -n x neigh show 10.0.0.9
  10.0.0.9 dev x0 FAILED 
  $ sleep 1; ip -n x -s neigh show 10.0.0.9 | sed -E 's/used [0-9/]+/used X/'
  10.0.0.9 dev x0  used Xprobes 6 FAILED 
  $ ip -n x neigh flush to 10.0.0.2 nud failed; ip -n x neigh flush to 10.0.0.9 nud failed
  $ ip -n x neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev x0 nud stale; ip -n x neigh change 10.0.0.5 dev x0 nud stale; ip -n x neigh replace 10.0.0.5 lladdr 02:00:00:00:00:05 dev x0 nud stale; ip -n x neigh replace 10.0.0.5 lladdr 02:00:00:00:00:06 dev x0 nud stale
  $ sleep 0.3; kill %1; wait; cat mon
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PROBE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 REACHABLE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 STALE 
  10.0.0.2 dev x0 lladdr 02:00:00:00:00:02 PROBE 
  10.0.0.2 dev x0 FAILED 
  10.0.0.9 dev x0 FAILED 
  Deleted 10.0.0.2 dev x0 FAILED 
  Deleted 10.0.0.9 dev x0 FAILED 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:05 STALE 
  10.0.0.5 dev x0 lladdr 02:00:00:00:00:06 STALE 
