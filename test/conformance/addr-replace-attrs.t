ip addr replace / change on an existing address: which attributes the kernel updates (lifetimes, metric, noprefixroute) and which it keeps (label, broadcast, scope, peer), a different prefix length making a second address, and the routes after each.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.1.0.1/24 dev a0 label a0:one broadcast 10.1.0.200
  $ ip addr replace 10.1.0.1/24 dev a0 label a0:two broadcast 10.1.0.255
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 brd 10.1.0.200 scope global a0:one\       valid_lft forever preferred_lft forever
  $ ip addr replace 10.1.0.1/24 dev a0 scope link
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 brd 10.1.0.200 scope global a0:one\       valid_lft forever preferred_lft forever
  $ ip route show table all dev a0
  10.1.0.0/24 proto kernel scope link src 10.1.0.1 
  local 10.1.0.1 table local proto kernel scope host src 10.1.0.1 
  broadcast 10.1.0.200 table local proto kernel scope link src 10.1.0.1 
  broadcast 10.1.0.255 table local proto kernel scope link src 10.1.0.1 
  $ ip addr replace 10.1.0.1/24 dev a0 noprefixroute
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 brd 10.1.0.200 scope global a0:one\       valid_lft forever preferred_lft forever
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 
  $ ip addr change 10.1.0.1/24 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 brd 10.1.0.200 scope global a0:one\       valid_lft forever preferred_lft forever
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 
  $ ip addr change 10.1.0.1/24 dev a0 metric 20 valid_lft 60 preferred_lft 10
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 metric 20 brd 10.1.0.200 scope global dynamic a0:one\       valid_lft 60sec preferred_lft 10sec
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 metric 20 
  $ ip addr replace 10.1.0.1/16 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 metric 20 brd 10.1.0.200 scope global dynamic a0:one\       valid_lft 60sec preferred_lft 10sec
  3: a0    inet 10.1.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 metric 20 
  10.1.0.0/16 dev a0 proto kernel scope link src 10.1.0.1 
  $ ip addr add 10.1.0.1/24 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.2.0.1 peer 10.2.0.2 dev a0
  $ ip addr replace 10.2.0.1 peer 10.2.0.3 dev a0
  $ ip -4 -o addr show dev a0 to 10.2.0.0/16
  3: a0    inet 10.2.0.1 peer 10.2.0.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1 peer 10.2.0.3/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 metric 20 
  10.1.0.0/16 dev a0 proto kernel scope link src 10.1.0.1 
  10.2.0.2 dev a0 proto kernel scope link src 10.2.0.1 
  10.2.0.3 dev a0 proto kernel scope link src 10.2.0.1 
  $ ip addr change 10.2.0.1/32 dev a0
  $ ip -4 -o addr show dev a0 to 10.2.0.0/16
  3: a0    inet 10.2.0.1 peer 10.2.0.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1 peer 10.2.0.3/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr replace 10.3.0.1/24 dev a0 label b0:x
  $ ip addr replace 10.3.0.1/24 dev a0 label a0:x valid_lft 10 preferred_lft 20
  preferred_lft is greater than valid_lft
  [1]
  $ ip addr replace 10.3.0.1/24 dev a0 valid_lft 5 preferred_lft 5
  $ ip -4 -o addr show dev a0 to 10.3.0.0/24
  3: a0    inet 10.3.0.1/24 scope global dynamic b0:x\       valid_lft 5sec preferred_lft 5sec
  $ sleep 8
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 metric 20 brd 10.1.0.200 scope global dynamic a0:one\       valid_lft 52sec preferred_lft 2sec
  3: a0    inet 10.1.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1 peer 10.2.0.2/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1 peer 10.2.0.3/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.2.0.1/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip route show table main
  10.1.0.0/24 dev a0 proto kernel scope link src 10.1.0.1 metric 20 
  10.1.0.0/16 dev a0 proto kernel scope link src 10.1.0.1 
  10.2.0.2 dev a0 proto kernel scope link src 10.2.0.1 
  10.2.0.3 dev a0 proto kernel scope link src 10.2.0.1 
  $ ip addr change dev a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr replace 10.4.0.1/24
  Not enough information: "dev" argument is required.
  [1]
  $ ip addr change 10.4.0.1/24 dev nosuch
  Cannot find device "nosuch"
  [1]
