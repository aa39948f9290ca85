proxy_arp and medium_id (arp_fwd_proxy): a router with proxy_arp answers for a host routed out another interface unless both interfaces share a medium_id; medium_id -1 on the asking interface (or on the outgoing one) turns proxy ARP off; medium_id is read per device only (no "all" OR), proxy_arp ORs all and the device.
  $ for n in a r b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:0e:01
  $ ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:0e:02
  $ for l in "a a0" "r r0" "r r1" "b b0"; do set -- $l; ip -n $1 link set $2 up; done
  $ ip -n a addr add 10.0.0.1/16 dev a0
  $ ip -n r addr add 10.0.0.254/24 dev r0
  $ ip -n r addr add 10.0.1.254/24 dev r1
  $ ip -n b addr add 10.0.1.1/24 dev b0
  $ ip -n b route add default via 10.0.1.254
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl net.ipv4.conf.r0.medium_id net.ipv4.conf.all.medium_id net.ipv4.conf.default.medium_id
  net.ipv4.conf.r0.medium_id = 0
  net.ipv4.conf.all.medium_id = 0
  net.ipv4.conf.default.medium_id = 0
  $ ip netns exec r sysctl -qw net.ipv4.neigh.r0.proxy_delay=0
  $ ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "none: $?"
  none: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.proxy_arp=1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "proxy_arp: $?"
  proxy_arp: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=1 net.ipv4.conf.r1.medium_id=1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "same 1 1: $?"
  same 1 1: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.medium_id=2; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "differ 1 2: $?"
  differ 1 2: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.medium_id=0; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "in 1 out 0: $?"
  in 1 out 0: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.medium_id=-1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "in 1 out -1: $?"
  in 1 out -1: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=0; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "in 0 out -1: $?"
  in 0 out -1: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=-1 net.ipv4.conf.r1.medium_id=0; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "in -1 out 0: $?"
  in -1 out 0: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=-1 net.ipv4.conf.r1.medium_id=-1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "both -1: $?"
  both -1: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=7 net.ipv4.conf.r1.medium_id=7 net.ipv4.conf.all.medium_id=3; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "same 7 all 3: $?"
  same 7 all 3: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=0 net.ipv4.conf.r1.medium_id=0 net.ipv4.conf.all.medium_id=-1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "all -1: $?"
  all -1: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.all.medium_id=0 net.ipv4.conf.r0.proxy_arp=0 net.ipv4.conf.all.proxy_arp=1; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "all proxy_arp: $?"
  all proxy_arp: 0
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=4 net.ipv4.conf.r1.medium_id=4; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "all proxy_arp same 4: $?"
  all proxy_arp same 4: 1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r1.medium_id=5; ip netns exec a arping -q -c 1 -w 1 -I a0 10.0.1.1; echo "all proxy_arp differ: $?"
  all proxy_arp differ: 0
  $ ip -n a neigh show | sort
  $ ip netns exec a ping -c 1 -W 1 10.0.1.1 | grep -c 'bytes from'
  1
  $ ip netns exec r sysctl -qw net.ipv4.conf.r0.medium_id=abc
  sysctl: setting key "net.ipv4.conf.r0.medium_id": Invalid argument
  [1]
  $ ip netns exec r sysctl net.ipv4.conf.r0.medium_id net.ipv4.conf.r1.medium_id net.ipv4.conf.all.medium_id
  net.ipv4.conf.r0.medium_id = 4
  net.ipv4.conf.r1.medium_id = 5
  net.ipv4.conf.all.medium_id = 0
