ip neigh ... use (NTF_USE): neigh_event_send() without a packet; on an existing entry __neigh_update() with NEIGH_UPDATE_F_USE only drops NUD_PERMANENT from the state (a permanent entry becomes NONE and resolves again); on a STALE entry DELAY then a probe; on a new one a resolution.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=1 net.ipv4.neigh.e0.retrans_time_ms=300
  $ ip -n h neigh add 10.0.0.100 dev e0 use; echo $?; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 4 REACHABLE 
  $ sleep 0.5; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 4 REACHABLE 
  $ ip -n h neigh replace 10.0.0.100 lladdr 02:00:00:00:02:00 dev e0 nud permanent; ip -n h neigh change 10.0.0.100 dev e0 use; echo $?; ip -n h -s neigh show nud all | sed 's/used [0-9/]*//'
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 4 REACHABLE 
  $ sleep 0.5; ip -n h -s neigh show nud all | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 4 REACHABLE 
  $ ip -n h neigh change 10.0.0.100 dev e0 nud stale; ip -n h neigh change 10.0.0.100 dev e0 use; ip -n h neigh show; sleep 1.5; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 DELAY 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 1 REACHABLE 
  $ ip -n h neigh add 10.0.0.77 dev e0 use; ip -n h neigh show 10.0.0.77; sleep 2; ip -n h -s neigh show 10.0.0.77 | sed 's/used [0-9/]*//'
  10.0.0.77 dev e0 INCOMPLETE 
  10.0.0.77 dev e0  probes 6 FAILED 
  $ ip -n h neigh add 10.0.0.78 lladdr 02:00:00:00:00:78 dev e0 nud noarp; ip -n h neigh change 10.0.0.78 dev e0 use; echo $?; ip -n h -s neigh show nud all 10.0.0.78 | sed 's/used [0-9/]*//'
  0
  10.0.0.78 dev e0 lladdr 02:00:00:00:00:78  probes 0 NOARP 
  $ ip -n h neigh add 10.0.0.79 lladdr 02:00:00:00:00:79 dev e0 nud permanent use; echo $?; ip -n h neigh replace 10.0.0.80 lladdr 02:00:00:00:00:80 dev e0 nud reachable use; echo $?; ip -n h neigh show nud all | sort
  0
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE 
  10.0.0.77 dev e0 FAILED 
  10.0.0.78 dev e0 lladdr 02:00:00:00:00:78 NOARP 
  10.0.0.79 dev e0 INCOMPLETE 
  10.0.0.80 dev e0 INCOMPLETE 
