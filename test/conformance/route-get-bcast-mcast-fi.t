Which route's attributes a broadcast or multicast output route keeps (__mkroute_output): a subnet broadcast takes its local-table broadcast route's metrics, the limited broadcast none, a multicast group those of a route of /4 or longer but not of a shorter one (the default route), and none of them takes a gateway.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add default via 10.0.0.254 mtu 1400 hoplimit 9
  $ ip route get 255.255.255.255
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route get 239.1.2.3
  multicast 239.1.2.3 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> 
  $ ip route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> 
  $ ip route change broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 mtu 1300
  $ ip route show table local type broadcast
  broadcast 10.0.0.255 dev a0 proto kernel scope link src 10.0.0.1 mtu 1300 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip -s route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> users 2 mtu 1300 
  $ ip -s route get 10.0.0.255
  broadcast 10.0.0.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> users 2 (age [0-9]sec )?mtu 1300  (re)
  $ ip route add 224.0.0.0/4 dev a0 mtu 1200
  $ ip -s route get 239.1.2.3
  multicast 239.1.2.3 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> users 2 mtu 1200 
  $ ip -s route get 239.1.2.3
  multicast 239.1.2.3 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> users 2 (age [0-9]sec )?mtu 1200  (re)
  $ ip -s route get 224.0.0.1
  multicast 224.0.0.1 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <local,mc> users 1 mtu 1200 
  $ ip route del 224.0.0.0/4
  $ ip route add 224.0.0.0/3 via 10.0.0.254 mtu 1100
  $ ip -s route get 239.1.2.3
  multicast 239.1.2.3 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> users 1 
  $ ip route add 239.0.0.0/8 via 10.0.0.254 mtu 1000
  $ ip -s route get 239.1.2.3
  multicast 239.1.2.3 via 10.0.0.254 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> users 2 mtu 1000 
  $ ip -s route get 239.1.2.3 oif a0
  multicast 239.1.2.3 via 10.0.0.254 dev a0 src 10.0.0.1 rt_offload_failed uid 0 
      cache <mc> users 2 (age [0-9]sec )?mtu 1000  (re)
  $ ip -s route get 255.255.255.255 oif a0
  broadcast 255.255.255.255 dev a0 src 10.0.0.1 uid 0 
      cache <local,brd> users 1 
  $ ip -s route get 255.255.255.255 from 10.0.0.1
  broadcast 255.255.255.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> users 1 
  $ ip -s route get 10.0.0.255 from 10.0.0.1
  broadcast 10.0.0.255 from 10.0.0.1 dev a0 uid 0 
      cache <local,brd> users 2 (age [0-9]sec )?mtu 1300  (re)
