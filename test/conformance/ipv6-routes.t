The IPv6 routes addrconf makes by itself: fe80::/64 with each link-local address, ff00::/8 in table local for each configured device, the local route of an address once DAD made it valid, ::1 on lo; a device without carrier marks its routes linkdown, a device going down loses them.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link set a0 up; ip link set b0 up; ip link set lo up
  $ ip -6 route show table all
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ sleep 3; ip -6 route
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  $ ip -6 route show table local
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:a0 dev a0 proto kernel metric 0 pref medium
  local fe80::ff:fe00:b0 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
  $ ip -6 route show table all
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:a0 dev a0 table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:b0 dev b0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -6 route show dev a0
  fe80::/64 proto kernel metric 256 pref medium
  $ ip link set a0 down; ip -6 route show table all
  fe80::/64 dev b0 proto kernel metric 256 linkdown pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  local fe80::ff:fe00:b0 dev b0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev b0 table local proto kernel metric 256 linkdown pref medium
