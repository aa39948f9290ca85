Address lifetime edge values: forever with a finite preferred_lft, preferred_lft 0 on a permanent address, valid_lft 0, huge and bad numbers, and how -j, -br, -d and flush by dynamic show and treat them.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.1.0.1/24 dev a0 valid_lft forever preferred_lft 100
  $ ip addr add 10.1.0.2/24 dev a0 valid_lft forever preferred_lft 0
  $ ip addr add 10.1.0.3/24 dev a0 valid_lft 4294967294 preferred_lft 4294967294
  $ ip addr add 10.1.0.4/24 dev a0 valid_lft 4294967295 preferred_lft 7
  $ ip addr add 10.1.0.5/24 dev a0 valid_lft 0
  valid_lft is zero
  [1]
  $ ip addr add 10.1.0.6/24 dev a0 valid_lft 0 preferred_lft 0
  valid_lft is zero
  [1]
  $ ip addr add 10.1.0.7/24 dev a0 valid_lft 4294967296
  Error: argument "4294967296" is wrong: valid_lft value
  [255]
  $ ip addr add 10.1.0.8/24 dev a0 valid_lft -1
  Error: argument "-1" is wrong: valid_lft value
  [255]
  $ ip addr add 10.1.0.9/24 dev a0 preferred_lft 10
  $ ip addr add 10.1.0.10/24 dev a0 valid_lft 10
  preferred_lft is greater than valid_lft
  [1]
  $ ip addr add 10.1.0.11/24 dev a0 valid_lft 20 preferred_lft 3
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      inet 10.1.0.1/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.2/24 scope global secondary deprecated a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.3/24 scope global secondary dynamic a0
         valid_lft 4294967294sec preferred_lft 4294967294sec
      inet 10.1.0.4/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.9/24 scope global secondary a0
         valid_lft forever preferred_lft forever
      inet 10.1.0.11/24 scope global secondary dynamic a0
         valid_lft 20sec preferred_lft 3sec
  $ ip -4 -br addr show dev a0
  a0@b0            DOWN           10.1.0.1/24 10.1.0.2/24 10.1.0.3/24 10.1.0.4/24 10.1.0.9/24 10.1.0.11/24 
  $ ip -j -4 addr show dev a0
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.1.0.1","prefixlen":24,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"deprecated":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.3","prefixlen":24,"scope":"global","secondary":true,"dynamic":true,"label":"a0","valid_life_time":4294967294,"preferred_life_time":4294967294},{"family":"inet","local":"10.1.0.4","prefixlen":24,"scope":"global","secondary":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.9","prefixlen":24,"scope":"global","secondary":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.1.0.11","prefixlen":24,"scope":"global","secondary":true,"dynamic":true,"label":"a0","valid_life_time":20,"preferred_life_time":3}]}]
  $ ip -4 -d -o addr show dev a0 deprecated
  3: a0    inet 10.1.0.2/24 scope global secondary deprecated a0\       valid_lft forever preferred_lft forever
  $ sleep 12
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary deprecated a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.3/24 scope global secondary dynamic a0\       valid_lft 4294967282sec preferred_lft 4294967282sec
  3: a0    inet 10.1.0.4/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.9/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.11/24 scope global secondary deprecated dynamic a0\       valid_lft 8sec preferred_lft 0sec
  $ ip -j -4 addr show dev a0 deprecated
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","group":"default","txqlen":1000,"addr_info":[{},{"family":"inet","local":"10.1.0.2","prefixlen":24,"scope":"global","secondary":true,"deprecated":true,"label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{},{},{},{"family":"inet","local":"10.1.0.11","prefixlen":24,"scope":"global","secondary":true,"deprecated":true,"dynamic":true,"label":"a0","valid_life_time":8,"preferred_life_time":0}]}]
  $ ip -s -s addr flush dev a0 dynamic
  3: a0    inet 10.1.0.3/24 scope global secondary dynamic a0
         valid_lft 4294967282sec preferred_lft 4294967282sec
  3: a0    inet 10.1.0.11/24 scope global secondary deprecated dynamic a0
         valid_lft 8sec preferred_lft 0sec
  
  *** Round 1, deleting 2 addresses ***
  *** Flush is complete after 1 round ***
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.2/24 scope global secondary deprecated a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.4/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.9/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ ip addr change 10.1.0.1/24 dev a0 valid_lft 5 preferred_lft 5
  $ ip addr change 10.1.0.2/24 dev a0 preferred_lft forever
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.1.0.1/24 scope global dynamic a0\       valid_lft 5sec preferred_lft 5sec
  3: a0    inet 10.1.0.2/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.4/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.1.0.9/24 scope global secondary a0\       valid_lft forever preferred_lft forever
  $ sleep 7
  $ ip -4 -o addr show dev a0
  $ ip -4 route show table all dev a0
