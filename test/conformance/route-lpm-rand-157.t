Random longest-prefix-match scenario (seed 157): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ ip link set a1 group 5
  $ ip nexthop add id 1 via 192.168.1.254 dev a0; ip nexthop add id 2 dev a1; ip nexthop add id 3 group 1/2; ip nexthop add id 4 blackhole; ip nexthop add id 9 group 1,3/2,2
  $ ip route add blackhole 11.168.0.0/30 table 100; echo $?; ip route add unreachable 10.0.0.0/8; echo $?; ip route replace unreachable 0.0.0.0/4 tos 0x04; echo $?; ip route add multicast 10.2.1.0/24 dev a0; echo $?
  0
  0
  0
  0
  $ ip route append multicast 10.2.0.0/20 dev a0; echo $?; ip route add unreachable 0.0.0.0/4; echo $?; ip route replace throw 10.2.0.0/16 metric 100; echo $?; ip route add broadcast 0.0.0.0/4 dev a0; echo $?
  0
  0
  0
  0
  $ ip route add unreachable 0.0.0.0/4; echo $?; ip route replace multicast 11.168.0.0/32 dev a1; echo $?; ip route add prohibit 10.0.0.0/16 tos 0x10; echo $?; ip route append local 10.1.0.1/32 dev a0 metric 1; echo $?
  RTNETLINK answers: File exists
  2
  0
  0
  0
  $ ip route add 10.1.0.0/25 via 192.168.1.7 dev a0 onlink metric 0; echo $?; ip route add multicast 11.160.0.0/12 dev a1; echo $?; ip route add blackhole 0.0.0.0/1; echo $?; ip route add broadcast 10.0.0.0/24 dev a0; echo $?
  0
  0
  0
  0
  $ ip route add blackhole 11.168.0.0/16; echo $?; ip route add broadcast 11.168.0.0/28 dev a1 metric 1024 table 100; echo $?; ip route add nat 11.168.0.0/24 dev a1 metric 1 table 100; echo $?; ip route replace 10.0.0.64/30 dev a1 metric 100; echo $?
  0
  0
  Error: Invalid scope.
  2
  0
  $ ip route add 11.168.0.0/25 via 192.168.1.254 metric 1024 table 100; echo $?
  0
  $ ip rule add from 192.0.0.0/8 table main suppress_prefixlength 0 prio 40; echo $?; ip rule add not tos 0x04 fwmark 0x10/0xf prohibit prio 200; echo $?; ip rule add from 192.168.0.0/16 to 11.168.0.0/16 iif a1 table main prio 32000; echo $?; ip rule add  prohibit prio 20; echo $?; ip rule add from 192.0.0.0/8 fwmark 0x2 table 100 suppress_prefixlength 8 prio 32000; echo $?; ip rule add to 11.168.0.0/24 tos 0x08 table 100 prio 32000; echo $?
  0
  0
  0
  0
  0
  0
  $ ip rule show
  0:	from all lookup local
  20:	from all prohibit
  40:	from 192.0.0.0/8 lookup main suppress_prefixlength 0
  200:	not from all tos 0x04 fwmark 0x10/0xf prohibit
  32000:	from 192.168.0.0/16 to 11.168.0.0/16 iif a1 lookup main
  32000:	from 192.0.0.0/8 fwmark 0x2 lookup 100 suppress_prefixlength 8
  32000:	from all to 11.168.0.0/24 tos 0x08 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  blackhole 11.168.0.0/30 table 100 
  broadcast 11.168.0.0/28 dev a1 table 100 scope link metric 1024 
  11.168.0.0/25 via 192.168.1.254 dev a0 table 100 metric 1024 
  unreachable 0.0.0.0/4 tos 0x04 
  unreachable 0.0.0.0/4 
  blackhole 0.0.0.0/1 
  prohibit 10.0.0.0/16 tos 0x10 
  unreachable 10.0.0.0/8 
  10.0.0.64/30 dev a1 scope link metric 100 
  10.1.0.0/25 via 192.168.1.7 dev a0 onlink 
  multicast 10.2.0.0/20 dev a0 scope link 
  throw 10.2.0.0/16 metric 100 
  multicast 10.2.1.0/24 dev a0 scope link 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  multicast 11.160.0.0/12 dev a1 scope link 
  multicast 11.168.0.0 dev a1 scope link 
  blackhole 11.168.0.0/16 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  broadcast 0.0.0.0/4 dev a0 table local scope link 
  broadcast 10.0.0.0/24 dev a0 table local scope link 
  local 10.1.0.1 dev a0 table local scope host metric 1 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '74.252.37.205 tos 0x0c' '33.21.50.51' '10.2.1.85' '61.125.78.82 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 74.252.37.205 tos 0x0c
  RTNETLINK answers: Permission denied
  # 33.21.50.51
  RTNETLINK answers: Permission denied
  # 10.2.1.85
  broadcast 10.2.1.85 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 61.125.78.82 ipproto tcp dport 1500
  RTNETLINK answers: Permission denied
  [2]
  $ for q in '52.40.54.238 mark 1' '10.0.0.64 tos 0x08' '11.39.66.54 ipproto tcp dport 1500' '9.168.0.68'; do echo "# $q"; ip route get $q 2>&1; done
  # 52.40.54.238 mark 1
  RTNETLINK answers: Permission denied
  # 10.0.0.64 tos 0x08
  broadcast 10.0.0.64 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 11.39.66.54 ipproto tcp dport 1500
  broadcast 11.39.66.54 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 9.168.0.68
  broadcast 9.168.0.68 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ for q in '10.200.3.4 mark 0x12' '11.168.115.35 tos 0x04' '10.2.90.76 from 192.168.2.1' '11.168.0.0 connected'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.3.4 mark 0x12
  broadcast 10.200.3.4 dev a0 table local src 192.168.1.1 mark 0x12 uid 0 
      cache <local,brd> 
  # 11.168.115.35 tos 0x04
  broadcast 11.168.115.35 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 10.2.90.76 from 192.168.2.1
  broadcast 10.2.90.76 from 192.168.2.1 dev a0 table local uid 0 
      cache <local,brd> 
  # 11.168.0.0 connected
  broadcast 11.168.0.0 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  broadcast 11.168.0.0 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ for q in '10.1.116.76 mark 3 fibmatch' '10.0.0.64 mark 3 fibmatch' '11.168.64.70 oif a1' '11.168.0.0'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.116.76 mark 3 fibmatch
  broadcast 0.0.0.0/4 dev a0 table local scope link 
  # 10.0.0.64 mark 3 fibmatch
  broadcast 10.0.0.0/24 dev a0 table local scope link 
  # 11.168.64.70 oif a1
  11.168.64.70 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 11.168.0.0
  broadcast 11.168.0.0 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ for q in '192.168.2.255' '8.8.8.8' '139.168.0.0 from 192.168.1.5 iif b0' '10.1.10.223 from 192.168.1.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.168.2.255
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  # 8.8.8.8
  broadcast 8.8.8.8 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 139.168.0.0 from 192.168.1.5 iif b0
  RTNETLINK answers: No route to host
  # 10.1.10.223 from 192.168.1.1
  broadcast 10.1.10.223 from 192.168.1.1 dev a0 table local uid 0 
      cache <local,brd> 
  $ for q in '10.2.119.144 from 192.168.2.9 iif b1' '10.2.111.67 from 192.168.2.1' '10.2.1.65 dsfield 0x10' '10.82.57.74 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.2.119.144 from 192.168.2.9 iif b1
  broadcast 10.2.119.144 from 192.168.2.9 dev lo table local 
      cache <local,brd> iif b1 
  # 10.2.111.67 from 192.168.2.1
  broadcast 10.2.111.67 from 192.168.2.1 dev a0 table local uid 0 
      cache <local,brd> 
  # 10.2.1.65 dsfield 0x10
  broadcast 10.2.1.65 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 10.82.57.74 fibmatch
  broadcast 0.0.0.0/4 dev a0 table local scope link 
  $ for q in '10.2.1.0 tos 0x10 fibmatch' '10.1.36.227 tos 0x0c' '192.168.1.9 fibmatch' '115.247.222.165'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.2.1.0 tos 0x10 fibmatch
  broadcast 0.0.0.0/4 dev a0 table local scope link 
  # 10.1.36.227 tos 0x0c
  broadcast 10.1.36.227 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  # 192.168.1.9 fibmatch
  RTNETLINK answers: Permission denied
  # 115.247.222.165
  RTNETLINK answers: Permission denied
  [2]
  $ ip route del multicast 10.2.1.0/24 dev a0; echo $?; ip route del multicast 11.160.0.0/12 dev a1; echo $?; ip route del multicast 11.168.0.0/32 dev a1; echo $?
  0
  0
  0
  $ ip route get 11.39.66.54 mark 1 2>&1
  broadcast 11.39.66.54 dev a0 table local src 192.168.1.1 mark 1 uid 0 
      cache <local,brd> 
  $ ip route get 10.2.1.65 oif a1 2>&1
  10.2.1.65 dev a1 src 192.168.2.1 uid 0 
      cache 
  $ ip route get 11.168.115.35 2>&1
  broadcast 11.168.115.35 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.2.90.76 ipproto tcp dport 1500 2>&1
  broadcast 10.2.90.76 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip link set a1 down; sleep 1.5
  $ ip -4 route show table all | grep -v 'table local'
  blackhole 11.168.0.0/30 table 100 
  11.168.0.0/25 via 192.168.1.254 dev a0 table 100 metric 1024 
  unreachable 0.0.0.0/4 tos 0x04 
  unreachable 0.0.0.0/4 
  blackhole 0.0.0.0/1 
  prohibit 10.0.0.0/16 tos 0x10 
  unreachable 10.0.0.0/8 
  10.1.0.0/25 via 192.168.1.7 dev a0 onlink 
  multicast 10.2.0.0/20 dev a0 scope link 
  throw 10.2.0.0/16 metric 100 
  blackhole 11.168.0.0/16 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 10.2.1.0 oif a0 2>&1
  broadcast 10.2.1.0 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 61.125.78.82 dsfield 0x10 2>&1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.0.0.64 2>&1
  broadcast 10.0.0.64 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 52.40.54.238 connected 2>&1
  RTNETLINK answers: Permission denied
  [2]
  $ ping -c 1 -W 1 10.2.1.0 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ping -c 1 -W 1 10.2.1.65 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ip route show match 0.0.0.0/0 2>&1
  $ ip route show table 200 exact 0.0.0.0/0 2>&1
  Error: ipv4: FIB table does not exist.
  Dump terminated
  [2]
  $ ip route flush table 200 2>&1; echo $?; ip -4 route show table all | grep -v 'table local'
  Error: ipv4: FIB table does not exist.
  Flush terminated
  2
  blackhole 11.168.0.0/30 table 100 
  11.168.0.0/25 via 192.168.1.254 dev a0 table 100 metric 1024 
  unreachable 0.0.0.0/4 tos 0x04 
  unreachable 0.0.0.0/4 
  blackhole 0.0.0.0/1 
  prohibit 10.0.0.0/16 tos 0x10 
  unreachable 10.0.0.0/8 
  10.1.0.0/25 via 192.168.1.7 dev a0 onlink 
  multicast 10.2.0.0/20 dev a0 scope link 
  throw 10.2.0.0/16 metric 100 
  blackhole 11.168.0.0/16 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  $ ip route get 74.252.37.205 2>&1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 33.21.50.51 2>&1
  RTNETLINK answers: Permission denied
  [2]
  $ ip route get 10.2.1.85 2>&1
  broadcast 10.2.1.85 dev a0 table local src 192.168.1.1 uid 0 
      cache <local,brd> 
  $ ip route get 61.125.78.82 2>&1
  RTNETLINK answers: Permission denied
  [2]
