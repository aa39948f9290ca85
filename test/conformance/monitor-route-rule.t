ip monitor route rule (and `all` with its banners): the routes an address brings (prefix, local, broadcast in table local), a static route and a default route added and deleted, the routes a link going down removes, rules added and deleted. IPv6 is disabled first (tuxnet has no IPv6: there the sysctl fails, silently) so that the kernel's IPv6 routes stay out of a fair IPv4 comparison.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || :
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set b0 up
  $ ip monitor route rule > m1 &
  $ ip monitor all > m2 &
  $ sleep 0.1
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.2
  $ ip route add default via 10.0.0.254 metric 10
  $ ip rule add from 10.1.0.0/16 table 100 pref 1000
  $ ip route add 10.8.0.0/16 dev a0 table 100
  $ ip route del 10.9.0.0/16
  $ ip rule del pref 1000
  $ ip link set a0 down
  $ sleep 0.1; kill %1 %2; wait
  $ cat m1
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  10.9.0.0/16 via 10.0.0.2 dev a0 
  default via 10.0.0.254 dev a0 metric 10 
  1000:	from 10.1.0.0/16 lookup 100
  10.8.0.0/16 dev a0 table 100 scope link 
  Deleted 10.9.0.0/16 via 10.0.0.2 dev a0 
  Deleted 1000:	from 10.1.0.0/16 lookup 100
  $ cat m2
  [LINK]3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [LINK]3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [LINK]2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  [ADDR]3: a0    inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  [ROUTE]local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  [ROUTE]10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  [ROUTE]broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  [ROUTE]10.9.0.0/16 via 10.0.0.2 dev a0 
  [ROUTE]default via 10.0.0.254 dev a0 metric 10 
  [RULE]1000:	from 10.1.0.0/16 lookup 100
  [ROUTE]10.8.0.0/16 dev a0 table 100 scope link 
  [ROUTE]Deleted 10.9.0.0/16 via 10.0.0.2 dev a0 
  [RULE]Deleted 1000:	from 10.1.0.0/16 lookup 100
  [LINK]3: a0@b0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  [LINK]2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
