arp_ignore is IN_DEV_MAXCONF: the larger of conf/all and conf/DEV decides whether a request is answered (arping from the peer to an address on lo and on the receiving device, with an on-link and an off-link sender).
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set lo up; ip -n h link set h0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n h addr add 10.9.9.9/32 dev lo
  $ ip -n x addr add 10.0.0.2/24 dev x0; ip -n x addr add 10.7.7.7/32 dev x0
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.9.9.9 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_ignore=1
  net.ipv4.conf.all.arp_ignore = 1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.9.9.9 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 10.7.7.7 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_ignore=2
  net.ipv4.conf.h0.arp_ignore = 2
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 10.7.7.7 10.0.0.1 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_ignore=0
  net.ipv4.conf.all.arp_ignore = 0
  $ ip netns exec x arping -c 1 -w 1 -I x0 -s 10.7.7.7 10.0.0.1 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_ignore=0 net.ipv4.conf.lo.arp_ignore=8
  net.ipv4.conf.h0.arp_ignore = 0
  net.ipv4.conf.lo.arp_ignore = 8
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.9.9.9 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.default.arp_ignore=8
  net.ipv4.conf.default.arp_ignore = 8
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_ignore=8
  net.ipv4.conf.all.arp_ignore = 8
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_ignore=3 net.ipv4.conf.h0.arp_ignore=0
  net.ipv4.conf.all.arp_ignore = 3
  net.ipv4.conf.h0.arp_ignore = 0
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip -n h addr add 10.0.0.3/24 scope host dev h0
  Error: ipv4: Invalid scope value.
  [2]
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.3 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.arp_ignore=2 net.ipv4.conf.h0.arp_ignore=3
  net.ipv4.conf.all.arp_ignore = 2
  net.ipv4.conf.h0.arp_ignore = 3
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.3 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.0.0.1 | tail -1
  Received 1 response(s)
  $ ip netns exec h sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.default.arp_ignore net.ipv4.conf.h0.arp_ignore net.ipv4.conf.lo.arp_ignore
  net.ipv4.conf.all.arp_ignore = 2
  net.ipv4.conf.default.arp_ignore = 8
  net.ipv4.conf.h0.arp_ignore = 3
  net.ipv4.conf.lo.arp_ignore = 8
  $ ip -n x neigh show | sort
