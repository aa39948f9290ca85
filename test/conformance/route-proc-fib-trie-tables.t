/proc/net/fib_trie and fib_triestat with several tables, before and after the first rule change unmerges local from main (fib_unmerge()), with tos aliases, every route type, nexthop objects and multipath; /proc/net/route of the same.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.0.77/32 dev a0
  $ ip nexthop add id 1 via 10.0.0.2 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.2; ip route add 20.0.0.0/8 via 10.0.0.3 tos 0x10; ip route add 20.1.0.0/16 nhid 1
  $ ip route add blackhole 20.1.2.0/24; ip route add unreachable 20.1.3.0/24 metric 4; ip route add prohibit 20.1.4.0/24; ip route add throw 20.1.5.0/24
  $ ip route add 21.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.0.3
  $ ip route add local 22.2.2.2 dev lo; ip route add broadcast 22.2.2.255 dev a0; ip route add multicast 239.1.0.0/16 dev a0 table 100
  $ ip route add 23.0.0.0/8 via 10.0.0.2 table 100; ip route add anycast 24.0.0.0/8 dev a0 table 100
  $ cat /proc/net/fib_trie
  Id 100:
    +-- 0.0.0.0/0 2 0 2
       +-- 16.0.0.0/4 2 0 2
          |-- 23.0.0.0
             /8 universe UNICAST
          |-- 24.0.0.0
             /8 link ANYCAST
       |-- 239.1.0.0
          /16 link MULTICAST
  Main:
    +-- 0.0.0.0/1 3 0 5
       +-- 10.0.0.0/24 2 0 1
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
                /32 host LOCAL
          |-- 10.0.0.77
             /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 20.0.0.0/6 2 0 1
          +-- 20.0.0.0/15 2 0 2
             |-- 20.0.0.0
                /8 universe UNICAST tos=16
                /8 universe UNICAST
             +-- 20.1.0.0/21 3 0 3
                |-- 20.1.0.0
                   /16 universe UNICAST
                |-- 20.1.2.0
                   /24 universe BLACKHOLE
                |-- 20.1.3.0
                   /24 universe UNREACHABLE
                |-- 20.1.4.0
                   /24 universe PROHIBIT
                |-- 20.1.5.0
                   /24 universe THROW
          |-- 21.0.0.0
             /8 universe UNICAST
          +-- 22.2.2.0/24 2 0 2
             |-- 22.2.2.2
                /32 host LOCAL
             |-- 22.2.2.255
                /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
  Local:
    +-- 0.0.0.0/1 3 0 5
       +-- 10.0.0.0/24 2 0 1
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
                /32 host LOCAL
          |-- 10.0.0.77
             /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 20.0.0.0/6 2 0 1
          +-- 20.0.0.0/15 2 0 2
             |-- 20.0.0.0
                /8 universe UNICAST tos=16
                /8 universe UNICAST
             +-- 20.1.0.0/21 3 0 3
                |-- 20.1.0.0
                   /16 universe UNICAST
                |-- 20.1.2.0
                   /24 universe BLACKHOLE
                |-- 20.1.3.0
                   /24 universe UNREACHABLE
                |-- 20.1.4.0
                   /24 universe PROHIBIT
                |-- 20.1.5.0
                   /24 universe THROW
          |-- 21.0.0.0
             /8 universe UNICAST
          +-- 22.2.2.0/24 2 0 2
             |-- 22.2.2.2
                /32 host LOCAL
             |-- 22.2.2.255
                /32 link BROADCAST
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
  Id 100:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       3
  	Internal nodes: 2
  	  2: 2
  	Pointers: 8
  Null ptrs: 4
  Total size: 1  kB
  Main:
  	Aver depth:     3.06
  	Max depth:      4
  	Leaves:         16
  	Prefixes:       17
  	Internal nodes: 9
  	  1: 2  2: 5  3: 2
  	Pointers: 40
  Null ptrs: 16
  Total size: 3  kB
  Local:
  	Aver depth:     3.06
  	Max depth:      4
  	Leaves:         16
  	Prefixes:       17
  	Internal nodes: 9
  	  1: 2  2: 5  3: 2
  	Pointers: 40
  Null ptrs: 16
  Total size: 3  kB
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  a0	00000014	0300000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000014	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  a0	00000114	0200000A	0003	0	0	0	0000FFFF	0	0	0                                                                                 
  *	00020114	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	00030114	00000000	0201	0	0	4	00FFFFFF	0	0	0                                                                                  
  *	00040114	00000000	0201	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	00050114	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  a0	00000015	0200000A	0003	0	0	0	000000FF	0	0	0                                                                                 
  $ ip rule add from 1.2.3.4 table 100
  $ cat /proc/net/fib_trie
  Id 100:
    +-- 0.0.0.0/0 2 0 2
       +-- 16.0.0.0/4 2 0 2
          |-- 23.0.0.0
             /8 universe UNICAST
          |-- 24.0.0.0
             /8 link ANYCAST
       |-- 239.1.0.0
          /16 link MULTICAST
  Main:
    +-- 0.0.0.0/1 3 0 6
       |-- 10.0.0.0
          /24 link UNICAST
       +-- 20.0.0.0/6 2 0 2
          +-- 20.0.0.0/15 2 0 2
             |-- 20.0.0.0
                /8 universe UNICAST tos=16
                /8 universe UNICAST
             +-- 20.1.0.0/21 3 0 3
                |-- 20.1.0.0
                   /16 universe UNICAST
                |-- 20.1.2.0
                   /24 universe BLACKHOLE
                |-- 20.1.3.0
                   /24 universe UNREACHABLE
                |-- 20.1.4.0
                   /24 universe PROHIBIT
                |-- 20.1.5.0
                   /24 universe THROW
          |-- 21.0.0.0
             /8 universe UNICAST
  Local:
    +-- 0.0.0.0/1 3 0 5
       +-- 10.0.0.0/24 3 0 5
          |-- 10.0.0.1
             /32 host LOCAL
          |-- 10.0.0.77
             /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 22.2.2.0/24 2 0 2
          |-- 22.2.2.2
             /32 host LOCAL
          |-- 22.2.2.255
             /32 link BROADCAST
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
  Id 100:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       3
  	Internal nodes: 2
  	  2: 2
  	Pointers: 8
  Null ptrs: 4
  Total size: 1  kB
  Main:
  	Aver depth:     3.25
  	Max depth:      4
  	Leaves:         8
  	Prefixes:       9
  	Internal nodes: 4
  	  2: 2  3: 2
  	Pointers: 24
  Null ptrs: 13
  Total size: 2  kB
  Local:
  	Aver depth:     2.25
  	Max depth:      3
  	Leaves:         8
  	Prefixes:       8
  	Internal nodes: 5
  	  1: 1  2: 2  3: 2
  	Pointers: 26
  Null ptrs: 14
  Total size: 2  kB
  $ ip route del 20.1.0.0/16; ip route del local 22.2.2.2 dev lo
  $ cat /proc/net/fib_trie | head -40
  Id 100:
    +-- 0.0.0.0/0 2 0 2
       +-- 16.0.0.0/4 2 0 2
          |-- 23.0.0.0
             /8 universe UNICAST
          |-- 24.0.0.0
             /8 link ANYCAST
       |-- 239.1.0.0
          /16 link MULTICAST
  Main:
    +-- 0.0.0.0/1 3 0 6
       |-- 10.0.0.0
          /24 link UNICAST
       +-- 20.0.0.0/6 2 0 2
          +-- 20.0.0.0/15 2 0 2
             |-- 20.0.0.0
                /8 universe UNICAST tos=16
                /8 universe UNICAST
             +-- 20.1.0.0/21 3 0 4
                |-- 20.1.2.0
                   /24 universe BLACKHOLE
                |-- 20.1.3.0
                   /24 universe UNREACHABLE
                |-- 20.1.4.0
                   /24 universe PROHIBIT
                |-- 20.1.5.0
                   /24 universe THROW
          |-- 21.0.0.0
             /8 universe UNICAST
  Local:
    +-- 0.0.0.0/1 3 0 5
       +-- 10.0.0.0/24 3 0 5
          |-- 10.0.0.1
             /32 host LOCAL
          |-- 10.0.0.77
             /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       |-- 22.2.2.255
          /32 link BROADCAST
