/31 and /32 addresses and point-to-point "peer" addresses: the routes each creates, and -o / -br listings.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.8.0.0/31 dev a0
  $ ip addr add 10.8.0.3/31 dev a0
  $ ip addr add 10.9.0.1/32 dev a0
  $ ip -4 route show table all
  10.8.0.0/31 dev a0 proto kernel scope link src 10.8.0.0 
  10.8.0.2/31 dev a0 proto kernel scope link src 10.8.0.3 
  local 10.8.0.0 dev a0 table local proto kernel scope host src 10.8.0.0 
  local 10.8.0.3 dev a0 table local proto kernel scope host src 10.8.0.3 
  local 10.9.0.1 dev a0 table local proto kernel scope host src 10.9.0.1 
  $ ip addr add 10.1.1.1 peer 10.1.1.2/32 dev a0
  $ ip addr add 10.2.2.1 peer 10.2.0.0/16 dev a0
  $ ip addr add 10.3.3.1/24 peer 10.3.3.2 dev a0
  $ ip addr add 10.4.4.1 peer 10.4.4.2 dev a0
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.8.0.0/31 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.8.0.3/31 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.9.0.1/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.1.1.1 peer 10.1.1.2/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.2.2.1 peer 10.2.0.0/16 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.3.3.1 peer 10.3.3.2/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.4.4.1 peer 10.4.4.2/32 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -4 route show table all
  10.1.1.2 dev a0 proto kernel scope link src 10.1.1.1 
  10.2.0.0/16 dev a0 proto kernel scope link src 10.2.2.1 
  10.3.3.2 dev a0 proto kernel scope link src 10.3.3.1 
  10.4.4.2 dev a0 proto kernel scope link src 10.4.4.1 
  10.8.0.0/31 dev a0 proto kernel scope link src 10.8.0.0 
  10.8.0.2/31 dev a0 proto kernel scope link src 10.8.0.3 
  local 10.1.1.1 dev a0 table local proto kernel scope host src 10.1.1.1 
  local 10.2.2.1 dev a0 table local proto kernel scope host src 10.2.2.1 
  broadcast 10.2.255.255 dev a0 table local proto kernel scope link src 10.2.2.1 
  local 10.3.3.1 dev a0 table local proto kernel scope host src 10.3.3.1 
  local 10.4.4.1 dev a0 table local proto kernel scope host src 10.4.4.1 
  local 10.8.0.0 dev a0 table local proto kernel scope host src 10.8.0.0 
  local 10.8.0.3 dev a0 table local proto kernel scope host src 10.8.0.3 
  local 10.9.0.1 dev a0 table local proto kernel scope host src 10.9.0.1 
  $ ip -4 -o addr
  3: a0    inet 10.8.0.0/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.3/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.9.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.1.1 peer 10.1.1.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.2.1 peer 10.2.0.0/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.3.1 peer 10.3.3.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.4.4.1 peer 10.4.4.2/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 -br addr
  a0@b0            UP             10.8.0.0/31 10.8.0.3/31 10.9.0.1/32 10.1.1.1 peer 10.1.1.2/32 10.2.2.1 peer 10.2.0.0/16 10.3.3.1 peer 10.3.3.2/32 10.4.4.1 peer 10.4.4.2/32 
  $ ip -4 -br addr show dev b0
  $ ip addr add 10.1.1.1 peer 10.1.1.2/32 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.1.1.1 peer 10.1.1.3/32 dev a0
  $ ip addr del 10.1.1.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.1.1.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del 10.1.1.1/32 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.1.1.1 peer 10.1.1.3 dev a0
  $ ip addr del 10.2.2.1 peer 10.2.0.0/16 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.8.0.0/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.8.0.3/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.9.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.3.1 peer 10.3.3.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.4.4.1 peer 10.4.4.2/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table main
  10.3.3.2 dev a0 proto kernel scope link src 10.3.3.1 
  10.4.4.2 dev a0 proto kernel scope link src 10.4.4.1 
  10.8.0.0/31 dev a0 proto kernel scope link src 10.8.0.0 
  10.8.0.2/31 dev a0 proto kernel scope link src 10.8.0.3 
