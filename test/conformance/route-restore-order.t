ip route restore replays a save in three passes (restore_handler(): routes without gateway whose prefsrc is absent or the destination, then the other gateway-less ones, then those with a gateway): a multipath route (no RTA_GATEWAY) comes back before the prefix routes its gateways need; EEXIST is ignored, other errors stop the restore.

  $ ip link add a0 address 02:00:00:00:0a:01 type veth peer name b0 address 02:00:00:00:0b:01
  $ ip link add a1 address 02:00:00:00:0a:02 type veth peer name b1 address 02:00:00:00:0b:02
  $ ip link set lo up; for d in a0 b0 a1 b1; do ip link set $d up; done
  $ ip addr add 10.0.0.1/24 dev a0; ip addr add 10.0.1.1/24 dev a1
  $ ip route add 20.0.0.0/8 via 10.0.0.2; ip route add 21.0.0.0/8 dev a1 src 10.0.1.1; ip route add blackhole 22.0.0.0/8
  $ ip route add 23.0.0.0/8 nexthop via 10.0.0.2 nexthop via 10.0.1.2
  $ ip nexthop add id 5 via 10.0.1.2 dev a1; ip route add 24.0.0.0/8 nhid 5
  $ ip route add 25.0.0.5 dev a0 src 10.0.0.1; ip route add 10.0.0.1 dev a0 src 10.0.0.1 table 7 2>&1
  $ ip route save > all.bin; echo $?
  0
  $ ip route save table all > tall.bin; echo $?
  0
  $ ip route restore < all.bin 2>&1; echo $?
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  Error: Nexthop specification and nexthop id are mutually exclusive.
  2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 dev a1 scope link src 10.0.1.1 
  blackhole 22.0.0.0/8 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 nhid 5 via 10.0.1.2 dev a1 
  25.0.0.5 dev a0 scope link src 10.0.0.1 
  $ ip route flush table main
  Failed to send flush request: Invalid argument
  [2]
  $ ip route restore < all.bin 2>&1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route show
  blackhole 22.0.0.0/8 
  24.0.0.0/8 nhid 5 via 10.0.1.2 dev a1 
  $ ip route flush table main; ip route add 10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1; ip route add 10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1
  Failed to send flush request: Invalid argument
  $ ip route restore < all.bin 2>&1; echo $?
  RTNETLINK answers: File exists
  RTNETLINK answers: File exists
  Error: Nexthop specification and nexthop id are mutually exclusive.
  2
  $ ip route show
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 dev a1 scope link src 10.0.1.1 
  blackhole 22.0.0.0/8 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 nhid 5 via 10.0.1.2 dev a1 
  25.0.0.5 dev a0 scope link src 10.0.0.1 
  $ ip route flush table main; ip nexthop del id 5
  Failed to send flush request: Invalid argument
  $ ip route restore < all.bin 2>&1; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route show
  blackhole 22.0.0.0/8 
  $ ip route flush table 7; ip route restore < tall.bin 2>&1; echo $?
  RTNETLINK answers: File exists
  Error: Nexthop has invalid gateway.
  2
  $ ip route show table 7
  10.0.0.1 dev a0 scope link src 10.0.0.1 
  $ ip route showdump < all.bin
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 dev a1 scope link src 10.0.1.1 
  blackhole 22.0.0.0/8 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 nhid 5 via 10.0.1.2 dev a1 
  25.0.0.5 dev a0 scope link src 10.0.0.1 
  $ ip route showdump < tall.bin | grep -v 'table local' | head -20
  10.0.0.1 dev a0 table 7 scope link src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.1.0/24 dev a1 proto kernel scope link src 10.0.1.1 
  20.0.0.0/8 via 10.0.0.2 dev a0 
  21.0.0.0/8 dev a1 scope link src 10.0.1.1 
  blackhole 22.0.0.0/8 
  23.0.0.0/8 
  	nexthop via 10.0.0.2 dev a0 weight 1 
  	nexthop via 10.0.1.2 dev a1 weight 1 
  24.0.0.0/8 nhid 5 via 10.0.1.2 dev a1 
  25.0.0.5 dev a0 scope link src 10.0.0.1 
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  fe80::/64 dev b1 proto kernel metric 256 pref medium
  fe80::/64 dev a1 proto kernel metric 256 pref medium
  $ echo garbage | ip route restore 2>&1; echo $?
  Magic mismatch (1 elems, 62726167 magic)
  1
  $ echo garbage | ip route showdump 2>&1; echo $?
  Magic mismatch (1 elems, 62726167 magic)
  1
  $ ip route restore < /dev/null 2>&1; echo $?
  Magic mismatch (0 elems, 0 magic)
  1
  $ head -c 10 all.bin | ip route restore 2>&1; echo $?
  Failed to restore: ftell: Illegal seek
  1
  $ ip route save | head -c 3 | od -An -tx1
   24 12 31
