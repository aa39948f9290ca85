Two hosts answer for one address on a bridged LAN: the first reply is taken and a second one within locktime is ignored (arp_process()'s override = jiffies past updated + locktime, or a gratuitous ARP); with locktime 0 a second reply in the same jiffy still loses (time_after() is strict); a gratuitous ARP from the other host overrides in any case; arping -D stops at the first of the two replies.
  $ for n in s h x y; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n s link add sw type bridge; ip -n s link set sw up
  $ ip link add e0 netns h address 02:00:00:00:01:00 type veth peer name p1 netns s; ip link add x0 netns x address 02:00:00:00:02:00 type veth peer name p2 netns s; ip link add y0 netns y address 02:00:00:00:03:00 type veth peer name p3 netns s
  $ for p in p1 p2 p3; do ip -n s link set $p master sw; ip -n s link set $p up; done; ip -n h link set e0 up; ip -n x link set x0 up; ip -n y link set y0 up
  $ ip -n h addr add 10.0.0.1/24 dev e0; ip -n x addr add 10.0.0.100/24 dev x0; ip -n y addr add 10.0.0.100/24 dev y0
  $ ip netns exec h sysctl net.ipv4.neigh.e0.locktime
  net.ipv4.neigh.e0.locktime = 100
  $ ip netns exec h tcpdump -l -n -e -t -i e0 arp > cap 2>/dev/null & sleep 1
  $ ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; ip -n h neigh show
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:03:00 REACHABLE 
  $ ip -n h neigh flush all; ip netns exec h sysctl -qw net.ipv4.neigh.e0.locktime=0; ip netns exec h ping -c 1 -W 1 10.0.0.100 > /dev/null; echo $?; sleep 0.2; ip -n h neigh show
  0
  10.0.0.100 dev e0 lladdr 02:00:00:00:03:00 REACHABLE 
  $ ip netns exec h sysctl -qw net.ipv4.neigh.e0.locktime=100000; ip netns exec x arping -U -c 1 -I x0 10.0.0.100 > /dev/null; sleep 0.2; ip -n h neigh show
  10.0.0.100 dev e0 lladdr 02:00:00:00:02:00 STALE 
  $ ip netns exec y arping -A -c 1 -I y0 10.0.0.100 > /dev/null; sleep 0.2; ip -n h neigh show
  10.0.0.100 dev e0 lladdr 02:00:00:00:03:00 STALE 
  $ ip netns exec h arping -D -c 1 -w 1 -I e0 10.0.0.100 | sed 's/  [0-9.]*ms$//'; echo $?
  ARPING 10.0.0.100 from 0.0.0.0 e0
  Unicast reply from 10.0.0.100 [02:00:00:00:03:00]
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  0
  $ sleep 0.3; kill %1; wait; cat cap
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:03:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:03:00, length 28
  02:00:00:00:02:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:02:00, length 28
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 tell 10.0.0.1, length 28
  02:00:00:00:03:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:03:00, length 28
  02:00:00:00:02:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:02:00, length 28
  02:00:00:00:02:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 (ff:ff:ff:ff:ff:ff) tell 10.0.0.100, length 28
  02:00:00:00:03:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:03:00, length 28
  02:00:00:00:01:00 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.100 (ff:ff:ff:ff:ff:ff) tell 0.0.0.0, length 28
  02:00:00:00:03:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:03:00, length 28
  02:00:00:00:02:00 > 02:00:00:00:01:00, ethertype ARP (0x0806), length 42: Reply 10.0.0.100 is-at 02:00:00:00:02:00, length 28
