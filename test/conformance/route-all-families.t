ip route show table all without -4: IPv4 routes then the IPv6 routes addrconf made, in every output mode.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.9.0.0/16 via 10.0.0.2 table 100
  $ ip route show table all
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ sleep 3; ip route show table all
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -d route show table all
  unicast 10.9.0.0/16 via 10.0.0.2 dev a0 table 100 proto boot scope global 
  unicast 10.0.0.0/24 dev a0 table main proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  unicast fe80::/64 dev b0 table main proto kernel scope global metric 256 pref medium
  unicast fe80::/64 dev a0 table main proto kernel scope global metric 256 pref medium
  local ::1 dev lo table local proto kernel scope global metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel scope global metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel scope global metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel scope global metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel scope global metric 256 pref medium
  $ ip -o route show table all
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -j route show table all
  [{"dst":"10.9.0.0/16","gateway":"10.0.0.2","dev":"a0","table":"100","flags":[]},{"dst":"10.0.0.0/24","dev":"a0","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"10.0.0.1","dev":"a0","table":"local","protocol":"kernel","scope":"host","prefsrc":"10.0.0.1","flags":[]},{"type":"broadcast","dst":"10.0.0.255","dev":"a0","table":"local","protocol":"kernel","scope":"link","prefsrc":"10.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.0/8","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"local","dst":"127.0.0.1","dev":"lo","table":"local","protocol":"kernel","scope":"host","prefsrc":"127.0.0.1","flags":[]},{"type":"broadcast","dst":"127.255.255.255","dev":"lo","table":"local","protocol":"kernel","scope":"link","prefsrc":"127.0.0.1","flags":[]},{"dst":"fe80::/64","dev":"b0","protocol":"kernel","metric":256,"flags":[],"pref":"medium"},{"dst":"fe80::/64","dev":"a0","protocol":"kernel","metric":256,"flags":[],"pref":"medium"},{"type":"local","dst":"::1","dev":"lo","table":"local","protocol":"kernel","metric":0,"flags":[],"pref":"medium"},{"type":"local","dst":"fe80::ff:fe00:1","dev":"a0","table":"local","protocol":"kernel","metric":0,"flags":[],"pref":"medium"},{"type":"local","dst":"fe80::ff:fe00:2","dev":"b0","table":"local","protocol":"kernel","metric":0,"flags":[],"pref":"medium"},{"type":"multicast","dst":"ff00::/8","dev":"b0","table":"local","protocol":"kernel","metric":256,"flags":[],"pref":"medium"},{"type":"multicast","dst":"ff00::/8","dev":"a0","table":"local","protocol":"kernel","metric":256,"flags":[],"pref":"medium"}]
  $ ip route show table all dev a0
  10.9.0.0/16 via 10.0.0.2 table 100 
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 table local proto kernel scope link src 10.0.0.1 
  fe80::/64 proto kernel metric 256 pref medium
  local fe80::ff:fe00:1 table local proto kernel metric 0 pref medium
  multicast ff00::/8 table local proto kernel metric 256 pref medium
  $ ip route show table all type local
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  $ ip route show table all proto kernel
  10.0.0.0/24 dev a0 scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local scope link src 127.0.0.1 
  fe80::/64 dev b0 metric 256 pref medium
  fe80::/64 dev a0 metric 256 pref medium
  local ::1 dev lo table local metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local metric 0 pref medium
  multicast ff00::/8 dev b0 table local metric 256 pref medium
  multicast ff00::/8 dev a0 table local metric 256 pref medium
  $ ip route show table all scope link
  10.0.0.0/24 dev a0 proto kernel src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel src 10.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel src 127.0.0.1 
  $ ip route show table all type multicast
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip route show table all root 10.0.0.0/8
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  $ ip route show table all match 10.9.1.1
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  $ ip route show table all via 10.0.0.2
  10.9.0.0/16 dev a0 table 100 
  $ ip route show table all metric 256
  fe80::/64 dev b0 proto kernel pref medium
  fe80::/64 dev a0 proto kernel pref medium
  multicast ff00::/8 dev b0 table local proto kernel pref medium
  multicast ff00::/8 dev a0 table local proto kernel pref medium
  $ ip route show table all table all
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -s route show table all dev lo
  local 127.0.0.0/8 table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 table local proto kernel scope link src 127.0.0.1 
  local ::1 table local proto kernel metric 0 pref medium
  $ ip route list table all | wc -l
  14
  $ ip route flush table all proto static
  $ ip -s route flush table all dev b0
  
  *** Round 1, deleting 3 entries ***
  *** Flush is complete after 1 round ***
  $ ip route show table all
  10.9.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip route flush table all
  $ ip route show table all
  $ ip -6 route show table all
  $ ip link set a0 down; ip link set a0 up; sleep 3
  $ ip route show table all
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip addr flush dev a0
  $ ip addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip route show table all
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -s addr flush dev lo
  
  *** Round 1, deleting 2 addresses ***
  *** Flush is complete after 1 round ***
  $ ip addr show dev lo
  1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip route show table all
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -6 addr show
  2: b0@a0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
