Odd addresses accepted or silently ignored by ip addr add (0.0.0.0, multicast, limited broadcast), and wildcard deletion without a prefix length.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.1/16 dev a0
  $ ip addr add 10.0.0.1/32 dev a0
  $ ip addr add 0.0.0.0/0 dev a0
  $ ip addr add 0.0.0.0/8 dev a0
  $ ip addr add 224.0.0.5/24 dev a0
  $ ip addr add 255.255.255.255/32 dev a0
  $ ip addr add 127.0.0.5/8 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 127.0.0.5/8 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 224.0.0.5/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 255.255.255.255/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip link set a0 up
  $ ip -4 route show table all dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.0.0/16 proto kernel scope link src 10.0.0.1 linkdown 
  127.0.0.0/8 proto kernel scope link src 127.0.0.5 linkdown 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 linkdown 
  broadcast 10.0.255.255 table local proto kernel scope link src 10.0.0.1 linkdown 
  local 127.0.0.5 table local proto kernel scope host src 127.0.0.5 
  broadcast 127.255.255.255 table local proto kernel scope link src 127.0.0.5 linkdown 
  local 224.0.0.5 table local proto kernel scope host src 224.0.0.5 
  local 255.255.255.255 table local proto kernel scope host src 255.255.255.255 
  $ ip addr del 10.0.0.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip -4 -o addr show dev a0
  3: a0    inet 127.0.0.5/8 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 224.0.0.5/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 255.255.255.255/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr del 10.0.0.1/32 dev a0
  $ ip addr del 10.0.0.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del 10.0.0.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  Error: ipv4: Address not found.
  [2]
  $ ip -4 -o addr show dev a0
  3: a0    inet 127.0.0.5/8 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 224.0.0.5/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 255.255.255.255/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr del 224.0.0.5/24 dev a0
  $ ip addr del 255.255.255.255 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (255.255.255.255/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del 127.0.0.5/8 dev a0
  $ ip -4 -o addr show dev a0
  $ ip -4 route show table all dev a0
