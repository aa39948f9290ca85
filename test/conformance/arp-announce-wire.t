ARP requests on the wire (tcpdump -e -n arp): the sender address arp_solicit picks under arp_announce 0, 1 and 2 for a packet from a loopback address, a secondary and an address of another subnet; the unicast re-probe of a STALE entry (PROBE state, to the cached MAC) and the peer's unicast reply.
The re-probe part sets base_reachable_time_ms=4000 (not 1000): with 1000 the entry's random reachable_time (0.5-1.5 s) ran out before or after tcpdump's 1 s block timer let the shell go on, so REACHABLE or DELAY came by chance on Linux (2 runs of 3 differed).
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set lo up; ip -n a link set a0 up; ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.5/24 dev a0
  $ ip -n a addr add 10.0.7.1/24 dev a0
  $ ip -n a addr add 192.168.9.9/32 dev lo
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n b route add default via 10.0.0.1
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:01 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.neigh.b0.base_reachable_time_ms=3600000 net.ipv4.neigh.b0.delay_first_probe_time=3600
  $ for v in 0 1 2; do ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_announce=$v; for s in 192.168.9.9 10.0.0.5 10.0.7.1; do ip -n a neigh flush all; ip netns exec b tcpdump -n -e -t -c 2 -i b0 arp > dump 2>/dev/null & sleep 1; ip netns exec a ping -c 1 -W 1 -I $s 10.0.0.2 > /dev/null; wait; echo "announce $v from $s:"; cat dump; done; done
  announce 0 from 192.168.9.9:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 192.168.9.9, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 0 from 10.0.0.5:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.5, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 0 from 10.0.7.1:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.7.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 1 from 192.168.9.9:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 1 from 10.0.0.5:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.5, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 1 from 10.0.7.1:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 2 from 192.168.9.9:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 2 from 10.0.0.5:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  announce 2 from 10.0.7.1:
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.a0.arp_announce=1
  $ ip -n a neigh flush all
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 > /dev/null; ip -n b neigh show 10.0.0.1
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 PERMANENT 
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 PERMANENT 
  10.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  10.0.7.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  192.168.9.9 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n a neigh flush all
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_announce=0 net.ipv4.conf.a0.arp_announce=0 net.ipv4.neigh.a0.base_reachable_time_ms=4000 net.ipv4.neigh.a0.delay_first_probe_time=1
  $ ip netns exec a ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 > /dev/null
  $ ip -n a neigh change 10.0.0.2 lladdr 02:00:00:00:0b:01 dev a0 nud stale; ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 STALE 
  $ ip netns exec b tcpdump -n -e -t -c 2 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip netns exec a ping -c 1 -W 1 -I 10.0.7.1 10.0.0.2 > /dev/null; ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 DELAY 
  $ wait; cat dump; ip -n a neigh show | sort
  02:00:00:00:0a:01 > 02:00:00:00:0b:01, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28
  02:00:00:00:0b:01 > 02:00:00:00:0a:01, ethertype ARP (0x0806), length 42: Reply 10.0.0.2 is-at 02:00:00:00:0b:01, length 28
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE 
  $ ip -n a -s neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01  ref 1 used *probes 1 REACHABLE  (glob)
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 PERMANENT 
  10.0.0.5 dev b0 lladdr 02:00:00:00:0a:01 DELAY 
  10.0.7.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  192.168.9.9 dev b0 lladdr 02:00:00:00:0a:01 STALE 
