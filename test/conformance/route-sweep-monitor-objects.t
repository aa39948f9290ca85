ip monitor route/rule/nexthop (and -t, label, all) over a sweep of route, rule and nexthop operations, including failed ones that send nothing.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip monitor label route rule nexthop > /tmp/sr10m1 2>&1 & sleep 0.3
  $ ip -4 monitor all > /tmp/sr10m2 2>&1 & sleep 0.3
  $ ip route add 172.20.0.0/16 via 10.9.0.2 metric 3 proto static; ip route add 172.20.0.0/16 via 10.9.0.2 metric 3 2>/dev/null; ip route replace 172.20.0.0/16 via 10.9.0.3 metric 3; ip route change 172.20.0.0/16 via 10.9.0.4 metric 3; ip route append 172.20.0.0/16 via 10.9.0.5 metric 3; ip route prepend 172.20.0.0/16 via 10.9.0.6 metric 3 tos 0x10; ip route del 172.20.0.0/16 metric 3; ip route flush 172.20.0.0/16
  $ ip rule add pref 10 fwmark 5 table 5; ip rule add pref 10 fwmark 5 table 5 2>/dev/null; ip rule add pref 11 not to 1.0.0.0/8 prohibit; ip rule del pref 10; ip rule del pref 99 2>/dev/null; ip rule flush
  $ ip nexthop add id 1 via 10.9.0.2 dev v0; ip nexthop add id 2 blackhole; ip nexthop add id 3 group 1/2 2>/dev/null; ip nexthop add id 3 group 1; ip route add 172.21.0.0/16 nhid 3; ip nexthop replace id 1 via 10.9.0.7 dev v0; ip nexthop del id 1; ip nexthop flush
  Error: Nexthop has invalid gateway.
  Error: Invalid nexthop id.
  Error: Nexthop id does not exist.
  Error: Nexthop has invalid gateway.
  RTNETLINK answers: No such file or directory
  Flushed 1 nexthops
  $ ip route add table 7 blackhole 172.22.0.0/16; ip route flush table 7; ip addr del 10.9.0.1/24 dev v0
  $ sleep 0.3; kill %1 %2; wait
  $ cat /tmp/sr10m1
  [ROUTE]172.20.0.0/16 via 10.9.0.2 dev v0 proto static metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.3 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.4 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.5 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 tos 0x10 via 10.9.0.6 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 via 10.9.0.4 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 tos 0x10 via 10.9.0.6 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 via 10.9.0.5 dev v0 metric 3 
  [RULE]10:	from all fwmark 0x5 lookup 5
  [RULE]11:	not from all to 1.0.0.0/8 prohibit
  [RULE]Deleted 10:	from all fwmark 0x5 lookup 5
  [RULE]Deleted 11:	not from all to 1.0.0.0/8 prohibit
  [RULE]Deleted 32766:	from all lookup main
  [RULE]Deleted 32767:	from all lookup default
  [NEXTHOP]id 2 blackhole 
  [NEXTHOP]Deleted id 2 blackhole 
  [ROUTE]blackhole 172.22.0.0/16 table 7 
  [ROUTE]Deleted blackhole 172.22.0.0/16 table 7 
  [ROUTE]Deleted 10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  [ROUTE]Deleted broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  [ROUTE]Deleted local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  $ cat /tmp/sr10m2
  [ROUTE]172.20.0.0/16 via 10.9.0.2 dev v0 proto static metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.3 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.4 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 via 10.9.0.5 dev v0 metric 3 
  [ROUTE]172.20.0.0/16 tos 0x10 via 10.9.0.6 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 via 10.9.0.4 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 tos 0x10 via 10.9.0.6 dev v0 metric 3 
  [ROUTE]Deleted 172.20.0.0/16 via 10.9.0.5 dev v0 metric 3 
  [RULE]10:	from all fwmark 0x5 lookup 5
  [RULE]11:	not from all to 1.0.0.0/8 prohibit
  [RULE]Deleted 10:	from all fwmark 0x5 lookup 5
  [RULE]Deleted 11:	not from all to 1.0.0.0/8 prohibit
  [RULE]Deleted 32766:	from all lookup main
  [RULE]Deleted 32767:	from all lookup default
  [NEXTHOP]id 2 blackhole 
  [NEXTHOP]Deleted id 2 blackhole 
  [ROUTE]blackhole 172.22.0.0/16 table 7 
  [ROUTE]Deleted blackhole 172.22.0.0/16 table 7 
  [ADDR]Deleted 3: v0    inet 10.9.0.1/24 scope global v0
         valid_lft forever preferred_lft forever
  [ROUTE]Deleted 10.9.0.0/24 dev v0 proto kernel scope link src 10.9.0.1 
  [ROUTE]Deleted broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  [ROUTE]Deleted local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  $ rm -f /tmp/sr10m1 /tmp/sr10m2
