Every ip addr add option on an IPv4 address, one per address in a loop: IPv6-only flags, metric, proto, scope, label, lifetimes, broadcast/anycast forms; then the listing and the routes they made.
  $ ip link add x0 address 02:00:00:00:00:01 type veth peer name y0 address 02:00:00:00:00:02
  $ ip link set x0 up
  $ i=1; for o in noprefixroute nodad home mngtmpaddr optimistic autojoin "metric 5" "metric -1" "metric 4294967295" "metric x" "proto 7" "proto kernel" "proto boot" "proto static" "proto 256" "proto bad" "scope 200" "scope link" "scope host" "scope site" "scope nowhere" "scope 256" "scope bogus" "label x0:1" "label y0:1" "label x0:toolongname123" "valid_lft 100 preferred_lft 50" "preferred_lft 100 valid_lft 50" "valid_lft forever" "valid_lft 0" "preferred_lft 0" "valid_lft abc" "broadcast +" "broadcast -" "brd 10.9.9.9" "anycast 10.1.0.200" "peer 10.2.0.1" "local 10.1.0.250"; do i=$((i+1)); echo "== $o"; ip addr add 10.1.$i.1/24 dev x0 $o; echo $?; done 2>&1
  == noprefixroute
  0
  == nodad
  Warning: nodad option can be set only for IPv6 addresses
  0
  == home
  Warning: home option can be set only for IPv6 addresses
  0
  == mngtmpaddr
  Warning: mngtmpaddr option can be set only for IPv6 addresses
  0
  == optimistic
  Warning: optimistic option can be set only for IPv6 addresses
  0
  == autojoin
  autojoin needs multicast address
  1
  == metric 5
  0
  == metric -1
  Error: argument "-1" is wrong: "metric" value is invalid
  
  255
  == metric 4294967295
  0
  == metric x
  Error: argument "x" is wrong: "metric" value is invalid
  
  255
  == proto 7
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == proto kernel
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == proto boot
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == proto static
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == proto 256
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == proto bad
  Error: either "local" is duplicate, or "proto" is a garbage.
  255
  == scope 200
  0
  == scope link
  0
  == scope host
  0
  == scope site
  0
  == scope nowhere
  0
  == scope 256
  Error: argument "256" is wrong: invalid scope value.
  255
  == scope bogus
  Error: argument "bogus" is wrong: invalid scope value.
  255
  == label x0:1
  0
  == label y0:1
  0
  == label x0:toolongname123
  Error: Attribute failed policy validation.
  2
  == valid_lft 100 preferred_lft 50
  0
  == preferred_lft 100 valid_lft 50
  preferred_lft is greater than valid_lft
  1
  == valid_lft forever
  0
  == valid_lft 0
  valid_lft is zero
  1
  == preferred_lft 0
  0
  == valid_lft abc
  Error: argument "abc" is wrong: valid_lft value
  255
  == broadcast +
  0
  == broadcast -
  0
  == brd 10.9.9.9
  0
  == anycast 10.1.0.200
  0
  == peer 10.2.0.1
  0
  == local 10.1.0.250
  Error: either "local" is duplicate, or "10.1.0.250" is a garbage.
  255
  $ ip -4 addr show dev x0
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.1.22.1/24 scope nowhere x0
         valid_lft forever preferred_lft forever
      inet 10.1.20.1/24 scope host x0
         valid_lft forever preferred_lft forever
      inet 10.1.19.1/24 scope link x0
         valid_lft forever preferred_lft forever
      inet 10.1.18.1/24 scope site x0
         valid_lft forever preferred_lft forever
      inet 10.1.21.1/24 scope site x0
         valid_lft forever preferred_lft forever
      inet 10.1.2.1/24 scope global noprefixroute x0
         valid_lft forever preferred_lft forever
      inet 10.1.3.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.4.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.5.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.6.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.8.1/24 metric 5 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.10.1/24 metric 4294967295 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.25.1/24 scope global x0:1
         valid_lft forever preferred_lft forever
      inet 10.1.26.1/24 scope global y0:1
         valid_lft forever preferred_lft forever
      inet 10.1.28.1/24 scope global dynamic x0
         valid_lft 100sec preferred_lft 50sec
      inet 10.1.30.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.32.1/24 scope global deprecated x0
         valid_lft forever preferred_lft forever
      inet 10.1.34.1/24 brd 10.1.34.255 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.35.1/24 brd 10.1.35.0 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.36.1/24 brd 10.9.9.9 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.37.1/24 scope global x0
         valid_lft forever preferred_lft forever
      inet 10.1.38.1 peer 10.2.0.1/32 scope global x0
         valid_lft forever preferred_lft forever
  $ ip -4 -d addr show dev x0 | grep -c inet
  22
  $ ip route show table main dev x0
  10.1.3.0/24 proto kernel scope link src 10.1.3.1 linkdown 
  10.1.4.0/24 proto kernel scope link src 10.1.4.1 linkdown 
  10.1.5.0/24 proto kernel scope link src 10.1.5.1 linkdown 
  10.1.6.0/24 proto kernel scope link src 10.1.6.1 linkdown 
  10.1.8.0/24 proto kernel scope link src 10.1.8.1 metric 5 linkdown 
  10.1.10.0/24 proto kernel scope link src 10.1.10.1 metric 4294967295 linkdown 
  10.1.18.0/24 proto kernel scope link src 10.1.18.1 linkdown 
  10.1.19.0/24 proto kernel scope link src 10.1.19.1 linkdown 
  10.1.20.0/24 proto kernel scope link src 10.1.20.1 linkdown 
  10.1.21.0/24 proto kernel scope link src 10.1.21.1 linkdown 
  10.1.22.0/24 proto kernel scope link src 10.1.22.1 linkdown 
  10.1.25.0/24 proto kernel scope link src 10.1.25.1 linkdown 
  10.1.26.0/24 proto kernel scope link src 10.1.26.1 linkdown 
  10.1.28.0/24 proto kernel scope link src 10.1.28.1 linkdown 
  10.1.30.0/24 proto kernel scope link src 10.1.30.1 linkdown 
  10.1.32.0/24 proto kernel scope link src 10.1.32.1 linkdown 
  10.1.34.0/24 proto kernel scope link src 10.1.34.1 linkdown 
  10.1.35.0/24 proto kernel scope link src 10.1.35.1 linkdown 
  10.1.36.0/24 proto kernel scope link src 10.1.36.1 linkdown 
  10.1.37.0/24 proto kernel scope link src 10.1.37.1 linkdown 
  10.2.0.1 proto kernel scope link src 10.1.38.1 linkdown 
  $ ip route show table local dev x0 | sort
  broadcast 10.1.10.255 proto kernel scope link src 10.1.10.1 linkdown 
  broadcast 10.1.18.255 proto kernel scope link src 10.1.18.1 linkdown 
  broadcast 10.1.19.255 proto kernel scope link src 10.1.19.1 linkdown 
  broadcast 10.1.2.255 proto kernel scope link src 10.1.2.1 linkdown 
  broadcast 10.1.20.255 proto kernel scope link src 10.1.20.1 linkdown 
  broadcast 10.1.21.255 proto kernel scope link src 10.1.21.1 linkdown 
  broadcast 10.1.22.255 proto kernel scope link src 10.1.22.1 linkdown 
  broadcast 10.1.25.255 proto kernel scope link src 10.1.25.1 linkdown 
  broadcast 10.1.26.255 proto kernel scope link src 10.1.26.1 linkdown 
  broadcast 10.1.28.255 proto kernel scope link src 10.1.28.1 linkdown 
  broadcast 10.1.3.255 proto kernel scope link src 10.1.3.1 linkdown 
  broadcast 10.1.30.255 proto kernel scope link src 10.1.30.1 linkdown 
  broadcast 10.1.32.255 proto kernel scope link src 10.1.32.1 linkdown 
  broadcast 10.1.34.255 proto kernel scope link src 10.1.34.1 linkdown 
  broadcast 10.1.35.0 proto kernel scope link src 10.1.35.1 linkdown 
  broadcast 10.1.35.255 proto kernel scope link src 10.1.35.1 linkdown 
  broadcast 10.1.36.255 proto kernel scope link src 10.1.36.1 linkdown 
  broadcast 10.1.37.255 proto kernel scope link src 10.1.37.1 linkdown 
  broadcast 10.1.4.255 proto kernel scope link src 10.1.4.1 linkdown 
  broadcast 10.1.5.255 proto kernel scope link src 10.1.5.1 linkdown 
  broadcast 10.1.6.255 proto kernel scope link src 10.1.6.1 linkdown 
  broadcast 10.1.8.255 proto kernel scope link src 10.1.8.1 linkdown 
  broadcast 10.9.9.9 proto kernel scope link src 10.1.36.1 linkdown 
  local 10.1.10.1 proto kernel scope host src 10.1.10.1 
  local 10.1.18.1 proto kernel scope host src 10.1.18.1 
  local 10.1.19.1 proto kernel scope host src 10.1.19.1 
  local 10.1.2.1 proto kernel scope host src 10.1.2.1 
  local 10.1.20.1 proto kernel scope host src 10.1.20.1 
  local 10.1.21.1 proto kernel scope host src 10.1.21.1 
  local 10.1.22.1 proto kernel scope host src 10.1.22.1 
  local 10.1.25.1 proto kernel scope host src 10.1.25.1 
  local 10.1.26.1 proto kernel scope host src 10.1.26.1 
  local 10.1.28.1 proto kernel scope host src 10.1.28.1 
  local 10.1.3.1 proto kernel scope host src 10.1.3.1 
  local 10.1.30.1 proto kernel scope host src 10.1.30.1 
  local 10.1.32.1 proto kernel scope host src 10.1.32.1 
  local 10.1.34.1 proto kernel scope host src 10.1.34.1 
  local 10.1.35.1 proto kernel scope host src 10.1.35.1 
  local 10.1.36.1 proto kernel scope host src 10.1.36.1 
  local 10.1.37.1 proto kernel scope host src 10.1.37.1 
  local 10.1.38.1 proto kernel scope host src 10.1.38.1 
  local 10.1.4.1 proto kernel scope host src 10.1.4.1 
  local 10.1.5.1 proto kernel scope host src 10.1.5.1 
  local 10.1.6.1 proto kernel scope host src 10.1.6.1 
  local 10.1.8.1 proto kernel scope host src 10.1.8.1 
  $ ip -4 addr show dev x0 label 'x0:*'
      inet 10.1.25.1/24 scope global x0:1
         valid_lft forever preferred_lft forever
  $ ip -4 addr show dev x0 noprefixroute
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.1.2.1/24 scope global noprefixroute x0
         valid_lft forever preferred_lft forever
  $ ip -4 addr show dev x0 scope 200
  3: x0@y0: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000
      inet 10.1.18.1/24 scope site x0
         valid_lft forever preferred_lft forever
      inet 10.1.21.1/24 scope site x0
         valid_lft forever preferred_lft forever
  $ ip -4 addr show dev x0 proto 7
  Error: either "dev" is duplicate, or "proto" is a garbage.
  [255]
  $ ip -4 -j addr show dev x0 proto kernel
  Error: either "dev" is duplicate, or "proto" is a garbage.
  [255]
