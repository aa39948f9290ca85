ip -s neigh's used age after confirmations: neigh_add_timer() pulls neigh->used up to neigh->confirmed, so an admin change from STALE to REACHABLE or a unicast probe answered from PROBE shows used 0, while a REACHABLE entry re-confirmed in place or changed to STALE/PERMANENT keeps its age; with delay_first_probe_time 2 s past the 1 s reachable time, the entry keeps cycling through DELAY and PROBE after one ping instead of going STALE.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec x sysctl -qw net.ipv4.neigh.x0.base_reachable_time_ms=3600000 net.ipv4.neigh.x0.delay_first_probe_time=3600
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=3600
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 >/dev/null 2>&1; echo $?
  0
  $ sleep 2.2; ip -n h -s -j neigh show
  [{"dst":"10.0.0.100","dev":"e0","lladdr":"02:00:00:00:02:00","refcnt":1,"used":2,"confirmed":2,"updated":2,"probes":4,"state":["REACHABLE"]}]
  $ ip -n h neigh replace 10.0.0.100 lladdr 02:00:00:00:02:00 dev e0 nud reachable; ip -n h -s -j neigh show
  [{"dst":"10.0.0.100","dev":"e0","lladdr":"02:00:00:00:02:00","refcnt":1,"used":2,"confirmed":0,"updated":2,"probes":4,"state":["REACHABLE"]}]
  $ ip -n h neigh change 10.0.0.100 dev e0 nud probe; sleep 0.3; ip -n h -s -j neigh show
  [{"dst":"10.0.0.100","dev":"e0","lladdr":"02:00:00:00:02:00","refcnt":1,"used":0,"confirmed":0,"updated":0,"probes":1,"state":["REACHABLE"]}]
  $ ip -n h neigh add 10.0.0.77 lladdr 02:00:00:00:09:09 dev e0 nud stale; sleep 2.2; ip -n h -s -j neigh show 10.0.0.77
  [{"dst":"10.0.0.77","dev":"e0","lladdr":"02:00:00:00:09:09","used":2,"confirmed":7202,"updated":2,"probes":0,"state":["STALE"]}]
  $ ip -n h neigh change 10.0.0.77 dev e0 nud reachable; ip -n h -s -j neigh show 10.0.0.77
  [{"dst":"10.0.0.77","dev":"e0","lladdr":"02:00:00:00:09:09","refcnt":1,"used":0,"confirmed":0,"updated":0,"probes":0,"state":["REACHABLE"]}]
  $ sleep 1.2; ip -n h neigh change 10.0.0.77 dev e0 lladdr 02:00:00:00:09:08 nud reachable; ip -n h -s -j neigh show 10.0.0.77
  [{"dst":"10.0.0.77","dev":"e0","lladdr":"02:00:00:00:09:08","refcnt":1,"used":1,"confirmed":0,"updated":0,"probes":0,"state":["REACHABLE"]}]
  $ sleep 1.2; ip -n h neigh change 10.0.0.77 dev e0 nud stale; ip -n h -s -j neigh show 10.0.0.77
  [{"dst":"10.0.0.77","dev":"e0","lladdr":"02:00:00:00:09:08","used":2,"confirmed":1,"updated":0,"probes":0,"state":["STALE"]}]
  $ sleep 1.2; ip -n h neigh change 10.0.0.77 dev e0 nud permanent; ip -n h -s -j neigh show 10.0.0.77
  [{"dst":"10.0.0.77","dev":"e0","lladdr":"02:00:00:00:09:08","used":3,"confirmed":0,"updated":0,"probes":0,"state":["PERMANENT"]}]
  $ ip -n h neigh add 10.0.0.78 lladdr 02:00:00:00:09:07 dev e0 nud stale; sleep 1.2; ip -n h neigh change 10.0.0.78 dev e0 nud delay; ip -n h -s -j neigh show 10.0.0.78
  [{"dst":"10.0.0.78","dev":"e0","lladdr":"02:00:00:00:09:07","refcnt":1,"used":1,"confirmed":7201,"updated":0,"probes":1,"state":["PROBE"]}]
  $ ip -n h neigh flush all; ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=1000 net.ipv4.neigh.e0.delay_first_probe_time=2
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 >/dev/null 2>&1; echo $?
  0
  $ sleep 1.6; ip -n h -s neigh show 10.0.0.100
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 used *probes 4 DELAY  (glob)
  $ sleep 2; ip -n h neigh show 10.0.0.100 | sed 's/DELAY/REACHABLE-or-DELAY/;s/REACHABLE$/REACHABLE-or-DELAY/;s/REACHABLE $/REACHABLE-or-DELAY /'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE-or-DELAY 
  $ sleep 6; ip -n h neigh show 10.0.0.100 | sed 's/DELAY/REACHABLE-or-DELAY/;s/REACHABLE $/REACHABLE-or-DELAY /'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 REACHABLE-or-DELAY 
