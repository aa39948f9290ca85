Random longest-prefix-match scenario (seed 100): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route add blackhole 10.128.255.0/24; echo $?; ip route add 10.200.0.0/25 dev a0 table 100; echo $?; ip route add broadcast 10.1.128.64/28 dev a0 tos 0x08; echo $?; ip route add local 192.0.0.0/8 dev a1 metric 1 table 200; echo $?
  0
  0
  0
  0
  $ ip route add prohibit 10.200.0.0/25 table 100; echo $?; ip route add local 10.200.0.0/16 dev a1 table 100; echo $?; ip route add blackhole 10.192.0.0/12 metric 0; echo $?; ip route add 10.200.0.0/32 via 10.200.3.4 table 200; echo $?
  RTNETLINK answers: File exists
  2
  0
  0
  0
  $ ip route add prohibit 10.1.0.0/16 metric 1; echo $?; ip route append 128.0.0.0/1 via 192.168.1.254 tos 0x0c table 100; echo $?; ip route add blackhole 0.0.0.0/4 tos 0x0c metric 100; echo $?; ip route replace broadcast 192.16.1.0/32 dev a0 metric 1; echo $?
  0
  0
  0
  0
  $ ip route replace nat 10.200.0.0/28 dev a1 tos 0x08; echo $?; ip route add local 0.0.0.0/1 dev a0; echo $?; ip route append unreachable 0.0.0.0/4 table 200; echo $?; ip route add nat 0.0.0.0/4 dev a0; echo $?
  Error: Invalid scope.
  2
  0
  0
  Error: Invalid scope.
  2
  $ ip route add prohibit 10.1.128.0/24 tos 0x0c table 200; echo $?; ip route add multicast 0.0.0.0/4 dev a0 table 100; echo $?; ip route add prohibit 10.1.0.0/16; echo $?; ip route add prohibit 0.0.0.0/1 tos 0x08 table 100; echo $?
  0
  0
  0
  0
  $ ip rule add from 192.168.0.0/16 to 10.0.0.0/8 prohibit prio 20; echo $?; ip rule add  table main prio 20; echo $?; ip rule add to 10.1.128.64/32 oif a1 ipproto udp dport 1000-2000 goto 20 prio 10; echo $?; ip rule add not from 10.0.0.0/8 tos 0x08 table main suppress_prefixlength 0 prio 30; echo $?; ip rule add tos 0x08 ipproto udp dport 53 goto 32766 prio 10; echo $?; ip rule add tos 0x04 unreachable prio 300; echo $?; ip rule add not fwmark 0x3 table 200 prio 30; echo $?
  0
  0
  0
  0
  0
  0
  0
  $ ip rule show
  0:	from all lookup local
  10:	from all to 10.1.128.64 oif a1 ipproto udp dport 1000-2000 goto 20
  10:	from all tos 0x08 ipproto udp dport 53 goto 32766
  20:	from 192.168.0.0/16 to 10.0.0.0/8 prohibit
  20:	from all lookup main
  30:	not from 10.0.0.0/8 tos 0x08 lookup main suppress_prefixlength 0
  30:	not from all fwmark 0x3 lookup 200
  300:	from all tos 0x04 unreachable
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  multicast 0.0.0.0/4 dev a0 table 100 scope link 
  prohibit 0.0.0.0/1 tos 0x08 table 100 
  10.200.0.0/25 dev a0 table 100 scope link 
  local 10.200.0.0/16 dev a1 table 100 scope host 
  128.0.0.0/1 tos 0x0c via 192.168.1.254 dev a0 table 100 
  unreachable 0.0.0.0/4 table 200 
  prohibit 10.1.128.0/24 tos 0x0c table 200 
  10.200.0.0 via 10.200.3.4 dev a1 table 200 
  local 192.0.0.0/8 dev a1 table 200 scope host metric 1 
  blackhole 0.0.0.0/4 tos 0x0c metric 100 
  prohibit 10.1.0.0/16 
  prohibit 10.1.0.0/16 metric 1 
  blackhole 10.128.255.0/24 
  blackhole 10.192.0.0/12 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 0.0.0.0/1 dev a0 table local scope host 
  broadcast 10.1.128.64/28 tos 0x08 dev a0 table local scope link 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  broadcast 192.16.1.0 dev a0 table local scope link metric 1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '10.128.176.20 mark 0x12' '192.16.1.127 ipproto tcp dport 1500' '245.126.226.131 from 192.168.1.5 iif b0' '10.200.40.71 from 192.168.1.5 iif b0'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.128.176.20 mark 0x12
  local 10.128.176.20 dev lo table local src 10.128.176.20 mark 0x12 uid 0 
      cache <local> 
  # 192.16.1.127 ipproto tcp dport 1500
  local 192.16.1.127 dev lo table 200 src 192.16.1.127 uid 0 
      cache <local> 
  # 245.126.226.131 from 192.168.1.5 iif b0
  RTNETLINK answers: Network is unreachable
  # 10.200.40.71 from 192.168.1.5 iif b0
  local 10.200.40.71 from 192.168.1.5 dev lo table local 
      cache <local> iif b0 
  $ for q in '10.128.255.0 from 192.168.1.5 iif b0' '10.144.26.122 dsfield 0x10' '45.21.97.186 tos 0x10 fibmatch' '10.200.0.0 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.128.255.0 from 192.168.1.5 iif b0
  local 10.128.255.0 from 192.168.1.5 dev lo table local 
      cache <local> iif b0 
  # 10.144.26.122 dsfield 0x10
  local 10.144.26.122 dev lo table local src 10.144.26.122 uid 0 
      cache <local> 
  # 45.21.97.186 tos 0x10 fibmatch
  local 0.0.0.0/1 dev a0 table local scope host 
  # 10.200.0.0 mark 3 fibmatch
  local 0.0.0.0/1 dev a0 table local scope host 
  $ for q in '10.0.128.65 ipproto udp dport 53' '101.150.11.26 from 192.168.1.1' '10.128.151.26 connected' '10.128.244.0 dsfield 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.0.128.65 ipproto udp dport 53
  local 10.0.128.65 dev lo table local src 10.0.128.65 uid 0 
      cache <local> 
  # 101.150.11.26 from 192.168.1.1
  local 101.150.11.26 from 192.168.1.1 dev lo table local uid 0 
      cache <local> 
  # 10.128.151.26 connected
  local 10.128.151.26 dev lo table local src 10.128.151.26 uid 0 
      cache <local> 
  local 10.128.151.26 dev lo table local src 10.128.151.26 uid 0 
      cache <local> 
  # 10.128.244.0 dsfield 0x10
  local 10.128.244.0 dev lo table local src 10.128.244.0 uid 0 
      cache <local> 
  $ for q in '10.78.44.223 from 192.168.2.1' '192.168.1.9' '192.16.55.192 ipproto tcp dport 1500' '10.146.227.122 uid 1000'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.78.44.223 from 192.168.2.1
  local 10.78.44.223 from 192.168.2.1 dev lo table local uid 0 
      cache <local> 
  # 192.168.1.9
  192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 192.16.55.192 ipproto tcp dport 1500
  local 192.16.55.192 dev lo table 200 src 192.16.55.192 uid 0 
      cache <local> 
  # 10.146.227.122 uid 1000
  local 10.146.227.122 dev lo table local src 10.146.227.122 uid 1000 
      cache <local> 
  $ for q in '77.167.1.27' '10.200.3.4' '10.95.194.188 ipproto tcp dport 1500' '10.5.128.152 from 192.168.2.9 iif b1'; do echo "# $q"; ip route get $q 2>&1; done
  # 77.167.1.27
  local 77.167.1.27 dev lo table local src 77.167.1.27 uid 0 
      cache <local> 
  # 10.200.3.4
  local 10.200.3.4 dev lo table local src 10.200.3.4 uid 0 
      cache <local> 
  # 10.95.194.188 ipproto tcp dport 1500
  local 10.95.194.188 dev lo table local src 10.95.194.188 uid 0 
      cache <local> 
  # 10.5.128.152 from 192.168.2.9 iif b1
  local 10.5.128.152 from 192.168.2.9 dev lo table local 
      cache <local> iif b1 
  $ for q in '137.240.117.179 from 192.168.1.5 iif b0' '10.200.245.81 from 192.168.1.5 iif b0' '10.1.41.152 tos 0x10' '10.51.0.13'; do echo "# $q"; ip route get $q 2>&1; done
  # 137.240.117.179 from 192.168.1.5 iif b0
  RTNETLINK answers: Network is unreachable
  # 10.200.245.81 from 192.168.1.5 iif b0
  local 10.200.245.81 from 192.168.1.5 dev lo table local 
      cache <local> iif b0 
  # 10.1.41.152 tos 0x10
  local 10.1.41.152 dev lo table local src 10.1.41.152 uid 0 
      cache <local> 
  # 10.51.0.13
  local 10.51.0.13 dev lo table local src 10.51.0.13 uid 0 
      cache <local> 
  $ for q in '192.18.21.67 from 192.168.1.1' '8.8.8.8' '10.128.129.71 tos 0x10' '192.168.2.255 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.18.21.67 from 192.168.1.1
  local 192.18.21.67 from 192.168.1.1 dev lo table 200 uid 0 
      cache <local> 
  # 8.8.8.8
  local 8.8.8.8 dev lo table local src 8.8.8.8 uid 0 
      cache <local> 
  # 10.128.129.71 tos 0x10
  local 10.128.129.71 dev lo table local src 10.128.129.71 uid 0 
      cache <local> 
  # 192.168.2.255 mark 3 fibmatch
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ ip route del prohibit 10.1.128.0/24 tos 0x0c table 200; echo $?; ip route del local 10.200.0.0/16 dev a1 table 100; echo $?; ip route del nat 0.0.0.0/4 dev a0; echo $?
  0
  0
  RTNETLINK answers: No such process
  2
  $ ip route get 10.5.128.152 mark 3 fibmatch 2>&1
  local 0.0.0.0/1 dev a0 table local scope host 
  $ ip route get 192.18.21.67 oif a1 2>&1
  local 192.18.21.67 dev lo table 200 src 192.18.21.67 uid 0 
      cache <local> 
  $ ip route get 10.200.3.4 oif a1 2>&1
  10.200.3.4 dev a1 src 10.200.0.1 uid 0 
      cache 
  $ ip route get 10.128.244.0 from 192.168.2.9 iif b1 2>&1
  local 10.128.244.0 from 192.168.2.9 dev lo table local 
      cache <local> iif b1 
  $ ip addr flush dev a0; sleep 1.5
  $ sysctl -qw net.ipv4.conf.all.ignore_routes_with_linkdown=1
  $ ip -4 route show table all | grep -v 'table local'
  prohibit 0.0.0.0/1 tos 0x08 table 100 
  unreachable 0.0.0.0/4 table 200 
  10.200.0.0 via 10.200.3.4 dev a1 table 200 
  local 192.0.0.0/8 dev a1 table 200 scope host metric 1 
  blackhole 0.0.0.0/4 tos 0x0c metric 100 
  prohibit 10.1.0.0/16 
  prohibit 10.1.0.0/16 metric 1 
  blackhole 10.128.255.0/24 
  blackhole 10.192.0.0/12 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  $ ip route get 10.128.129.71 connected 2>&1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.78.44.223 2>&1
  RTNETLINK answers: No route to host
  [2]
  $ ip route get 10.128.176.20 from 192.168.1.1 oif a1 2>&1
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip route get 101.150.11.26 oif a1 2>&1
  101.150.11.26 dev a1 src 192.168.2.1 uid 0 
      cache 
  $ ping -c 1 -W 1 192.168.1.9 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ping -c 1 -W 1 10.0.128.65 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: No route to host
  2
  $ ping -c 1 -W 1 192.16.55.192 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: Network is unreachable
  2
  $ ip route show table all metric 0 2>&1 | grep -v :
  prohibit 0.0.0.0/1 tos 0x08 table 100 
  unreachable 0.0.0.0/4 table 200 
  10.200.0.0 via 10.200.3.4 dev a1 table 200 
  prohibit 10.1.0.0/16 
  blackhole 10.128.255.0/24 
  blackhole 10.192.0.0/12 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ ip route show table 200 match 0.0.0.0/0 2>&1
