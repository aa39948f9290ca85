ip route save in one namespace, restore in another: the selectors of ip route
save (table, proto, type, dev) pick what is written; restore re-adds local
networks before gatewayed routes, and a device index that does not exist fails.
  $ ip netns add a
  $ ip netns add b
  $ ip -n a link add v0 type veth peer name v1
  $ ip -n b link add w0 type veth peer name w1
  $ ip -n a link set v0 up
  $ ip -n b link set w0 up
  $ ip -n a addr add 192.168.5.1/24 dev v0
  $ ip -n b addr add 192.168.5.1/24 dev w0
  $ ip -n a route add 10.9.0.0/16 via 192.168.5.9 proto static
  $ ip -n a route add unreachable 10.8.0.0/16
  $ ip -n a route add prohibit 10.7.0.0/16 table 7
  $ ip -n a route add 10.6.0.0/16 via 192.168.5.6 metric 50 table 7
  $ ip -n a route save proto static > static; wc -c < static
  64
  $ ip -n a route showdump < static
  10.9.0.0/16 via 192.168.5.9 dev v0 proto static linkdown 
  $ ip -n a route save type unreachable > unr; ip route showdump < unr
  unreachable 10.8.0.0/16 
  $ ip -n a route save table 7 > t7; wc -c < t7; ip route showdump < t7
  116
  10.6.0.0/16 via 192.168.5.6 dev if3 table 7 metric 50 linkdown 
  prohibit 10.7.0.0/16 table 7 
  $ ip -n a route save dev v0 > dev; ip route showdump < dev
  10.9.0.0/16 via 192.168.5.9 dev if3 proto static linkdown 
  192.168.5.0/24 dev if3 proto kernel scope link src 192.168.5.1 linkdown 
  $ ip -n a route save table 7 type prohibit > t7p; ip route showdump < t7p
  prohibit 10.7.0.0/16 table 7 
  $ ip -n a route save match 10.9.0.0/16 > m; ip route showdump < m
  10.9.0.0/16 via 192.168.5.9 dev if3 proto static linkdown 
  $ ip -n a route save > main
  $ ip -n a link show v0 | head -1
  3: v0@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
  $ ip -n b link show w0 | head -1
  3: w0@w1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
  $ ip -n b route restore < main; echo $?
  Error: Invalid rtm_flags - can not contain DEAD or LINKDOWN.
  2
  $ ip -n b route show
  unreachable 10.8.0.0/16 
  192.168.5.0/24 dev w0 proto kernel scope link src 192.168.5.1 linkdown 
  $ ip -n b route restore < t7; echo $?
  Error: Invalid rtm_flags - can not contain DEAD or LINKDOWN.
  2
  $ ip -n b route show table 7
  prohibit 10.7.0.0/16 
  $ ip -n b route restore < t7; echo $?
  RTNETLINK answers: File exists
  Error: Invalid rtm_flags - can not contain DEAD or LINKDOWN.
  2
  $ ip -4 -n a route save table all > all; ip -n b route flush table all; echo $?
  0
  $ ip -n b route show table all
  $ ip -n b route restore < all; echo $?
  Error: Invalid rtm_flags - can not contain DEAD or LINKDOWN.
  2
  $ ip -n b route show table all
  prohibit 10.7.0.0/16 table 7 
  unreachable 10.8.0.0/16 
  local 192.168.5.1 dev w0 table local proto kernel scope host src 192.168.5.1 
