ip addr show / ip addr list filters by flag: dynamic, permanent, deprecated, -deprecated, primary, secondary, noprefixroute, home, nodad, label patterns, scope names and numbers, to PREFIX, and their combinations, as lifetimes run out in virtual time.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.1.0.1/24 dev a0
  $ ip addr add 10.1.0.2/24 dev a0 valid_lft 100 preferred_lft 30
  $ ip addr add 10.2.0.1/16 dev a0 label a0:x noprefixroute
  $ ip addr add 10.2.0.9/16 dev a0 label a0:y home nodad
  Warning: home option can be set only for IPv6 addresses
  Warning: nodad option can be set only for IPv6 addresses
  $ ip addr add 10.3.0.1/8 dev a0 scope link valid_lft 50 preferred_lft 0
  $ ip addr add 10.4.0.1/32 dev a0 scope host
  $ ip -4 -o addr show dev a0 dynamic
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  $ ip -4 -o addr show dev a0 permanent
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show dev a0 deprecated
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  $ ip -4 -o addr show dev a0 -deprecated
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show dev a0 primary
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show dev a0 secondary
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show dev a0 noprefixroute
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show dev a0 home
  $ ip -4 -o addr show dev a0 nodad
  $ ip -4 -o addr show dev a0 tentative
  $ ip -4 -o addr show dev a0 -tentative
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show label 'a0:*'
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show label a0
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  $ ip -4 -o addr show scope link
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  $ ip -4 -o addr show scope 200
  $ ip -4 -o addr show scope 254
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show scope global
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.0.0.0/8
  3: a0    inet 10.4.0.1/32 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 50sec preferred_lft 0sec
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.2.0.0/16
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.9/16 scope global secondary a0:y\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show to 10.1.0.2
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  $ ip -4 -o addr show dev a0 secondary dynamic
  3: a0    inet 10.1.0.2/24 scope global secondary dynamic a0\       valid_lft 100sec preferred_lft 30sec
  $ ip -4 -o addr show dev a0 primary permanent scope global
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/16 scope global noprefixroute a0:x\       valid_lft forever preferred_lft forever
  $ ip -4 addr show dev a0 deprecated
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.3.0.1/8 scope link deprecated dynamic a0
         valid_lft 50sec preferred_lft 0sec
  $ sleep 33
  $ ip -4 -o addr show dev a0 deprecated
  3: a0    inet 10.3.0.1/8 scope link deprecated dynamic a0\       valid_lft 17sec preferred_lft 0sec
  3: a0    inet 10.1.0.2/24 scope global secondary deprecated dynamic a0\       valid_lft 67sec preferred_lft 0sec
  $ ip -4 addr show dev a0 dynamic
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.3.0.1/8 scope link deprecated dynamic a0
         valid_lft 17sec preferred_lft 0sec
      inet 10.1.0.2/24 scope global secondary deprecated dynamic a0
         valid_lft 67sec preferred_lft 0sec
  $ sleep 22
  $ ip -4 -o addr show dev a0 dynamic
  3: a0    inet 10.1.0.2/24 scope global secondary deprecated dynamic a0\       valid_lft 45sec preferred_lft 0sec
  $ ip route show table all type local dev a0
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  local 10.1.0.2 table local proto kernel scope host src 10.1.0.1 
  local 10.2.0.1 table local proto kernel scope host src 10.2.0.1 
  local 10.2.0.9 table local proto kernel scope host src 10.2.0.1 
  local 10.4.0.1 table local proto kernel scope host src 10.4.0.1 
  $ ip -4 -o addr show dev a0 bogusflag
  Error: either "dev" is duplicate, or "bogusflag" is a garbage.
  [255]
  $ ip -4 -o addr show dev a0 scope nosuch
  Error: argument "nosuch" is wrong: invalid "scope"
  [255]
  $ ip -4 -o addr show dev a0 to 10.1.0.0/33
  Error: inet prefix is expected rather than "10.1.0.0/33".
  [1]
  $ ip -4 addr list up
  $ ip link set a0 up
  $ ip -4 -br addr list up
  a0@b0            LOWERLAYERDOWN 10.4.0.1/32 10.1.0.1/24 10.2.0.1/16 10.1.0.2/24 10.2.0.9/16 
