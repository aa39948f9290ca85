A macvlan created on a lower device that already has carrier starts with it: its operstate is computed at once (linkwatch_fire_event in macvlan_common_newlink), UP as soon as it is set up.
  $ ip netns add h
  $ ip link add eth0 netns h address 02:00:00:00:0a:01 type veth peer name o0 address 02:00:00:00:0a:02
  $ ip -n h link set eth0 up
  $ ip link set o0 up
  $ ip -n h link add link eth0 name m0 address 02:00:00:00:0a:10 up type macvlan mode bridge
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:0a:11 type macvlan mode private
  $ ip -n h -br link show m0
  m0@eth0          UP             02:00:00:00:0a:10 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h -br link show m1
  m1@eth0          DOWN           02:00:00:00:0a:11 <BROADCAST,MULTICAST> 
  $ ip -n h link set m1 up
  $ ip -n h -br link show m1
  m1@eth0          UP             02:00:00:00:0a:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
