A veth brought up again while its peer is up: its carrier comes back urgent (the tx queue still on noop_qdisc), but by the time the linkwatch work runs the open's dev_activate() has restarted the queue, so it is no longer urgent and waits for the next full run (__linkwatch_run_queue() asks again): a dump shows it DOWN with NO-CARRIER and LOWER_UP meanwhile, a query of the device alone syncs it (linkwatch_sync_dev()).
  $ ip netns add h
  $ ip netns add c
  $ ip link add eth0 netns h address 02:00:00:00:0b:11 type veth peer name c0 netns c address 02:00:00:00:0b:22
  $ ip -n h link set eth0 up
  $ ip -n c link set c0 up; ip -n c -br link show c0; ip -n h -br link show eth0
  c0@if2           UP             02:00:00:00:0b:22 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link set eth0 down; ip -n h link set eth0 up; ip -n h -br link; ip -n c -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         DOWN           02:00:00:00:0b:11 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  c0@if2           UP             02:00:00:00:0b:22 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 0.2; ip -n h -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         DOWN           02:00:00:00:0b:11 <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link show | grep -o "state [A-Z]*"
  state DOWN
  state DOWN
  $ sleep 1; ip -n h -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n h link set eth0 down; ip -n h link set eth0 up; ip -n h -br link show eth0; ip -n h -br link
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n c link set c0 down; ip -n c link set c0 up; ip -n c -br link show dev c0; ip -n c -br link
  c0@if2           UP             02:00:00:00:0b:22 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  c0@if2           UP             02:00:00:00:0b:22 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ sleep 1.1; ip -n h -br link; ip -n c -br link
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  eth0@if2         UP             02:00:00:00:0b:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  c0@if2           UP             02:00:00:00:0b:22 <BROADCAST,MULTICAST,UP,LOWER_UP> 
