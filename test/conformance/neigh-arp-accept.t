arp_accept: a gratuitous ARP (arping -U request, arping -A reply) from a host the peer has no entry for creates one only with arp_accept=1 (or 2 when the sender is on a subnet of the interface); an existing entry is updated whatever arp_accept says; arp_accept on all ORs with the device's value.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.0.5.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b sysctl net.ipv4.conf.all.arp_accept net.ipv4.conf.b0.arp_accept
  net.ipv4.conf.all.arp_accept = 0
  net.ipv4.conf.b0.arp_accept = 0
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  $ ip netns exec a arping -q -A -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.arp_accept=1
  net.ipv4.conf.b0.arp_accept = 1
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec a arping -q -A -c 1 -I a0 -s 10.0.5.1 10.0.5.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  10.0.5.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip -n b neigh flush dev b0
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.arp_accept=2
  net.ipv4.conf.b0.arp_accept = 2
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1
  $ ip netns exec a arping -q -U -c 1 -I a0 -s 10.0.5.1 10.0.5.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE 
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.arp_accept=3
  net.ipv4.conf.b0.arp_accept = 3
  $ ip netns exec b sysctl -w net.ipv4.conf.b0.arp_accept=0
  net.ipv4.conf.b0.arp_accept = 0
  $ ip -n a link set a0 address 02:00:00:00:0a:02
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  $ ip -n b neigh flush dev b0
  $ ip netns exec b sysctl -qw net.ipv4.conf.all.arp_accept=1
  $ ip netns exec a arping -q -A -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  $ ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:09 dev b0
  RTNETLINK answers: File exists
  [2]
  $ ip netns exec a arping -q -U -c 1 -I a0 10.0.0.1
  $ ip -n b -4 neigh show | sort
  10.0.0.1 dev b0 lladdr 02:00:00:00:0a:02 STALE 
  $ ip netns exec b nstat -az IpInReceives
  #kernel
  IpInReceives                    0                  0.0
