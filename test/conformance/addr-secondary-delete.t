Primary and secondary addresses in several subnets; deleting a secondary or a primary without promote_secondaries (secondaries are flushed too).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up
  $ ip link set a0 up
  $ ip link set b0 up
  $ sysctl net.ipv4.conf.a0.promote_secondaries net.ipv4.conf.all.promote_secondaries
  net.ipv4.conf.a0.promote_secondaries = 0
  net.ipv4.conf.all.promote_secondaries = 0
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.2/24 dev a0
  $ ip addr add 10.0.0.3/24 dev a0
  $ ip addr add 10.0.0.4/25 dev a0
  $ ip addr add 10.1.0.1/16 dev a0
  $ ip addr add 10.1.2.3/16 dev a0
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.4/25 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.1/16 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.1.2.3/16 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ ip -4 route show table all dev a0
  10.0.0.0/25 proto kernel scope link src 10.0.0.4 
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 proto kernel scope link src 10.1.0.1 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.2 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 table local proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.127 table local proto kernel scope link src 10.0.0.4 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  local 10.1.2.3 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 table local proto kernel scope link src 10.1.0.1 
  $ ip addr del 10.0.0.2/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.4/25 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.2.3/16 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev a0
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  local 10.0.0.3 proto kernel scope host src 10.0.0.1 
  local 10.0.0.4 proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.127 proto kernel scope link src 10.0.0.4 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 proto kernel scope host src 10.1.0.1 
  local 10.1.2.3 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 proto kernel scope link src 10.1.0.1 
  $ ip addr del 10.0.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.4/25 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.2.3/16 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table all dev a0
  10.0.0.0/25 proto kernel scope link src 10.0.0.4 
  10.1.0.0/16 proto kernel scope link src 10.1.0.1 
  local 10.0.0.4 table local proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.127 table local proto kernel scope link src 10.0.0.4 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  local 10.1.2.3 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 table local proto kernel scope link src 10.1.0.1 
  $ ip addr del 10.1.0.1/16 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.4/25 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table all dev a0
  10.0.0.0/25 proto kernel scope link src 10.0.0.4 
  local 10.0.0.4 table local proto kernel scope host src 10.0.0.4 
  broadcast 10.0.0.127 table local proto kernel scope link src 10.0.0.4 
