Random longest-prefix-match scenario (seed 82): overlapping prefixes of random lengths and types in tables main, 100 and 200, tos keys and metrics, random policy rules (selectors, goto, suppress_prefixlength/ifgroup, unreachable/prohibit/blackhole actions), then ip route get near the prefix edges with from/tos/mark/oif/iif/fibmatch/ports, and the tables' dumps.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 192.168.1.1/24 dev a0; ip addr add 192.168.2.1/24 dev a1; ip addr add 10.200.0.1/16 dev a1
  $ sysctl -qw net.ipv4.fib_multipath_hash_seed=4242
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip route append multicast 10.200.2.1/32 dev a1; echo $?; ip route add unreachable 0.0.0.0/0 metric 5; echo $?; ip route replace blackhole 192.0.0.4/30 table 100; echo $?; ip route add blackhole 10.0.0.0/8 tos 0x04; echo $?
  0
  0
  0
  0
  $ ip route add multicast 0.0.0.0/0 dev a1 table 100; echo $?; ip route add prohibit 0.0.0.0/4 metric 100 table 100; echo $?; ip route replace multicast 10.200.2.0/24 dev a1; echo $?; ip route add multicast 192.0.0.0/25 dev a1 metric 100; echo $?
  0
  0
  0
  0
  $ ip route add multicast 192.0.0.4/32 dev a1; echo $?; ip route add 192.0.0.0/16 via 10.200.3.4 tos 0x04 table 100; echo $?; ip route add throw 192.0.0.0/28 table 200; echo $?; ip route add local 10.1.0.0/20 dev a0; echo $?
  0
  Error: Nexthop has invalid gateway.
  2
  0
  0
  $ ip rule add from 192.168.2.0/24 ipproto udp dport 53 table 100 prio 30; echo $?; ip rule add to 10.200.2.1/32 oif a1 ipproto tcp dport 1000-2000 blackhole prio 100; echo $?; ip rule add from 10.0.0.0/8 table 100 suppress_prefixlength 16 prio 300; echo $?; ip rule add from 10.200.0.0/16 to 128.0.0.0/1 fwmark 0x2/0x1 table 200 prio 20; echo $?
  0
  0
  0
  0
  $ ip rule show
  0:	from all lookup local
  20:	from 10.200.0.0/16 to 128.0.0.0/1 fwmark 0x2/0x1 lookup 200
  30:	from 192.168.2.0/24 ipproto udp dport 53 lookup 100
  100:	from all to 10.200.2.1 oif a1 ipproto tcp dport 1000-2000 blackhole
  300:	from 10.0.0.0/8 lookup 100 suppress_prefixlength 16
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -4 route show table all
  prohibit 0.0.0.0/4 table 100 metric 100 
  multicast default dev a1 table 100 scope link 
  blackhole 192.0.0.4/30 table 100 
  throw 192.0.0.0/28 table 200 
  unreachable default metric 5 
  blackhole 10.0.0.0/8 tos 0x04 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  multicast 10.200.2.0/24 dev a1 scope link 
  multicast 10.200.2.1 dev a1 scope link 
  multicast 192.0.0.0/25 dev a1 scope link metric 100 
  multicast 192.0.0.4 dev a1 scope link 
  192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 
  192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 
  local 10.1.0.0/20 dev a0 table local scope host 
  local 10.200.0.1 dev a1 table local proto kernel scope host src 10.200.0.1 
  broadcast 10.200.255.255 dev a1 table local proto kernel scope link src 10.200.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local 192.168.1.1 dev a0 table local proto kernel scope host src 192.168.1.1 
  broadcast 192.168.1.255 dev a0 table local proto kernel scope link src 192.168.1.1 
  local 192.168.2.1 dev a1 table local proto kernel scope host src 192.168.2.1 
  broadcast 192.168.2.255 dev a1 table local proto kernel scope link src 192.168.2.1 
  $ for q in '10.0.128.234 from 192.168.1.1' '10.200.2.41 tos 0x08' '192.0.0.16 tos 0x08' '10.200.186.97 mark 1'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.0.128.234 from 192.168.1.1
  RTNETLINK answers: No route to host
  # 10.200.2.41 tos 0x08
  multicast 10.200.2.41 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 192.0.0.16 tos 0x08
  multicast 192.0.0.16 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.200.186.97 mark 1
  10.200.186.97 dev a1 src 10.200.0.1 mark 1 uid 0 
      cache 
  $ for q in '192.0.0.178 tos 0x10 fibmatch' '10.119.37.164 tos 0x10' '10.0.128.128 dsfield 0x10' '192.0.0.109 mark 3 fibmatch'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.0.0.178 tos 0x10 fibmatch
  RTNETLINK answers: No route to host
  # 10.119.37.164 tos 0x10
  RTNETLINK answers: No route to host
  # 10.0.128.128 dsfield 0x10
  RTNETLINK answers: No route to host
  # 192.0.0.109 mark 3 fibmatch
  multicast 192.0.0.0/25 dev a1 scope link metric 100 
  $ for q in '74.200.2.114 ipproto tcp dport 1500' '8.8.8.8 mark 3 fibmatch' '11.0.128.109 mark 3 fibmatch' '192.0.0.5 dsfield 0x10'; do echo "# $q"; ip route get $q 2>&1; done
  # 74.200.2.114 ipproto tcp dport 1500
  RTNETLINK answers: No route to host
  # 8.8.8.8 mark 3 fibmatch
  RTNETLINK answers: No route to host
  # 11.0.128.109 mark 3 fibmatch
  RTNETLINK answers: No route to host
  # 192.0.0.5 dsfield 0x10
  multicast 192.0.0.5 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  $ for q in '10.1.2.0 tos 0x04' '192.0.0.6' '10.0.128.172 from 192.168.1.1' '192.168.2.255'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.1.2.0 tos 0x04
  local 10.1.2.0 dev lo table local src 10.1.2.0 uid 0 
      cache <local> 
  # 192.0.0.6
  multicast 192.0.0.6 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.0.128.172 from 192.168.1.1
  RTNETLINK answers: No route to host
  # 192.168.2.255
  broadcast 192.168.2.255 dev a1 table local src 192.168.2.1 uid 0 
      cache <local,brd> 
  $ for q in '192.0.49.78' '10.200.2.26 connected' '192.168.1.9 tos 0x10' '10.79.23.178 from 192.168.1.1 oif a1'; do echo "# $q"; ip route get $q 2>&1; done
  # 192.0.49.78
  RTNETLINK answers: No route to host
  # 10.200.2.26 connected
  multicast 10.200.2.26 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  multicast 10.200.2.26 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 192.168.1.9 tos 0x10
  192.168.1.9 dev a0 src 192.168.1.1 uid 0 
      cache 
  # 10.79.23.178 from 192.168.1.1 oif a1
  10.79.23.178 from 192.168.1.1 dev a1 uid 0 
      cache 
  $ for q in '10.200.97.93' '10.200.2.1 from 192.168.1.1 oif a1' '10.200.2.1 tos 0x10' '10.200.2.1 ipproto tcp dport 1500'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.97.93
  10.200.97.93 dev a1 src 10.200.0.1 uid 0 
      cache 
  # 10.200.2.1 from 192.168.1.1 oif a1
  multicast 10.200.2.1 from 192.168.1.1 dev a1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.200.2.1 tos 0x10
  multicast 10.200.2.1 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.200.2.1 ipproto tcp dport 1500
  multicast 10.200.2.1 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  $ for q in '10.200.2.1 ipproto tcp dport 1500' '10.50.63.10 oif a1' '10.1.2.180 fibmatch' '10.200.3.4'; do echo "# $q"; ip route get $q 2>&1; done
  # 10.200.2.1 ipproto tcp dport 1500
  multicast 10.200.2.1 dev a1 src 192.168.2.1 rt_offload_failed uid 0 
      cache <mc> 
  # 10.50.63.10 oif a1
  10.50.63.10 dev a1 src 192.168.2.1 uid 0 
      cache 
  # 10.1.2.180 fibmatch
  local 10.1.0.0/20 dev a0 table local scope host 
  # 10.200.3.4
  10.200.3.4 dev a1 src 10.200.0.1 uid 0 
      cache 
  $ ping -c 1 -W 1 192.0.49.78 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: connect: No route to host
  2
  $ ping -c 1 -W 1 10.200.3.4 2>&1 | sed -n '1,2p' | sed 's/time=.*/time=X/'; echo ${PIPESTATUS[0]}
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  2
  $ ip route show match 10.200.2.0/24 2>&1
  unreachable default metric 5 
  blackhole 10.0.0.0/8 tos 0x04 
  10.200.0.0/16 dev a1 proto kernel scope link src 10.200.0.1 
  multicast 10.200.2.0/24 dev a1 scope link 
