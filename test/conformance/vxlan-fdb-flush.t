bridge fdb flush of a vxlan (vxlan_fdb_delete_bulk): every entry matching
the state and flag masks goes, the default all-zeros entry too; masks a
vxlan cannot match are refused.
  $ ip link add vx0 address 02:00:00:00:01:01 type vxlan id 42 dstport 4789 remote 10.0.0.2
  $ bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
  $ bridge fdb add 02:00:00:00:00:99 dev vx0 dst 10.0.0.9
  $ bridge fdb add 02:00:00:00:00:98 dev vx0 dst 10.0.0.8 dynamic
  $ bridge fdb add 02:00:00:00:00:97 dev vx0 dst 10.0.0.7 static
  $ bridge fdb add 02:00:00:00:00:96 dev vx0 dst 10.0.0.6 extern_learn
  $ bridge fdb show dev vx0
  02:00:00:00:00:96 dst 10.0.0.6 self extern_learn permanent
  02:00:00:00:00:97 dst 10.0.0.7 self static
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb flush dev vx0 sticky
  Error: Unsupported fdb flush ndm flag bits set.
  [255]
  $ bridge fdb flush dev vx0 added_by_user
  Error: Unsupported fdb flush ndm flag bits set.
  [255]
  $ bridge fdb flush dev vx0 extern_learn
  $ bridge fdb show dev vx0
  02:00:00:00:00:97 dst 10.0.0.7 self static
  02:00:00:00:00:98 dst 10.0.0.8 self 
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb flush dev vx0 dynamic
  $ bridge fdb show dev vx0
  02:00:00:00:00:97 dst 10.0.0.7 self static
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb flush dev vx0 static
  $ bridge fdb show dev vx0
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb flush dev vx0 vlan 5
  Error: Unsupported attribute.
  [255]
  $ bridge fdb show dev vx0
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb add 02:00:00:00:00:95 dev vx0 dst 10.0.0.5
  $ bridge fdb flush dev vx0 master
  RTNETLINK answers: Operation not supported
  [255]
  $ bridge fdb flush dev vx0 self nopermanent
  $ bridge fdb show dev vx0
  02:00:00:00:00:95 dst 10.0.0.5 self permanent
  02:00:00:00:00:99 dst 10.0.0.9 self permanent
  00:00:00:00:00:00 dst 10.0.0.2 self permanent
  00:00:00:00:00:00 dst 10.0.0.3 self permanent
  $ bridge fdb flush dev vx0
  $ bridge fdb show dev vx0
