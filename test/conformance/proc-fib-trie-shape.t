/proc/net/fib_trie and fib_triestat follow the kernel's LC-trie: tnodes inflate, halve and collapse as prefixes come and go; main and local share one trie until the first rule change splits them.
  $ ip link set lo up
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.9/24 dev a0
  $ ip addr add 192.168.7.1/30 dev b0
  $ cat /proc/net/fib_trie
  Main:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  $ for i in $(seq 0 15); do ip route add 172.20.$((i*16)).0/20 via 10.0.0.2; done
  $ cat /proc/net/fib_trie
  Main:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 16
          |-- 172.20.0.0
             /20 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.32.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.64.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.96.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.128.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.160.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.192.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.224.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  Local:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 16
          |-- 172.20.0.0
             /20 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.32.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.64.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.96.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.128.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.160.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.192.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.224.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Main:
  	Aver depth:     2.26
  	Max depth:      4
  	Leaves:         26
  	Prefixes:       26
  	Internal nodes: 8
  	  1: 2  2: 4  3: 1  5: 1
  	Pointers: 60
  Null ptrs: 27
  Total size: 4  kB
  Local:
  	Aver depth:     2.26
  	Max depth:      4
  	Leaves:         26
  	Prefixes:       26
  	Internal nodes: 8
  	  1: 2  2: 4  3: 1  5: 1
  	Pointers: 60
  Null ptrs: 27
  Total size: 4  kB
  $ for i in $(seq 0 2 15); do ip route del 172.20.$((i*16)).0/20; done
  $ cat /proc/net/fib_trie
  Main:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 24
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  Local:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/28 2 0 2
             +-- 10.0.0.0/31 1 0 0
                |-- 10.0.0.0
                   /24 link UNICAST
                |-- 10.0.0.1
                   /32 host LOCAL
             |-- 10.0.0.9
                /32 host LOCAL
          |-- 10.0.0.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 24
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.168.7.0/30 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Main:
  	Aver depth:     2.38
  	Max depth:      4
  	Leaves:         18
  	Prefixes:       18
  	Internal nodes: 8
  	  1: 2  2: 4  3: 1  5: 1
  	Pointers: 60
  Null ptrs: 35
  Total size: 3  kB
  Local:
  	Aver depth:     2.38
  	Max depth:      4
  	Leaves:         18
  	Prefixes:       18
  	Internal nodes: 8
  	  1: 2  2: 4  3: 1  5: 1
  	Pointers: 60
  Null ptrs: 35
  Total size: 3  kB
  $ ip route add 172.20.0.0/16 via 10.0.0.2
  $ ip route add 172.20.0.0/16 via 10.0.0.3 metric 5
  $ ip route add 172.20.0.0/24 via 10.0.0.3 tos 0x10
  $ ip route add blackhole 198.51.100.0/24
  $ ip route add unreachable 198.51.100.128/25
  $ ip route add prohibit 203.0.113.0/24
  $ ip route add local 10.5.5.5 dev a0
  $ ip route add throw 10.7.0.0/16 table 100
  $ ip route add 10.7.0.0/16 via 10.0.0.2 table 100
  RTNETLINK answers: File exists
  [2]
  $ ip route add 0.0.0.0/0 via 10.0.0.2 table 300
  $ cat /proc/net/fib_trie
  Id 300:
    |-- 0.0.0.0
       /0 universe UNICAST
  Id 100:
    |-- 10.7.0.0
       /16 universe THROW
  Main:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/13 2 0 2
          +-- 10.0.0.0/24 2 0 2
             +-- 10.0.0.0/28 2 0 2
                +-- 10.0.0.0/31 1 0 0
                   |-- 10.0.0.0
                      /24 link UNICAST
                   |-- 10.0.0.1
                      /32 host LOCAL
                |-- 10.0.0.9
                   /32 host LOCAL
             |-- 10.0.0.255
                /32 link BROADCAST
          |-- 10.5.5.5
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 23
          |-- 172.20.0.0
             /24 universe UNICAST tos=16
             /16 universe UNICAST
             /16 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.0.0.0/4 2 0 1
          +-- 192.168.7.0/30 2 0 1
             |-- 192.168.7.0
                /30 link UNICAST
             |-- 192.168.7.1
                /32 host LOCAL
             |-- 192.168.7.3
                /32 link BROADCAST
          +-- 198.51.100.0/24 2 0 2
             |-- 198.51.100.0
                /24 universe BLACKHOLE
             |-- 198.51.100.128
                /25 universe UNREACHABLE
          |-- 203.0.113.0
             /24 universe PROHIBIT
  Local:
    +-- 0.0.0.0/0 3 0 4
       +-- 10.0.0.0/13 2 0 2
          +-- 10.0.0.0/24 2 0 2
             +-- 10.0.0.0/28 2 0 2
                +-- 10.0.0.0/31 1 0 0
                   |-- 10.0.0.0
                      /24 link UNICAST
                   |-- 10.0.0.1
                      /32 host LOCAL
                |-- 10.0.0.9
                   /32 host LOCAL
             |-- 10.0.0.255
                /32 link BROADCAST
          |-- 10.5.5.5
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 172.20.0.0/16 5 0 23
          |-- 172.20.0.0
             /24 universe UNICAST tos=16
             /16 universe UNICAST
             /16 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.0.0.0/4 2 0 1
          +-- 192.168.7.0/30 2 0 1
             |-- 192.168.7.0
                /30 link UNICAST
             |-- 192.168.7.1
                /32 host LOCAL
             |-- 192.168.7.3
                /32 link BROADCAST
          +-- 198.51.100.0/24 2 0 2
             |-- 198.51.100.0
                /24 universe BLACKHOLE
             |-- 198.51.100.128
                /25 universe UNREACHABLE
          |-- 203.0.113.0
             /24 universe PROHIBIT
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 300:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Id 100:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Main:
  	Aver depth:     2.69
  	Max depth:      5
  	Leaves:         23
  	Prefixes:       25
  	Internal nodes: 11
  	  1: 2  2: 7  3: 1  5: 1
  	Pointers: 72
  Null ptrs: 39
  Total size: 4  kB
  Local:
  	Aver depth:     2.69
  	Max depth:      5
  	Leaves:         23
  	Prefixes:       25
  	Internal nodes: 11
  	  1: 2  2: 7  3: 1  5: 1
  	Pointers: 72
  Null ptrs: 39
  Total size: 4  kB
  $ ip rule add from 10.0.0.0/8 table 100
  $ cat /proc/net/fib_trie
  Id 300:
    |-- 0.0.0.0
       /0 universe UNICAST
  Id 100:
    |-- 10.7.0.0
       /16 universe THROW
  Main:
    +-- 0.0.0.0/0 3 0 5
       |-- 10.0.0.0
          /24 link UNICAST
       +-- 172.20.0.0/16 5 0 23
          |-- 172.20.0.0
             /24 universe UNICAST tos=16
             /16 universe UNICAST
             /16 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.0.0.0/4 2 0 1
          |-- 192.168.7.0
             /30 link UNICAST
          +-- 198.51.100.0/24 2 0 2
             |-- 198.51.100.0
                /24 universe BLACKHOLE
             |-- 198.51.100.128
                /25 universe UNREACHABLE
          |-- 203.0.113.0
             /24 universe PROHIBIT
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/13 2 0 2
          +-- 10.0.0.0/24 2 0 2
             +-- 10.0.0.0/28 2 0 2
                |-- 10.0.0.1
                   /32 host LOCAL
                |-- 10.0.0.9
                   /32 host LOCAL
             |-- 10.0.0.255
                /32 link BROADCAST
          |-- 10.5.5.5
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 192.168.7.0/30 2 0 2
          |-- 192.168.7.1
             /32 host LOCAL
          |-- 192.168.7.3
             /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 300:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Id 100:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Main:
  	Aver depth:     2.07
  	Max depth:      3
  	Leaves:         14
  	Prefixes:       16
  	Internal nodes: 4
  	  2: 2  3: 1  5: 1
  	Pointers: 48
  Null ptrs: 31
  Total size: 3  kB
  Local:
  	Aver depth:     2.77
  	Max depth:      4
  	Leaves:         9
  	Prefixes:       9
  	Internal nodes: 7
  	  1: 1  2: 5  3: 1
  	Pointers: 30
  Null ptrs: 15
  Total size: 2  kB
  $ ip addr del 10.0.0.9/24 dev a0
  $ ip link set b0 down
  $ cat /proc/net/fib_trie
  Id 300:
    |-- 0.0.0.0
       /0 universe UNICAST
  Id 100:
    |-- 10.7.0.0
       /16 universe THROW
  Main:
    +-- 0.0.0.0/0 3 0 5
       |-- 10.0.0.0
          /24 link UNICAST
       +-- 172.20.0.0/16 5 0 23
          |-- 172.20.0.0
             /24 universe UNICAST tos=16
             /16 universe UNICAST
             /16 universe UNICAST
          |-- 172.20.16.0
             /20 universe UNICAST
          |-- 172.20.48.0
             /20 universe UNICAST
          |-- 172.20.80.0
             /20 universe UNICAST
          |-- 172.20.112.0
             /20 universe UNICAST
          |-- 172.20.144.0
             /20 universe UNICAST
          |-- 172.20.176.0
             /20 universe UNICAST
          |-- 172.20.208.0
             /20 universe UNICAST
          |-- 172.20.240.0
             /20 universe UNICAST
       +-- 192.0.0.0/4 2 0 2
          +-- 198.51.100.0/24 2 0 2
             |-- 198.51.100.0
                /24 universe BLACKHOLE
             |-- 198.51.100.128
                /25 universe UNREACHABLE
          |-- 203.0.113.0
             /24 universe PROHIBIT
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/13 2 0 2
          +-- 10.0.0.0/24 2 0 2
             |-- 10.0.0.1
                /32 host LOCAL
             |-- 10.0.0.255
                /32 link BROADCAST
          |-- 10.5.5.5
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       |-- 192.168.7.1
          /32 host LOCAL
  $ ip route flush table main
  $ cat /proc/net/fib_trie
  Id 300:
    |-- 0.0.0.0
       /0 universe UNICAST
  Id 100:
    |-- 10.7.0.0
       /16 universe THROW
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/13 2 0 2
          +-- 10.0.0.0/24 2 0 2
             |-- 10.0.0.1
                /32 host LOCAL
             |-- 10.0.0.255
                /32 link BROADCAST
          |-- 10.5.5.5
             /32 host LOCAL
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       |-- 192.168.7.1
          /32 host LOCAL
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 300:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Id 100:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
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
  	Aver depth:     2.42
  	Max depth:      3
  	Leaves:         7
  	Prefixes:       7
  	Internal nodes: 5
  	  1: 1  2: 3  3: 1
  	Pointers: 22
  Null ptrs: 11
  Total size: 2  kB
