bridge fdb get looks one entry up in a bridge; bridge vlan's argument check.
(The recording kernel lacks CONFIG_BRIDGE_VLAN_FILTERING, so the VLAN commands
that depend on it live in the source-derived vlan-*.t transcripts.)
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:12
  $ ip link set v1 master br0
  $ bridge fdb add 02:00:00:00:aa:01 dev v1 master static
  $ bridge fdb get 02:00:00:00:aa:01 br br0
  02:00:00:00:aa:01 dev v1 master br0 static
  $ bridge fdb get 02:00:00:00:aa:01 brport v1
  02:00:00:00:aa:01 dev v1 master br0 static
  $ bridge -j fdb get 02:00:00:00:00:11 br br0
  [{"mac":"02:00:00:00:00:11","ifname":"v1","flags":[],"master":"br0","state":"permanent"}]
  $ bridge fdb get 02:00:00:00:99:99 dev br0
  Error: Device is not a bridge port.
  [254]
  $ bridge fdb get 02:00:00:00:aa:02 br br0
  Error: Fdb entry not found.
  [254]
  $ bridge fdb get 02:00:00:00:aa:01 br nosuch
  Cannot find bridge device "nosuch"
  [255]
  $ bridge fdb get 02:00:00:00:aa:01
  Device or master and address are required arguments.
  [255]
  $ bridge fdb get 02:00:00:00:aa:01 dev v1p
  Error: Device is not a bridge port.
  [254]
  $ bridge vlan add vid 10
  Device and VLAN ID are required arguments.
  [255]
