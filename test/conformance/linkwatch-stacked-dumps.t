Linkwatch timing seen in dumps with a macvlan stacked on a veth: the peer going down takes the veth and the macvlan (LOWERLAYERDOWN) down once the run comes; the peer back up is urgent for the veth (its queue was deactivated) and the macvlan follows at once; the veth brought up again itself waits for the next full run (NO-CARRIER with LOWER_UP meanwhile) while the macvlan stays up.
  $ ip netns add h
  $ ip netns add c
  $ ip link add eth0 netns h address 02:00:00:00:0b:11 type veth peer name c0 netns c address 02:00:00:00:0b:22
  $ ip -n h link add link eth0 name mv0 address 02:00:00:00:0b:33 type macvlan mode bridge
  $ ip -n h link set lo up
  $ ip -n h link set eth0 up
  $ ip -n h link set mv0 up
  $ ip -n c link set c0 up; sleep 0.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n c link set c0 down; sleep 1.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         DOWN           02:00:00:00:0b:11 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  mv0@eth0         LOWERLAYERDOWN 02:00:00:00:0b:33 <NO-CARRIER,BROADCAST,MULTICAST,UP> 
  $ ip -n c link set c0 up; sleep 0.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link set eth0 down; ip -n h link set eth0 up; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         DOWN           02:00:00:00:0b:11 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.1; ip -n h -br link
  lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  mv0@eth0         UP             02:00:00:00:0b:33 <BROADCAST,MULTICAST,UP,LOWER_UP> 
