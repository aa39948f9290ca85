ip addr flags: secondary, noprefixroute, label, peer, valid_lft/preferred_lft, home, nodad, mngtmpaddr, metric, scope, broadcast.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ ip addr add 10.0.0.2/24 dev d0
  $ ip addr add 10.0.1.1/24 dev d0 noprefixroute
  $ ip addr add 10.0.2.1/24 dev d0 label d0:foo
  $ ip addr add 10.0.3.1 peer 10.0.3.2 dev d0
  $ ip addr add 10.0.4.1 peer 10.0.4.0/24 dev d0
  $ ip addr add 10.0.5.1/24 dev d0 valid_lft 100 preferred_lft 50
  $ ip addr add 10.0.6.1/24 dev d0 home nodad
  Warning: home option can be set only for IPv6 addresses
  Warning: nodad option can be set only for IPv6 addresses
  $ ip addr add 10.0.7.1/24 dev d0 metric 55 scope link
  $ ip addr add 10.0.8.1/24 dev d0 broadcast 10.0.8.128
  $ ip addr add 10.0.9.1/24 dev d0 brd -
  $ ip addr add 10.0.10.1/24 dev d0 mngtmpaddr
  Warning: mngtmpaddr option can be set only for IPv6 addresses
  $ ip addr add 10.0.11.1/24 dev d0 autojoin
  autojoin needs multicast address
  [1]
  $ ip addr show dev d0
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 scope global dynamic d0
         valid_lft 100sec preferred_lft 50sec
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary d0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:10/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip -j addr show dev d0
  [{"ifindex":3,"link":"e0","ifname":"d0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:10","broadcast":"ff:ff:ff:ff:ff:ff","addr_info":[{"family":"inet","local":"10.0.7.1","prefixlen":24,"metric":55,"scope":"link","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.0.1","prefixlen":24,"scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.1.1","prefixlen":24,"scope":"global","noprefixroute":true,"label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.2.1","prefixlen":24,"scope":"global","label":"d0:foo","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.3.1","address":"10.0.3.2","prefixlen":32,"scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.4.1","address":"10.0.4.0","prefixlen":24,"scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.5.1","prefixlen":24,"scope":"global","dynamic":true,"label":"d0","valid_life_time":100,"preferred_life_time":50},{"family":"inet","local":"10.0.6.1","prefixlen":24,"scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.8.1","prefixlen":24,"broadcast":"10.0.8.128","scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.9.1","prefixlen":24,"broadcast":"10.0.9.0","scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.10.1","prefixlen":24,"scope":"global","label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.0.2","prefixlen":24,"scope":"global","secondary":true,"label":"d0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet6","local":"fe80::ff:fe00:10","prefixlen":64,"scope":"link","tentative":true,"valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.0.2.0/24 dev d0 proto kernel scope link src 10.0.2.1 
  10.0.3.2 dev d0 proto kernel scope link src 10.0.3.1 
  10.0.4.0/24 dev d0 proto kernel scope link src 10.0.4.1 
  10.0.5.0/24 dev d0 proto kernel scope link src 10.0.5.1 
  10.0.6.0/24 dev d0 proto kernel scope link src 10.0.6.1 
  10.0.7.0/24 dev d0 proto kernel scope link src 10.0.7.1 metric 55 
  10.0.8.0/24 dev d0 proto kernel scope link src 10.0.8.1 
  10.0.9.0/24 dev d0 proto kernel scope link src 10.0.9.1 
  10.0.10.0/24 dev d0 proto kernel scope link src 10.0.10.1 
  $ ip addr show dev d0 secondary
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.2/24 scope global secondary d0
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 primary
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 scope global dynamic d0
         valid_lft 100sec preferred_lft 50sec
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:10/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 permanent
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary d0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:10/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 dynamic
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.5.1/24 scope global dynamic d0
         valid_lft 100sec preferred_lft 50sec
  $ ip addr show dev d0 scope link
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet6 fe80::ff:fe00:10/64 scope link tentative 
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 label d0:foo
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 to 10.0.0.0/24
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary d0
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 noprefixroute
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 home
  $ ip addr show dev d0 -tentative
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 scope global dynamic d0
         valid_lft 100sec preferred_lft 50sec
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary d0
         valid_lft forever preferred_lft forever
  $ ip addr show dev d0 deprecated
  $ ip addr add 10.0.12.1/24 dev d0 label foo
  $ ip addr add 10.0.12.1/24 dev d0 label d0:0123456789abcdef
  Error: Attribute failed policy validation.
  [2]
  $ ip addr add 10.0.0.1/24 dev d0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.0.12.1/24 dev d0 valid_lft 10 preferred_lft 20
  preferred_lft is greater than valid_lft
  [1]
  $ ip addr add 10.0.12.1/24 dev d0 valid_lft abc
  Error: argument "abc" is wrong: valid_lft value
  [255]
  $ ip addr add 10.0.12.1/33 dev d0
  Error: any valid prefix is expected rather than "10.0.12.1/33".
  [1]
  $ ip addr add 10.0.12.1/24 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip addr add 10.0.12.1/24
  Not enough information: "dev" argument is required.
  [1]
  $ ip addr add dev d0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr add 10.0.12.1/24 dev d0 scope foo
  Error: argument "foo" is wrong: invalid scope value.
  [255]
  $ ip addr add 10.0.12.1/24 dev d0 foo
  Error: either "local" is duplicate, or "foo" is a garbage.
  [255]
  $ ip addr change 10.0.5.1/24 dev d0 valid_lft forever preferred_lft forever
  $ ip addr replace 10.0.0.2/24 dev d0 metric 9
  $ ip addr show dev d0 to 10.0.0.0/16
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.12.1/24 scope global foo
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 metric 9 scope global secondary d0
         valid_lft forever preferred_lft forever
  $ ip addr del 10.0.0.1/24 dev d0
  $ ip -4 addr show dev d0
  3: d0@e0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.7.1/24 metric 55 scope link d0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1/24 scope global noprefixroute d0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global d0:foo
         valid_lft forever preferred_lft forever
      inet 10.0.3.1 peer 10.0.3.2/32 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1 peer 10.0.4.0/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.6.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 brd 10.0.8.128 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1/24 brd 10.0.9.0 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 scope global d0
         valid_lft forever preferred_lft forever
      inet 10.0.12.1/24 scope global foo
         valid_lft forever preferred_lft forever
