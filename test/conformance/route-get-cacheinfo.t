ip -s route get: the dst's users (its references: the next hop's cache, the reply's skb, a made input route's own) and age, for unicast, broadcast, limited broadcast, multicast, local routes on lo and on a device, with oif, and input routes (forwarded, local, broadcast) made and then found cached; a route change makes a new dst.
  $ ip link add h0 address 02:00:00:00:00:01 type veth peer name h9 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set h0 up; ip link set h9 up
  $ ip addr add 192.168.1.2/24 dev h0
  $ ip route add default via 192.168.1.1
  $ ip -s route get 8.8.8.8
  8.8.8.8 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache users 2 
  $ ip -s route get 8.8.4.4
  8.8.4.4 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache users 2 (age 0sec )? (re)
  $ ip -s -j route get 8.8.8.8
  \[\{"dst":"8\.8\.8\.8","gateway":"192\.168\.1\.1","dev":"h0","prefsrc":"192\.168\.1\.2","flags":\[\],"uid":0,"cache":\[\],"users":2(,"age":0)?\}\] (re)
  $ ip -s route get 192.168.1.255
  broadcast 192.168.1.255 dev h0 src 192.168.1.2 uid 0 
      cache <local,brd> users 2 
  $ ip -s route get 255.255.255.255
  broadcast 255.255.255.255 dev h0 src 192.168.1.2 uid 0 
      cache <local,brd> users 1 
  $ ip -s route get 224.0.0.1
  multicast 224.0.0.1 dev h0 src 192.168.1.2 rt_offload_failed uid 0 
      cache <local,mc> users 1 
  $ ip -s route get 239.1.1.1 oif h0
  multicast 239.1.1.1 dev h0 src 192.168.1.2 rt_offload_failed uid 0 
      cache <mc> users 1 
  $ ip -s route get 192.168.1.2
  local 192.168.1.2 dev lo src 192.168.1.2 uid 0 
      cache <local> users 1 
  $ ip -s route get 127.0.0.1
  local 127.0.0.1 dev lo src 127.0.0.1 uid 0 
      cache <local> users 2 
  $ ip -s route get 127.0.0.9
  local 127.0.0.9 dev lo src 127.0.0.1 uid 0 
      cache <local> users 2 (age 0sec )? (re)
  $ ip -s route get 192.168.1.7
  192.168.1.7 dev h0 src 192.168.1.2 uid 0 
      cache users 2 
  $ ip -s route get 192.168.1.7 oif h0
  192.168.1.7 dev h0 src 192.168.1.2 uid 0 
      cache users 2 (age 0sec )? (re)
  $ ip -s route get 192.168.1.2 oif h0
  local 192.168.1.2 dev lo src 192.168.1.2 uid 0 
      cache <local> users 1 
  $ ip -s route get 8.8.8.8 from 192.168.1.2
  8.8.8.8 from 192.168.1.2 via 192.168.1.1 dev h0 uid 0 
      cache users 2 (age 0sec )? (re)
  $ sysctl -qw net.ipv4.ip_forward=1
  $ ip -s route get 8.8.8.8 from 192.168.1.7 iif h0
  8.8.8.8 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache <redirect> users 2 iif h0 
  $ ip -s route get 8.8.8.8 from 192.168.1.7 iif h0
  8.8.8.8 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache <redirect> users 1 (age 0sec )?iif h0  (re)
  $ ip -s route get 9.9.9.9 from 192.168.1.8 iif h0
  9.9.9.9 from 192.168.1.8 via 192.168.1.1 dev h0 
      cache <redirect> users 1 (age 0sec )?iif h0  (re)
  $ ip -s route get 192.168.1.2 from 192.168.1.7 iif h0
  local 192.168.1.2 from 192.168.1.7 dev lo 
      cache <local> users 2 iif h0 
  $ ip -s route get 192.168.1.2 from 192.168.1.7 iif h0
  local 192.168.1.2 from 192.168.1.7 dev lo 
      cache <local> users 1 (age 0sec )?iif h0  (re)
  $ ip -s route get 192.168.1.255 from 192.168.1.7 iif h0
  broadcast 192.168.1.255 from 192.168.1.7 dev lo 
      cache <local,brd> users 2 iif h0 
  $ ip -s route get 192.168.1.255 from 192.168.1.7 iif h0
  broadcast 192.168.1.255 from 192.168.1.7 dev lo 
      cache <local,brd> users 1 (age 0sec )?iif h0  (re)
  $ ip -s route get 255.255.255.255 from 192.168.1.7 iif h0
  broadcast 255.255.255.255 from 192.168.1.7 dev lo 
      cache <local,brd> users 1 iif h0 
  $ sleep 2.2; ip -s route get 192.168.1.2 from 192.168.1.7 iif h0
  local 192.168.1.2 from 192.168.1.7 dev lo 
      cache <local> users 1 age 2sec iif h0 
  $ ip -s route get 8.8.8.8 from 192.168.1.7 iif h0
  8.8.8.8 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache <redirect> users 1 age 2sec iif h0 
  $ ip -s -j route get 8.8.8.8 from 192.168.1.7 iif h0
  [{"dst":"8.8.8.8","from":"192.168.1.7","gateway":"192.168.1.1","dev":"h0","flags":[],"cache":["redirect"],"users":1,"age":2,"iif":"h0"}]
  $ ip route get 8.8.8.8 from 192.168.1.7 iif h0
  8.8.8.8 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache <redirect> iif h0 
  $ ip route add 10.0.0.0/8 via 192.168.1.1
  $ ip -s route get 8.8.8.8 from 192.168.1.7 iif h0
  8.8.8.8 from 192.168.1.7 via 192.168.1.1 dev h0 
      cache <redirect> users 2 iif h0 
  $ ip -s route get 192.168.1.2 from 192.168.1.7 iif h0
  local 192.168.1.2 from 192.168.1.7 dev lo 
      cache <local> users 2 iif h0 
  $ ip -s route get 10.1.1.1
  10.1.1.1 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache users 2 
  $ ip -s -s route get 10.1.1.1
  10.1.1.1 via 192.168.1.1 dev h0 src 192.168.1.2 uid 0 
      cache users 2 (age 0sec )? (re)
