ip -6 monitor with every object, and ip monitor route with -t and label: the IPv6 routes addrconf makes and removes arrive with the addresses, netconf and neighbours of the same events.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.a0.accept_dad=0
  $ sysctl -qw net.ipv6.conf.b0.accept_dad=0
  $ ip -6 monitor > all6.txt &
  $ ip monitor label route > lab.txt &
  $ sleep 1
  $ ip link set a0 up
  $ ip link set b0 up
  $ sleep 3
  $ ip link set a0 down
  $ sleep 1
  $ kill %1 %2
  $ grep -v "^ff02\|^fe80::ff:fe00:[12] dev .* lladdr\|Deleted ff02\|router\|PROBE\|STALE\|REACHABLE" all6.txt
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  2: b0    inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  3: a0    inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  3: a0@b0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  Deleted fe80::/64 dev a0 proto kernel metric 256 pref medium
  Deleted local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  Deleted multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  Deleted 3: a0    inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  2: b0@a0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ cat lab.txt
  [ROUTE]multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  [ROUTE]fe80::/64 dev b0 proto kernel metric 256 pref medium
  [ROUTE]multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  [ROUTE]fe80::/64 dev a0 proto kernel metric 256 pref medium
  [ROUTE]local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  [ROUTE]local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  [ROUTE]Deleted fe80::/64 dev a0 proto kernel metric 256 pref medium
  [ROUTE]Deleted local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  [ROUTE]Deleted multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
