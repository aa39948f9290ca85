Address labels (and their errors), scopes (list order by scope), and broadcast: brd +, brd -, explicit broadcast, and the local-table routes they make.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0 label a0:1
  $ ip addr add 10.0.0.2/24 dev a0 label a0:two
  $ ip addr add 10.0.0.3/24 dev a0 label b0:1
  $ ip addr add 10.0.0.4/24 dev a0 label a0:this-label-is-too-long
  Error: Attribute failed policy validation.
  [2]
  $ ip addr add 10.0.0.3/24 dev a0 label a1
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.5.0.1/16 dev a0 scope link
  $ ip addr add 10.6.0.1/16 dev a0 scope host
  $ ip addr add 10.7.0.1/16 dev a0 scope 200
  $ ip addr add 10.4.0.1/16 dev a0 scope global
  $ ip addr add 10.3.0.1/16 dev a0 scope foo
  Error: argument "foo" is wrong: invalid scope value.
  [255]
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.6.0.1/16 scope host a0
         valid_lft forever preferred_lft forever
      inet 10.5.0.1/16 scope link a0
         valid_lft forever preferred_lft forever
      inet 10.7.0.1/16 scope site a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global a0:1
         valid_lft forever preferred_lft forever
      inet 10.4.0.1/16 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0:two
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  $ ip -4 addr show label 'a0:*'
      inet 10.0.0.1/24 scope global a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0:two
         valid_lft forever preferred_lft forever
  $ ip -4 -o addr show scope link
  3: a0    inet 10.5.0.1/16 scope link a0\       valid_lft forever preferred_lft forever
  $ ip -4 -o addr show scope host
  3: a0    inet 10.6.0.1/16 scope host a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table main
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.4.0.0/16 dev a0 proto kernel scope link src 10.4.0.1 
  10.5.0.0/16 dev a0 proto kernel scope link src 10.5.0.1 
  10.6.0.0/16 dev a0 proto kernel scope link src 10.6.0.1 
  10.7.0.0/16 dev a0 proto kernel scope link src 10.7.0.1 
  $ ip addr flush dev a0
  $ ip addr add 10.10.0.1/24 brd + dev a0
  $ ip addr add 10.11.0.1/24 broadcast 10.11.0.7 dev a0
  $ ip addr add 10.12.0.1/24 brd - dev a0
  $ ip addr add 10.13.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.10.0.1/24 brd 10.10.0.255 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.11.0.1/24 brd 10.11.0.7 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.12.0.1/24 brd 10.12.0.0 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.13.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  $ ip -4 route show table local dev a0
  local 10.10.0.1 proto kernel scope host src 10.10.0.1 
  broadcast 10.10.0.255 proto kernel scope link src 10.10.0.1 
  local 10.11.0.1 proto kernel scope host src 10.11.0.1 
  broadcast 10.11.0.7 proto kernel scope link src 10.11.0.1 
  broadcast 10.11.0.255 proto kernel scope link src 10.11.0.1 
  broadcast 10.12.0.0 proto kernel scope link src 10.12.0.1 
  local 10.12.0.1 proto kernel scope host src 10.12.0.1 
  broadcast 10.12.0.255 proto kernel scope link src 10.12.0.1 
  local 10.13.0.1 proto kernel scope host src 10.13.0.1 
  broadcast 10.13.0.255 proto kernel scope link src 10.13.0.1 
