Prefix lengths from /0 to /32 side by side in one table and how ip route get picks among them (/31 and /32 point-to-point addresses, /1 halves, a /0 with a metric), show root/match/exact selectors, /proc/net/route, a root flush, deleting the more specific routes and looking up again; tos routes for one prefix: the tos match wins over the plain route, tos bits outside the key do not match; /proc/net/fib_trie and fib_triestat after all of it.
  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.0/31 dev a0
  $ ip addr add 10.0.1.1/32 peer 10.0.1.2/32 dev a1
  $ ip route show table all
  10.0.0.0/31 dev a0 proto kernel scope link src 10.0.0.0 
  10.0.1.2 dev a1 proto kernel scope link src 10.0.1.1 
  local 10.0.0.0 dev a0 table local proto kernel scope host src 10.0.0.0 
  local 10.0.1.1 dev a1 table local proto kernel scope host src 10.0.1.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  fe80::/64 dev b1 proto kernel metric 256 pref medium
  fe80::/64 dev a1 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev b1 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a1 table local proto kernel metric 256 pref medium
  $ ip route get 10.0.0.1
  10.0.0.1 dev a0 src 10.0.0.0 uid 0 
      cache 
  $ ip route get 10.0.0.0
  local 10.0.0.0 dev lo src 10.0.0.0 uid 0 
      cache <local> 
  $ ip route get 10.0.1.2
  10.0.1.2 dev a1 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.1.3
  RTNETLINK answers: Network is unreachable
  [2]
  $ for p in 0 1 2 4 8 16 24 28 30 31 32; do ip route add 10.128.0.0/$p dev a0 table 50 2>&1 | sed "s/^/$p: /"; done
  0: Error: Invalid prefix for given prefix length.
  1: Error: Invalid prefix for given prefix length.
  2: Error: Invalid prefix for given prefix length.
  4: Error: Invalid prefix for given prefix length.
  8: Error: Invalid prefix for given prefix length.
  $ ip route add 0.0.0.0/1 dev a0 table 50
  $ ip route add 128.0.0.0/1 dev a1 table 50
  $ ip route add 0.0.0.0/0 dev a1 table 50 metric 5
  $ ip route show table 50
  0.0.0.0/1 dev a0 scope link 
  default dev a1 scope link metric 5 
  10.128.0.0 dev a0 scope link 
  10.128.0.0/31 dev a0 scope link 
  10.128.0.0/30 dev a0 scope link 
  10.128.0.0/28 dev a0 scope link 
  10.128.0.0/24 dev a0 scope link 
  10.128.0.0/16 dev a0 scope link 
  128.0.0.0/1 dev a1 scope link 
  $ for a in 10.128.0.0 10.128.0.1 10.128.0.2 10.128.0.3 10.128.0.4 10.128.0.255 10.128.255.1 10.200.0.1 11.0.0.1 127.0.0.2 200.0.0.1 255.255.255.254; do ip route get $a table 50 2>&1 | head -1; done
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  Error: inet prefix is expected rather than "table".
  $ ip route show table 50 root 10.128.0.0/24
  10.128.0.0 dev a0 scope link 
  10.128.0.0/31 dev a0 scope link 
  10.128.0.0/30 dev a0 scope link 
  10.128.0.0/28 dev a0 scope link 
  10.128.0.0/24 dev a0 scope link 
  $ ip route show table 50 match 10.128.0.3
  0.0.0.0/1 dev a0 scope link 
  default dev a1 scope link metric 5 
  10.128.0.0/30 dev a0 scope link 
  10.128.0.0/28 dev a0 scope link 
  10.128.0.0/24 dev a0 scope link 
  10.128.0.0/16 dev a0 scope link 
  $ ip route show table 50 exact 10.128.0.0/30
  10.128.0.0/30 dev a0 scope link 
  $ ip route show table 50 match 10.128.0.0/16
  0.0.0.0/1 dev a0 scope link 
  default dev a1 scope link metric 5 
  10.128.0.0/16 dev a0 scope link 
  $ ip route show table 50 root 0.0.0.0/1
  0.0.0.0/1 dev a0 scope link 
  10.128.0.0 dev a0 scope link 
  10.128.0.0/31 dev a0 scope link 
  10.128.0.0/30 dev a0 scope link 
  10.128.0.0/28 dev a0 scope link 
  10.128.0.0/24 dev a0 scope link 
  10.128.0.0/16 dev a0 scope link 
  $ ip route show table 50 exact 0/0
  default dev a1 scope link metric 5 
  $ ip route show table 50 match 0/0
  default dev a1 scope link metric 5 
  $ ip route show table 50 root 0/0 | wc -l
  9
  $ cat /proc/net/route
  Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT                                                       
  a0	0000000A	00000000	0001	0	0	0	FEFFFFFF	0	0	0                                                                                 
  a1	0201000A	00000000	0005	0	0	0	FFFFFFFF	0	0	0                                                                                 
  $ ip route flush table 50 root 10.128.0.0/28
  $ ip route show table 50
  0.0.0.0/1 dev a0 scope link 
  default dev a1 scope link metric 5 
  10.128.0.0/24 dev a0 scope link 
  10.128.0.0/16 dev a0 scope link 
  128.0.0.0/1 dev a1 scope link 
  $ ip route del 0.0.0.0/1 table 50
  $ ip route get 10.128.0.3 table 50
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route del 0/0 table 50
  $ ip route get 10.128.0.3 table 50
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 1.1.1.1 table 50
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route add 10.128.0.0/30 dev a0 table 50 tos 0x10
  $ ip route add 10.128.0.0/30 dev a1 table 50 tos 0x08
  $ ip route add 10.128.0.0/30 dev a1 table 50 tos 0x10 metric 3
  $ ip route show table 50 10.128.0.0/30
  10.128.0.0/30 tos 0x10 dev a0 scope link 
  10.128.0.0/30 tos 0x10 dev a1 scope link metric 3 
  10.128.0.0/30 tos 0x08 dev a1 scope link 
  $ ip route get 10.128.0.2 table 50 tos 0x10
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 10.128.0.2 table 50 tos 0x08
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 10.128.0.2 table 50 tos 0x04
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route get 10.128.0.2 table 50 tos 0x18
  Error: inet prefix is expected rather than "table".
  [1]
  $ ip route del 10.128.0.0/30 table 50 tos 0x10
  $ ip route show table 50 10.128.0.0/30
  10.128.0.0/30 tos 0x10 dev a1 scope link metric 3 
  10.128.0.0/30 tos 0x08 dev a1 scope link 
  $ ip route del 10.128.0.0/30 table 50
  RTNETLINK answers: No such process
  [2]
  $ ip route show table 50 10.128.0.0/30
  10.128.0.0/30 tos 0x10 dev a1 scope link metric 3 
  10.128.0.0/30 tos 0x08 dev a1 scope link 
  $ cat /proc/net/fib_trie
  Id 50:
    +-- 0.0.0.0/0 2 0 2
       |-- 10.128.0.0
          /30 link UNICAST tos=16
          /30 link UNICAST tos=8
          /24 link UNICAST
          /16 link UNICAST
       |-- 128.0.0.0
          /1 link UNICAST
  Main:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/23 2 0 2
          |-- 10.0.0.0
             /32 host LOCAL
             /31 link UNICAST
          +-- 10.0.1.0/30 2 0 2
             |-- 10.0.1.1
                /32 host LOCAL
             |-- 10.0.1.2
                /32 link UNICAST
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
       +-- 10.0.0.0/23 2 0 2
          |-- 10.0.0.0
             /32 host LOCAL
             /31 link UNICAST
          +-- 10.0.1.0/30 2 0 2
             |-- 10.0.1.1
                /32 host LOCAL
             |-- 10.0.1.2
                /32 link UNICAST
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
  Id 50:
  	Aver depth:     1.00
  	Max depth:      1
  	Leaves:         2
  	Prefixes:       5
  	Internal nodes: 1
  	  2: 1
  	Pointers: 4
  Null ptrs: 2
  Total size: 1  kB
  Main:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       7
  	Internal nodes: 5
  	  1: 1  2: 4
  	Pointers: 18
  Null ptrs: 8
  Total size: 1  kB
  Local:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       7
  	Internal nodes: 5
  	  1: 1  2: 4
  	Pointers: 18
  Null ptrs: 8
  Total size: 1  kB
