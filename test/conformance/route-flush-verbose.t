ip -s route flush and ip -s -s route flush report rounds and deleted entries; flush selectors (proto, type, dev, via, table, scope), flush cache.
  $ ip link add a0 type veth peer name b0
  $ ip link add a1 type veth peer name b1
  $ for d in lo a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.1.1/24 dev a1
  $ for i in 1 2 3 4 5; do ip route add 20.$i.0.0/16 via 10.0.0.2 proto static; done
  $ for i in 1 2 3; do ip route add 21.$i.0.0/16 via 10.0.1.2 proto 77 table 9; done
  $ ip route add blackhole 22.0.0.0/8
  $ ip route add unreachable 23.0.0.0/8 table 9
  $ ip -s route flush proto static
  
  *** Round 1, deleting 5 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s -s route flush table 9 proto 77
  21.1.0.0/16 via 10.0.1.2 dev a1 
  21.2.0.0/16 via 10.0.1.2 dev a1 
  21.3.0.0/16 via 10.0.1.2 dev a1 
  
  *** Round 1, deleting 3 entries ***
  *** Flush is complete after 1 round ***
  $ ip route show table 9
  unreachable 23.0.0.0/8 
  $ ip -s route flush type blackhole
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s route flush table 9
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s route flush table 9
  Nothing to flush.
  $ ip route flush table 9
  $ ip route flush table 10
  Error: ipv4: FIB table does not exist.
  Flush terminated
  [2]
  $ ip route flush
  "ip route flush" requires arguments.
  [1]
  $ ip route add 30.0.0.0/8 via 10.0.1.2
  $ ip -s route flush dev a1
  
  *** Round 1, deleting 2 entries ***
  *** Flush is complete after 1 round ***
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  $ ip route add 31.0.0.0/8 via 10.0.0.2 table 12
  $ ip route add 32.0.0.0/8 dev a0 scope link table 12
  $ ip -s -s route flush table 12 scope link
  32.0.0.0/8 dev a0 
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -s -s route flush table 12 via 10.0.0.2
  31.0.0.0/8 dev a0 
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip route flush cache
  $ ip -s route flush cache
  *** IPv4 routing cache is flushed.
  $ ip route flush table local
  $ ip route show table local
  $ ip route get 10.0.0.1
  10.0.0.1 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ping -c1 -W1 127.0.0.1
  ping: connect: Network is unreachable
  [2]
  $ ip route flush all
