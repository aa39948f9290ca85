ip route save writes iproute2's magic (0x45311224) then the kernel's
RTM_NEWROUTE messages of the selected routes; ip route showdump prints such a
file, ip route restore adds its routes back (local addresses, then local
networks, then gatewayed routes); garbage and truncated files are refused.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 up
  $ ip link set b0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip route add 10.1.0.0/16 via 10.0.0.2
  $ ip route add 10.2.0.0/16 via 10.0.0.3 metric 7 mtu lock 1400
  $ ip route add blackhole 10.3.0.0/16
  $ ip route add 10.4.0.0/16 dev a0 src 10.0.0.1 proto static
  $ ip route add 10.5.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3
  $ ip route add 10.6.0.0/16 via 10.0.0.2 table 100
  $ ip route save > saved; echo $?
  0
  $ wc -c < saved
  396
  $ ip route showdump < saved
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 
  10.2.0.0/16 via 10.0.0.3 dev a0 metric 7 mtu lock 1400 
  blackhole 10.3.0.0/16 
  10.4.0.0/16 dev a0 proto static scope link src 10.0.0.1 
  10.5.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  $ ip route save table 100 > t100; wc -c < t100
  64
  $ ip route showdump < t100
  10.6.0.0/16 via 10.0.0.2 dev a0 table 100 
  $ ip -4 route save table all > all; wc -c < all
  576
  $ ip route showdump < all
  10.6.0.0/16 via 10.0.0.2 dev a0 table 100 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 
  10.1.0.0/16 via 10.0.0.2 dev a0 
  10.2.0.0/16 via 10.0.0.3 dev a0 metric 7 mtu lock 1400 
  blackhole 10.3.0.0/16 
  10.4.0.0/16 dev a0 proto static scope link src 10.0.0.1 
  10.5.0.0/16 
  	nexthop via 10.0.0.2 dev a0 weight 2 
  	nexthop via 10.0.0.3 dev a0 weight 1 
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 
  $ ip route save dev a0 proto static > st; ip route showdump < st
  10.4.0.0/16 dev a0 proto static scope link src 10.0.0.1 
  $ ip route flush root 10.0.0.0/8
  $ ip route show
  $ ip route restore < saved; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route show
  blackhole 10.3.0.0/16 
  $ ip route restore < saved; echo $?
  RTNETLINK answers: File exists
  Error: Nexthop has invalid gateway.
  2
  $ ip route show table 100
  10.6.0.0/16 via 10.0.0.2 dev a0 
  $ ip route restore < t100; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route show table 100
  10.6.0.0/16 via 10.0.0.2 dev a0 
  $ ip route flush root 10.0.0.0/8 proto boot
  $ ip route show
  $ ip route restore < saved; echo $?
  Error: Nexthop has invalid gateway.
  2
  $ ip route show
  blackhole 10.3.0.0/16 
  $ ip route restore < all; echo $?
  RTNETLINK answers: File exists
  Error: Nexthop has invalid gateway.
  2
  $ cat saved | ip route restore; echo $?
  Failed to restore: ftell: Illegal seek
  1
  $ printf 'xx' | ip route restore
  Magic mismatch (0 elems, 7878 magic)
  [1]
  $ ip route restore < /dev/null
  Magic mismatch (0 elems, 0 magic)
  [1]
  $ printf 'abcdefgh' | ip route showdump
  Magic mismatch (1 elems, 64636261 magic)
  [1]
  $ head -c 30 saved | ip route showdump; echo $?
  rtnl-from_file: truncated message
  2
  $ head -c 30 saved | ip route restore; echo $?
  Failed to restore: ftell: Illegal seek
  1
  $ printf '\x24\x12\x31\x45\x04\x00\x00\x00' | ip route showdump; echo $?
  rtnl-from_file: truncated message
  2
  $ printf '\x24\x12\x31\x45\x10\x00\x00\x00' | ip route showdump; echo $?
  rtnl-from_file: truncated message
  2
  $ printf '\x24\x12\x31\x45' | ip route showdump; echo $?
  0
  $ ip route save bogus > x
  Error: any valid prefix is expected rather than "bogus".
  [1]
  $ ip -j route showdump < t100
  10.6.0.0/16 via 10.0.0.2 dev a0 table 100 
