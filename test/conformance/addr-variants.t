ip addr: flags, labels, errors and output formats.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.1/24 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.0.0.1/25 dev a0
  $ ip addr add 10.0.0.2/24 dev a0 label a0:1
  $ ip addr add 10.0.0.3/24 dev a0 label b0:1
  $ ip addr add 10.0.0.3/24 dev a0 label a0:this-is-too-long-label
  Error: Attribute failed policy validation.
  [2]
  $ ip addr add 10.0.5.1/24 broadcast + dev a0
  $ ip addr add 10.0.6.1/24 broadcast - dev a0
  $ ip addr add 10.0.7.1/24 brd 10.0.7.7 dev a0
  $ ip addr add 10.0.8.1/24 dev a0 noprefixroute
  $ ip addr add 10.0.9.1 peer 10.0.9.2 dev a0
  $ ip addr add 10.0.10.1/24 dev a0 metric 55
  $ ip addr add 10.0.11.1/24 dev a0 scope link
  $ ip addr add 10.0.12.1/24 dev a0 scope host
  $ ip addr add 10.0.13.1/24 dev a0 valid_lft 100 preferred_lft 200
  preferred_lft is greater than valid_lft
  [1]
  $ ip addr add 10.0.13.1/24 dev a0 valid_lft 100 preferred_lft 50
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.12.1/24 scope host a0
         valid_lft forever preferred_lft forever
      inet 10.0.11.1/24 scope link a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/25 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.5.1/24 brd 10.0.5.255 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.6.1/24 brd 10.0.6.0 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.7.1/24 brd 10.0.7.7 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.8.1/24 scope global noprefixroute a0
         valid_lft forever preferred_lft forever
      inet 10.0.9.1 peer 10.0.9.2/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.10.1/24 metric 55 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.13.1/24 scope global dynamic a0
         valid_lft 100sec preferred_lft 50sec
      inet 10.0.0.2/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  $ ip -br addr show
  lo               DOWN           
  b0@a0            UP             
  a0@b0            UP             10.0.12.1/24 10.0.11.1/24 10.0.0.1/24 10.0.0.1/25 10.0.5.1/24 10.0.6.1/24 10.0.7.1/24 10.0.8.1/24 10.0.9.1 peer 10.0.9.2/32 10.0.10.1/24 metric 55 10.0.13.1/24 10.0.0.2/24 10.0.0.3/24 
  $ ip -br -4 addr show dev a0
  a0@b0            UP             10.0.12.1/24 10.0.11.1/24 10.0.0.1/24 10.0.0.1/25 10.0.5.1/24 10.0.6.1/24 10.0.7.1/24 10.0.8.1/24 10.0.9.1 peer 10.0.9.2/32 10.0.10.1/24 metric 55 10.0.13.1/24 10.0.0.2/24 10.0.0.3/24 
  $ ip -o -4 addr show dev a0
  3: a0    inet 10.0.12.1/24 scope host a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.11.1/24 scope link a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/25 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.5.1/24 brd 10.0.5.255 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.6.1/24 brd 10.0.6.0 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.7.1/24 brd 10.0.7.7 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.8.1/24 scope global noprefixroute a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.9.1 peer 10.0.9.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.10.1/24 metric 55 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.13.1/24 scope global dynamic a0\       valid_lft 100sec preferred_lft 50sec
  3: a0    inet 10.0.0.2/24 scope global secondary a0:1\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.3/24 scope global secondary b0:1\       valid_lft forever preferred_lft forever
  $ ip addr show dev a0 label a0:1
      inet 10.0.0.2/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
  $ ip addr show dev a0 secondary
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.0.2/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  $ ip addr show dev a0 primary | grep inet
      inet 10.0.12.1/24 scope host a0
      inet 10.0.11.1/24 scope link a0
      inet 10.0.0.1/24 scope global a0
      inet 10.0.0.1/25 scope global a0
      inet 10.0.5.1/24 brd 10.0.5.255 scope global a0
      inet 10.0.6.1/24 brd 10.0.6.0 scope global a0
      inet 10.0.7.1/24 brd 10.0.7.7 scope global a0
      inet 10.0.8.1/24 scope global noprefixroute a0
      inet 10.0.9.1 peer 10.0.9.2/32 scope global a0
      inet 10.0.10.1/24 metric 55 scope global a0
      inet 10.0.13.1/24 scope global dynamic a0
  $ ip addr show scope link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      inet 10.0.11.1/24 scope link a0
         valid_lft forever preferred_lft forever
  $ ip addr show to 10.0.0.0/24
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.1/25 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.0.2/24 scope global secondary a0:1
         valid_lft forever preferred_lft forever
      inet 10.0.0.3/24 scope global secondary b0:1
         valid_lft forever preferred_lft forever
  $ ip route show dev a0
  10.0.0.0/25 proto kernel scope link src 10.0.0.1 
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  10.0.5.0/24 proto kernel scope link src 10.0.5.1 
  10.0.6.0/24 proto kernel scope link src 10.0.6.1 
  10.0.7.0/24 proto kernel scope link src 10.0.7.1 
  10.0.9.2 proto kernel scope link src 10.0.9.1 
  10.0.10.0/24 proto kernel scope link src 10.0.10.1 metric 55 
  10.0.11.0/24 proto kernel scope link src 10.0.11.1 
  10.0.12.0/24 proto kernel scope link src 10.0.12.1 
  10.0.13.0/24 proto kernel scope link src 10.0.13.1 
  $ ip addr del 10.0.0.99/24 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.0.0.2 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.2/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del dev a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr del 10.0.0.1/24 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip addr add 10.0.0.1/33 dev a0
  Error: any valid prefix is expected rather than "10.0.0.1/33".
  [1]
  $ ip addr add 10.0.0.1/24
  Not enough information: "dev" argument is required.
  [1]
  $ ip addr add dev a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr flush dev a0 scope link
  $ ip addr flush dev a0 to 10.0.0.0/16
  $ ip -4 addr show dev a0
