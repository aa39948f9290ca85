arp_ignore beyond the documented modes: 4-7 (reserved) and any value above 8 answer like 0, 8 never answers, a negative value; the knob in effect is the larger of "all" and the device (IN_DEV_ARP_IGNORE is IN_DEV_MAXCONF), so all=8 silences every device and a device's 2 beats all=1.
  $ for n in h c x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:0a:01 type veth peer name c0 netns c address 02:00:00:00:0c:01
  $ ip link add h1 netns h address 02:00:00:00:0a:02 type veth peer name x0 netns x address 02:00:00:00:0d:01
  $ ip -n h link set h0 up; ip -n h link set h1 up; ip -n c link set c0 up; ip -n x link set x0 up
  $ ip -n h addr add 10.0.0.1/24 dev h0
  $ ip -n h addr add 10.0.5.1/24 dev h0
  $ ip -n h addr add 10.0.1.1/24 dev h1
  $ ip -n c addr add 10.0.0.2/24 dev c0
  $ ip -n c route add 10.0.1.0/24 dev c0
  $ ip -n c route add 10.0.5.0/24 dev c0
  $ for v in 0 1 2 3 4 5 6 7 8 9 42 -1; do ip netns exec h sysctl -qw net.ipv4.conf.h0.arp_ignore=$v; r=""; for t in 10.0.0.1 10.0.5.1 10.0.1.1; do ip netns exec c arping -q -c 1 -w 1 -I c0 $t; r="$r $?"; done; echo "arp_ignore=$v:$r"; done
  arp_ignore=0: 0 0 0
  arp_ignore=1: 0 0 1
  arp_ignore=2: 0 1 1
  arp_ignore=3: 0 0 0
  arp_ignore=4: 0 0 0
  arp_ignore=5: 0 0 0
  arp_ignore=6: 0 0 0
  arp_ignore=7: 0 0 0
  arp_ignore=8: 1 1 1
  arp_ignore=9: 0 0 0
  arp_ignore=42: 0 0 0
  arp_ignore=-1: 0 0 0
  $ ip netns exec h sysctl net.ipv4.conf.h0.arp_ignore
  net.ipv4.conf.h0.arp_ignore = -1
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.arp_ignore=abc
  sysctl: setting key "net.ipv4.conf.h0.arp_ignore": Invalid argument
  [1]
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.arp_ignore=0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=8
  $ ip netns exec c arping -c 1 -w 1 -I c0 10.0.0.1
  ARPING 10.0.0.1 from 10.0.0.2 c0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  [1]
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=1
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.0.1; echo $?
  0
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.5.1; echo $?
  0
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.1.1; echo $?
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.arp_ignore=2
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.5.1; echo $?
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=-5
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.5.1; echo $?
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.h0.arp_ignore=5
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.1.1; echo $?
  0
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=3 net.ipv4.conf.h0.arp_ignore=0
  $ ip -n h addr add 10.0.9.9/32 dev lo scope host
  $ ip -n h link set lo up
  $ ip -n c route add 10.0.9.9/32 dev c0
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.9.9; echo $?
  1
  $ ip netns exec h sysctl -qw net.ipv4.conf.all.arp_ignore=0
  $ ip netns exec c arping -q -c 1 -w 1 -I c0 10.0.9.9; echo $?
  0
  $ ip -n c neigh show | sort
  $ ip netns exec h sysctl -a 2>/dev/null | grep arp_ignore
  net.ipv4.conf.all.arp_ignore = 0
  net.ipv4.conf.default.arp_ignore = 0
  net.ipv4.conf.h0.arp_ignore = 0
  net.ipv4.conf.h1.arp_ignore = 0
  net.ipv4.conf.lo.arp_ignore = 0
