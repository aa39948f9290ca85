Address lifetimes, dynamic vs permanent, deprecated, expiry, and change/replace.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0 valid_lft 10 preferred_lft 5
  $ ip addr add 10.0.1.1/24 dev a0 valid_lft forever preferred_lft 0
  $ ip addr add 10.0.2.1/24 dev a0
  $ ip addr show dev a0 | grep -A1 inet | sed -E 's/[0-9]+sec/Nsec/g'
      inet 10.0.0.1/24 scope global dynamic a0
         valid_lft Nsec preferred_lft Nsec
      inet 10.0.1.1/24 scope global deprecated a0
         valid_lft forever preferred_lft forever
      inet 10.0.2.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip addr show dev a0 dynamic | grep inet
      inet 10.0.0.1/24 scope global dynamic a0
  $ ip addr show dev a0 permanent | grep inet
      inet 10.0.1.1/24 scope global deprecated a0
      inet 10.0.2.1/24 scope global a0
  $ ip addr show dev a0 deprecated | grep inet
      inet 10.0.1.1/24 scope global deprecated a0
  $ ip -j addr show dev a0 | grep -o '"preferred_life_time":[0-9]*' | head -3
  "preferred_life_time":5
  "preferred_life_time":4294967295
  "preferred_life_time":4294967295
  $ sleep 6
  $ ip addr show dev a0 deprecated | grep inet
      inet 10.0.0.1/24 scope global deprecated dynamic a0
      inet 10.0.1.1/24 scope global deprecated a0
  $ sleep 5
  $ ip addr show dev a0 | grep inet
      inet 10.0.1.1/24 scope global deprecated a0
      inet 10.0.2.1/24 scope global a0
  $ ip route show
  10.0.1.0/24 dev a0 proto kernel scope link src 10.0.1.1 linkdown 
  10.0.2.0/24 dev a0 proto kernel scope link src 10.0.2.1 linkdown 
  $ ip addr change 10.0.2.1/24 dev a0 valid_lft 100 preferred_lft 100
  $ ip addr show dev a0 | grep -A1 10.0.2.1 | sed -E 's/[0-9]+sec/Nsec/g'
      inet 10.0.2.1/24 scope global dynamic a0
         valid_lft Nsec preferred_lft Nsec
  $ ip addr replace 10.0.2.1/24 dev a0 valid_lft forever preferred_lft forever
  $ ip addr show dev a0 | grep -A1 10.0.2.1
      inet 10.0.2.1/24 scope global a0
         valid_lft forever preferred_lft forever
  $ ip addr change 10.0.3.1/24 dev a0
  $ ip addr replace 10.0.4.1/24 dev a0
  $ ip addr show dev a0 | grep inet
      inet 10.0.1.1/24 scope global deprecated a0
      inet 10.0.2.1/24 scope global a0
      inet 10.0.3.1/24 scope global a0
      inet 10.0.4.1/24 scope global a0
  $ ip addr add 10.0.5.1/24 dev a0 valid_lft 0
  valid_lft is zero
  [1]
  $ ip addr add 10.0.5.1/24 dev a0 valid_lft abc
  Error: argument "abc" is wrong: valid_lft value
  [255]
