Random longest-prefix-match scenario (seed 303): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip nexthop add id 1 via 192.168.1.254 dev a0; ip nexthop add id 2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 9 group 1,3/2,2
  $ ip route add 10.0.0.0/8 via 10.200.3.4 table 100; echo $?; ip route add blackhole 10.200.0.0/16 table 200; echo $?; ip route add nat 10.200.128.1/32 dev a1 metric 5; echo $?; ip route add multicast 10.200.2.128/25 dev a0; echo $?
  0
  0
  Error: Invalid scope.
  2
  0
  $ ip route add 10.0.0.0/12 via 192.168.1.7 dev a0 onlink tos 0x0c metric 1024 table 100; echo $?; ip route append 10.0.0.0/8 nhid 1 tos 0x08; echo $?; ip route add nat 10.200.0.0/16 dev a0 table 200; echo $?; ip route add throw 0.0.0.0/4 metric 100; echo $?
  0
  0
  Error: Invalid scope.
  2
  0
  $ ip route add multicast 0.0.0.0/1 dev a1 metric 5 table 100; echo $?; ip route add local 10.200.2.0/24 dev a0 table 200; echo $?; ip route add multicast 10.200.2.0/24 dev a0; echo $?; ip route add blackhole 0.0.0.0/1 tos 0x10 table 200; echo $?
  0
  0
  0
  0
  $ ip route add 0.0.0.0/0 dev a0; echo $?; ip route add blackhole 10.1.0.0/24 metric 5; echo $?; ip route add unreachable 172.16.0.0/20 table 200; echo $?; ip route add 10.200.2.252/30 dev a0 tos 0x08; echo $?
  0
  0
  0
  0
  $ ip route add blackhole 10.1.0.254/31 tos 0x0c; echo $?; ip route add 10.200.2.255/32 nexthop via 192.168.1.3 weight 2 nexthop via 192.168.2.7; echo $?
  0
  0
  $ ip rule add to 172.0.0.0/8 tos 0x08 prohibit prio 20; echo $?; ip rule add to 10.1.0.0/16 tos 0x10 fwmark 0x2 iif a1 table main suppress_prefixlength 0 prio 300; echo $?
  0
  0
  $ ip rule show
  0:	from all lookup local
  20:	from all to 172.0.0.0/8 tos 0x08 prohibit
  300:	from all to 10.1.0.0/16 tos 0x10 fwmark 0x2 iif a1 lookup main suppress_prefixlength 0
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  multicast 0.0.0.0/1 dev a1 table 100 scope link metric 5 
  10.0.0.0/12 tos 0x0c via 192.168.1.7 dev a0 table 100 metric 1024 onlink 
  10.0.0.0/8 via 10.200.3.4 dev a1 table 100 
  blackhole 0.0.0.0/1 tos 0x10 table 200 
  blackhole 10.200.0.0/16 table 200 
  local 10.200.2.0/24 dev a0 table 200 scope host 
  unreachable 172.16.0.0/20 table 200 
  throw 0.0.0.0/4 metric 100 
  default dev a0 scope link 
  10.0.0.0/8 nhid 1 tos 0x08 via 192.168.1.254 dev a0 
  blackhole 10.1.0.0/24 metric 5 
  blackhole 10.1.0.254/31 tos 0x0c 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  multicast 10.200.2.0/24 dev a0 scope link 
  multicast 10.200.2.128/25 dev a0 scope link 
  10.200.2.252/30 tos 0x08 dev a0 scope link 
  10.200.2.255 
  	nexthop via 192.168.1.3 dev a0 weight 2 
  	nexthop via 192.168.2.7 dev a1 weight 1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '172.16.3.0 tos 0x10 fibmatch' '192.168.2.255 from 192.168.2.1' '10.200.128.83 dsfield 0x10' '10.1.0.255 uid 1000'; do echo "# $q"; ip route get $q 2>&1; done
  # 172.16.3.0 tos 0x10 fibmatch
  default dev a0 scope link 
  # 192.168.2.255 from 192.168.2.1
  broadcast 192.168.2.255 from 192.168.2.1 dev a1 table local uid 0 
      cache <local,brd> 
  # 10.200.128.83 dsfield 0x10
  10.200.128.83 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.1.0.255 uid 1000
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '10.200.105.187 mark 1' '8.8.8.8 from 192.168.2.9 iif b1' '10.224.169.149 dsfield 0x10' '10.200.3.4 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.105.187 mark 1
  10.200.105.187 dev a1 src 10.200.0.1 mark 1 uid 0 
      cache 
  # 8.8.8.8 from 192.168.2.9 iif b1
  RTNETLINK answers: Network is unreachable
  # 10.224.169.149 dsfield 0x10
  RTNETLINK answers: Network is unreachable
  # 10.200.3.4 mark 3 fibmatch
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  $ for q in '10.200.128.91 connected' '192.168.1.9 mark 3 fibmatch' '172.16.3.0 from 192.168.1.1 oif a1' '10.1.70.99 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.128.91 connected
  10.200.128.91 dev a1 src 10.200.0.1 uid 0 
      cache 
  10.200.128.91 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 192.168.1.9 mark 3 fibmatch
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  # 172.16.3.0 from 192.168.1.1 oif a1
  172.16.3.0 from 192.168.1.1 dev a1 uid 0 
      cache 
  # 10.1.70.99 ipproto tcp dport 1500
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '172.16.2.3 ipproto udp dport 53' '10.1.237.16 tos 0x08' '10.200.225.244 tos 0x08' '10.175.40.154 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 172.16.2.3 ipproto udp dport 53
  172.16.2.3 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.1.237.16 tos 0x08
  10.1.237.16 tos 0x08 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.200.225.244 tos 0x08
  10.200.225.244 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.175.40.154 ipproto tcp dport 1500
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '10.1.68.8 mark 0x12' '10.200.128.77 ipproto tcp dport 1500' '10.1.0.167 ipproto udp dport 53' '10.200.2.164'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.68.8 mark 0x12
  RTNETLINK answers: Network is unreachable
  # 10.200.128.77 ipproto tcp dport 1500
  10.200.128.77 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.1.0.167 ipproto udp dport 53
  RTNETLINK answers: Invalid argument
  # 10.200.2.164
  multicast 10.200.2.164 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  $ for q in '74.200.180.130 uid 1000' '10.1.0.166 oif a1' '10.200.2.255 oif a1' '10.1.0.255 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 74.200.180.130 uid 1000
  74.200.180.130 dev a0 src 192.168.1.1 uid 1000 
      cache 
  # 10.1.0.166 oif a1
  10.1.0.166 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 10.200.2.255 oif a1
  10.200.2.255 via 192.168.2.7 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 10.1.0.255 mark 3 fibmatch
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '10.200.228.165 tos 0x04' '172.16.3.0 mark 3 fibmatch' '172.0.3.111 tos 0x0c' '172.16.3.133'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.228.165 tos 0x04
  10.200.228.165 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 172.16.3.0 mark 3 fibmatch
  default dev a0 scope link 
  # 172.0.3.111 tos 0x0c
  172.0.3.111 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 172.16.3.133
  172.16.3.133 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip link set b1 down; sleep 1.5
  $ ip -4 route show table all | grep -v 'table local'
  multicast 0.0.0.0/1 dev a1 table 100 scope link metric 5 linkdown 
  10.0.0.0/12 tos 0x0c via 192.168.1.7 dev a0 table 100 metric 1024 onlink 
  10.0.0.0/8 via 10.200.3.4 dev a1 table 100 linkdown 
  blackhole 0.0.0.0/1 tos 0x10 table 200 
  blackhole 10.200.0.0/16 table 200 
  local 10.200.2.0/24 dev a0 table 200 scope host 
  unreachable 172.16.0.0/20 table 200 
  throw 0.0.0.0/4 metric 100 
  default dev a0 scope link 
  10.0.0.0/8 nhid 1 tos 0x08 via 192.168.1.254 dev a0 
  blackhole 10.1.0.0/24 metric 5 
  blackhole 10.1.0.254/31 tos 0x0c 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 linkdown 
  multicast 10.200.2.0/24 dev a0 scope link 
  multicast 10.200.2.128/25 dev a0 scope link 
  10.200.2.252/30 tos 0x08 dev a0 scope link 
  10.200.2.255 
  	nexthop via 192.168.1.3 dev a0 weight 2 
  	nexthop via 192.168.2.7 dev a1 weight 1 linkdown 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 linkdown 
  $ ip route get 10.200.128.91 2>&1
  10.200.128.91 dev a1 src 10.200.0.1 uid 0 
      cache 
  $ ip route get 10.1.0.255 tos 0x10 fibmatch 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.0.167 tos 0x0c 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.200.225.244 ipproto tcp dport 1500 2>&1
  10.200.225.244 dev a1 src 10.200.0.1 uid 0 
      cache 
  $ ping -c 1 -W 1 172.16.3.0 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 172.16.3.0 (172.16.3.0) 56(84) bytes of data.
  
  1
  $ ip route show exact 0.0.0.0/0 2>&1
  default dev a0 scope link 
  $ ip route show table 100 exact 10.0.0.0/8 2>&1
  10.0.0.0/8 via 10.200.3.4 dev a1 linkdown 
  $ ip route flush table main 2>&1; echo $?; ip -4 route show table all | grep -v 'table local'
  Failed to send flush request: Invalid argument
  2
  multicast 0.0.0.0/1 dev a1 table 100 scope link metric 5 linkdown 
  10.0.0.0/12 tos 0x0c via 192.168.1.7 dev a0 table 100 metric 1024 onlink 
  10.0.0.0/8 via 10.200.3.4 dev a1 table 100 linkdown 
  blackhole 0.0.0.0/1 tos 0x10 table 200 
  blackhole 10.200.0.0/16 table 200 
  local 10.200.2.0/24 dev a0 table 200 scope host 
  unreachable 172.16.0.0/20 table 200 
  10.0.0.0/8 nhid 1 tos 0x08 via 192.168.1.254 dev a0 
  $ ip route get 172.16.3.0 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 192.168.2.255 2>&1
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.200.128.83 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.0.255 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ cat /proc/net/fib_trie
  Id 100:
    +-- 0.0.0.0/4 2 0 2
       |-- 0.0.0.0
          /1 link MULTICAST
       |-- 10.0.0.0
          /12 universe UNICAST tos=12
          /8 universe UNICAST
  Id 200:
    +-- 0.0.0.0/0 2 0 2
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /1 universe BLACKHOLE tos=16
          +-- 10.200.0.0/22 2 0 2
             |-- 10.200.0.0
                /16 universe BLACKHOLE
             |-- 10.200.2.0
                /24 host LOCAL
       |-- 172.16.0.0
          /20 universe UNREACHABLE
  Main:
    |-- 10.0.0.0
       /8 universe UNICAST tos=8
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.200.0.0/16 2 0 2
          |-- 10.200.0.1
             /32 host LOCAL
          |-- 10.200.255.255
             /32 link BROADCAST
       +-- 127.0.0.0/8 2 0 2
          +-- 127.0.0.0/31 1 0 0
             |-- 127.0.0.0
                /8 host LOCAL
             |-- 127.0.0.1
                /32 host LOCAL
          |-- 127.255.255.255
             /32 link BROADCAST
       +-- 192.168.0.0/22 3 0 4
          |-- 192.168.1.1
             /32 host LOCAL
          |-- 192.168.1.255
             /32 link BROADCAST
          |-- 192.168.2.1
             /32 host LOCAL
          |-- 192.168.2.255
             /32 link BROADCAST
  $ cat /proc/net/fib_triestat
  Basic info: size of leaf: 48 bytes, size of tnode: 40 bytes.
  Id 100:
  	Aver depth:     1.00
  	Max depth:      1
  	Leaves:         2
  	Prefixes:       3
  	Internal nodes: 1
  	  2: 1
  	Pointers: 4
  Null ptrs: 2
  Total size: 1  kB
  Id 200:
  	Aver depth:     2.25
  	Max depth:      3
  	Leaves:         4
  	Prefixes:       4
  	Internal nodes: 3
  	  2: 3
  	Pointers: 12
  Null ptrs: 6
  Total size: 1  kB
  Main:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Local:
  	Aver depth:     2.22
  	Max depth:      3
  	Leaves:         9
  	Prefixes:       9
  	Internal nodes: 5
  	  1: 1  2: 2  3: 2
  	Pointers: 26
  Null ptrs: 13
  Total size: 2  kB
