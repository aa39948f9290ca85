The netlink events of secondary promotion and of deleting a primary without it: ip monitor address route shows the order in which __inet_del_ifa() and fib_del_ifaddr() delete and add addresses and local-table routes.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name x0 address 02:00:00:00:00:02
  $ ip link set h0 up; ip link set x0 up
  $ ip addr add 10.0.0.1/24 dev h0; ip addr add 10.0.0.2/24 dev h0; ip addr add 10.0.0.3/24 dev h0
  $ ip -4 monitor address route > m1 2>&1 & sleep 0.3
  $ ip addr del 10.0.0.1/24 dev h0; sleep 0.3
  $ kill %1; sleep 0.1; cat m1
  Deleted 3: h0    inet 10.0.0.2/24 scope global secondary h0
         valid_lft forever preferred_lft forever
  Deleted local 10.0.0.2 dev h0 table local proto kernel scope host src 10.0.0.1 
  Deleted 3: h0    inet 10.0.0.3/24 scope global secondary h0
         valid_lft forever preferred_lft forever
  Deleted local 10.0.0.3 dev h0 table local proto kernel scope host src 10.0.0.1 
  Deleted 3: h0    inet 10.0.0.1/24 scope global h0
         valid_lft forever preferred_lft forever
  Deleted 10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 
  Deleted broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.1 
  Deleted local 10.0.0.1 dev h0 table local proto kernel scope host src 10.0.0.1 
  $ ip addr show dev h0 | grep inet
  [1]
  $ sysctl -qw net.ipv4.conf.h0.promote_secondaries=1
  $ ip addr add 10.0.0.1/24 dev h0; ip addr add 10.0.0.2/24 dev h0 metric 50; ip addr add 10.0.0.3/24 dev h0 noprefixroute
  $ ip addr add 10.1.0.1/16 dev h0; ip addr add 10.1.0.2/16 dev h0
  $ ip -4 monitor address route > m2 2>&1 & sleep 0.3
  $ ip addr del 10.0.0.1/24 dev h0; sleep 0.3
  $ kill %1; sleep 0.1; cat m2
  Deleted local 10.0.0.2 dev h0 table local proto kernel scope host src 10.0.0.1 
  Deleted local 10.0.0.3 dev h0 table local proto kernel scope host src 10.0.0.1 
  Deleted 3: h0    inet 10.0.0.1/24 scope global h0
         valid_lft forever preferred_lft forever
  Deleted 10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.1 
  Deleted broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.1 
  Deleted local 10.0.0.1 dev h0 table local proto kernel scope host src 10.0.0.1 
  3: h0    inet 10.0.0.2/24 metric 50 scope global h0
         valid_lft forever preferred_lft forever
  local 10.0.0.2 dev h0 table local proto kernel scope host src 10.0.0.2 
  10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.2 metric 50 
  broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.2 
  local 10.0.0.3 dev h0 table local proto kernel scope host src 10.0.0.2 
  $ ip addr show dev h0 | grep inet
      inet 10.1.0.1/16 scope global h0
      inet 10.0.0.2/24 metric 50 scope global h0
      inet 10.0.0.3/24 scope global secondary noprefixroute h0
      inet 10.1.0.2/16 scope global secondary h0
  $ ip route show table all dev h0
  10.0.0.0/24 proto kernel scope link src 10.0.0.2 metric 50 
  10.1.0.0/16 proto kernel scope link src 10.1.0.1 
  local 10.0.0.2 table local proto kernel scope host src 10.0.0.2 
  local 10.0.0.3 table local proto kernel scope host src 10.0.0.2 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.2 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  local 10.1.0.2 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 table local proto kernel scope link src 10.1.0.1 
  $ ip -4 monitor address route > m3 2>&1 & sleep 0.3
  $ ip addr del 10.0.0.2/24 dev h0; sleep 0.3
  $ kill %1; sleep 0.1; cat m3
  Deleted local 10.0.0.3 dev h0 table local proto kernel scope host src 10.0.0.2 
  Deleted 3: h0    inet 10.0.0.2/24 metric 50 scope global h0
         valid_lft forever preferred_lft forever
  Deleted 10.0.0.0/24 dev h0 proto kernel scope link src 10.0.0.2 metric 50 
  Deleted broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.2 
  Deleted local 10.0.0.2 dev h0 table local proto kernel scope host src 10.0.0.2 
  3: h0    inet 10.0.0.3/24 scope global noprefixroute h0
         valid_lft forever preferred_lft forever
  local 10.0.0.3 dev h0 table local proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.255 dev h0 table local proto kernel scope link src 10.0.0.3 
  $ ip route show table all dev h0
  10.1.0.0/16 proto kernel scope link src 10.1.0.1 
  local 10.0.0.3 table local proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.3 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  local 10.1.0.2 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 table local proto kernel scope link src 10.1.0.1 
  $ ip -4 monitor address route > m4 2>&1 & sleep 0.3
  $ ip addr flush dev h0 to 10.1.0.0/16; sleep 0.3
  $ kill %1; sleep 0.1; cat m4
  Deleted local 10.1.0.2 dev h0 table local proto kernel scope host src 10.1.0.1 
  Deleted 3: h0    inet 10.1.0.1/16 scope global h0
         valid_lft forever preferred_lft forever
  Deleted 10.1.0.0/16 dev h0 proto kernel scope link src 10.1.0.1 
  Deleted broadcast 10.1.255.255 dev h0 table local proto kernel scope link src 10.1.0.1 
  Deleted local 10.1.0.1 dev h0 table local proto kernel scope host src 10.1.0.1 
  3: h0    inet 10.1.0.2/16 scope global h0
         valid_lft forever preferred_lft forever
  local 10.1.0.2 dev h0 table local proto kernel scope host src 10.1.0.2 
  10.1.0.0/16 dev h0 proto kernel scope link src 10.1.0.2 
  broadcast 10.1.255.255 dev h0 table local proto kernel scope link src 10.1.0.2 
  Deleted 3: h0    inet 10.1.0.2/16 scope global h0
         valid_lft forever preferred_lft forever
  Deleted 10.1.0.0/16 dev h0 proto kernel scope link src 10.1.0.2 
  Deleted broadcast 10.1.255.255 dev h0 table local proto kernel scope link src 10.1.0.2 
  Deleted local 10.1.0.2 dev h0 table local proto kernel scope host src 10.1.0.2 
  $ ip route show table all dev h0
  local 10.0.0.3 table local proto kernel scope host src 10.0.0.3 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.3 
