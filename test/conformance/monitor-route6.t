ip -6 monitor route and ip monitor route: the routes addrconf makes and removes (ff00::/8, fe80::/64, local routes after DAD, subnet-router anycast with forwarding) and the user's deletions, interleaved with IPv4 route changes.
  $ ip link add a0 type veth peer name b0
  $ ip link set a0 address 02:00:00:00:00:01
  $ ip link set b0 address 02:00:00:00:00:02
  $ sysctl -qw net.ipv6.conf.b0.accept_dad=0
  $ ip -6 monitor route > m6.txt &
  $ ip monitor route > m46.txt &
  $ sleep 1
  $ ip link set lo up
  $ ip link set a0 up
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip link set b0 up
  $ sleep 4
  $ ip -6 route del ff00::/8 dev a0 table local
  $ ip -6 route del fe80::/64 dev b0
  $ sysctl -qw net.ipv6.conf.a0.forwarding=1
  $ sleep 1
  $ sysctl -qw net.ipv6.conf.a0.forwarding=0
  $ ip link set b0 down
  $ sleep 1
  $ sysctl -qw net.ipv6.conf.a0.disable_ipv6=1
  $ ip link del a0
  $ sleep 1
  $ kill %1 %2
  $ cat m6.txt
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  Deleted multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  Deleted fe80::/64 dev b0 proto kernel metric 256 pref medium
  anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  Deleted multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  Deleted fe80::/64 dev a0 proto kernel metric 256 linkdown pref medium
  Deleted local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  $ cat m46.txt
  local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1 
  local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1 
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
  10.0.0.0/24 dev a0 proto kernel scope link src 10.0.0.1 linkdown 
  broadcast 10.0.0.255 dev a0 table local proto kernel scope link src 10.0.0.1 linkdown 
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  Deleted multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  Deleted fe80::/64 dev b0 proto kernel metric 256 pref medium
  anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted anycast fe80:: dev a0 table local proto kernel metric 0 pref medium
  Deleted local fe80::ff:fe00:2 dev b0 table local proto kernel metric 0 pref medium
  Deleted multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  Deleted fe80::/64 dev a0 proto kernel metric 256 linkdown pref medium
  Deleted local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  Deleted local 10.0.0.1 dev a0 table local proto kernel scope host src 10.0.0.1 
