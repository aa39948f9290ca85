/proc/net/route, /proc/net/fib_trie, /proc/net/fib_triestat and /proc/net/rt_cache over every route type, tos, metric and table.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add blackhole 172.16.1.0/24
  $ ip route add unreachable 172.16.2.0/24 metric 4
  $ ip route add prohibit 172.16.3.0/24
  $ ip route add throw 172.16.4.0/24
  $ ip route add local 172.16.5.0/24 dev lo
  $ ip route add broadcast 172.16.6.1 dev v0
  $ ip route add multicast 239.1.0.0/16 dev v0
  $ ip route add 172.16.7.0/24 via 10.9.0.2 metric 3 mtu 1400 window 5000 rtt 30
  $ ip route add 172.16.7.0/24 via 10.9.0.3 tos 0x10
  $ ip route add 172.16.8.0/24 nexthop via 10.9.0.2 nexthop via 10.9.0.3
  $ ip route add 172.16.9.0/24 via 10.9.0.2 table 90
  $ ip route add default via 10.9.0.254 advmss 1200
  $ ip route add 172.16.10.1 dev v0 scope link
  $ ip route add 0.0.0.0/1 dev v0
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  v0	00000000	00000000	0001	0	0	0	00000080	0	0	0                                                                                 
  v0	00000000	FE00090A	0003	0	0	0	00000000	1240	0	0                                                                              
  v0	0000090A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  *	000110AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000210AC	00000000	0201	0	0	4	00FFFFFF	0	0	0                                                                                  
  *	000310AC	00000000	0201	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000410AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  v0	000710AC	0300090A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	000710AC	0200090A	0003	0	0	3	00FFFFFF	0	5000	3                                                                              
  v0	000810AC	0200090A	0003	0	0	0	00FFFFFF	0	0	0                                                                                 
  v0	010A10AC	00000000	0005	0	0	0	FFFFFFFF	0	0	0                                                                                 
  $ cat /proc/net/fib_trie
  Id 90:
    |-- 172.16.9.0
       /24 universe UNICAST
  Main:
    +-- 0.0.0.0/0 3 0 4
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /1 link UNICAST
             /0 universe UNICAST
          +-- 10.9.0.0/24 2 0 2
             +-- 10.9.0.0/31 1 0 0
                |-- 10.9.0.0
                   /24 link UNICAST
                |-- 10.9.0.1
                   /32 host LOCAL
             |-- 10.9.0.255
                /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.16.0.0/20 4 0 7
          |-- 172.16.1.0
             /24 universe BLACKHOLE
          |-- 172.16.2.0
             /24 universe UNREACHABLE
          |-- 172.16.3.0
             /24 universe PROHIBIT
          |-- 172.16.4.0
             /24 universe THROW
          |-- 172.16.5.0
             /24 host LOCAL
          |-- 172.16.6.1
             /32 link BROADCAST
          |-- 172.16.7.0
             /24 universe UNICAST tos=16
             /24 universe UNICAST
          |-- 172.16.8.0
             /24 universe UNICAST
          |-- 172.16.10.1
             /32 link UNICAST
       |-- 239.1.0.0
          /16 link MULTICAST
  Local:
    +-- 0.0.0.0/0 3 0 4
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /1 link UNICAST
             /0 universe UNICAST
          +-- 10.9.0.0/24 2 0 2
             +-- 10.9.0.0/31 1 0 0
                |-- 10.9.0.0
                   /24 link UNICAST
                |-- 10.9.0.1
                   /32 host LOCAL
             |-- 10.9.0.255
                /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.16.0.0/20 4 0 7
          |-- 172.16.1.0
             /24 universe BLACKHOLE
          |-- 172.16.2.0
             /24 universe UNREACHABLE
          |-- 172.16.3.0
             /24 universe PROHIBIT
          |-- 172.16.4.0
             /24 universe THROW
          |-- 172.16.5.0
             /24 host LOCAL
          |-- 172.16.6.1
             /32 link BROADCAST
          |-- 172.16.7.0
             /24 universe UNICAST tos=16
             /24 universe UNICAST
          |-- 172.16.8.0
             /24 universe UNICAST
          |-- 172.16.10.1
             /32 link UNICAST
       |-- 239.1.0.0
          /16 link MULTICAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 90:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Main:
  	Aver depth:     2.35
  	Max depth:      4
  	Leaves:         17
  	Prefixes:       19
  	Internal nodes: 7
  	  1: 2  2: 3  3: 1  4: 1
  	Pointers: 40
  Null ptrs: 17
  Total size: 3  kB
  Local:
  	Aver depth:     2.35
  	Max depth:      4
  	Leaves:         17
  	Prefixes:       19
  	Internal nodes: 7
  	  1: 2  2: 3  3: 1  4: 1
  	Pointers: 40
  Null ptrs: 17
  Total size: 3  kB
  $ cat /proc/net/rt_cache
  Iface	Destination	Gateway 	Flags		RefCnt	Use	Metric	Source		MTU	Window	IRTT	TOS	HHRef	HHUptod	SpecDst                          
  $ head -1 /proc/net/stat/rt_cache
  entries  in_hit   in_slow_tot in_slow_mc in_no_route in_brd   in_martian_dst in_martian_src out_hit  out_slow_tot out_slow_mc gc_total gc_ignored gc_goal_miss gc_dst_overflow in_hlist_search out_hlist_search
  $ ip link set v0 down
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  *	000110AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000210AC	00000000	0201	0	0	4	00FFFFFF	0	0	0                                                                                  
  *	000310AC	00000000	0201	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000410AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  $ ip link set v0 up
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  v0	0000090A	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                 
  *	000110AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000210AC	00000000	0201	0	0	4	00FFFFFF	0	0	0                                                                                  
  *	000310AC	00000000	0201	0	0	0	00FFFFFF	0	0	0                                                                                  
  *	000410AC	00000000	0001	0	0	0	00FFFFFF	0	0	0                                                                                  
