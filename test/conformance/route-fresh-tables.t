A fresh namespace has no IPv4 table yet: show, flush and delete of local, default or main say "FIB table does not exist" (iproute2 hides it from a dump of main) until a route is put there.
  $ ip -4 route show table local
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip -4 route show table main
  $ ip -4 route show table default
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip -4 route show table 0
  $ ip -j route show
  []
  $ ip route save | wc -c
  4
  $ ip route flush table main
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip -s route flush proto static
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip route show table all
  $ cat /proc/net/fib_trie
  $ cat /proc/net/fib_triestat | head -3
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  $ ip rule del prio 32767
  $ ip -4 route show table default
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route get 127.0.0.1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip -4 route flush table local
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip -4 route flush table default
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip link set lo up
  $ ip -4 route show table local
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -4 route show table default
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route del local 1.2.3.4 table 77
  Error: FIB table does not exist.
  [2]
  $ ip route del local 1.2.3.4 table local
  RTNETLINK answers: No such process
  [2]
  $ ip route del 1.2.3.4 table main
  Error: FIB table does not exist.
  [2]
  $ ip route add 1.2.3.4 dev lo
  $ ip route del 1.2.3.4 dev lo
  $ ip route del 1.2.3.4 table main
  RTNETLINK answers: No such process
  [2]
  $ ip route flush table main
  $ ip route add 5.0.0.0/8 dev lo table default
  $ ip -4 route show table default
  5.0.0.0/8 dev lo scope link 
  $ ip route del 5.0.0.0/8 dev lo table default
  $ ip -4 route show table default
  $ ip rule add lookup 0 prio 5
  $ ip rule show prio 5
  5:	from all lookup 1
  $ ip -4 route show table 1
