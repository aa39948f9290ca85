Address metric (prefix route metric), noprefixroute, and what ip addr change / replace do to an existing or missing address.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.8.0.1/24 dev a0 metric 100
  $ ip addr add 10.9.0.1/24 dev a0 noprefixroute
  $ ip addr add 10.5.0.1/16 dev a0
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.8.0.1/24 metric 100 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.9.0.1/24 scope global noprefixroute a0
         valid_lft forever preferred_lft forever
      inet 10.5.0.1/16 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -4 route show table all
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.1 metric 100 
  local 10.5.0.1 dev a0 table local proto kernel scope host src 10.5.0.1 
  broadcast 10.5.255.255 dev a0 table local proto kernel scope link src 10.5.0.1 
  local 10.8.0.1 dev a0 table local proto kernel scope host src 10.8.0.1 
  broadcast 10.8.0.255 dev a0 table local proto kernel scope link src 10.8.0.1 
  local 10.9.0.1 dev a0 table local proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev a0 table local proto kernel scope link src 10.9.0.1 
  $ ip addr change 10.8.0.1/24 dev a0 metric 50
  $ ip -4 route show table main
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.1 metric 50 
  $ ip addr change 10.8.0.99/24 dev a0 metric 7
  $ ip addr replace 10.9.0.1/24 dev a0
  $ ip addr replace 10.5.0.1/16 dev a0 scope link
  $ ip addr replace 10.13.0.1/24 dev a0 scope link
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.13.0.1/24 scope link a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.1/24 metric 50 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.9.0.1/24 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.5.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.99/24 metric 7 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table main
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.1 metric 50 
  10.13.0.0/24 dev a0 proto kernel scope link src 10.13.0.1 
  $ ip addr add 10.14.0.1/24 dev a0 noprefixroute metric 5
  $ ip -4 route show table main
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.8.0.0/24 dev a0 proto kernel scope link src 10.8.0.1 metric 50 
  10.13.0.0/24 dev a0 proto kernel scope link src 10.13.0.1 
  $ ip -4 -o addr show dev a0 | grep 10.14
  3: a0    inet 10.14.0.1/24 metric 5 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  $ ip addr del 10.8.0.1/24 dev a0
  $ ip -4 route show table main
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.13.0.0/24 dev a0 proto kernel scope link src 10.13.0.1 
  $ ip addr add 10.15.0.1/24 dev a0 metric 4294967295
  $ ip addr add 10.16.0.1/24 dev a0 metric 4294967296
  Error: argument "4294967296" is wrong: "metric" value is invalid
  [255]
  $ ip addr add 10.17.0.1/24 dev a0 metric abc
  Error: argument "abc" is wrong: "metric" value is invalid
  [255]
  $ ip -4 route show table main | grep 10.15
  10.15.0.0/24 dev a0 proto kernel scope link src 10.15.0.1 metric 4294967295 
