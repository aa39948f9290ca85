Random longest-prefix-match scenario (seed 400): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip link set a1 group 5
  $ ip route replace 10.0.0.0/16 nhid 3 table 200; echo $?; ip route add local 10.0.255.128/30 dev a0 metric 0 table 200; echo $?; ip route add prohibit 10.0.255.0/24 metric 1; echo $?; ip route add multicast 10.200.2.64/28 dev a0; echo $?
  Error: Nexthop id does not exist.
  2
  0
  0
  0
  $ ip route add 10.200.0.0/16 via 192.168.1.254 metric 0 src 192.168.2.1; echo $?; ip route add nat 172.0.0.0/8 dev a1 table 100; echo $?; ip route append local 10.200.2.64/31 dev a1 tos 0x10; echo $?; ip route add 10.0.255.128/28 dev a0 tos 0x10 scope link; echo $?
  RTNETLINK answers: File exists
  2
  Error: Invalid scope.
  2
  0
  0
  $ ip route replace throw 10.128.128.128/32 table 200; echo $?; ip route add broadcast 10.0.255.128/32 dev a1 table 200; echo $?; ip route add 10.200.2.64/32 dev a1; echo $?; ip route append multicast 0.0.0.0/4 dev a0 metric 1024; echo $?
  0
  0
  0
  0
  $ ip route add local 10.0.0.0/8 dev a1 tos 0x0c metric 5 table 200; echo $?; ip route append 10.192.0.0/12 via 192.168.1.7 dev a0 onlink metric 5 table 100; echo $?; ip route add nat 10.128.128.128/32 dev a0 metric 1; echo $?; ip route add 10.128.128.128/32 nhid 2 metric 0 table 200; echo $?
  0
  0
  Error: Invalid scope.
  2
  Error: Nexthop id does not exist.
  2
  $ ip route add local 10.200.2.64/31 dev a1; echo $?; ip route append nat 10.128.128.128/28 dev a1 table 100; echo $?; ip route add prohibit 10.0.255.128/31; echo $?; ip route add 172.0.3.4/30 nexthop via 192.168.1.7 weight 1 nexthop via 192.168.2.5; echo $?
  0
  Error: Invalid scope.
  2
  0
  0
  $ ip route add 10.0.0.0/8 nexthop via 192.168.1.7 weight 2 nexthop via 192.168.2.5 table 100; echo $?; ip route add local 10.0.0.0/8 dev a1 metric 5; echo $?
  Error: "nexthop" or end of line is expected instead of "table"
  255
  0
  $ ip rule add to 0.0.0.0/1 table 100 suppress_prefixlength 0 prio 30; echo $?; ip rule add fwmark 0x3 goto 32766 prio 32000; echo $?
  0
  0
  $ ip rule show
  0:	from all lookup local
  30:	from all to 0.0.0.0/1 lookup 100 suppress_prefixlength 0
  32000:	from all fwmark 0x3 goto 32766
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  10.192.0.0/12 via 192.168.1.7 dev a0 table 100 metric 5 onlink 
  local 10.0.0.0/8 tos 0x0c dev a1 table 200 scope host metric 5 
  broadcast 10.0.255.128 dev a1 table 200 scope link 
  local 10.0.255.128/30 dev a0 table 200 scope host 
  throw 10.128.128.128 table 200 
  multicast 0.0.0.0/4 dev a0 scope link metric 1024 
  prohibit 10.0.255.0/24 metric 1 
  prohibit 10.0.255.128/31 
  10.0.255.128/28 tos 0x10 dev a0 scope link 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  10.200.2.64 dev a1 scope link 
  multicast 10.200.2.64/28 dev a0 scope link 
  172.0.3.4/30 
  	nexthop via 192.168.1.7 dev a0 weight 1 
  	nexthop via 192.168.2.5 dev a1 weight 1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 10.0.0.0/8 dev a1 table local scope host metric 5 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  local 10.200.2.64/31 tos 0x10 dev a1 table local scope host 
  local 10.200.2.64/31 dev a1 table local scope host 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '11.128.128.128 mark 0x12' '172.0.145.33' '10.0.255.131 from 192.168.2.1' '172.0.69.86 from 192.168.1.5 iif b0'; do echo "# $q"; ip route get $q 2>&1; done
  # 11.128.128.128 mark 0x12
  multicast 11.128.128.128 dev a0 src 192.168.1.1 rt_offload_failed mark 0x12 uid 0 
      cache <mc> 
  # 172.0.145.33
  RTNETLINK answers: Network is unreachable
  # 10.0.255.131 from 192.168.2.1
  local 10.0.255.131 from 192.168.2.1 dev lo table local uid 0 
      cache <local> 
  # 172.0.69.86 from 192.168.1.5 iif b0
  RTNETLINK answers: Network is unreachable
  [2]
  $ for q in '10.67.127.149 from 192.168.1.1' '10.4.255.131 oif a1' '10.191.88.192 ipproto udp dport 53' '10.200.2.94 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.67.127.149 from 192.168.1.1
  local 10.67.127.149 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  # 10.4.255.131 oif a1
  local 10.4.255.131 dev lo table local src 10.4.255.131 uid 0 
      cache <local> 
  # 10.191.88.192 ipproto udp dport 53
  local 10.191.88.192 dev lo table local src 10.191.88.192 uid 0 
      cache <local> 
  # 10.200.2.94 ipproto tcp dport 1500
  local 10.200.2.94 dev lo table local src 10.200.2.94 uid 0 
      cache <local> 
  $ for q in '10.200.3.4 oif a0' '10.200.92.196 tos 0x08' '10.200.2.64 dsfield 0x10' '10.0.216.64 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.3.4 oif a0
  10.200.3.4 via 192.168.1.7 dev a0 table 100 src 192.168.1.1 uid 0 
      cache 
  # 10.200.92.196 tos 0x08
  local 10.200.92.196 dev lo table local src 10.200.92.196 uid 0 
      cache <local> 
  # 10.200.2.64 dsfield 0x10
  local 10.200.2.64 tos 0x10 dev lo table local src 10.200.2.64 uid 0 
      cache <local> 
  # 10.0.216.64 mark 3 fibmatch
  local 10.0.0.0/8 dev a1 table local scope host metric 5 
  $ for q in '10.245.110.46 tos 0x10' '172.0.19.21 from 192.168.2.1' '192.168.1.9 mark 3 fibmatch' '10.12.189.77 dsfield 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.245.110.46 tos 0x10
  local 10.245.110.46 dev lo table local src 10.245.110.46 uid 0 
      cache <local> 
  # 172.0.19.21 from 192.168.2.1
  RTNETLINK answers: Network is unreachable
  # 192.168.1.9 mark 3 fibmatch
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  # 10.12.189.77 dsfield 0x10
  local 10.12.189.77 dev lo table local src 10.12.189.77 uid 0 
      cache <local> 
  $ for q in '10.0.238.152' '10.200.2.230 from 192.168.1.1 oif a1' '10.157.98.174 from 192.168.2.1' '10.128.128.174 mark 1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.0.238.152
  local 10.0.238.152 dev lo table local src 10.0.238.152 uid 0 
      cache <local> 
  # 10.200.2.230 from 192.168.1.1 oif a1
  local 10.200.2.230 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  # 10.157.98.174 from 192.168.2.1
  local 10.157.98.174 from 192.168.2.1 dev lo table local uid 0 
      cache <local> 
  # 10.128.128.174 mark 1
  local 10.128.128.174 dev lo table local src 10.128.128.174 mark 1 uid 0 
      cache <local> 
  $ for q in '192.168.2.255 uid 1000' '15.48.71.235 oif a0' '10.20.112.145 tos 0x10' '10.0.255.128 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.2.255 uid 1000
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 uid 1000 
      cache <local,brd> 
  # 15.48.71.235 oif a0
  multicast 15.48.71.235 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.20.112.145 tos 0x10
  local 10.20.112.145 dev lo table local src 10.20.112.145 uid 0 
      cache <local> 
  # 10.0.255.128 ipproto tcp dport 1500
  local 10.0.255.128 dev lo table local src 10.0.255.128 uid 0 
      cache <local> 
  $ for q in '172.0.44.63 ipproto udp dport 53' '172.0.3.44' '8.8.8.8 connected' '10.200.2.64 from 192.168.1.5 iif b0'; do echo "# $q"; ip route get $q 2>&1; done
  # 172.0.44.63 ipproto udp dport 53
  RTNETLINK answers: Network is unreachable
  # 172.0.3.44
  RTNETLINK answers: Network is unreachable
  # 8.8.8.8 connected
  multicast 8.8.8.8 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  multicast 8.8.8.8 dev a0 src 192.168.1.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.200.2.64 from 192.168.1.5 iif b0
  local 10.200.2.64 from 192.168.1.5 dev lo table local 
      cache <local> iif b0 
  $ ip route del 10.192.0.0/12 via 192.168.1.7 dev a0 onlink metric 5 table 100; echo $?
  0
  $ ip route get 10.200.2.64 tos 0x0c 2>&1
  local 10.200.2.64 dev lo table local src 10.200.2.64 uid 0 
      cache <local> 
  $ ip route get 192.168.2.255 from 192.168.1.1 2>&1
  broadcast 192.168.2.255 from 192.168.1.1 dev a1 table local uid 0 
      cache <local,brd> 
  $ ip route get 10.12.189.77 2>&1
  local 10.12.189.77 dev lo table local src 10.12.189.77 uid 0 
      cache <local> 
  $ ip route get 10.200.2.230 2>&1
  local 10.200.2.230 dev lo table local src 10.200.2.230 uid 0 
      cache <local> 
  $ ping -c 1 -W 1 10.200.2.64 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 10.200.2.64 (10.200.2.64) 56(84) bytes of data.
  64 bytes from 10.200.2.64: icmp_seq=1 ttl=64 time=X
  0
  $ ip route show table all type local 2>&1 | grep -v :
  local 10.0.0.0/8 tos 0x0c dev a1 table 200 scope host metric 5 
  local 10.0.255.128/30 dev a0 table 200 scope host 
  local 10.0.0.0/8 dev a1 table local scope host metric 5 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  local 10.200.2.64/31 tos 0x10 dev a1 table local scope host 
  local 10.200.2.64/31 dev a1 table local scope host 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  $ cat /proc/net/fib_trie
  Id 200:
    +-- 10.0.0.0/8 2 0 2
       +-- 10.0.0.0/16 2 0 2
          |-- 10.0.0.0
             /8 host LOCAL tos=12
          |-- 10.0.255.128
             /32 link BROADCAST
             /30 host LOCAL
       |-- 10.128.128.128
          /32 universe THROW
  Main:
    +-- 0.0.0.0/0 3 0 5
       +-- 0.0.0.0/4 2 0 2
          |-- 0.0.0.0
             /4 link MULTICAST
          +-- 10.0.0.0/8 2 0 2
             +-- 10.0.255.0/24 2 0 2
                |-- 10.0.255.0
                   /24 universe PROHIBIT
                |-- 10.0.255.128
                   /31 universe PROHIBIT
                   /28 link UNICAST tos=16
             +-- 10.200.0.0/22 2 0 2
                |-- 10.200.0.0
                   /16 link UNICAST
                |-- 10.200.2.64
                   /32 link UNICAST
                   /28 link MULTICAST
       |-- 172.0.3.4
          /30 universe UNICAST
       +-- 192.168.0.0/22 3 0 6
          |-- 192.168.1.0
             /24 link UNICAST
          |-- 192.168.2.0
             /24 link UNICAST
  Local:
    +-- 0.0.0.0/0 3 0 5
       +-- 10.0.0.0/8 2 0 2
          |-- 10.0.0.0
             /8 host LOCAL
          +-- 10.200.0.0/16 2 0 2
             +-- 10.200.0.0/22 2 0 2
                |-- 10.200.0.1
                   /32 host LOCAL
                |-- 10.200.2.64
                   /31 host LOCAL tos=16
                   /31 host LOCAL
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
  	Leaves:         0
  	Prefixes:       0
  	Internal nodes: 0
  	
  	Pointers: 0
  Null ptrs: 0
  Total size: 0  kB
  Id 200:
  	Aver depth:     1.66
  	Max depth:      2
  	Leaves:         3
  	Prefixes:       4
  	Internal nodes: 2
  	  2: 2
  	Pointers: 8
  Null ptrs: 4
  Total size: 1  kB
  Main:
  	Aver depth:     2.87
  	Max depth:      4
  	Leaves:         8
  	Prefixes:       10
  	Internal nodes: 6
  	  2: 4  3: 2
  	Pointers: 32
  Null ptrs: 19
  Total size: 2  kB
  Local:
  	Aver depth:     2.63
  	Max depth:      4
  	Leaves:         11
  	Prefixes:       12
  	Internal nodes: 7
  	  1: 1  2: 4  3: 2
  	Pointers: 34
  Null ptrs: 17
  Total size: 2  kB
