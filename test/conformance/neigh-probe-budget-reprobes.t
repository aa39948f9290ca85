The PROBE phase's budget: ucast_solicit unicast probes, then app_solicit misses to user space, then mcast_resolicit broadcasts (neigh_max_probes() counts MCAST_REPROBES in PROBE); a peer that changed its MAC answers only the broadcasts; ip -j monitor neigh shows each miss.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name x0 netns x address 02:00:00:00:02:00
  $ ip -n h link set e0 up; ip -n x link set x0 up; ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0
  $ ip netns exec x sysctl -qw net.ipv4.neigh.x0.base_reachable_time_ms=3600000 net.ipv4.neigh.x0.delay_first_probe_time=3600
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.base_reachable_time_ms=3600000 net.ipv4.neigh.e0.delay_first_probe_time=1 net.ipv4.neigh.e0.retrans_time_ms=300 net.ipv4.neigh.e0.ucast_solicit=2 net.ipv4.neigh.e0.app_solicit=1 net.ipv4.neigh.e0.mcast_resolicit=2
  $ ip netns exec h sysctl net.ipv4.neigh.e0.mcast_resolicit net.ipv4.neigh.e0.mcast_solicit
  net.ipv4.neigh.e0.mcast_resolicit = 2
  net.ipv4.neigh.e0.mcast_solicit = 3
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00  ref 1 probes 4 REACHABLE 
  $ ip -n h -j monitor neigh > mon 2>&1 & ip netns exec x tcpdump -l -n -e -t -i x0 arp > cap 2>/dev/null & sleep 1
  $ ip -n x link set x0 address 02:00:00:00:02:99; ip -n h neigh change 10.0.0.100 dev e0 nud stale; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  1
  $ sleep 3; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:99  ref 1 probes 5 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.mcast_resolicit=0; ip -n x link set x0 address 02:00:00:00:02:55; ip -n h neigh change 10.0.0.100 dev e0 nud stale; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?
  1
  $ sleep 3; ip -n h -s neigh show | sed 's/used [0-9/]*//'
  10.0.0.100 dev e0  probes 3 FAILED 
  $ sleep 0.2; kill %1 %2; wait; cat mon; cat cap
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 PROBE 
  miss 10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 PROBE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:99 REACHABLE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:99 STALE 
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:99 PROBE 
  miss 10.0.0.100 dev e0 lladdr 02:00:00:00:02:99 PROBE 
  10.0.0.100 dev e0 FAILED 
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:02:99 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:02:99, length 28
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:02:99 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:02:99, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:99, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:99, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
