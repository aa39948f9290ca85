Address metric: the prefix route of an address carries its metric, follows ip addr change, link down/up, the .0 host address and peer routes (fib_tests.sh ipv4_addr_metric_test).
  $ ip link add a1 address 02:00:00:00:01:01 type veth peer name b1 address 02:00:00:00:01:02
  $ ip link add a2 address 02:00:00:00:02:01 type veth peer name b2 address 02:00:00:00:02:02
  $ for d in lo a1 b1 a2 b2; do ip link set $d up; done
  $ ip addr add dev a1 172.16.104.1/24
  $ ip addr add dev a2 172.16.104.2/24
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a1 proto kernel scope link src 172.16.104.1 
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 
  $ ip addr flush dev a1
  $ ip addr add dev a1 172.16.104.1/24 metric 257
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 
  172.16.104.0/24 dev a1 proto kernel scope link src 172.16.104.1 metric 257 
  $ ip addr flush dev a2
  $ ip addr add dev a2 172.16.104.2/24 metric 258
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a1 proto kernel scope link src 172.16.104.1 metric 257 
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 metric 258 
  $ ip route get 172.16.104.9
  172.16.104.9 dev a1 src 172.16.104.1 uid 0 
      cache 
  $ ip addr del dev a1 172.16.104.1/24 metric 257
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 metric 258 
  $ ip addr change dev a2 172.16.104.2/24 metric 259
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 metric 259 
  $ ip -4 addr show dev a2
  5: a2@b2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.104.2/24 metric 259 scope global a2
         valid_lft forever preferred_lft forever
  $ ip link set dev a2 down
  $ ip ro ls match 172.16.104.0/24
  $ ip link set dev a2 up
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.2 metric 259 
  $ ip addr flush dev a2
  $ ip addr add dev a2 172.16.104.0/24 metric 259
  $ ip addr change dev a2 172.16.104.0/24 metric 260
  $ ip ro ls match 172.16.104.0/24
  172.16.104.0/24 dev a2 proto kernel scope link src 172.16.104.0 metric 260 
  $ ip -4 route show table local dev a2
  local 172.16.104.0 proto kernel scope host src 172.16.104.0 
  broadcast 172.16.104.255 proto kernel scope link src 172.16.104.0 
  $ ip addr flush dev a2
  $ ip addr add dev a2 172.16.104.1/32 peer 172.16.104.2 metric 260
  $ ip route show dev a2
  172.16.104.2 proto kernel scope link src 172.16.104.1 metric 260 
  $ ip addr change dev a2 172.16.104.1/32 peer 172.16.104.3 metric 261
  $ ip route show dev a2
  172.16.104.2 proto kernel scope link src 172.16.104.1 metric 260 
  172.16.104.3 proto kernel scope link src 172.16.104.1 metric 261 
  $ ip -4 addr show dev a2
  5: a2@b2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 172.16.104.1 peer 172.16.104.2/32 metric 260 scope global a2
         valid_lft forever preferred_lft forever
      inet 172.16.104.1 peer 172.16.104.3/32 metric 261 scope global a2
         valid_lft forever preferred_lft forever
  $ ip addr add dev a2 10.9.0.1/24 metric 0
  $ ip addr add dev a2 10.9.1.1/24 metric 4294967295
  $ ip route show dev a2
  10.9.0.0/24 proto kernel scope link src 10.9.0.1 
  10.9.1.0/24 proto kernel scope link src 10.9.1.1 metric 4294967295 
  172.16.104.2 proto kernel scope link src 172.16.104.1 metric 260 
  172.16.104.3 proto kernel scope link src 172.16.104.1 metric 261 
