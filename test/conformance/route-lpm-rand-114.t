Random longest-prefix-match scenario (seed 114): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip link set a1 group 5
  $ ip route add broadcast 11.168.1.0/28 dev a1; echo $?; ip route add throw 11.168.1.4/31; echo $?; ip route replace 10.0.0.0/8 dev a0; echo $?; ip route append unreachable 10.0.0.0/8 tos 0x0c metric 5; echo $?
  0
  0
  0
  0
  $ ip route replace 10.1.0.0/16 dev a0 tos 0x0c table 100; echo $?; ip route add 10.1.255.0/32 dev a1 metric 0 scope link; echo $?; ip route add 0.0.0.0/1 via 192.168.1.254; echo $?; ip route add throw 11.168.1.4/30; echo $?
  0
  0
  0
  0
  $ ip route add prohibit 10.0.0.0/12 tos 0x04 table 200; echo $?; ip route append unreachable 11.168.1.4/30; echo $?; ip route append local 0.0.0.0/0 dev a0 table 100; echo $?
  0
  0
  0
  $ ip rule add ipproto udp dport 1000-2000 table 100 prio 32000; echo $?; ip rule add to 10.200.2.255/32 ipproto udp dport 1000-2000 table 100 prio 20; echo $?
  0
  0
  $ ip rule show
  0:	from all lookup local
  20:	from all to 10.200.2.255 ipproto udp dport 1000-2000 lookup 100
  32000:	from all ipproto udp dport 1000-2000 lookup 100
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  local default dev a0 table 100 scope host 
  10.1.0.0/16 tos 0x0c dev a0 table 100 scope link 
  prohibit 10.0.0.0/12 tos 0x04 table 200 
  0.0.0.0/1 via 192.168.1.254 dev a0 
  unreachable 10.0.0.0/8 tos 0x0c metric 5 
  10.0.0.0/8 dev a0 scope link 
  10.1.255.0 dev a1 scope link 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  throw 11.168.1.4/31 
  throw 11.168.1.4/30 
  unreachable 11.168.1.4/30 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  broadcast 11.168.1.0/28 dev a1 table local scope link 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '10.76.126.38 oif a0' '192.168.1.9 tos 0x04' '11.168.10.219 tos 0x10 fibmatch' '11.176.53.1 from 192.168.2.1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.76.126.38 oif a0
  10.76.126.38 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 192.168.1.9 tos 0x04
  192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 11.168.10.219 tos 0x10 fibmatch
  0.0.0.0/1 via 192.168.1.254 dev a0 
  # 11.176.53.1 from 192.168.2.1
  11.176.53.1 from 192.168.2.1 via 192.168.1.254 dev a0 uid 0 
      cache 
  $ for q in '10.1.255.0 mark 3 fibmatch' '8.8.8.8 mark 3 fibmatch' '10.1.255.2 uid 1000' '192.168.2.255 from 192.168.1.1 oif a1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.255.0 mark 3 fibmatch
  10.1.255.0 dev a1 scope link 
  # 8.8.8.8 mark 3 fibmatch
  0.0.0.0/1 via 192.168.1.254 dev a0 
  # 10.1.255.2 uid 1000
  10.1.255.2 dev a0 src 192.168.1.1 uid 1000 
      cache 
  # 192.168.2.255 from 192.168.1.1 oif a1
  broadcast 192.168.2.255 from 192.168.1.1 dev a1 table local uid 0 
      cache <local,brd> 
  $ for q in '10.1.191.255 oif a1' '102.201.116.138 dsfield 0x10' '81.181.217.218' '10.1.255.134 uid 1000'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.191.255 oif a1
  10.1.191.255 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 102.201.116.138 dsfield 0x10
  102.201.116.138 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 81.181.217.218
  81.181.217.218 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.1.255.134 uid 1000
  10.1.255.134 dev a0 src 192.168.1.1 uid 1000 
      cache 
  $ for q in '10.1.255.1 ipproto tcp dport 1500' '124.18.167.84 from 192.168.1.1 oif a1' '11.3.246.11' '120.54.161.144 tos 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.255.1 ipproto tcp dport 1500
  10.1.255.1 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 124.18.167.84 from 192.168.1.1 oif a1
  124.18.167.84 from 192.168.1.1 dev a1 uid 0 
      cache 
  # 11.3.246.11
  11.3.246.11 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 120.54.161.144 tos 0x10
  120.54.161.144 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ for q in '11.168.1.6 oif a1' '10.200.167.35 dsfield 0x10' '10.200.3.4 tos 0x08' '11.168.254.108 tos 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 11.168.1.6 oif a1
  broadcast 11.168.1.6 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  # 10.200.167.35 dsfield 0x10
  10.200.167.35 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.200.3.4 tos 0x08
  10.200.3.4 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 11.168.254.108 tos 0x10
  11.168.254.108 via 192.168.1.254 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ for q in '11.168.1.4 mark 3 fibmatch' '11.200.43.85 from 192.168.1.5 iif b0' '11.168.1.6 tos 0x0c' '10.200.2.255'; do echo "# $q"; ip route get $q 2>&1; done
  # 11.168.1.4 mark 3 fibmatch
  broadcast 11.168.1.0/28 dev a1 table local scope link 
  # 11.200.43.85 from 192.168.1.5 iif b0
  11.200.43.85 from 192.168.1.5 via 192.168.1.254 dev a0 
      cache iif b0 
  # 11.168.1.6 tos 0x0c
  broadcast 11.168.1.6 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  # 10.200.2.255
  10.200.2.255 dev a1 src 10.200.0.1 uid 0 
      cache 
  $ for q in '10.200.2.177 dsfield 0x10' '10.1.255.98 ipproto tcp dport 1500' '10.60.98.201 tos 0x04' '10.1.255.1 uid 1000'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.2.177 dsfield 0x10
  10.200.2.177 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.1.255.98 ipproto tcp dport 1500
  10.1.255.98 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.60.98.201 tos 0x04
  10.60.98.201 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.1.255.1 uid 1000
  10.1.255.1 dev a0 src 192.168.1.1 uid 1000 
      cache 
  $ ip route del 0.0.0.0/1 via 192.168.1.254; echo $?; ip route del throw 11.168.1.4/30; echo $?; ip route del 10.0.0.0/8 dev a0; echo $?
  0
  0
  0
  $ ip route get 11.168.1.6 connected 2>&1
  broadcast 11.168.1.6 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  broadcast 11.168.1.6 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  $ ip route get 10.1.255.1 uid 1000 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 10.1.255.134 from 192.168.1.5 iif b0 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 11.168.10.219 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ping -c 1 -W 1 11.168.1.6 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ping -c 1 -W 1 10.200.3.4 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 10.1.255.98 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ip route show table 200 match 11.168.1.0/24 2>&1
  $ ip route flush table 200 2>&1; echo $?; ip -4 route show table all | grep -v 'table local'
  0
  local default dev a0 table 100 scope host 
  10.1.0.0/16 tos 0x0c dev a0 table 100 scope link 
  unreachable 10.0.0.0/8 tos 0x0c metric 5 
  10.1.255.0 dev a1 scope link 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  throw 11.168.1.4/31 
  unreachable 11.168.1.4/30 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip route get 10.76.126.38 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 192.168.1.9 2>&1
  192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  $ ip route get 11.168.10.219 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 11.176.53.1 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
