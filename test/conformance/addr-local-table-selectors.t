Listing the local table with selectors: ip route show table local with type, dev, scope, proto, src, root/match/exact prefixes, -o and -j, ip route get of each kind of local-table address (local, broadcast, network address, an address of lo's 127/8), and table all with type filters.
  $ ip netns add a
  $ ip -n a link add d0 address 02:00:00:00:0d:00 type veth peer name e0
  $ ip -n a link add d1 address 02:00:00:00:0d:01 type veth peer name e1
  $ ip -n a link set lo up; ip -n a link set d0 up; ip -n a link set d1 up; ip -n a link set e0 up; ip -n a link set e1 up
  $ ip -n a addr add 10.0.0.1/24 dev d0
  $ ip -n a addr add 10.0.0.7/24 dev d0
  $ ip -n a addr add 10.1.0.1/16 brd + dev d1
  $ ip -n a addr add 192.168.3.3/32 dev d1
  $ ip -n a addr add 127.0.0.9/8 dev lo
  $ ip -n a route show table local
  local 10.0.0.1 dev d0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.7 dev d0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.1 
  local 10.1.0.1 dev d1 proto kernel scope host src 10.1.0.1 
  broadcast 10.1.255.255 dev d1 proto kernel scope link src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.9 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 192.168.3.3 dev d1 proto kernel scope host src 192.168.3.3 
  $ ip -n a route show table local type local
  local 10.0.0.1 dev d0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.7 dev d0 proto kernel scope host src 10.0.0.1 
  local 10.1.0.1 dev d1 proto kernel scope host src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.9 dev lo proto kernel scope host src 127.0.0.1 
  local 192.168.3.3 dev d1 proto kernel scope host src 192.168.3.3 
  $ ip -n a route show table local type broadcast
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.1 
  broadcast 10.1.255.255 dev d1 proto kernel scope link src 10.1.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -n a route show table local dev d0
  local 10.0.0.1 proto kernel scope host src 10.0.0.1 
  local 10.0.0.7 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 proto kernel scope link src 10.0.0.1 
  $ ip -n a route show table local dev lo
  local 127.0.0.0/8 proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 proto kernel scope host src 127.0.0.1 
  local 127.0.0.9 proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 proto kernel scope link src 127.0.0.1 
  $ ip -n a route show table local scope link
  broadcast 10.0.0.255 dev d0 proto kernel src 10.0.0.1 
  broadcast 10.1.255.255 dev d1 proto kernel src 10.1.0.1 
  broadcast 127.255.255.255 dev lo proto kernel src 127.0.0.1 
  $ ip -n a route show table local scope host
  local 10.0.0.1 dev d0 proto kernel src 10.0.0.1 
  local 10.0.0.7 dev d0 proto kernel src 10.0.0.1 
  local 10.1.0.1 dev d1 proto kernel src 10.1.0.1 
  local 127.0.0.0/8 dev lo proto kernel src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel src 127.0.0.1 
  local 127.0.0.9 dev lo proto kernel src 127.0.0.1 
  local 192.168.3.3 dev d1 proto kernel src 192.168.3.3 
  $ ip -n a route show table local src 10.0.0.1
  local 10.0.0.1 dev d0 proto kernel scope host 
  local 10.0.0.7 dev d0 proto kernel scope host 
  broadcast 10.0.0.255 dev d0 proto kernel scope link 
  $ ip -n a route show table local root 10.0.0.0/24
  local 10.0.0.1 dev d0 proto kernel scope host src 10.0.0.1 
  local 10.0.0.7 dev d0 proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev d0 proto kernel scope link src 10.0.0.1 
  $ ip -n a route show table local match 10.0.0.7
  local 10.0.0.7 dev d0 proto kernel scope host src 10.0.0.1 
  $ ip -n a route show table local exact 10.1.255.255
  broadcast 10.1.255.255 dev d1 proto kernel scope link src 10.1.0.1 
  $ ip -n a route show table local proto kernel type broadcast dev d1
  broadcast 10.1.255.255 scope link src 10.1.0.1 
  $ ip -n a -o route show table local 10.0.0.7
  local 10.0.0.7 dev d0 proto kernel scope host src 10.0.0.1 
  $ ip -n a -j route show table local dev d1
  [{"type":"local","dst":"10.1.0.1","protocol":"kernel","scope":"host","prefsrc":"10.1.0.1","flags":[]},{"type":"broadcast","dst":"10.1.255.255","protocol":"kernel","scope":"link","prefsrc":"10.1.0.1","flags":[]},{"type":"local","dst":"192.168.3.3","protocol":"kernel","scope":"host","prefsrc":"192.168.3.3","flags":[]}]
  $ ip -n a route show table all type local
  local 10.0.0.1 dev d0 table local proto kernel scope host src 10.0.0.1 
  local 10.0.0.7 dev d0 table local proto kernel scope host src 10.0.0.1 
  local 10.1.0.1 dev d1 table local proto kernel scope host src 10.1.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.9 dev lo table local proto kernel scope host src 127.0.0.1 
  local 192.168.3.3 dev d1 table local proto kernel scope host src 192.168.3.3 
  local ::1 dev lo table local proto kernel metric 0 pref medium
  $ ip -n a route show table all scope host
  local 10.0.0.1 dev d0 table local proto kernel src 10.0.0.1 
  local 10.0.0.7 dev d0 table local proto kernel src 10.0.0.1 
  local 10.1.0.1 dev d1 table local proto kernel src 10.1.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel src 127.0.0.1 
  local 127.0.0.1 dev lo table local proto kernel src 127.0.0.1 
  local 127.0.0.9 dev lo table local proto kernel src 127.0.0.1 
  local 192.168.3.3 dev d1 table local proto kernel src 192.168.3.3 
  $ ip -n a route get 10.0.0.7
  local 10.0.0.7 dev lo src 10.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 10.0.0.255
  broadcast 10.0.0.255 dev d0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 10.1.255.255
  broadcast 10.1.255.255 dev d1 src 10.1.0.1 uid 0 
      cache <local,brd> 
  $ ip -n a route get 10.1.0.0
  10.1.0.0 dev d1 src 10.1.0.1 uid 0 
      cache 
  $ ip -n a route get 192.168.3.3
  local 192.168.3.3 dev lo src 192.168.3.3 uid 0 
      cache <local> 
  $ ip -n a route get 127.1.2.3
  local 127.1.2.3 dev lo src 127.0.0.1 uid 0 
      cache <local> 
  $ ip -n a route get 127.0.0.9 from 10.0.0.1
  local 127.0.0.9 from 10.0.0.1 dev lo uid 0 
      cache <local> 
  $ ip -n a route get 10.0.0.7 from 10.1.0.1 iif d1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route get 10.0.0.255 from 10.1.0.9 iif d1
  broadcast 10.0.0.255 from 10.1.0.9 dev lo 
      cache <local,brd> iif d1 
  $ ip -n a route get 127.0.0.1 from 10.1.0.9 iif d1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n a route show table local type unicast
  $ ip -n a route show table local type multicast
  $ ip -n a route list table 255 type local dev d1
  local 10.1.0.1 proto kernel scope host src 10.1.0.1 
  local 192.168.3.3 proto kernel scope host src 192.168.3.3 
