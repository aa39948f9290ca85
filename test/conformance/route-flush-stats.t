ip route flush selectors with -s, ip route save/restore, ip -o route, ip route show cache.
  $ ip link add d0 address 02:00:00:00:00:10 type veth peer name e0 address 02:00:00:00:00:20
  $ ip link set lo up; ip link set d0 up; ip link set e0 up
  $ ip addr add 10.0.0.1/24 dev d0
  $ for i in 1 2 3 4; do ip route add 10.$i.0.0/16 via 10.0.0.2 proto static; done
  $ ip route add 10.5.0.0/16 via 10.0.0.3 table 10
  $ ip route add 10.6.0.0/16 via 10.0.0.3 table 10 proto bird
  $ ip -o route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev d0 proto static 
  10.2.0.0/16 via 10.0.0.2 dev d0 proto static 
  10.3.0.0/16 via 10.0.0.2 dev d0 proto static 
  10.4.0.0/16 via 10.0.0.2 dev d0 proto static 
  $ ip -s route flush proto static root 10.2.0.0/15
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s -s route flush 10.1.0.0/16
  10.1.0.0/16 via 10.0.0.2 dev d0 proto static 
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route
  10.0.0.0/24 dev d0 proto kernel scope link src 10.0.0.1 
  10.4.0.0/16 via 10.0.0.2 dev d0 proto static 
  $ ip route flush table 10 proto bird
  $ ip route show table 10
  10.5.0.0/16 via 10.0.0.3 dev d0 
  $ ip -s route flush table 10
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route flush table 10
  $ ip -s route flush table 10
  Nothing to flush.
  $ ip route flush table 77
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip route flush
  "ip route flush" requires arguments.
  [1]
  $ ip route flush cache
  $ ip -s route flush cache
  *** IPv4 routing cache is flushed.
  $ ip route show cache
  $ ip route get 10.4.1.1 > /dev/null; ip route show cache
  $ ip route flush dev d0 scope link
  $ ip route
  10.4.0.0/16 via 10.0.0.2 dev d0 proto static 
  $ ip route flush dev d0
  $ ip route
  $ ip route flush dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip route flush table all proto static
  $ ip -4 route flush table all type local
  $ ip -4 route show table all
  broadcast 10.0.0.255 dev d0 table local proto kernel scope link src 10.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
