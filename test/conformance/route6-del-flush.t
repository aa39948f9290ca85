ip -6 route del and flush of the routes addrconf made; ip -6 route get; a link bounce makes them again.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up; sleep 3
  $ ip -6 route del fe80::/64 dev a0
  $ ip -6 route del fe80::/64 dev a0
  RTNETLINK answers: No such process
  [2]
  $ ip -6 route
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  $ ip -6 route del multicast ff00::/8 dev b0 table local
  $ ip -6 route del local fe80::ff:fe00:1 dev a0 table local
  $ ip -6 route show table local
  local ::1 dev lo proto kernel metric 0 pref medium
  local fe80::ff:fe00:2 dev b0 proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 proto kernel metric 256 pref medium
  $ ip -6 -s route flush table local dev b0
  
  *** Round 1, deleting 1 entries ***
  *** Flush is complete after 1 round ***
  $ ip -6 route show table all
  fe80::/64 dev b0 proto kernel metric 256 pref medium
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -6 route flush dev b0
  $ ip -6 route show table all
  local ::1 dev lo table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
  $ ip -6 route flush table all
  $ ip -6 route show table all
  $ ip link set a0 down; ip link set a0 up; sleep 3; ip -6 route show table all
  fe80::/64 dev a0 proto kernel metric 256 pref medium
  local fe80::ff:fe00:1 dev a0 table local proto kernel metric 0 pref medium
  multicast ff00::/8 dev a0 table local proto kernel metric 256 pref medium
