ip route show table all and ip route flush walk the tables in fib_table_hash order (id & 255 buckets, newest first in a bucket); large table ids in show, get and rules.
  $ ip link add a0 type veth peer name b0
  $ for d in lo a0 b0; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 20.0.0.0/8 via 10.0.0.2 table 44
  $ ip route add 21.0.0.0/8 via 10.0.0.2 table 300
  $ ip route add 22.0.0.0/8 via 10.0.0.2 table 3
  $ ip route add 23.0.0.0/8 via 10.0.0.2 table 556
  $ ip route add 24.0.0.0/8 via 10.0.0.2 table 254
  $ ip route add 25.0.0.0/8 via 10.0.0.2 table 510
  $ ip route add 26.0.0.0/8 via 10.0.0.2 table 4294967294
  $ ip route add 27.0.0.0/8 via 10.0.0.2 table 0x100
  $ ip route show table all | grep -v '^local\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast'
  27.0.0.0/8 via 10.0.0.2 dev a0 table 256 
  22.0.0.0/8 via 10.0.0.2 dev a0 table 3 
  23.0.0.0/8 via 10.0.0.2 dev a0 table 556 
  21.0.0.0/8 via 10.0.0.2 dev a0 table 300 
  20.0.0.0/8 via 10.0.0.2 dev a0 table 44 
  26.0.0.0/8 via 10.0.0.2 dev a0 table 4294967294 
  25.0.0.0/8 via 10.0.0.2 dev a0 table 510 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip -d route show table all | grep -v '^local\|^broadcast\|^multicast\|^fe80\|^ff00\|^::1\|^ipv6\|anycast\|proto kernel'
  unicast 27.0.0.0/8 via 10.0.0.2 dev a0 table 256 proto boot scope global 
  unicast 22.0.0.0/8 via 10.0.0.2 dev a0 table 3 proto boot scope global 
  unicast 23.0.0.0/8 via 10.0.0.2 dev a0 table 556 proto boot scope global 
  unicast 21.0.0.0/8 via 10.0.0.2 dev a0 table 300 proto boot scope global 
  unicast 20.0.0.0/8 via 10.0.0.2 dev a0 table 44 proto boot scope global 
  unicast 26.0.0.0/8 via 10.0.0.2 dev a0 table 4294967294 proto boot scope global 
  unicast 25.0.0.0/8 via 10.0.0.2 dev a0 table 510 proto boot scope global 
  unicast 24.0.0.0/8 via 10.0.0.2 dev a0 table main proto boot scope global 
  $ ip -j route show table 300
  [{"dst":"21.0.0.0/8","gateway":"10.0.0.2","dev":"a0","flags":[]}]
  $ ip route show table 0x12c
  21.0.0.0/8 via 10.0.0.2 dev a0 
  $ ip rule add to 21.0.0.0/8 table 300
  $ ip rule add to 26.0.0.0/8 table 4294967294
  $ ip rule add to 27.0.0.0/8 table 256
  $ ip rule show
  0:	from all lookup local
  32763:	from all to 27.0.0.0/8 lookup 256
  32764:	from all to 26.0.0.0/8 lookup 4294967294
  32765:	from all to 21.0.0.0/8 lookup 300
  32766:	from all lookup main
  32767:	from all lookup default
  $ ip -j rule show
  [{"priority":0,"src":"all","table":"local"},{"priority":32763,"src":"all","dst":"27.0.0.0","dstlen":8,"table":"256"},{"priority":32764,"src":"all","dst":"26.0.0.0","dstlen":8,"table":"4294967294"},{"priority":32765,"src":"all","dst":"21.0.0.0","dstlen":8,"table":"300"},{"priority":32766,"src":"all","table":"main"},{"priority":32767,"src":"all","table":"default"}]
  $ ip route get 21.1.1.1
  21.1.1.1 via 10.0.0.2 dev a0 table 300 src 10.0.0.1 uid 0 
      cache 
  $ ip -j route get 21.1.1.1
  [{"dst":"21.1.1.1","gateway":"10.0.0.2","dev":"a0","table":"300","prefsrc":"10.0.0.1","flags":[],"uid":0,"cache":[]}]
  $ ip route get 26.1.1.1
  26.1.1.1 via 10.0.0.2 dev a0 table 4294967294 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 27.1.1.1
  27.1.1.1 via 10.0.0.2 dev a0 table 256 src 10.0.0.1 uid 0 
      cache 
  $ ip route get fibmatch 21.1.1.1
  21.0.0.0/8 via 10.0.0.2 dev a0 table 300 
  $ ip route save table all > saved; ip route showdump < saved | grep -v '^local\|^broadcast\|^multicast\|^ipv6\|anycast'
  27.0.0.0/8 via 10.0.0.2 dev a0 table 256 
  22.0.0.0/8 via 10.0.0.2 dev a0 table 3 
  23.0.0.0/8 via 10.0.0.2 dev a0 table 556 
  21.0.0.0/8 via 10.0.0.2 dev a0 table 300 
  20.0.0.0/8 via 10.0.0.2 dev a0 table 44 
  26.0.0.0/8 via 10.0.0.2 dev a0 table 4294967294 
  25.0.0.0/8 via 10.0.0.2 dev a0 table 510 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  24.0.0.0/8 via 10.0.0.2 dev a0 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  $ ip route save table all | wc -c
  1424
  $ ip -6 route save table all | wc -c
  584
  $ ip -6 route save table all | ip route showdump
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -4 route save table all | wc -c
  844
  $ ip -4 route flush table all
  $ ip route show table all
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip route show table 300
  $ ip route show table 44
