Timings of an unresolved neighbour in virtual time: with retrans_time_ms 1500 and mcast_solicit 4 the entry stays INCOMPLETE for 6 s (4 broadcasts 1.5 s apart) then FAILED; ip -s neigh used/updated ages and the probe count along the way; app_solicit adds no request on the wire without a daemon but counts; a FAILED entry retried from scratch by new traffic; mcast_resolicit sending broadcasts after the unicast probes of a MAC that changed.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.retrans_time_ms=1500 net.ipv4.neigh.a0.mcast_solicit=4
  $ ip netns exec b tcpdump -n -e -t -c 4 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a ping -c 1 -W 1 10.0.0.99 > /dev/null; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 4 INCOMPLETE  (glob)
  $ sleep 1; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 5 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 6 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 7 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.99 dev a0  used *probes 7 FAILED  (glob)
  $ wait; cat dump
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.99 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.99 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.99 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.99 tell 10.0.0.1, length 28
  $ sleep 3; ip -n a -s neigh show
  10.0.0.99 dev a0  used *probes 7 FAILED  (glob)
  $ ip netns exec a ping -c 1 -W 1 10.0.0.99 > /dev/null; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 4 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.99 dev a0  ref 1 used *probes 5 INCOMPLETE  (glob)
  $ sleep 4.5; ip -n a -s neigh show
  10.0.0.99 dev a0  used *probes 7 FAILED  (glob)
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.app_solicit=2 net.ipv4.neigh.a0.mcast_solicit=1 net.ipv4.neigh.a0.retrans_time_ms=1400
  $ ip -n a neigh flush all nud all
  $ ip netns exec b tcpdump -n -e -t -c 1 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a ping -c 1 -W 1 10.0.0.98 > /dev/null; ip -n a -s neigh show
  10.0.0.98 dev a0  ref 1 used *probes 4 INCOMPLETE  (glob)
  $ sleep 1; ip -n a -s neigh show
  10.0.0.98 dev a0  ref 1 used *probes 5 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.98 dev a0  ref 1 used *probes 6 INCOMPLETE  (glob)
  $ sleep 1.5; ip -n a -s neigh show; wait; cat dump
  10.0.0.98 dev a0  used *probes 6 FAILED  (glob)
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.98 tell 10.0.0.1, length 28
  $ ip netns exec a sysctl -qw net.ipv4.neigh.a0.app_solicit=0 net.ipv4.neigh.a0.mcast_solicit=3 net.ipv4.neigh.a0.retrans_time_ms=1000 net.ipv4.neigh.a0.delay_first_probe_time=2 net.ipv4.neigh.a0.ucast_solicit=2 net.ipv4.neigh.a0.mcast_resolicit=1
  $ ip -n a neigh flush all nud all
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n b link set b0 address 02:00:00:00:0b:99
  $ ip -n a neigh change 10.0.0.2 dev a0 nud stale
  $ ip netns exec b tcpdump -n -e -t -c 4 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a ping -c 1 -W 1 10.0.0.2 > /dev/null; ip -n a neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 DELAY 
  $ sleep 1.5; ip -n a -s neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 1 PROBE  (glob)
  $ sleep 1; ip -n a -s neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 2 PROBE  (glob)
  $ sleep 1; ip -n a -s neigh show
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:99  ref 1 used *probes 3 REACHABLE  (glob)
  $ wait; cat dump
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:99 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:99, length 28
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | grep -c 'bytes from'
  1

