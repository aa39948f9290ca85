Flushing the IPv6 addresses of a device with ip -6 monitor running: the address, its subnet-router anycast (forwarding on) and local routes, then its prefix route go, each announced. ip -6 route flush announces each route it deletes.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.a0.accept_dad=0
  $ sysctl -qw net.ipv6.conf.b0.accept_dad=0
  $ ip link set a0 up
  $ ip link set b0 up
  $ sleep 2
  $ ip -6 monitor address route > m.txt &
  $ sleep 1
  $ sysctl -qw net.ipv6.conf.a0.forwarding=1
  $ ip -6 addr flush dev a0
  $ ip -6 route flush dev b0
  $ sleep 1
  $ kill %1
  $ cat m.txt
  anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted 3: a0    inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  Deleted anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  Deleted fe80::/64 dev a0 proto kernel metric 256 pref medium
  Deleted fe80::/64 dev b0 proto kernel metric 256 pref medium
  $ cat /proc/net/ipv6_route
  00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
  fe80000000000000000000fffe000002 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 * 00000000 80200001       b0 (glob)
  ff000000000000000000000000000000 08 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 * 00000000 00000001       b0 (glob)
  ff000000000000000000000000000000 08 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 * 00000000 00000001       a0 (glob)
  00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
