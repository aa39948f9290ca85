/proc/net/fib_trie lists every alias of a leaf in the kernel's order: longer prefixes first, local-table aliases before main's while the two share a trie, appended and prepended routes, TOS routes and several metrics of one prefix.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.0.0.1/32 via 10.0.0.2 metric 10
  $ ip route add 10.0.0.0/28 via 10.0.0.2
  $ ip route append 10.0.0.0/28 via 10.0.0.3
  $ ip route prepend 10.0.0.0/28 dev b0
  $ ip route add 10.0.0.0/28 via 10.0.0.3 tos 0x08
  $ ip route add 10.0.0.0/28 via 10.0.0.4 tos 0x10 metric 9
  $ ip route add 10.0.0.255/32 dev a0 table local
  RTNETLINK answers: File exists
  [2]
  $ ip route add broadcast 10.0.0.0/32 dev a0 table local
  $ ip route add anycast 10.0.0.0/26 dev a0 table local
  $ ip route add nat 10.0.5.0/24 via 10.0.0.9 2>&1
  Error: Invalid scope.
  [2]
  $ cat /proc/net/fib_trie
  Main:
    +-- 10.0.0.0/24 2 0 2
       +-- 10.0.0.0/31 1 0 0
          |-- 10.0.0.0
             /32 link BROADCAST
             /28 universe UNICAST tos=16
             /28 universe UNICAST tos=8
             /28 link UNICAST
             /28 universe UNICAST
             /28 universe UNICAST
             /26 link ANYCAST
             /24 link UNICAST
          |-- 10.0.0.1
             /32 host LOCAL
             /32 universe UNICAST
       |-- 10.0.0.255
          /32 link BROADCAST
  Local:
    +-- 10.0.0.0/24 2 0 2
       +-- 10.0.0.0/31 1 0 0
          |-- 10.0.0.0
             /32 link BROADCAST
             /28 universe UNICAST tos=16
             /28 universe UNICAST tos=8
             /28 link UNICAST
             /28 universe UNICAST
             /28 universe UNICAST
             /26 link ANYCAST
             /24 link UNICAST
          |-- 10.0.0.1
             /32 host LOCAL
             /32 universe UNICAST
       |-- 10.0.0.255
          /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Main:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       11
  	Internal nodes: 2
  	  1: 1  2: 1
  	Pointers: 6
  Null ptrs: 2
  Total size: 1  kB
  Local:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       11
  	Internal nodes: 2
  	  1: 1  2: 1
  	Pointers: 6
  Null ptrs: 2
  Total size: 1  kB
  $ ip route del 10.0.0.0/28 via 10.0.0.3
  $ ip route del 10.0.0.1/32
  $ ip rule add to 10.9.9.9 table main
  $ cat /proc/net/fib_trie
  Main:
    |-- 10.0.0.0
       /28 universe UNICAST tos=16
       /28 universe UNICAST tos=8
       /28 link UNICAST
       /28 universe UNICAST
       /24 link UNICAST
  Local:
    +-- 10.0.0.0/24 2 0 2
       +-- 10.0.0.0/31 1 0 0
          |-- 10.0.0.0
             /32 link BROADCAST
             /26 link ANYCAST
          |-- 10.0.0.1
             /32 host LOCAL
       |-- 10.0.0.255
          /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Main:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       5
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Local:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       4
  	Internal nodes: 2
  	  1: 1  2: 1
  	Pointers: 6
  Null ptrs: 2
  Total size: 1  kB
