What link changes do to the addresses ip addr lists: an MTU below 1280 drops IPv6, a new MAC keeps the old link-local, down and up remake it, arp off skips DAD.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ sleep 3; ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 mtu 1200
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1200 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip -6 route show table all dev a0
  $ ip link set a0 mtu 1500
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ sleep 3; ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 address 02:00:00:00:00:aa
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 down; ip link set a0 up; sleep 3
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:aa/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set b0 arp off
  $ ip link set b0 down; ip link set b0 up
  $ ip addr show dev b0
  2: b0@a0: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  $ sleep 3; ip addr show dev b0
  2: b0@a0: <BROADCAST,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip link set a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 68
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 68 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip route show table all dev a0
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 
  $ ip link set a0 mtu 576; ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 576 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:aa brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
