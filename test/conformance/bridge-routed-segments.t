Routing between two bridges in one namespace: hosts on each bridge reach each other through the bridges' addresses, with TTL decremented, neighbours learnt on the bridge devices, routes on the bridges, and counters on bridge and port.
  $ for n in a b r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n r link add bra address 02:00:00:00:0a:00 type bridge
  $ ip -n r link add brb address 02:00:00:00:0b:00 type bridge
  $ ip link add e0 netns a address 02:00:00:00:00:0a type veth peer name pa netns r address 02:00:00:00:aa:0a
  $ ip link add e0 netns b address 02:00:00:00:00:0b type veth peer name pb netns r address 02:00:00:00:aa:0b
  $ ip -n r link set pa master bra; ip -n r link set pb master brb
  $ for d in pa pb bra brb; do ip -n r link set $d up; done
  $ ip -n a link set e0 up; ip -n b link set e0 up
  $ ip -n r addr add 10.1.0.254/24 dev bra; ip -n r addr add 10.2.0.254/24 dev brb
  $ ip -n a addr add 10.1.0.1/24 dev e0; ip -n a route add default via 10.1.0.254
  $ ip -n b addr add 10.2.0.1/24 dev e0; ip -n b route add default via 10.2.0.254
  $ ip netns exec r sysctl -w net.ipv4.ip_forward=1
  net.ipv4.ip_forward = 1
  $ sleep 1
  $ ip netns exec a ping -c 1 10.2.0.1 | sed -n 2p | sed -E 's/time=.*//'
  64 bytes from 10.2.0.1: icmp_seq=1 ttl=63 
  $ ip -n r route
  10.1.0.0/24 dev bra proto kernel scope link src 10.1.0.254 
  10.2.0.0/24 dev brb proto kernel scope link src 10.2.0.254 
  $ ip -n r neigh show | sort
  10.1.0.1 dev bra lladdr 02:00:00:00:00:0a DELAY 
  10.2.0.1 dev brb lladdr 02:00:00:00:00:0b REACHABLE 
  $ bridge -n r fdb show dynamic | sort
  02:00:00:00:00:0a dev pa master bra 
  02:00:00:00:00:0b dev pb master brb 
  $ ip netns exec a traceroute -n -q 1 -w 1 10.2.0.1 | sed -E 's/  [0-9.]+ ms//'
  traceroute to 10.2.0.1 (10.2.0.1), 30 hops max, 60 byte packets
   1  10.1.0.254
   2  10.2.0.1
  $ ip -n r route get 10.2.0.1 from 10.1.0.1 iif bra
  10.2.0.1 from 10.1.0.1 dev brb 
      cache iif bra 
  $ ip -n r -s link show bra | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
            1072      18      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
             962      11      0       0       0       0 
  $ ip -n r -s link show pb | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             752       8      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1358      19      0       0       0       0 
  $ ip -n r link set brb down
  $ ip netns exec a ping -c 1 -W 1 10.2.0.1 | sed -n 2p
  From 10.1.0.254 icmp_seq=1 Destination Net Unreachable
  $ ip -n r route
  10.1.0.0/24 dev bra proto kernel scope link src 10.1.0.254 
