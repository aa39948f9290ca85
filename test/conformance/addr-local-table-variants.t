Addresses and the local table: noprefixroute, peer, metric, /32 and /31 and /0-ish prefixes, brd +/-, scope host and link, deleting a primary with and without promote_secondaries, and the routes each change leaves in table local and main.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip link set lo up
  $ ip addr add 10.1.0.1/24 dev a0 noprefixroute
  $ ip addr add 10.2.0.1/24 dev a0 metric 50
  $ ip addr add 10.3.0.1 peer 10.3.0.2 dev a0
  $ ip addr add 10.4.0.1/16 brd - dev a0
  $ ip addr add 10.5.0.1/24 brd 10.5.0.128 dev a0
  $ ip addr add 10.6.0.1/24 scope link dev a0
  $ ip addr add 10.7.0.1/24 scope host dev a0
  $ ip addr add 10.8.0.1/8 dev a0
  $ ip -4 route show table all
  10.0.0.0/8 dev a0 proto kernel scope link src 10.8.0.1 
  10.2.0.0/24 dev a0 proto kernel scope link src 10.2.0.1 metric 50 
  10.3.0.2 dev a0 proto kernel scope link src 10.3.0.1 
  10.4.0.0/16 dev a0 proto kernel scope link src 10.4.0.1 
  10.5.0.0/24 dev a0 proto kernel scope link src 10.5.0.1 
  10.6.0.0/24 dev a0 proto kernel scope link src 10.6.0.1 
  10.7.0.0/24 dev a0 proto kernel scope link src 10.7.0.1 
  local 10.1.0.1 dev a0 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.255 dev a0 table local proto kernel scope link src 10.1.0.1 
  local 10.2.0.1 dev a0 table local proto kernel scope host src 10.2.0.1 
  broadcast 10.2.0.255 dev a0 table local proto kernel scope link src 10.2.0.1 
  local 10.3.0.1 dev a0 table local proto kernel scope host src 10.3.0.1 
  broadcast 10.4.0.0 dev a0 table local proto kernel scope link src 10.4.0.1 
  local 10.4.0.1 dev a0 table local proto kernel scope host src 10.4.0.1 
  broadcast 10.4.255.255 dev a0 table local proto kernel scope link src 10.4.0.1 
  local 10.5.0.1 dev a0 table local proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.128 dev a0 table local proto kernel scope link src 10.5.0.1 
  broadcast 10.5.0.255 dev a0 table local proto kernel scope link src 10.5.0.1 
  local 10.6.0.1 dev a0 table local proto kernel scope host src 10.6.0.1 
  broadcast 10.6.0.255 dev a0 table local proto kernel scope link src 10.6.0.1 
  local 10.7.0.1 dev a0 table local proto kernel scope host src 10.7.0.1 
  broadcast 10.7.0.255 dev a0 table local proto kernel scope link src 10.7.0.1 
  local 10.8.0.1 dev a0 table local proto kernel scope host src 10.8.0.1 
  broadcast 10.255.255.255 dev a0 table local proto kernel scope link src 10.8.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.7.0.1/24 scope host a0
         valid_lft forever preferred_lft forever
      inet 10.6.0.1/24 scope link a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.1/24 scope global noprefixroute a0
         valid_lft forever preferred_lft forever
      inet 10.2.0.1/24 metric 50 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.3.0.1 peer 10.3.0.2/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.4.0.1/16 brd 10.4.0.0 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.5.0.1/24 brd 10.5.0.128 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.8.0.1/8 scope global a0
         valid_lft forever preferred_lft forever
  $ ip route get 10.3.0.2
  10.3.0.2 dev a0 src 10.3.0.1 uid 0 
      cache 
  $ ip route get 10.7.0.9
  10.7.0.9 dev a0 src 10.7.0.1 uid 0 
      cache 
  $ ip addr add 10.2.0.2/24 dev a0
  $ ip addr add 10.2.0.3/24 dev a0
  $ ip route show table local dev a0 | grep 10.2
  local 10.2.0.1 proto kernel scope host src 10.2.0.1 
  local 10.2.0.2 proto kernel scope host src 10.2.0.1 
  local 10.2.0.3 proto kernel scope host src 10.2.0.1 
  broadcast 10.2.0.255 proto kernel scope link src 10.2.0.1 
  broadcast 10.255.255.255 proto kernel scope link src 10.8.0.1 
  $ ip addr del 10.2.0.1/24 dev a0
  $ ip -4 addr show dev a0 | grep 10.2
  [1]
  $ ip route show table all | grep 10.2
  broadcast 10.255.255.255 dev a0 table local proto kernel scope link src 10.8.0.1 
  $ ip addr add 10.2.0.1/24 dev a0
  $ ip addr add 10.2.0.2/24 dev a0
  $ sysctl -w net.ipv4.conf.a0.promote_secondaries=1
  net.ipv4.conf.a0.promote_secondaries = 1
  $ ip addr del 10.2.0.1/24 dev a0
  $ ip -4 addr show dev a0 | grep 10.2
      inet 10.2.0.2/24 scope global a0
  $ ip route show table all | grep 10.2
  10.2.0.0/24 dev a0 proto kernel scope link src 10.2.0.2 
  local 10.2.0.2 dev a0 table local proto kernel scope host src 10.2.0.2 
  broadcast 10.2.0.255 dev a0 table local proto kernel scope link src 10.2.0.2 
  broadcast 10.255.255.255 dev a0 table local proto kernel scope link src 10.8.0.1 
  $ ip addr del 10.3.0.1 peer 10.3.0.2 dev a0
  $ ip addr del 10.3.0.1/32 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.1.0.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.1.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del 10.8.0.1/16 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip route show table local | grep -v 127
  local 10.2.0.2 dev a0 proto kernel scope host src 10.2.0.2 
  broadcast 10.2.0.255 dev a0 proto kernel scope link src 10.2.0.2 
  broadcast 10.4.0.0 dev a0 proto kernel scope link src 10.4.0.1 
  local 10.4.0.1 dev a0 proto kernel scope host src 10.4.0.1 
  broadcast 10.4.255.255 dev a0 proto kernel scope link src 10.4.0.1 
  local 10.5.0.1 dev a0 proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.128 dev a0 proto kernel scope link src 10.5.0.1 
  broadcast 10.5.0.255 dev a0 proto kernel scope link src 10.5.0.1 
  local 10.6.0.1 dev a0 proto kernel scope host src 10.6.0.1 
  broadcast 10.6.0.255 dev a0 proto kernel scope link src 10.6.0.1 
  local 10.7.0.1 dev a0 proto kernel scope host src 10.7.0.1 
  broadcast 10.7.0.255 dev a0 proto kernel scope link src 10.7.0.1 
  local 10.8.0.1 dev a0 proto kernel scope host src 10.8.0.1 
  broadcast 10.255.255.255 dev a0 proto kernel scope link src 10.8.0.1 
  $ ip addr flush dev a0 scope link
  $ ip addr flush dev a0 scope host
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.4.0.1/16 brd 10.4.0.0 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.5.0.1/24 brd 10.5.0.128 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.1/8 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.2/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr flush dev a0 to 10.4.0.0/16
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.5.0.1/24 brd 10.5.0.128 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.1/8 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.2/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr add 0.0.0.0/0 dev a0
  $ ip addr add 224.0.0.5/24 dev a0
  $ ip addr add 10.9.0.1/24 dev a0 label b0:1
  $ ip addr add 10.9.0.1/24 dev a0 label a0-1
  Error: ipv4: Address already assigned.
  [2]
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.5.0.1/24 brd 10.5.0.128 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.1/8 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.2/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 224.0.0.5/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.9.0.1/24 scope global b0:1\       valid_lft forever preferred_lft forever
  $ ip route show table local | grep -v 127
  local 10.2.0.2 dev a0 proto kernel scope host src 10.2.0.2 
  broadcast 10.2.0.255 dev a0 proto kernel scope link src 10.2.0.2 
  local 10.5.0.1 dev a0 proto kernel scope host src 10.5.0.1 
  broadcast 10.5.0.128 dev a0 proto kernel scope link src 10.5.0.1 
  broadcast 10.5.0.255 dev a0 proto kernel scope link src 10.5.0.1 
  local 10.8.0.1 dev a0 proto kernel scope host src 10.8.0.1 
  local 10.9.0.1 dev a0 proto kernel scope host src 10.9.0.1 
  broadcast 10.9.0.255 dev a0 proto kernel scope link src 10.9.0.1 
  broadcast 10.255.255.255 dev a0 proto kernel scope link src 10.8.0.1 
  local 224.0.0.5 dev a0 proto kernel scope host src 224.0.0.5 
