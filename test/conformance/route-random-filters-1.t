Random ip route show/flush filter combinations over a fixed set of routes of every kind (differential check against Linux).
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ ip route add default via 10.0.0.2 metric 100
  $ ip route add 20.0.0.0/8 via 10.0.0.2 proto static metric 5
  $ ip route add 20.1.0.0/16 via 10.0.1.2 proto boot tos 0x10
  $ ip route add 20.1.2.0/24 dev a1 src 10.0.1.1 scope link proto 77
  $ ip route add 20.1.2.3/32 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip route add blackhole 21.0.0.0/8 proto static
  $ ip route add unreachable 21.1.0.0/16 metric 5
  $ ip route add 22.0.0.0/8 via 10.0.0.3 table 100 proto static
  $ ip route add 22.0.0.0/8 via 10.0.1.3 table 100 metric 5
  $ ip route add prohibit 23.0.0.0/8 table 100
  $ ip route add local 24.0.0.0/8 dev a0 table 100
  $ ip route add 25.0.0.0/8 via 10.0.0.4 mtu 1300 table 200
  $ ip route show preference 100
  default via 10.0.0.2 dev a0 
  $ ip -d route show proto boot exact 20.1.0.0/16
  unicast 20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 scope global 
  $ ip route show table 100 root 22.0.0.0/8 via 10.0.1.0/24
  22.0.0.0/8 via 10.0.1.3 dev a1 metric 5 
  $ ip route show exact 20.1.0.0/16
  20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 
  $ ip route show root 20.0.0.0/8 0/0
  default via 10.0.0.2 dev a0 metric 100 
  $ ip -o route show root 20.1.0.0/16 scope link type local
  $ ip route show dev a0
  default via 10.0.0.2 metric 100 
  10.0.0.0/24 proto kernel scope link src 10.0.0.1 
  20.0.0.0/8 via 10.0.0.2 proto static metric 5 
  $ ip -o route show table 100
  22.0.0.0/8 via 10.0.0.3 dev a0 proto static 
  22.0.0.0/8 via 10.0.1.3 dev a1 metric 5 
  prohibit 23.0.0.0/8 
  local 24.0.0.0/8 dev a0 scope host 
  $ ip route show via 10.0.1.0/24
  20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 
  $ ip route show table 100 metric 5
  22.0.0.0/8 via 10.0.1.3 dev a1 
  $ ip route show exact 20.1.0.0/16 dsfield 0x10
  20.1.0.0/16 via 10.0.1.2 dev a1 
  $ ip route show type local cached
  $ ip -d route show scope global table 100
  unicast 22.0.0.0/8 via 10.0.0.3 dev a0 proto static 
  unicast 22.0.0.0/8 via 10.0.1.3 dev a1 proto boot metric 5 
  prohibit 23.0.0.0/8 proto boot 
  $ ip -4 route show table 100 root 22.0.0.0/8 proto static type unicast
  22.0.0.0/8 via 10.0.0.3 dev a0 
  $ ip -o route show dev a1
  10.0.1.0/24 proto kernel scope link src 10.0.1.1 
  20.1.0.0/16 tos 0x10 via 10.0.1.2 
  20.1.2.0/24 proto 77 scope link src 10.0.1.1 
  $ ip route show 20.1.0.0/16 cloned
  $ ip -d route show scope global default
  unicast default via 10.0.0.2 dev a0 proto boot metric 100 
  $ ip -d route show src 10.0.1.1 default table 200
  $ ip -d route show src 10.0.1.1
  unicast 10.0.1.0/24 dev a1 proto kernel scope link 
  unicast 20.1.2.0/24 dev a1 proto 77 scope link 
  $ ip -4 route show type unicast via 10.0.0.2 dsfield 0x10
  $ ip -o route show root 20.1.0.0/16
  20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 
  20.1.2.0/24 dev a1 proto 77 scope link src 10.0.1.1 
  20.1.2.3 \	nexthop via 10.0.0.2 dev a0 weight 1 \	nexthop via 10.0.1.2 dev a1 weight 1 
  $ ip -o route show proto redirect
  $ ip route show via 10.0.0.2 exact 20.1.0.0/16
  $ ip -o route show table 200 scope host
  $ ip route show default src 10.0.1.1 table 100 root 22.0.0.0/8
  $ ip route show 20.1.0.0/16
  20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 
  $ ip -o route show type blackhole
  blackhole 21.0.0.0/8 proto static 
  $ ip -4 route show type local src 10.0.1.1 20.1.0.0/16
  $ ip -o route show oif a1 match 20.1.2.3 scope link
  20.1.2.0/24 proto 77 src 10.0.1.1 
  $ ip route show table main via 10.0.1.0/24 20.1.0.0/16
  20.1.0.0/16 tos 0x10 via 10.0.1.2 dev a1 
  $ ip -s route flush root 20.1.0.0/16
  
  *** Round 1, deleting 3 entries ***
  *** Flush is complete after 1 round ***
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127' | wc -l
  15
  $ ip -s route flush exact 20.1.0.0/16
  Nothing to flush.
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127' | wc -l
  15
  $ ip -s route flush default preference 100
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127' | wc -l
  14
  $ ip -s route flush metric 5
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip -4 route show table all | grep -v '^local 127\|^broadcast 127' | wc -l
  12
