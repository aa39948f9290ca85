Gateway and prefsrc checks read inet_addr_type_table(): while no rule changed, local and main share one trie so a main route of a longer prefix shadows a short local route (and local type routes of main count); after a rule change they split. An error route (blackhole) answers unicast; before any address (lo down, no local table) every gateway is broadcast.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set a0 up; ip link set b0 up
  $ ip route add 1.0.0.0/8 via 10.0.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route show table all | grep -v :
  [1]
  $ ip link set lo up
  $ ip route add 1.0.0.0/8 via 10.0.0.1 dev a0 onlink
  $ ip addr add 192.168.1.1/24 dev a0
  $ ip route add blackhole 10.9.0.0/16 table local
  $ ip route add 2.0.0.0/8 via 10.9.0.1 dev a0 onlink
  $ ip route add local 192.168.0.0/16 dev a0
  $ ip route add 3.0.0.0/8 via 192.168.1.7 dev a0 onlink
  $ ip route add 4.0.0.0/8 via 192.168.3.7 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add blackhole 172.16.0.0/16
  $ ip route add 5.0.0.0/8 via 172.16.0.1 dev a0 onlink
  $ ip route add broadcast 172.17.0.0/16 dev a0 table main
  $ ip route add 6.0.0.0/8 via 172.17.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add local 172.18.0.0/16 dev a0 table main
  $ ip route add 7.0.0.0/8 via 172.18.0.1 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 8.0.0.0/8 dev a0 src 172.18.0.1
  $ ip route add 8.1.0.0/16 dev a0 src 172.17.0.1
  Error: Invalid prefsrc address.
  [2]
  $ ip rule add prio 5 table 100
  $ ip route add 9.0.0.0/8 via 192.168.1.7 dev a0 onlink
  Error: Nexthop has invalid gateway.
  [2]
  $ ip route add 9.1.0.0/16 via 172.18.0.1 dev a0 onlink
  $ ip route add 9.2.0.0/16 dev a0 src 172.18.0.1
  Error: Invalid prefsrc address.
  [2]
  $ ip route add 9.3.0.0/16 dev a0 src 192.168.3.3
  $ ip route add 9.4.0.0/16 dev a0 src 192.168.3.3 table 100
  $ ip route show table all | grep -v :
  9.4.0.0/16 dev a0 table 100 scope link src 192.168.3.3 
  1.0.0.0/8 via 10.0.0.1 dev a0 onlink 
  2.0.0.0/8 via 10.9.0.1 dev a0 onlink 
  3.0.0.0/8 via 192.168.1.7 dev a0 onlink 
  5.0.0.0/8 via 172.16.0.1 dev a0 onlink 
  8.0.0.0/8 dev a0 scope link src 172.18.0.1 
  9.1.0.0/16 via 172.18.0.1 dev a0 onlink 
  9.3.0.0/16 dev a0 scope link src 192.168.3.3 
  blackhole 172.16.0.0/16 
  broadcast 172.17.0.0/16 dev a0 scope link 
  local 172.18.0.0/16 dev a0 scope host 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  blackhole 10.9.0.0/16 table local 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.0.0/16 dev a0 table local scope host 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
