Random longest-prefix-match scenario (seed 310): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ ip link set a1 group 5
  $ ip nexthop add id 1 via 192.168.1.254 dev a0; ip nexthop add id 2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 9 group 1,3/2,2
  $ ip route add multicast 10.2.0.0/16 dev a1; echo $?; ip route append multicast 10.2.128.128/25 dev a1 metric 0; echo $?; ip route add nat 192.0.0.0/24 dev a1 metric 100 table 200; echo $?; ip route add throw 10.2.1.64/32 tos 0x04; echo $?
  0
  0
  Error: Invalid scope.
  2
  0
  $ ip route add throw 0.0.0.0/0; echo $?; ip route add unreachable 192.0.0.8/31 metric 5 table 200; echo $?; ip route add nat 10.2.1.0/24 dev a0; echo $?; ip route add unreachable 10.2.0.0/16; echo $?
  0
  0
  Error: Invalid scope.
  2
  RTNETLINK answers: File exists
  2
  $ ip route add 10.2.1.64/31 via 192.168.1.254 tos 0x18; echo $?; ip route add 0.0.0.0/1 dev a0 metric 5 table 100; echo $?; ip route append broadcast 10.2.1.64/30 dev a1 metric 0; echo $?; ip route replace 10.200.255.64/32 nexthop via 192.168.1.9 weight 3 nexthop via 192.168.2.4 tos 0x08; echo $?
  0
  0
  0
  Error: "nexthop" or end of line is expected instead of "tos"
  255
  $ ip rule add from 192.168.0.0/16 ipproto tcp dport 1000-2000 prohibit prio 10; echo $?; ip rule add from 10.0.0.0/8 to 10.2.0.0/16 blackhole prio 40; echo $?; ip rule add fwmark 0x3 table main suppress_prefixlength 0 prio 40; echo $?
  0
  0
  0
  $ ip rule show
  0:	from all lookup local
  10:	from 192.168.0.0/16 ipproto tcp dport 1000-2000 prohibit
  40:	from 10.0.0.0/8 to 10.2.0.0/16 blackhole
  40:	from all fwmark 0x3 lookup main suppress_prefixlength 0
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  0.0.0.0/1 dev a0 table 100 scope link metric 5 
  unreachable 192.0.0.8/31 table 200 metric 5 
  throw default 
  multicast 10.2.0.0/16 dev a1 scope link 
  throw 10.2.1.64 tos 0x04 
  10.2.1.64/31 tos 0x18 via 192.168.1.254 dev a0 
  multicast 10.2.128.128/25 dev a1 scope link 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  broadcast 10.2.1.64/30 dev a1 table local scope link 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '10.200.255.97 tos 0x0c' '10.2.134.8 from 192.168.2.9 iif b1' '10.2.128.129' '10.2.199.22 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.255.97 tos 0x0c
  10.200.255.97 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.2.134.8 from 192.168.2.9 iif b1
  RTNETLINK answers: No route to host
  # 10.2.128.129
  multicast 10.2.128.129 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.2.199.22 fibmatch
  multicast 10.2.0.0/16 dev a1 scope link 
  $ for q in '192.4.175.44 tos 0x0c' '10.199.141.6 uid 1000' '192.168.1.9 mark 1' '192.0.0.9 connected'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.4.175.44 tos 0x0c
  RTNETLINK answers: Network is unreachable
  # 10.199.141.6 uid 1000
  RTNETLINK answers: Network is unreachable
  # 192.168.1.9 mark 1
  192.168.1.9 dev a0 src 192.168.1.1 mark 1 uid 0 
      cache 
  # 192.0.0.9 connected
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '192.0.32.23 ipproto udp dport 53' '10.2.0.82 oif a0' '10.178.130.34 dsfield 0x10' '192.168.2.255 from 192.168.2.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.0.32.23 ipproto udp dport 53
  RTNETLINK answers: Network is unreachable
  # 10.2.0.82 oif a0
  10.2.0.82 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.178.130.34 dsfield 0x10
  RTNETLINK answers: Network is unreachable
  # 192.168.2.255 from 192.168.2.1
  broadcast 192.168.2.255 from 192.168.2.1 dev a1 table local uid 0 
      cache <local,brd> 
  $ for q in '192.118.196.83 tos 0x04' '10.72.255.111 tos 0x10' '10.200.3.4 from 192.168.1.1 oif a1' '10.240.50.57 mark 0x12'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.118.196.83 tos 0x04
  RTNETLINK answers: Network is unreachable
  # 10.72.255.111 tos 0x10
  RTNETLINK answers: Network is unreachable
  # 10.200.3.4 from 192.168.1.1 oif a1
  10.200.3.4 from 192.168.1.1 dev a1 uid 0 
      cache 
  # 10.240.50.57 mark 0x12
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '8.8.8.8 mark 0x12' '11.175.240.170 mark 1' '10.2.128.128 mark 0x12' '192.0.4.166'; do echo "# $q"; ip route get $q 2>&1; done
  # 8.8.8.8 mark 0x12
  RTNETLINK answers: Network is unreachable
  # 11.175.240.170 mark 1
  RTNETLINK answers: Network is unreachable
  # 10.2.128.128 mark 0x12
  multicast 10.2.128.128 dev a1 src 192.168.2.1 rt_offload_failed mark 0x12 uid 0 
      cache <mc> 
  # 192.0.4.166
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '192.0.86.24 tos 0x08' '10.2.128.128 tos 0x0c' '10.130.1.5 oif a1' '192.0.0.11 mark 1'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.0.86.24 tos 0x08
  RTNETLINK answers: Network is unreachable
  # 10.2.128.128 tos 0x0c
  multicast 10.2.128.128 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.130.1.5 oif a1
  10.130.1.5 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 192.0.0.11 mark 1
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '10.2.128.128 from 192.168.1.1' '10.125.210.160' '10.198.142.79 from 192.168.1.5 iif b0' '192.58.247.56'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.2.128.128 from 192.168.1.1
  multicast 10.2.128.128 from 192.168.1.1 dev a1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.125.210.160
  RTNETLINK answers: Network is unreachable
  # 10.198.142.79 from 192.168.1.5 iif b0
  RTNETLINK answers: No route to host
  # 192.58.247.56
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip link set b1 down; sleep 1.5
  $ ip -4 route show table all | grep -v 'table local'
  0.0.0.0/1 dev a0 table 100 scope link metric 5 
  unreachable 192.0.0.8/31 table 200 metric 5 
  throw default 
  multicast 10.2.0.0/16 dev a1 scope link linkdown 
  throw 10.2.1.64 tos 0x04 
  10.2.1.64/31 tos 0x18 via 192.168.1.254 dev a0 
  multicast 10.2.128.128/25 dev a1 scope link linkdown 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 linkdown 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 linkdown 
  $ ip route get 10.72.255.111 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 192.58.247.56 fibmatch 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 192.168.2.255 mark 0x12 2>&1
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 mark 0x12 uid 0 
      cache <local,brd> 
  $ ip route get 10.2.199.22 uid 1000 2>&1
  multicast 10.2.199.22 dev a1 src 192.168.2.1 rt_offload_failed uid 1000 
      cache <mc> 
  $ ping -c 1 -W 1 10.125.210.160 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 8.8.8.8 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 10.199.141.6 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ip route show table 200 match 10.0.0.0/8 2>&1
  $ cat /proc/net/fib_trie
  Id 100:
    |-- 0.0.0.0
       /1 link UNICAST
  Id 200:
    |-- 192.0.0.8
       /31 universe UNREACHABLE
  Main:
    +-- 0.0.0.0/0 3 0 6
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /0 universe THROW
          +-- 10.0.0.0/8 2 0 2
             +-- 10.2.0.0/16 2 0 2
                +-- 10.2.0.0/23 2 0 2
                   |-- 10.2.0.0
                      /16 link MULTICAST
                   |-- 10.2.1.64
                      /32 universe THROW tos=4
                      /31 universe UNICAST tos=24
                |-- 10.2.128.128
                   /25 link MULTICAST
             |-- 10.200.0.0
                /16 link UNICAST
       +-- 192.168.0.0/22 3 0 6
          |-- 192.168.1.0
             /24 link UNICAST
          |-- 192.168.2.0
             /24 link UNICAST
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/8 2 0 2
          |-- 10.2.1.64
             /30 link BROADCAST
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
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Id 200:
  	Aver depth:     0.00
  	Max depth:      0
  	Leaves:         1
  	Prefixes:       1
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 1  kB
  Main:
  	Aver depth:     3.28
  	Max depth:      5
  	Leaves:         7
  	Prefixes:       8
  	Internal nodes: 6
  	  2: 4  3: 2
  	Pointers: 32
  Null ptrs: 20
  Total size: 2  kB
  Local:
  	Aver depth:     2.40
  	Max depth:      3
  	Leaves:         10
  	Prefixes:       10
  	Internal nodes: 6
  	  1: 1  2: 3  3: 2
  	Pointers: 30
  Null ptrs: 15
  Total size: 2  kB
