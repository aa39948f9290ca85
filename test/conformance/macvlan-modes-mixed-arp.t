Macvlan siblings of different modes on one parent: bridge to bridge talks directly, private and vepa go out the lower device (no hairpin on a veth peer), the parent never reaches its own children, ARP state after each attempt, passthru refuses to share the lower device, and ip route get on each.
  $ ip netns add ext
  $ ip link add eth0 address 02:00:00:00:00:10 type veth peer name x0 netns ext address 02:00:00:00:00:20
  $ ip link add link eth0 name mb1 address 02:00:00:00:00:31 type macvlan mode bridge
  $ ip link add link eth0 name mb2 address 02:00:00:00:00:32 type macvlan mode bridge
  $ ip link add link eth0 name mp1 address 02:00:00:00:00:33 type macvlan mode private
  $ ip link add link eth0 name mv1 address 02:00:00:00:00:34 type macvlan mode vepa
  $ ip link add link eth0 name mt1 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ for n in b1 b2 p1 v1; do ip netns add $n; done
  $ ip link set mb1 netns b1; ip link set mb2 netns b2; ip link set mp1 netns p1; ip link set mv1 netns v1
  $ ip link set eth0 up; ip link set lo up
  $ ip -n ext link set x0 up
  $ ip addr add 10.0.0.1/24 dev eth0
  $ ip -n ext addr add 10.0.0.254/24 dev x0
  $ ip -n b1 addr add 10.0.0.11/24 dev mb1; ip -n b1 link set mb1 up
  $ ip -n b2 addr add 10.0.0.12/24 dev mb2; ip -n b2 link set mb2 up
  $ ip -n p1 addr add 10.0.0.13/24 dev mp1; ip -n p1 link set mp1 up
  $ ip -n v1 addr add 10.0.0.14/24 dev mv1; ip -n v1 link set mv1 up
  $ ip -d -n b1 link show mb1 | grep -o 'macvlan mode [a-z]*'
  macvlan mode bridge
  $ ip -d -n v1 link show mv1 | grep -o 'macvlan mode [a-z]*'
  macvlan mode vepa
  $ ip netns exec b1 ping -c 1 -W 1 10.0.0.12 | sed -n 2p
  64 bytes from 10.0.0.12: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b1 ping -c 1 -W 1 10.0.0.254 | sed -n 2p
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec b1 ping -c 1 -W 1 10.0.0.13 | tail -n +2 | head -3
  
  --- 10.0.0.13 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec b1 ping -c 1 -W 1 10.0.0.14 | tail -n +2 | head -3
  
  --- 10.0.0.14 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec p1 ping -c 1 -W 1 10.0.0.254 | sed -n 2p
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec v1 ping -c 1 -W 1 10.0.0.254 | sed -n 2p
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 time=* ms (glob)
  $ ip netns exec v1 ping -c 1 -W 1 10.0.0.12 | tail -n +2 | head -3
  
  --- 10.0.0.12 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ping -c 1 -W 1 10.0.0.11 | tail -n +2 | head -3
  
  --- 10.0.0.11 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  $ ip netns exec ext ping -c 1 -W 1 10.0.0.13 | sed -n 2p
  64 bytes from 10.0.0.13: icmp_seq=1 ttl=64 time=* ms (glob)
  $ sleep 0.5
  $ ip -n b1 neigh show | sort
  10.0.0.12 dev mb1 lladdr 02:00:00:00:00:32 REACHABLE 
  10.0.0.13 dev mb1 FAILED 
  10.0.0.14 dev mb1 FAILED 
  10.0.0.254 dev mb1 lladdr 02:00:00:00:00:20 REACHABLE 
  $ ip -n v1 neigh show | sort
  10.0.0.12 dev mv1 INCOMPLETE 
  10.0.0.254 dev mv1 lladdr 02:00:00:00:00:20 REACHABLE 
  $ ip neigh show | sort
  10.0.0.11 dev eth0 INCOMPLETE 
  $ ip -n ext neigh show | sort
  10.0.0.11 dev x0 lladdr 02:00:00:00:00:31 DELAY 
  10.0.0.13 dev x0 lladdr 02:00:00:00:00:33 DELAY 
  10.0.0.14 dev x0 lladdr 02:00:00:00:00:34 DELAY 
  $ ip -n b1 route get 10.0.0.12
  10.0.0.12 dev mb1 src 10.0.0.11 uid 0 
      cache 
  $ ip -n v1 route get 10.0.0.254
  10.0.0.254 dev mv1 src 10.0.0.14 uid 0 
      cache 
  $ ip route get 10.0.0.11
  10.0.0.11 dev eth0 src 10.0.0.1 uid 0 
      cache 
  $ ip link add link eth0 name mt2 type macvlan mode passthru
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add link x0 name mt3 netns ext type macvlan mode passthru
  Cannot find device "x0"
  [1]
  $ ip -n ext link add link x0 name mt3 type macvlan mode passthru
  $ ip -n ext link add link x0 name mx type macvlan mode bridge
  RTNETLINK answers: Invalid argument
  [2]
  $ ip -n ext -d link show mt3 | grep -o 'macvlan mode [a-z]*'
  macvlan mode passthru
  $ ip -n ext link show x0 | grep -o 'PROMISC'
  [1]
  $ ip -s -n b1 link show mb1 | sed -n 3,6p
      RX:  bytes packets errors dropped  missed   mcast           
             280       4      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
            1048      16      0       0       0       0 
