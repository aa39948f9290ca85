br_mdb_add() checks the entry before the port: an L2 group that is not permanent is refused as such even on a disabled port, a host group with flags likewise; on a disabled port only a permanent entry goes in.
  $ ip link add br0 type bridge mcast_snooping 1
  $ ip link add v0 type veth peer name v1
  $ ip link set v0 master br0
  $ ip link set br0 up
  $ bridge mdb add dev br0 port v0 grp 01:00:5e:00:00:01
  Error: bridge: Only permanent L2 entries allowed.
  [255]
  $ bridge mdb add dev br0 port v0 grp 01:00:5e:00:00:01 temp
  Error: bridge: Only permanent L2 entries allowed.
  [255]
  $ bridge mdb add dev br0 port v0 grp 239.1.1.1
  Error: bridge: Port is in disabled state and entry is not permanent.
  [255]
  $ bridge mdb add dev br0 port br0 grp 239.1.1.1 permanent
  Error: bridge: Flags are not allowed for host groups.
  [255]
  $ bridge mdb add dev br0 port v0 grp 01:00:5e:00:00:01 permanent
  $ bridge mdb add dev br0 port v0 grp 239.1.1.1 permanent
  $ bridge mdb show
  dev br0 port v0 grp 239.1.1.1 permanent
  dev br0 port v0 grp 01:00:5e:00:00:01 permanent
  $ ip link set v0 up
  $ bridge mdb add dev br0 port v0 grp 01:00:5e:00:00:02
  Error: bridge: Only permanent L2 entries allowed.
  [255]
  $ bridge mdb add dev br0 port v0 grp 239.1.1.2
  Error: bridge: Port is in disabled state and entry is not permanent.
  [255]
  $ bridge mdb show
  dev br0 port v0 grp 239.1.1.1 permanent
  dev br0 port v0 grp 01:00:5e:00:00:01 permanent
