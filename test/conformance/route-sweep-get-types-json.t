ip route get for each route type and selector form, plain, -j, -d and fibmatch, including rule-driven tables.
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 up
  $ ip link set v1 up
  $ ip link set lo up
  $ ip addr add 10.9.0.1/24 dev v0
  $ ip route add blackhole 172.16.1.0/24
  $ ip route add unreachable 172.16.2.0/24
  $ ip route add prohibit 172.16.3.0/24
  $ ip route add throw 172.16.4.0/24
  $ ip route add local 172.16.5.0/24 dev lo
  $ ip route add broadcast 172.16.6.1 dev v0
  $ ip route add multicast 239.1.0.0/16 dev v0
  $ ip route add 172.16.7.0/24 via 10.9.0.2 metric 3 proto static realm 9
  $ ip route add 172.16.8.0/24 dev v0 src 10.9.0.1 mtu lock 1300
  $ ip route add 172.16.9.0/24 via 10.9.0.2 table 90
  $ ip rule add to 172.16.9.0/24 table 90 pref 90
  $ for d in 172.16.1.1 172.16.2.1 172.16.3.1 172.16.4.1 172.16.5.9 172.16.6.1 239.1.2.3 172.16.7.1 172.16.8.1 172.16.9.1 10.9.0.255 10.9.0.1 255.255.255.255 0.0.0.0 127.0.0.1 224.0.0.1; do echo "== $d"; ip route get $d 2>&1; echo $?; ip -j route get $d 2>&1; ip -d route get $d 2>&1 | head -1; ip route get fibmatch $d 2>&1; ip -j route get fibmatch $d 2>&1; done
  == 172.16.1.1
  RTNETLINK answers: Invalid argument
  2
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  RTNETLINK answers: Invalid argument
  == 172.16.2.1
  RTNETLINK answers: No route to host
  2
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  == 172.16.3.1
  RTNETLINK answers: Permission denied
  2
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  RTNETLINK answers: Permission denied
  == 172.16.4.1
  RTNETLINK answers: Network is unreachable
  2
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  == 172.16.5.9
  local 172.16.5.9 dev lo table local src 172.16.5.9 uid 0 
      cache <local> 
  0
  [{"type":"local","dst":"172.16.5.9","dev":"lo","table":"local","prefsrc":"172.16.5.9","flags":[],"uid":0,"cache":["local"]}]
  local 172.16.5.9 dev lo table local src 172.16.5.9 uid 0 
  local 172.16.5.0/24 dev lo table local scope host 
  [{"type":"local","dst":"172.16.5.0/24","dev":"lo","table":"local","scope":"host","flags":[]}]
  == 172.16.6.1
  broadcast 172.16.6.1 dev v0 table local src 10.9.0.1 uid 0 
      cache <local,brd> 
  0
  [{"type":"broadcast","dst":"172.16.6.1","dev":"v0","table":"local","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":["local","brd"]}]
  broadcast 172.16.6.1 dev v0 table local src 10.9.0.1 uid 0 
  broadcast 172.16.6.1 dev v0 table local scope link 
  [{"type":"broadcast","dst":"172.16.6.1","dev":"v0","table":"local","scope":"link","flags":[]}]
  == 239.1.2.3
  multicast 239.1.2.3 dev v0 src 10.9.0.1 rt_offload_failed uid 0 
      cache <mc> 
  0
  [{"type":"multicast","dst":"239.1.2.3","dev":"v0","prefsrc":"10.9.0.1","flags":["rt_offload_failed"],"uid":0,"cache":["mc"]}]
  multicast 239.1.2.3 dev v0 table main src 10.9.0.1 rt_offload_failed uid 0 
  multicast 239.1.0.0/16 dev v0 scope link 
  [{"type":"multicast","dst":"239.1.0.0/16","dev":"v0","scope":"link","flags":[]}]
  == 172.16.7.1
  172.16.7.1 via 10.9.0.2 dev v0 src 10.9.0.1 realm 9 uid 0 
      cache 
  0
  [{"dst":"172.16.7.1","gateway":"10.9.0.2","dev":"v0","prefsrc":"10.9.0.1","flags":[],"flow":{"to":"9"},"uid":0,"cache":[]}]
  unicast 172.16.7.1 via 10.9.0.2 dev v0 table main src 10.9.0.1 realm 9 uid 0 
  172.16.7.0/24 via 10.9.0.2 dev v0 proto static metric 3 realm 9 
  [{"dst":"172.16.7.0/24","gateway":"10.9.0.2","dev":"v0","protocol":"static","metric":3,"flags":[],"flow":{"to":"9"}}]
  == 172.16.8.1
  172.16.8.1 dev v0 src 10.9.0.1 uid 0 
      cache mtu lock 1300 
  0
  [{"dst":"172.16.8.1","dev":"v0","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":[],"metrics":[{"mtu":1300}]}]
  unicast 172.16.8.1 dev v0 table main src 10.9.0.1 uid 0 
  172.16.8.0/24 dev v0 scope link src 10.9.0.1 mtu lock 1300 
  [{"dst":"172.16.8.0/24","dev":"v0","scope":"link","prefsrc":"10.9.0.1","flags":[],"metrics":[{"mtu":1300}]}]
  == 172.16.9.1
  172.16.9.1 via 10.9.0.2 dev v0 table 90 src 10.9.0.1 uid 0 
      cache 
  0
  [{"dst":"172.16.9.1","gateway":"10.9.0.2","dev":"v0","table":"90","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":[]}]
  unicast 172.16.9.1 via 10.9.0.2 dev v0 table 90 src 10.9.0.1 uid 0 
  172.16.9.0/24 via 10.9.0.2 dev v0 table 90 
  [{"dst":"172.16.9.0/24","gateway":"10.9.0.2","dev":"v0","table":"90","flags":[]}]
  == 10.9.0.255
  broadcast 10.9.0.255 dev v0 table local src 10.9.0.1 uid 0 
      cache <local,brd> 
  0
  [{"type":"broadcast","dst":"10.9.0.255","dev":"v0","table":"local","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":["local","brd"]}]
  broadcast 10.9.0.255 dev v0 table local src 10.9.0.1 uid 0 
  broadcast 10.9.0.255 dev v0 table local proto kernel scope link src 10.9.0.1 
  [{"type":"broadcast","dst":"10.9.0.255","dev":"v0","table":"local","protocol":"kernel","scope":"link","prefsrc":"10.9.0.1","flags":[]}]
  == 10.9.0.1
  local 10.9.0.1 dev lo table local src 10.9.0.1 uid 0 
      cache <local> 
  0
  [{"type":"local","dst":"10.9.0.1","dev":"lo","table":"local","prefsrc":"10.9.0.1","flags":[],"uid":0,"cache":["local"]}]
  local 10.9.0.1 dev lo table local src 10.9.0.1 uid 0 
  local 10.9.0.1 dev v0 table local proto kernel scope host src 10.9.0.1 
  [{"type":"local","dst":"10.9.0.1","dev":"v0","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.9.0.1","flags":[]}]
  == 255.255.255.255
  RTNETLINK answers: Network is unreachable
  2
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  == 0.0.0.0
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  0
  [{"type":"local","dst":"0.0.0.0","dev":"lo","prefsrc":"127.0.0.1","flags":[],"uid":0,"cache":["local"]}]
  local 0.0.0.0 dev lo src 127.0.0.1 uid 0 
  RTNETLINK answers: No route to host
  RTNETLINK answers: No route to host
  == 127.0.0.1
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
      cache <local> 
  0
  [{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","prefsrc":"127.0.0.1","flags":[],"uid":0,"cache":["local"]}]
  local 127.0.0.1 dev lo table local src 127.0.0.1 uid 0 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  [{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]}]
  == 224.0.0.1
  RTNETLINK answers: Network is unreachable
  2
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  RTNETLINK answers: Network is unreachable
  [2]
  $ for d in 172.16.5.9 172.16.6.1 239.1.2.3 172.16.7.1 10.9.0.255; do echo "== $d"; ip route get $d from 10.9.0.2 iif v0 2>&1; echo $?; ip -j route get $d from 10.9.0.2 iif v0 2>&1; done
  == 172.16.5.9
  local 172.16.5.9 from 10.9.0.2 dev lo table local 
      cache <local> iif v0 
  0
  [{"type":"local","dst":"172.16.5.9","from":"10.9.0.2","dev":"lo","table":"local","flags":[],"cache":["local"],"iif":"v0"}]
  == 172.16.6.1
  broadcast 172.16.6.1 from 10.9.0.2 dev lo table local 
      cache <local,brd> iif v0 
  0
  [{"type":"broadcast","dst":"172.16.6.1","from":"10.9.0.2","dev":"lo","table":"local","flags":[],"cache":["local","brd"],"iif":"v0"}]
  == 239.1.2.3
  RTNETLINK answers: Invalid argument
  2
  RTNETLINK answers: Invalid argument
  == 172.16.7.1
  RTNETLINK answers: No route to host
  2
  RTNETLINK answers: No route to host
  == 10.9.0.255
  broadcast 10.9.0.255 from 10.9.0.2 dev lo table local 
      cache <local,brd> iif v0 
  0
  [{"type":"broadcast","dst":"10.9.0.255","from":"10.9.0.2","dev":"lo","table":"local","flags":[],"cache":["local","brd"],"iif":"v0"}]
