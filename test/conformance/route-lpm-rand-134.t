Random longest-prefix-match scenario (seed 134): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip link set a1 group 5
  $ ip nexthop add id 1 via 192.168.1.254 dev a0; ip nexthop add id 2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 9 group 1,3/2,2
  $ ip route add nat 10.1.128.0/24 dev a1; echo $?; ip route add nat 10.1.128.0/25 dev a1; echo $?; ip route add 0.0.0.0/4 via 192.168.2.254 dev a1 tos 0x08 table 100 src 192.168.2.1; echo $?; ip route replace prohibit 10.0.0.0/8 metric 1024; echo $?
  Error: Invalid scope.
  2
  Error: Invalid scope.
  2
  0
  0
  $ ip route add nat 10.192.0.0/12 dev a0 tos 0x0c metric 1 table 200; echo $?; ip route add unreachable 10.200.0.0/16; echo $?; ip route add throw 10.192.0.0/12 metric 0 table 100; echo $?; ip route append 10.1.128.0/30 via 192.168.1.7 dev a0 onlink metric 1; echo $?
  Error: Invalid scope.
  2
  RTNETLINK answers: File exists
  2
  0
  0
  $ ip route add 192.168.1.0/32 via 192.168.1.254; echo $?; ip route add throw 10.1.128.0/25; echo $?; ip route add 192.168.1.0/24 via 10.200.3.4; echo $?; ip route append 10.128.0.128/32 via 10.200.3.4 table 100 src 192.168.2.1; echo $?
  0
  0
  RTNETLINK answers: File exists
  2
  0
  $ ip route add 10.128.0.128/31 dev a0 tos 0x04 table 200; echo $?; ip route add local 0.0.0.0/0 dev a0 tos 0x0c metric 0; echo $?; ip route add nat 192.0.0.0/8 dev a1 tos 0x08 metric 1 table 100; echo $?; ip route add broadcast 10.200.1.0/32 dev a0; echo $?
  0
  0
  Error: Invalid scope.
  2
  0
  $ ip route add local 128.0.0.0/1 dev a1; echo $?; ip route add 10.0.0.0/8 via 192.168.2.254 dev a1; echo $?; ip route add 10.200.1.0/32 via 192.168.2.254 dev a1 table 200 src 192.168.2.1; echo $?; ip route add local 192.0.0.0/8 dev a0 metric 5; echo $?
  0
  0
  0
  0
  $ ip route add nat 10.200.0.0/16 dev a1; echo $?
  Error: Invalid scope.
  2
  $ ip rule add from 10.1.128.0/24 table main prio 300; echo $?; ip rule add not from 192.0.0.0/8 table 200 prio 100; echo $?
  0
  0
  $ ip rule show
  0:	from all lookup local
  100:	not from 192.0.0.0/8 lookup 200
  300:	from 10.1.128.0/24 lookup main
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  0.0.0.0/4 tos 0x08 via 192.168.2.254 dev a1 table 100 src 192.168.2.1 
  10.128.0.128 via 10.200.3.4 dev a1 table 100 src 192.168.2.1 
  throw 10.192.0.0/12 table 100 
  10.128.0.128/31 tos 0x04 dev a0 table 200 scope link 
  10.200.1.0 via 192.168.2.254 dev a1 table 200 src 192.168.2.1 
  10.0.0.0/8 via 192.168.2.254 dev a1 
  prohibit 10.0.0.0/8 metric 1024 
  10.1.128.0/30 via 192.168.1.7 dev a0 metric 1 onlink 
  throw 10.1.128.0/25 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  192.168.1.0 via 192.168.1.254 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local default tos 0x0c dev a0 table local scope host 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.1.0 dev a0 table local scope link 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 128.0.0.0/1 dev a1 table local scope host 
  local 192.0.0.0/8 dev a0 table local scope host metric 5 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '10.1.128.0 from 192.168.2.1' '10.1.128.1 fibmatch' '10.200.3.4 tos 0x04' '10.0.0.128 from 192.168.2.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.128.0 from 192.168.2.1
  10.1.128.0 from 192.168.2.1 via 192.168.1.7 dev a0 uid 0 
      cache 
  # 10.1.128.1 fibmatch
  10.1.128.0/30 via 192.168.1.7 dev a0 metric 1 onlink 
  # 10.200.3.4 tos 0x04
  10.200.3.4 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.0.0.128 from 192.168.2.1
  10.0.0.128 from 192.168.2.1 via 192.168.2.254 dev a1 uid 0 
      cache 
  $ for q in '192.168.97.53 connected' '192.168.31.59 tos 0x10 fibmatch' '192.168.1.1 from 192.168.2.1' '192.239.39.119 connected'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.97.53 connected
  local 192.168.97.53 dev lo table local src 192.168.97.53 uid 0 
      cache <local> 
  local 192.168.97.53 dev lo table local src 192.168.97.53 uid 0 
      cache <local> 
  # 192.168.31.59 tos 0x10 fibmatch
  local 192.0.0.0/8 dev a0 table local scope host metric 5 
  # 192.168.1.1 from 192.168.2.1
  local 192.168.1.1 from 192.168.2.1 dev lo table local uid 0 
      cache <local> 
  # 192.239.39.119 connected
  local 192.239.39.119 dev lo table local src 192.239.39.119 uid 0 
      cache <local> 
  local 192.239.39.119 dev lo table local src 192.239.39.119 uid 0 
      cache <local> 
  $ for q in '10.2.213.39 tos 0x08' '192.168.1.9 from 192.168.1.1 oif a1' '10.128.0.99 mark 3 fibmatch' '10.200.1.0 from 192.168.2.9 iif b1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.2.213.39 tos 0x08
  10.2.213.39 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 192.168.1.9 from 192.168.1.1 oif a1
  local 192.168.1.9 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  # 10.128.0.99 mark 3 fibmatch
  10.0.0.0/8 via 192.168.2.254 dev a1 
  # 10.200.1.0 from 192.168.2.9 iif b1
  RTNETLINK answers: Invalid argument
  [2]
  $ for q in '192.252.183.142 mark 3 fibmatch' '10.128.0.128 dsfield 0x10' '192.168.1.12' '10.180.49.7 mark 0x12'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.252.183.142 mark 3 fibmatch
  local 192.0.0.0/8 dev a0 table local scope host metric 5 
  # 10.128.0.128 dsfield 0x10
  10.128.0.128 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 192.168.1.12
  local 192.168.1.12 dev lo table local src 192.168.1.12 uid 0 
      cache <local> 
  # 10.180.49.7 mark 0x12
  10.180.49.7 via 192.168.2.254 dev a1 src 192.168.2.1 mark 0x12 uid 0 
      cache 
  $ for q in '10.200.1.0 uid 1000' '8.8.8.8 oif a0' '10.3.128.1 from 192.168.1.5 iif b0' '192.168.2.255 ipproto udp dport 53'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.1.0 uid 1000
  broadcast 10.200.1.0 dev a0 table local src 192.168.1.1 uid 1000 
      cache <local,brd> 
  # 8.8.8.8 oif a0
  8.8.8.8 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.3.128.1 from 192.168.1.5 iif b0
  RTNETLINK answers: Invalid argument
  # 192.168.2.255 ipproto udp dport 53
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  $ for q in '192.251.114.11 uid 1000' '10.1.128.141 from 192.168.2.9 iif b1' '10.1.128.1 mark 0x12' '10.128.0.184 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.251.114.11 uid 1000
  local 192.251.114.11 dev lo table local src 192.251.114.11 uid 1000 
      cache <local> 
  # 10.1.128.141 from 192.168.2.9 iif b1
  RTNETLINK answers: Invalid argument
  # 10.1.128.1 mark 0x12
  10.1.128.1 via 192.168.1.7 dev a0 src 192.168.1.1 mark 0x12 uid 0 
      cache 
  # 10.128.0.184 fibmatch
  10.0.0.0/8 via 192.168.2.254 dev a1 
  $ for q in '10.128.0.129 from 192.168.1.1 oif a1' '10.200.1.23 oif a0' '10.1.128.91' '10.200.1.0 mark 0x12'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.128.0.129 from 192.168.1.1 oif a1
  10.128.0.129 from 192.168.1.1 via 192.168.2.254 dev a1 uid 0 
      cache 
  # 10.200.1.23 oif a0
  10.200.1.23 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.1.128.91
  RTNETLINK answers: Network is unreachable
  # 10.200.1.0 mark 0x12
  broadcast 10.200.1.0 dev a0 table local src 192.168.1.1 mark 0x12 uid 0 
      cache <local,brd> 
  $ ip route del nat 192.0.0.0/8 dev a1 tos 0x08 metric 1 table 100; echo $?; ip route del local 0.0.0.0/0 dev a0 tos 0x0c metric 0; echo $?; ip route del throw 10.192.0.0/12 metric 0 table 100; echo $?; ip route del nat 10.1.128.0/25 dev a1; echo $?
  RTNETLINK answers: No such process
  2
  0
  0
  RTNETLINK answers: No such process
  2
  $ ip route get 192.168.1.1 connected 2>&1
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  local 192.168.1.1 dev lo table local src 192.168.1.1 uid 0 
      cache <local> 
  $ ip route get 192.168.1.12 mark 0x12 2>&1
  local 192.168.1.12 dev lo table local src 192.168.1.12 mark 0x12 uid 0 
      cache <local> 
  $ ip route get 10.3.128.1 from 192.168.2.9 iif b1 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip route get 10.1.128.1 oif a0 2>&1
  10.1.128.1 via 192.168.1.7 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip link set b1 down; sleep 1.5
  $ ip -4 route show table all | grep -v 'table local'
  0.0.0.0/4 tos 0x08 via 192.168.2.254 dev a1 table 100 src 192.168.2.1 linkdown 
  10.128.0.128 via 10.200.3.4 dev a1 table 100 src 192.168.2.1 linkdown 
  10.128.0.128/31 tos 0x04 dev a0 table 200 scope link 
  10.200.1.0 via 192.168.2.254 dev a1 table 200 src 192.168.2.1 linkdown 
  10.0.0.0/8 via 192.168.2.254 dev a1 linkdown 
  prohibit 10.0.0.0/8 metric 1024 
  10.1.128.0/30 via 192.168.1.7 dev a0 metric 1 onlink 
  throw 10.1.128.0/25 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 linkdown 
  192.168.1.0 via 192.168.1.254 dev a0 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 linkdown 
  $ ip route get 10.1.128.91 mark 0x12 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.0.0.128 dsfield 0x10 2>&1
  10.0.0.128 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
  $ ip route get 10.128.0.129 dsfield 0x10 2>&1
  10.128.0.129 via 192.168.2.254 dev a1 src 192.168.2.1 uid 0 
      cache 
  $ ip route get 192.168.1.9 mark 3 fibmatch 2>&1
  local 192.0.0.0/8 dev a0 table local scope host metric 5 
  $ ping -c 1 -W 1 10.200.1.0 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ping -c 1 -W 1 10.128.0.128 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  PING 10.128.0.128 (10.128.0.128) 56(84) bytes of data.
  
  1
  $ ip route show table all type local 2>&1 | grep -v :
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 128.0.0.0/1 dev a1 table local scope host 
  local 192.0.0.0/8 dev a0 table local scope host metric 5 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  $ ip route show table 200 exact 10.128.0.0/24 2>&1
