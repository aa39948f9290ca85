Random differential scenario (seed 3): macvlans of random modes in the lower device's own namespace h, addresses in the lower's subnet or others, random ARP knobs (arp_ignore, arp_announce, arp_filter, rp_filter) per device; host x on a bridge arpings and pings each address; who answers with which MAC (tcpdump on x), the neighbour tables, ip -s link of the macvlans.

  $ for n in s h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip -n $n link set lo up; done
  $ ip -n s link add sw type bridge mcast_snooping 0; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s
  $ for q in p1 p2; do ip -n s link set $q master sw; ip -n s link set $q up; done; ip -n h link set e0 up; ip -n x link set x0 up
  $ ip -n x addr add 10.0.0.100/24 dev x0; ip -n x addr add 10.0.5.100/24 dev x0
  $ for d in h/e0 x/x0; do ip netns exec ${d%/*} sysctl -qw net.ipv4.neigh.${d#*/}.base_reachable_time_ms=3600000 net.ipv4.neigh.${d#*/}.delay_first_probe_time=3600 net.ipv4.neigh.${d#*/}.mcast_solicit=1; done
  $ ip -n h addr add 10.0.0.1/24 dev e0
  $ ip -n h link add mv1 link e0 address 02:00:00:00:0a:01 type macvlan mode private; ip -n h addr add 10.0.5.11/24 dev mv1; ip -n h link set mv1 up; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.mv1.base_reachable_time_ms=3600000 net.ipv4.neigh.mv1.delay_first_probe_time=3600 net.ipv4.neigh.mv1.mcast_solicit=1
  $ ip -n h link add mv2 link e0 address 02:00:00:00:0a:02 type macvlan mode bridge; ip -n h addr add 10.0.0.12/32 dev mv2; ip -n h link set mv2 up; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.mv2.base_reachable_time_ms=3600000 net.ipv4.neigh.mv2.delay_first_probe_time=3600 net.ipv4.neigh.mv2.mcast_solicit=1
  $ ip -n h link add mv3 link e0 address 02:00:00:00:0a:03 type macvlan mode bridge; ip -n h addr add 10.0.0.13/24 dev mv3; ip -n h link set mv3 up; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.neigh.mv3.base_reachable_time_ms=3600000 net.ipv4.neigh.mv3.delay_first_probe_time=3600 net.ipv4.neigh.mv3.mcast_solicit=1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.rp_filter=2; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.mv1.arp_accept=1; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.e0.arp_announce=2; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.mv2.arp_accept=1; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.mv3.rp_filter=2; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.mv2.arp_ignore=0; echo $?
  0
  $ ip -n s link set p1 type bridge_slave hairpin on
  $ ip netns exec x tcpdump -l -n -e -t -i x0 arp > cap 2>/dev/null & sleep 1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.5.11 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.5.11 from 10.0.5.100 x0
  Unicast reply from 10.0.5.11 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 10.0.5.100 10.0.5.11 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.5.11 from 10.0.5.100 x0
  Unicast reply from 10.0.5.11 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.13 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.13 from 10.0.0.100 x0
  Unicast reply from 10.0.0.13 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec x ping -c 1 -W 1 10.0.0.1 > /dev/null 2>&1; echo $?; sleep 0.05
  0
  $ ip netns exec x ping -c 1 -W 1 10.0.0.1 > /dev/null 2>&1; echo $?; sleep 0.05
  0
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 10.0.5.100 10.0.0.1 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.0.1 from 10.0.5.100 x0
  Unicast reply from 10.0.0.1 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip -n x neigh flush all
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.5.11 | sed 's/ [0-9.]*ms$//'
  ARPING 10.0.5.11 from 10.0.5.100 x0
  Unicast reply from 10.0.5.11 [02:00:00:00:01:00] 
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ sleep 1.1; ip -n x neigh show | sort; ip -n h neigh show | sort
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 DELAY 
  10.0.0.100 dev mv1 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev mv2 lladdr 02:00:00:00:02:00 STALE 
  10.0.0.100 dev mv3 lladdr 02:00:00:00:02:00 STALE 
  10.0.5.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  10.0.5.100 dev mv1 lladdr 02:00:00:00:02:00 STALE 
  10.0.5.100 dev mv2 lladdr 02:00:00:00:02:00 STALE 
  10.0.5.100 dev mv3 lladdr 02:00:00:00:02:00 STALE 
  $ kill %1; wait; cat cap
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.5.11 (ff:ff:ff:ff:ff:ff) tell 10.0.5.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:03, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.5.11 (ff:ff:ff:ff:ff:ff) tell 10.0.5.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:03, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.13 (ff:ff:ff:ff:ff:ff) tell 10.0.0.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.13 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.13 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.13 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.13 is-at 02:00:00:00:0a:03, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:03, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 (ff:ff:ff:ff:ff:ff) tell 10.0.5.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.1 is-at 02:00:00:00:0a:03, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.5.11 (ff:ff:ff:ff:ff:ff) tell 10.0.5.100, length 28
  02:00:00:00:01:00 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:01:00, length 28
  02:00:00:00:0a:02 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:02, length 28
  02:00:00:00:0a:01 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:01, length 28
  02:00:00:00:0a:03 > 02:00:00:00:02:00, ethertype ARP (0x0806), length 42: Reply 10.0.5.11 is-at 02:00:00:00:0a:03, length 28
  $ for i in 1 2 3; do ip -n h -s link show mv$i | sed -n 4p; done
             252       6      0       0       0       6 
             252       6      0       0       0       6 
             252       6      0       0       0       6 
