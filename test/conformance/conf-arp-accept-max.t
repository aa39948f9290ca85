arp_accept is IN_DEV_MAXCONF: a gratuitous ARP (arping -U, -A) from an unknown sender creates a STALE entry when max(all, DEV) is 1, or 2 and the sender is in one of the device's subnets; 0 ignores it. drop_gratuitous_arp is ORed and wins.
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set h0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n x addr add 10.0.0.2/24 dev x0; ip -n x addr add 10.5.0.2/24 dev x0
  $ ip netns exec x arping -q -U -c 1 -I x0 10.0.0.2
  $ ip -n h neigh show
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_accept=1
  net.ipv4.conf.all.arp_accept = 1
  $ ip netns exec x arping -q -U -c 1 -I x0 10.0.0.2
  $ ip netns exec x arping -q -U -c 1 -I x0 10.5.0.2
  $ ip -n h neigh show | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 STALE 
  10.5.0.2 dev h0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n h neigh flush dev h0
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_accept=2
  net.ipv4.conf.h0.arp_accept = 2
  $ ip netns exec x arping -q -U -c 1 -I x0 10.0.0.2
  $ ip netns exec x arping -q -U -c 1 -I x0 10.5.0.2
  $ ip -n h neigh show | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n h neigh flush dev h0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_accept=0
  net.ipv4.conf.all.arp_accept = 0
  $ ip netns exec x arping -q -A -c 1 -I x0 10.0.0.2
  $ ip netns exec x arping -q -A -c 1 -I x0 10.5.0.2
  $ ip -n h neigh show | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 STALE 
  $ ip -n h neigh flush dev h0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_accept=2 net.ipv4.conf.h0.arp_accept=1
  net.ipv4.conf.all.arp_accept = 2
  net.ipv4.conf.h0.arp_accept = 1
  $ ip netns exec x arping -q -U -c 1 -I x0 10.5.0.2
  $ ip -n h neigh show | sort
  $ ip -n h neigh flush dev h0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_accept=3 net.ipv4.conf.h0.arp_accept=0
  net.ipv4.conf.all.arp_accept = 3
  net.ipv4.conf.h0.arp_accept = 0
  $ ip netns exec x arping -q -U -c 1 -I x0 10.0.0.2
  $ ip -n h neigh show | sort
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_accept=1 net.ipv4.conf.all.drop_gratuitous_arp=1
  net.ipv4.conf.all.arp_accept = 1
  net.ipv4.conf.all.drop_gratuitous_arp = 1
  $ ip netns exec x arping -q -U -c 1 -I x0 10.0.0.2
  $ ip -n h neigh show | sort
  $ ip netns exec h sysctl -w net.ipv4.conf.all.drop_gratuitous_arp=0 net.ipv4.conf.h0.drop_gratuitous_arp=1
  net.ipv4.conf.all.drop_gratuitous_arp = 0
  net.ipv4.conf.h0.drop_gratuitous_arp = 1
  $ ip netns exec x arping -q -A -c 1 -I x0 10.0.0.2
  $ ip -n h neigh show | sort
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.drop_gratuitous_arp=0
  net.ipv4.conf.h0.drop_gratuitous_arp = 0
  $ ip netns exec x arping -q -A -c 1 -I x0 10.0.0.2
  $ ip -n h neigh show | sort
  10.0.0.2 dev h0 lladdr 02:00:00:00:00:02 STALE 
