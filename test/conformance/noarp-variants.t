Link flags: NOARP, a down carrier, and what ip addr / neigh / route show then.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a link set a0 up
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  $ ip -n a link show a0
  2: a0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
  $ ip -n a route get 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show
  10.0.0.2 dev a0 INCOMPLETE 
  $ ip -n b link set b0 up
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip -n a link set a0 arp off
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip -n a neigh show | sort
  $ ip -n b neigh show | sort
  $ ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0
  $ ip -n a neigh show | sort
  10.0.0.9 dev a0 lladdr 02:00:00:00:00:09 PERMANENT 
  $ ip -n a link set a0 arp on
  $ ip -n a neigh show | sort
  $ ip netns exec a ping -c 1 -W 1 10.0.0.2 | tail -2
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  rtt min/avg/max/mdev = * ms (glob)
  $ ip -n a neigh show | sort
  10.0.0.2 dev a0 lladdr 02:00:00:00:00:02 REACHABLE 
  $ ip -n a link set a0 down
  $ ip -n a neigh show | sort
  $ ip -n a route show
  $ ip -n a route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  $ ip -n a addr show a0
  2: a0@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netns b
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -n a link set a0 up
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
