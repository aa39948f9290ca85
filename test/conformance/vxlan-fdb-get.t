bridge fdb get of a vxlan's own entries (`self`: ndo_fdb_get, the entry's first remote); without `self` the request goes to a master bridge the vxlan does not have.
  $ ip link add vx0 address 02:00:00:00:01:01 type vxlan id 42 dstport 4789 remote 10.0.0.2
  $ bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
  $ bridge fdb add 02:00:00:00:00:99 dev vx0 dst 10.0.0.9 port 4000
  $ bridge fdb get 02:00:00:00:00:99 dev vx0 self
  02:00:00:00:00:99 dev vx0 dst 10.0.0.9 port 4000 self permanent
  $ bridge fdb get 00:00:00:00:00:00 dev vx0 self
  00:00:00:00:00:00 dev vx0 dst 10.0.0.2 self permanent
  $ bridge fdb get 02:00:00:00:00:98 dev vx0 self
  Error: Fdb entry not found.
  [254]
  $ bridge fdb get 02:00:00:00:00:99 dev vx0
  Error: Device is not a bridge port.
  [254]
  $ bridge -j fdb get 02:00:00:00:00:99 dev vx0 self
  [{"mac":"02:00:00:00:00:99","ifname":"vx0","dst":"10.0.0.9","port":4000,"flags":["self"],"state":"permanent"}]
