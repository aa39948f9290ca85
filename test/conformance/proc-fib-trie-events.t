/proc/net/fib_trie, fib_triestat and /proc/net/route across rule deletion (the first rule change unmerges local from main), route replace, TOS routes, device deletion and lookup-0 rules that create a table.
  $ ip link set lo up
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.1.0.1/16 dev a0
  $ ip addr add 10.1.0.2/16 dev a0
  $ ip addr add 10.3.0.1/31 dev b0
  $ ip route add 10.1.5.0/24 via 10.1.0.9 tos 0x08
  $ ip route add 10.1.5.0/24 via 10.1.0.8
  $ ip route replace 10.1.5.0/24 via 10.1.0.7
  $ ip route add 10.4.0.0/16 dev b0 metric 3
  $ ip route add default via 10.1.0.254
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	00000000	FE00010A	0003	0	0	0	00000000	0	0	0                                                                                 
  a0	0000010A	00000000	0001	0	0	0	0000FFFF	0	0	0                                                                                 
  a0	0005010A	0900010A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	0005010A	0700010A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  b0	0000030A	00000000	0001	0	0	0	FEFFFFFF	0	0	0                                                                                 
  b0	0000040A	00000000	0001	0	0	3	0000FFFF	0	0	0                                                                                 
  $ cat /proc/net/fib_trie
  Main:
    +-- 0.0.0.0/1 2 0 2
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /0 universe UNICAST
          +-- 10.0.0.0/13 3 1 5
             +-- 10.1.0.0/16 2 0 2
                +-- 10.1.0.0/21 2 0 2
                   +-- 10.1.0.0/30 2 0 1
                      |-- 10.1.0.0
                         /16 link UNICAST
                      |-- 10.1.0.1
                         /32 host LOCAL
                      |-- 10.1.0.2
                         /32 host LOCAL
                   |-- 10.1.5.0
                      /24 universe UNICAST tos=8
                      /24 universe UNICAST
                |-- 10.1.255.255
                   /32 link BROADCAST
             +-- 10.3.0.0/31 1 0 0
                |-- 10.3.0.0
                   /31 link UNICAST
                |-- 10.3.0.1
                   /32 host LOCAL
             |-- 10.4.0.0
                /16 link UNICAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
  Local:
    +-- 0.0.0.0/1 2 0 2
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /0 universe UNICAST
          +-- 10.0.0.0/13 3 1 5
             +-- 10.1.0.0/16 2 0 2
                +-- 10.1.0.0/21 2 0 2
                   +-- 10.1.0.0/30 2 0 1
                      |-- 10.1.0.0
                         /16 link UNICAST
                      |-- 10.1.0.1
                         /32 host LOCAL
                      |-- 10.1.0.2
                         /32 host LOCAL
                   |-- 10.1.5.0
                      /24 universe UNICAST tos=8
                      /24 universe UNICAST
                |-- 10.1.255.255
                   /32 link BROADCAST
             +-- 10.3.0.0/31 1 0 0
                |-- 10.3.0.0
                   /31 link UNICAST
                |-- 10.3.0.1
                   /32 host LOCAL
             |-- 10.4.0.0
                /16 link UNICAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
  $ ip rule del priority 32767
  $ cat /proc/net/fib_trie
  Main:
    +-- 0.0.0.0/4 2 0 2
       |-- 0.0.0.0
          /0 universe UNICAST
       +-- 10.0.0.0/13 3 0 5
          +-- 10.1.0.0/21 2 0 2
             |-- 10.1.0.0
                /16 link UNICAST
             |-- 10.1.5.0
                /24 universe UNICAST tos=8
                /24 universe UNICAST
          |-- 10.3.0.0
             /31 link UNICAST
          |-- 10.4.0.0
             /16 link UNICAST
  Local:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/14 3 0 5
          +-- 10.1.0.0/30 2 0 2
             |-- 10.1.0.1
                /32 host LOCAL
             |-- 10.1.0.2
                /32 host LOCAL
          |-- 10.1.255.255
             /32 link BROADCAST
          |-- 10.3.0.1
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Main:
  	Aver depth:     2.20
  	Max depth:      3
  	Leaves:         5
  	Prefixes:       6
  	Internal nodes: 3
  	  2: 2  3: 1
  	Pointers: 16
  Null ptrs: 9
  Total size: 1  kB
  Local:
  	Aver depth:     2.57
  	Max depth:      3
  	Leaves:         7
  	Prefixes:       7
  	Internal nodes: 5
  	  1: 1  2: 3  3: 1
  	Pointers: 22
  Null ptrs: 11
  Total size: 2  kB
  $ ip rule add priority 32767 table main
  $ ip rule add from 192.0.2.0/24 lookup 0
  $ ip rule
  0:	from all lookup local
  32765:	from 192.0.2.0/24 lookup 1
  32766:	from all lookup main
  32767:	from all lookup main
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 1:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Main:
  	Aver depth:     2.20
  	Max depth:      3
  	Leaves:         5
  	Prefixes:       6
  	Internal nodes: 3
  	  2: 2  3: 1
  	Pointers: 16
  Null ptrs: 9
  Total size: 1  kB
  Local:
  	Aver depth:     2.57
  	Max depth:      3
  	Leaves:         7
  	Prefixes:       7
  	Internal nodes: 5
  	  1: 1  2: 3  3: 1
  	Pointers: 22
  Null ptrs: 11
  Total size: 2  kB
  $ ip route add 192.0.2.0/24 dev a0 table 1
  $ ip link del a0
  $ cat /proc/net/fib_trie
  Local:
    +-- 127.0.0.0/8 2 0 2
       +-- 127.0.0.0/31 1 0 0
          |-- 127.0.0.0
             /8 host LOCAL
          |-- 127.0.0.1
             /32 host LOCAL
       |-- 127.255.255.255
          /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 1:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Main:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Local:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       3
  	Internal nodes: 2
  	  1: 1  2: 1
  	Pointers: 6
  Null ptrs: 2
  Total size: 1  kB
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  $ ip addr add 10.9.9.9/8 dev lo
  $ cat /proc/net/fib_trie
  Local:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/8 2 0 2
          +-- 10.0.0.0/12 2 0 2
             |-- 10.0.0.0
                /8 host LOCAL
             |-- 10.9.9.9
                /32 host LOCAL
          |-- 10.255.255.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
