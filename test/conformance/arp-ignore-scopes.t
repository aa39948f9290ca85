arp_ignore 1, 2, 3 and 8 on a host with several addresses: on another device, in another subnet of the receiving device, scope host and scope link; the replies arping gets for each target and the "all" knob taking the maximum.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:00 type veth peer name b0 netns b address 02:00:00:00:0b:00
  $ ip -n a link add d1 address 02:00:00:00:0d:01 type veth peer name d2
  $ ip -n a link set a0 up
  $ ip -n a link set d1 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n a addr add 10.1.0.1/24 dev a0
  $ ip -n a addr add 10.0.0.5/32 dev a0 scope host
  $ ip -n a addr add 10.0.0.6/32 dev a0 scope link
  $ ip -n a addr add 10.0.0.7/24 dev d1
  $ ip -n b addr add 10.0.0.9/24 dev b0
  $ t() { for ip in 10.0.0.1 10.1.0.1 10.0.0.5 10.0.0.6 10.0.0.7; do printf '%s ' $ip; ip netns exec b arping -c 1 -w 1 -I b0 -s 10.0.0.9 $ip | grep -c '^Unicast'; done; }
  $ t
  10.0.0.1 1
  10.1.0.1 1
  10.0.0.5 1
  10.0.0.6 1
  10.0.0.7 1
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=1
  $ t
  10.0.0.1 1
  10.1.0.1 1
  10.0.0.5 1
  10.0.0.6 1
  10.0.0.7 0
  [1]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=2
  $ t
  10.0.0.1 1
  10.1.0.1 0
  10.0.0.5 1
  10.0.0.6 1
  10.0.0.7 0
  [1]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=3
  $ t
  10.0.0.1 1
  10.1.0.1 1
  10.0.0.5 0
  10.0.0.6 1
  10.0.0.7 1
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=8
  $ t
  10.0.0.1 0
  10.1.0.1 0
  10.0.0.5 0
  10.0.0.6 0
  10.0.0.7 0
  [1]
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=4
  $ t
  10.0.0.1 1
  10.1.0.1 1
  10.0.0.5 1
  10.0.0.6 1
  10.0.0.7 1
  $ ip netns exec a sysctl -qw net.ipv4.conf.a0.arp_ignore=0 net.ipv4.conf.all.arp_ignore=2
  $ t
  10.0.0.1 1
  10.1.0.1 0
  10.0.0.5 1
  10.0.0.6 1
  10.0.0.7 0
  [1]
  $ ip netns exec a sysctl -w net.ipv4.conf.all.arp_ignore=9
  net.ipv4.conf.all.arp_ignore = 9
  $ ip netns exec a sysctl net.ipv4.conf.all.arp_ignore
  net.ipv4.conf.all.arp_ignore = 9
  $ ip -n b neigh show | sort
