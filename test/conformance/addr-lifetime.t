Address lifetimes on the virtual clock: valid_lft/preferred_lft count down, the address turns deprecated then goes (with its prefix route); a secondary expiring leaves the primary; `ip addr change` and `replace` reset lifetimes (and create a missing address).
  $ ip netns add a
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns a address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0 valid_lft 9 preferred_lft 3
  $ ip -n a addr add 10.0.0.2/24 dev a0 valid_lft 20 preferred_lft 20
  $ ip -n a addr add 10.0.1.1/24 dev a0 valid_lft 5 preferred_lft 0
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft 9sec preferred_lft 3sec
      inet 10.0.1.1/24 scope global deprecated dynamic a0
         valid_lft 5sec preferred_lft 0sec
      inet 10.0.0.2/24 scope global secondary dynamic a0
         valid_lft 20sec preferred_lft 20sec
  $ sleep 4
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global deprecated dynamic a0
         valid_lft 5sec preferred_lft 0sec
      inet 10.0.1.1/24 scope global deprecated dynamic a0
         valid_lft 1sec preferred_lft 0sec
      inet 10.0.0.2/24 scope global secondary dynamic a0
         valid_lft 16sec preferred_lft 16sec
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 linkdown 
  $ sleep 2
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global deprecated dynamic a0
         valid_lft 3sec preferred_lft 0sec
      inet 10.0.0.2/24 scope global secondary dynamic a0
         valid_lft 14sec preferred_lft 14sec
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  $ ip -n a addr change 10.0.0.1/24 dev a0 valid_lft 30 preferred_lft 30
  $ ip -n a addr show dev a0 | grep -A1 10.0.0.1
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft 30sec preferred_lft 30sec
  $ sleep 4
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft 26sec preferred_lft 26sec
      inet 10.0.0.2/24 scope global secondary dynamic a0
         valid_lft 10sec preferred_lft 10sec
  $ ip -n a addr change 10.0.2.1/24 dev a0 valid_lft 4 preferred_lft 2
  $ ip -n a addr replace 10.0.0.2/24 dev a0 valid_lft forever preferred_lft forever
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft 26sec preferred_lft 26sec
      inet 10.0.2.1/24 scope global dynamic a0
         valid_lft 4sec preferred_lft 2sec
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ sleep 5
  $ ip -n a addr show dev a0
  3: a0@b0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      link/ether 02:00:00:00:0a:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft 21sec preferred_lft 21sec
      inet 10.0.0.2/24 scope global secondary a0
         valid_lft forever preferred_lft forever
  $ ip -n a route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  $ ip -n a addr add 10.0.3.1/24 dev a0 valid_lft 0
  valid_lft is zero
  [1]
  $ ip -n a addr add 10.0.3.1/24 dev a0 valid_lft 5
  preferred_lft is greater than valid_lft
  [1]
  $ ip -n a addr add 10.0.3.1/24 dev a0 valid_lft 5 preferred_lft 6
  preferred_lft is greater than valid_lft
  [1]
  $ ip -n a addr add 10.0.3.1/24 dev a0 valid_lft x
  Error: argument "x" is wrong: valid_lft value
  [255]
  $ ip -n a addr add 10.0.3.1/24 dev a0 preferred_lft 5 valid_lft forever
  $ ip -n a addr show dev a0 | grep -A1 10.0.3.1
      inet 10.0.3.1/24 scope global a0
         valid_lft forever preferred_lft forever
