proxy_arp and promote_secondaries are IN_DEV_ORCONF: conf/all=1 turns them on for a device whose own value is 0, and the device's 1 works with all=0 (arping to a routed address, deleting a primary with secondaries).
  $ for n in h x; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add h0 netns h address 02:00:00:00:00:01 type veth peer name x0 netns x address 02:00:00:00:00:02
  $ ip -n h link set h0 up; ip -n x link set x0 up; ip -n h link set lo up
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n x addr add 10.0.0.2/24 dev x0
  $ ip -n h route add 10.5.0.0/16 via 10.0.0.2
  $ ip -n h route add 10.6.0.0/16 dev lo
  $ ip -n h route add blackhole 10.8.0.0/16
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.6.1.1 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.proxy_arp=1
  net.ipv4.conf.all.proxy_arp = 1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.6.1.1 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.5.1.1 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.8.1.1 | tail -1
  Received 0 response(s)
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.7.1.1 | tail -1
  Received 0 response(s)
  $ ip netns exec h sysctl -w net.ipv4.conf.all.proxy_arp=0 net.ipv4.conf.h0.proxy_arp=1
  net.ipv4.conf.all.proxy_arp = 0
  net.ipv4.conf.h0.proxy_arp = 1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.6.1.2 | tail -1
  Received 0 response(s)
  $ ip -n x neigh show | sort
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.proxy_arp=0 net.ipv4.conf.default.proxy_arp=1
  net.ipv4.conf.h0.proxy_arp = 0
  net.ipv4.conf.default.proxy_arp = 1
  $ ip netns exec x arping -c 1 -w 1 -I x0 10.6.1.3 | tail -1
  Received 0 response(s)
  $ ip -n h addr add 10.0.0.5/24 dev h0; ip -n h addr add 10.0.0.6/24 dev h0
  $ ip -n h addr del 10.0.0.1/24 dev h0
  $ ip -n h -4 addr show dev h0 | grep inet
  [1]
  $ ip netns exec h sysctl -w net.ipv4.conf.all.promote_secondaries=1
  net.ipv4.conf.all.promote_secondaries = 1
  $ ip -n h addr add 10.0.0.1/24 dev h0; ip -n h addr add 10.0.0.5/24 dev h0; ip -n h addr add 10.0.0.6/24 dev h0
  $ ip -n h addr del 10.0.0.1/24 dev h0
  $ ip -n h -4 addr show dev h0 | grep inet
      inet 10.0.0.5/24 scope global h0
      inet 10.0.0.6/24 scope global secondary h0
  $ ip -n h route show table all | grep 10.0.0
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.5 
  local 10.0.0.5 dev h0 table local proto kernel scope host src 10.0.0.5 
  local 10.0.0.6 dev h0 table local proto kernel scope host src 10.0.0.5 
  broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.5 
  $ ip netns exec h sysctl -w net.ipv4.conf.all.promote_secondaries=0 net.ipv4.conf.h0.promote_secondaries=1
  net.ipv4.conf.all.promote_secondaries = 0
  net.ipv4.conf.h0.promote_secondaries = 1
  $ ip -n h addr del 10.0.0.5/24 dev h0
  $ ip -n h -4 addr show dev h0 | grep inet
      inet 10.0.0.6/24 scope global h0
  $ ip netns exec h sysctl -w net.ipv4.conf.h0.promote_secondaries=0
  net.ipv4.conf.h0.promote_secondaries = 0
  $ ip -n h addr add 10.0.0.7/24 dev h0
  $ ip -n h addr del 10.0.0.6/24 dev h0
  $ ip -n h -4 addr show dev h0 | grep inet
  [1]
  $ ip -n h route show table all | grep 10.0.0
  [1]
