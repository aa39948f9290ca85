arp_announce is IN_DEV_MAXCONF: the sender address of an ARP request for a packet from an address on lo, seen as the neighbour the peer learns, for each all/DEV pair (0, 1 off-subnet, 2 best local).
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set lo up; ip -n h link set h0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n h addr add 10.9.9.9/32 dev lo; ip -n h addr add 10.0.0.9/32 dev lo
  $ ip -n x addr add 10.0.0.2/24 dev x0
  $ ip netns exec h ping -c 1 -W 1 -I 10.9.9.9 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.9.9.9 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_announce=1
  net.ipv4.conf.all.arp_announce = 1
  $ ip netns exec h ping -c 1 -W 1 -I 10.9.9.9 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.0.0.1 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h ping -c 1 -W 1 -I 10.0.0.9 10.0.0.2 | sed -n 4p
  --- 10.0.0.2 ping statistics ---
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.0.0.9 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_announce=0 net.ipv4.conf.h0.arp_announce=2
  net.ipv4.conf.all.arp_announce = 0
  net.ipv4.conf.h0.arp_announce = 2
  $ ip netns exec h ping -c 1 -W 1 -I 10.0.0.9 10.0.0.2 | sed -n 4p
  --- 10.0.0.2 ping statistics ---
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.0.0.1 dev x0
  10.0.0.9 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_announce=0 net.ipv4.conf.lo.arp_announce=2 net.ipv4.conf.default.arp_announce=2
  net.ipv4.conf.h0.arp_announce = 0
  net.ipv4.conf.lo.arp_announce = 2
  net.ipv4.conf.default.arp_announce = 2
  $ ip netns exec h ping -c 1 -W 1 -I 10.9.9.9 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.9.9.9 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_announce=5
  net.ipv4.conf.all.arp_announce = 5
  $ ip netns exec h ping -c 1 -W 1 -I 10.9.9.9 10.0.0.2 | sed -n 4p
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.9.9.9 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_announce=1 net.ipv4.conf.h0.arp_announce=2
  net.ipv4.conf.all.arp_announce = 1
  net.ipv4.conf.h0.arp_announce = 2
  $ ip -n h addr add 10.0.0.5/24 dev h0
  $ ip netns exec h ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 | sed -n 4p
  --- 10.0.0.2 ping statistics ---
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.0.0.1 dev x0
  10.0.0.5 dev x0
  $ ip -n h neigh flush dev h0; ip -n x neigh flush dev x0
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_announce=0
  net.ipv4.conf.h0.arp_announce = 0
  $ ip netns exec h ping -c 1 -W 1 -I 10.0.0.5 10.0.0.2 | sed -n 4p
  --- 10.0.0.2 ping statistics ---
  $ ip -n x neigh show | sed -E 's/ lladdr.*//' | sort
  10.0.0.5 dev x0
  $ ip netns exec h sysctl net.ipv4.conf.all.arp_announce net.ipv4.conf.h0.arp_announce net.ipv4.conf.lo.arp_announce
  net.ipv4.conf.all.arp_announce = 1
  net.ipv4.conf.h0.arp_announce = 0
  net.ipv4.conf.lo.arp_announce = 2
