The fib trie of a table with sixty prefixes: /proc/net/fib_trie (its tnodes, bits and leaves) and /proc/net/fib_triestat counters, before and after deleting half.
  $ ip link add a0 type veth peer name b0
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ sysctl -qw net.ipv4.fib_multipath_hash_policy=0
  $ ip route add 10.15.136.0/28 via 10.0.0.2 table 77 &&
  > ip route add 10.18.139.32/28 via 10.0.0.2 table 77 &&
  > ip route add 10.37.72.0/22 via 10.0.0.2 table 77 &&
  > ip route add 10.93.157.201/32 via 10.0.0.2 table 77 &&
  > ip route add 10.116.0.0/16 via 10.0.0.2 table 77 &&
  > ip route add 10.126.98.128/26 via 10.0.0.2 table 77 &&
  > ip route add 10.128.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 10.142.128.0/20 via 10.0.0.2 table 77 &&
  > ip route add 10.144.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 10.147.176.0/20 via 10.0.0.2 table 77 &&
  > ip route add 10.195.186.224/28 via 10.0.0.2 table 77 &&
  > ip route add 10.232.226.64/26 via 10.0.0.2 table 77 &&
  > ip route add 10.241.214.158/32 via 10.0.0.2 table 77 &&
  > ip route add 10.242.140.16/32 via 10.0.0.2 table 77 &&
  > ip route add 20.0.0.0/8 via 10.0.0.2 table 77 &&
  > ip route add 20.3.16.0/20 via 10.0.0.2 table 77 &&
  > ip route add 20.9.153.0/25 via 10.0.0.2 table 77 &&
  > ip route add 20.16.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 20.20.244.115/32 via 10.0.0.2 table 77 &&
  > ip route add 20.26.97.219/32 via 10.0.0.2 table 77 &&
  > ip route add 20.32.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 20.38.162.0/24 via 10.0.0.2 table 77 &&
  > ip route add 20.67.67.0/24 via 10.0.0.2 table 77 &&
  > ip route add 20.74.35.213/32 via 10.0.0.2 table 77 &&
  > ip route add 20.95.85.64/26 via 10.0.0.2 table 77 &&
  > ip route add 20.101.19.0/24 via 10.0.0.2 table 77 &&
  > ip route add 20.138.106.0/24 via 10.0.0.2 table 77 &&
  > ip route add 20.178.240.0/20 via 10.0.0.2 table 77 &&
  > ip route add 20.189.4.0/22 via 10.0.0.2 table 77 &&
  > ip route add 20.193.211.0/24 via 10.0.0.2 table 77 &&
  > ip route add 20.238.234.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.5.198.160/28 via 10.0.0.2 table 77 &&
  > ip route add 172.43.5.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.76.189.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.87.18.0/25 via 10.0.0.2 table 77 &&
  > ip route add 172.128.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 172.134.115.64/26 via 10.0.0.2 table 77 &&
  > ip route add 172.152.40.156/30 via 10.0.0.2 table 77 &&
  > ip route add 172.155.228.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.156.28.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.165.170.60/30 via 10.0.0.2 table 77 &&
  > ip route add 172.174.198.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.180.214.0/25 via 10.0.0.2 table 77 &&
  > ip route add 172.186.188.0/24 via 10.0.0.2 table 77 &&
  > ip route add 172.226.37.0/25 via 10.0.0.2 table 77 &&
  > ip route add 172.243.254.0/26 via 10.0.0.2 table 77 &&
  > ip route add 192.10.9.0/24 via 10.0.0.2 table 77 &&
  > ip route add 192.12.177.192/26 via 10.0.0.2 table 77 &&
  > ip route add 192.15.33.128/25 via 10.0.0.2 table 77 &&
  > ip route add 192.17.154.0/24 via 10.0.0.2 table 77 &&
  > ip route add 192.20.160.249/32 via 10.0.0.2 table 77 &&
  > ip route add 192.72.219.64/26 via 10.0.0.2 table 77 &&
  > ip route add 192.96.0.0/12 via 10.0.0.2 table 77 &&
  > ip route add 192.100.16.0/20 via 10.0.0.2 table 77 &&
  > ip route add 192.102.0.0/16 via 10.0.0.2 table 77 &&
  > ip route add 192.149.231.0/24 via 10.0.0.2 table 77 &&
  > ip route add 192.178.112.0/22 via 10.0.0.2 table 77 &&
  > ip route add 192.198.248.112/28 via 10.0.0.2 table 77 &&
  > ip route add 192.221.0.0/16 via 10.0.0.2 table 77 &&
  > ip route add 192.227.21.16/30 via 10.0.0.2 table 77 &&
  > true
  $ ip route show table 77 | wc -l
  60
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 77:
  	Aver depth:     3.16
  	Max depth:      5
  	Leaves:         60
  	Prefixes:       60
  	Internal nodes: 23
  	  2: 18  3: 1  4: 3  5: 1
  	Pointers: 160
  Null ptrs: 78
  Total size: 9  kB
  Main:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
  Local:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
  $ cat /proc/net/fib_trie
  Id 77:
    +-- 0.0.0.0/0 3 1 5
       +-- 0.0.0.0/3 2 0 2
          +-- 10.0.0.0/8 5 0 20
             |-- 10.15.136.0
                /28 universe UNICAST
             |-- 10.18.139.32
                /28 universe UNICAST
             |-- 10.37.72.0
                /22 universe UNICAST
             |-- 10.93.157.201
                /32 universe UNICAST
             |-- 10.116.0.0
                /16 universe UNICAST
             |-- 10.126.98.128
                /26 universe UNICAST
             |-- 10.128.0.0
                /12 universe UNICAST
             |-- 10.142.128.0
                /20 universe UNICAST
             +-- 10.144.0.0/14 2 0 2
                |-- 10.144.0.0
                   /12 universe UNICAST
                |-- 10.147.176.0
                   /20 universe UNICAST
             |-- 10.195.186.224
                /28 universe UNICAST
             |-- 10.232.226.64
                /26 universe UNICAST
             +-- 10.240.0.0/14 2 0 2
                |-- 10.241.214.158
                   /32 universe UNICAST
                |-- 10.242.140.16
                   /32 universe UNICAST
          +-- 20.0.0.0/8 4 5 6
             +-- 20.0.0.0/12 2 1 2
                +-- 20.0.0.0/14 2 0 2
                   |-- 20.0.0.0
                      /8 universe UNICAST
                   |-- 20.3.16.0
                      /20 universe UNICAST
                |-- 20.9.153.0
                   /25 universe UNICAST
             +-- 20.16.0.0/12 2 0 1
                |-- 20.16.0.0
                   /12 universe UNICAST
                |-- 20.20.244.115
                   /32 universe UNICAST
                |-- 20.26.97.219
                   /32 universe UNICAST
             +-- 20.32.0.0/12 2 0 2
                |-- 20.32.0.0
                   /12 universe UNICAST
                |-- 20.38.162.0
                   /24 universe UNICAST
             +-- 20.64.0.0/12 2 0 2
                |-- 20.67.67.0
                   /24 universe UNICAST
                |-- 20.74.35.213
                   /32 universe UNICAST
             |-- 20.95.85.64
                /26 universe UNICAST
             |-- 20.101.19.0
                /24 universe UNICAST
             |-- 20.138.106.0
                /24 universe UNICAST
             +-- 20.176.0.0/12 2 0 2
                |-- 20.178.240.0
                   /20 universe UNICAST
                |-- 20.189.4.0
                   /22 universe UNICAST
             |-- 20.193.211.0
                /24 universe UNICAST
             |-- 20.238.234.0
                /24 universe UNICAST
       +-- 172.0.0.0/8 4 4 6
          |-- 172.5.198.160
             /28 universe UNICAST
          |-- 172.43.5.0
             /24 universe UNICAST
          |-- 172.76.189.0
             /24 universe UNICAST
          |-- 172.87.18.0
             /25 universe UNICAST
          +-- 172.128.0.0/12 2 0 2
             |-- 172.128.0.0
                /12 universe UNICAST
             |-- 172.134.115.64
                /26 universe UNICAST
          +-- 172.144.0.0/12 2 1 2
             +-- 172.152.0.0/14 2 0 2
                |-- 172.152.40.156
                   /30 universe UNICAST
                |-- 172.155.228.0
                   /24 universe UNICAST
             |-- 172.156.28.0
                /24 universe UNICAST
          +-- 172.160.0.0/12 2 0 2
             |-- 172.165.170.60
                /30 universe UNICAST
             |-- 172.174.198.0
                /24 universe UNICAST
          +-- 172.176.0.0/12 2 0 2
             |-- 172.180.214.0
                /25 universe UNICAST
             |-- 172.186.188.0
                /24 universe UNICAST
          |-- 172.226.37.0
             /25 universe UNICAST
          |-- 172.243.254.0
             /26 universe UNICAST
       +-- 192.0.0.0/8 4 2 7
          +-- 192.0.0.0/12 2 1 2
             |-- 192.10.9.0
                /24 universe UNICAST
             +-- 192.12.0.0/14 2 0 2
                |-- 192.12.177.192
                   /26 universe UNICAST
                |-- 192.15.33.128
                   /25 universe UNICAST
          +-- 192.16.0.0/12 2 0 2
             |-- 192.17.154.0
                /24 universe UNICAST
             |-- 192.20.160.249
                /32 universe UNICAST
          |-- 192.72.219.64
             /26 universe UNICAST
          +-- 192.96.0.0/13 2 0 1
             |-- 192.96.0.0
                /12 universe UNICAST
             |-- 192.100.16.0
                /20 universe UNICAST
             |-- 192.102.0.0
                /16 universe UNICAST
          |-- 192.149.231.0
             /24 universe UNICAST
          |-- 192.178.112.0
             /22 universe UNICAST
          |-- 192.198.248.112
             /28 universe UNICAST
          |-- 192.221.0.0
             /16 universe UNICAST
          |-- 192.227.21.16
             /30 universe UNICAST
  Main:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
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
  Local:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
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
  $ ip route del 10.15.136.0/28 via 10.0.0.2 table 77 &&
  > ip route del 10.37.72.0/22 via 10.0.0.2 table 77 &&
  > ip route del 10.116.0.0/16 via 10.0.0.2 table 77 &&
  > ip route del 10.128.0.0/12 via 10.0.0.2 table 77 &&
  > ip route del 10.144.0.0/12 via 10.0.0.2 table 77 &&
  > ip route del 10.195.186.224/28 via 10.0.0.2 table 77 &&
  > ip route del 10.241.214.158/32 via 10.0.0.2 table 77 &&
  > ip route del 20.0.0.0/8 via 10.0.0.2 table 77 &&
  > ip route del 20.9.153.0/25 via 10.0.0.2 table 77 &&
  > ip route del 20.20.244.115/32 via 10.0.0.2 table 77 &&
  > ip route del 20.32.0.0/12 via 10.0.0.2 table 77 &&
  > ip route del 20.67.67.0/24 via 10.0.0.2 table 77 &&
  > ip route del 20.95.85.64/26 via 10.0.0.2 table 77 &&
  > ip route del 20.138.106.0/24 via 10.0.0.2 table 77 &&
  > ip route del 20.189.4.0/22 via 10.0.0.2 table 77 &&
  > ip route del 20.238.234.0/24 via 10.0.0.2 table 77 &&
  > ip route del 172.43.5.0/24 via 10.0.0.2 table 77 &&
  > ip route del 172.87.18.0/25 via 10.0.0.2 table 77 &&
  > ip route del 172.134.115.64/26 via 10.0.0.2 table 77 &&
  > ip route del 172.155.228.0/24 via 10.0.0.2 table 77 &&
  > ip route del 172.165.170.60/30 via 10.0.0.2 table 77 &&
  > ip route del 172.180.214.0/25 via 10.0.0.2 table 77 &&
  > ip route del 172.226.37.0/25 via 10.0.0.2 table 77 &&
  > ip route del 192.10.9.0/24 via 10.0.0.2 table 77 &&
  > ip route del 192.15.33.128/25 via 10.0.0.2 table 77 &&
  > ip route del 192.20.160.249/32 via 10.0.0.2 table 77 &&
  > ip route del 192.96.0.0/12 via 10.0.0.2 table 77 &&
  > ip route del 192.102.0.0/16 via 10.0.0.2 table 77 &&
  > ip route del 192.178.112.0/22 via 10.0.0.2 table 77 &&
  > ip route del 192.221.0.0/16 via 10.0.0.2 table 77 &&
  > true
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 77:
  	Aver depth:     2.63
  	Max depth:      4
  	Leaves:         30
  	Prefixes:       30
  	Internal nodes: 8
  	  2: 3  3: 1  4: 4
  	Pointers: 84
  Null ptrs: 47
  Total size: 5  kB
  Main:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
  Local:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
  $ cat /proc/net/fib_trie
  Id 77:
    +-- 0.0.0.0/0 3 1 5
       +-- 0.0.0.0/3 2 0 2
          +-- 10.0.0.0/8 4 0 9
             |-- 10.18.139.32
                /28 universe UNICAST
             |-- 10.93.157.201
                /32 universe UNICAST
             |-- 10.126.98.128
                /26 universe UNICAST
             |-- 10.142.128.0
                /20 universe UNICAST
             |-- 10.147.176.0
                /20 universe UNICAST
             |-- 10.232.226.64
                /26 universe UNICAST
             |-- 10.242.140.16
                /32 universe UNICAST
          +-- 20.0.0.0/8 4 1 9
             |-- 20.3.16.0
                /20 universe UNICAST
             +-- 20.16.0.0/12 2 0 2
                |-- 20.16.0.0
                   /12 universe UNICAST
                |-- 20.26.97.219
                   /32 universe UNICAST
             |-- 20.38.162.0
                /24 universe UNICAST
             |-- 20.74.35.213
                /32 universe UNICAST
             |-- 20.101.19.0
                /24 universe UNICAST
             |-- 20.178.240.0
                /20 universe UNICAST
             |-- 20.193.211.0
                /24 universe UNICAST
       +-- 172.0.0.0/8 4 1 9
          |-- 172.5.198.160
             /28 universe UNICAST
          |-- 172.76.189.0
             /24 universe UNICAST
          |-- 172.128.0.0
             /12 universe UNICAST
          +-- 172.144.0.0/12 2 0 2
             |-- 172.152.40.156
                /30 universe UNICAST
             |-- 172.156.28.0
                /24 universe UNICAST
          |-- 172.174.198.0
             /24 universe UNICAST
          |-- 172.186.188.0
             /24 universe UNICAST
          |-- 172.243.254.0
             /26 universe UNICAST
       +-- 192.0.0.0/8 4 0 9
          |-- 192.12.177.192
             /26 universe UNICAST
          |-- 192.17.154.0
             /24 universe UNICAST
          |-- 192.72.219.64
             /26 universe UNICAST
          |-- 192.100.16.0
             /20 universe UNICAST
          |-- 192.149.231.0
             /24 universe UNICAST
          |-- 192.198.248.112
             /28 universe UNICAST
          |-- 192.227.21.16
             /30 universe UNICAST
  Main:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
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
  Local:
    +-- 0.0.0.0/1 2 0 2
       +-- 10.0.0.0/24 2 0 2
          +-- 10.0.0.0/31 1 0 0
             |-- 10.0.0.0
                /24 link UNICAST
             |-- 10.0.0.1
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
  $ ip route flush table 77
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 77:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Main:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
  Local:
  	Aver depth:     2.66
  	Max depth:      3
  	Leaves:         6
  	Prefixes:       6
  	Internal nodes: 5
  	  1: 2  2: 3
  	Pointers: 16
  Null ptrs: 6
  Total size: 1  kB
