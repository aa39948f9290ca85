arp_notify beyond a plain link up: every address of the device is announced (primary and secondary, each as its own request), "all" counts as the larger of the two knobs, a MAC change announces the new address (NETDEV_CHANGEADDR), a device brought up while its veth peer is down sends its announcements into a dead link and the carrier coming later sends nothing, and an address added or deleted later is never announced.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.7/24 dev a0
  $ ip -n a addr add 10.0.9.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl -qw net.ipv4.conf.b0.arp_accept=1
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_notify=1
  $ ip netns exec b tcpdump -n -e -t -c 3 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip -n a link set a0 up
  $ wait; cat dump
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.9.1 tell 10.0.9.1, length 28
  02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.7 tell 10.0.0.7, length 28
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.0.7 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.9.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b tcpdump -n -e -t -c 3 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip -n a link set a0 address 02:00:00:00:0a:02
  $ wait; cat dump
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.1, length 28
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.9.1 tell 10.0.9.1, length 28
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.7 tell 10.0.0.7, length 28
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  10.0.0.7 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  10.0.9.1 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.all.arp_notify=0 net.ipv4.conf.a0.arp_notify=1
  $ ip -n a link set a0 down; ip -n b link set b0 down
  $ ip -n a link set a0 up
  $ ip netns exec b tcpdump -n -e -t -c 1 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip -n b link set b0 up; sleep 2; ip -n a addr add 10.0.0.8/24 dev a0; ip -n a addr del 10.0.0.7/24 dev a0; ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 > /dev/null
  $ wait; cat dump
  $ ip -n b neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:02 REACHABLE 
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_notify=2
  $ ip netns exec b tcpdump -n -e -t -c 3 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip -n a link set a0 down; ip -n a link set a0 up
  $ wait; cat dump
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 tell 10.0.0.1, length 28
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.9.1 tell 10.0.9.1, length 28
  02:00:00:00:0a:02 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.8 tell 10.0.0.8, length 28
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_notify=0
  $ ip netns exec b tcpdump -n -e -t -c 1 -i b0 arp > dump 2>/dev/null &
  $ sleep 1; ip -n a link set a0 address 02:00:00:00:0a:03; ip -n a link set a0 down; ip -n a link set a0 up; sleep 1; ip netns exec b arping -c 1 -w 1 -I b0 10.0.0.1 > /dev/null
  $ wait; cat dump
  02:00:00:00:0b:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.1 (ff:ff:ff:ff:ff:ff) tell 10.0.0.2, length 28
