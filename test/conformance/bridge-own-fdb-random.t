A bridge has a local fdb entry for its own address from its registration on (br_device_event() NETDEV_REGISTER: br_fdb_change_mac_address()), also when the address is random; it follows the bridge's address when a port lends it one or one is set, as bridge fdb, bridge monitor fdb and fdb get show.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip netns exec sw bridge monitor fdb > mon & sleep 0.3
  $ ip -n sw link add br1 type bridge
  $ m=$(ip -n sw link show br1 | awk '/ether/{print $2}'); bridge -n sw fdb show | sed "s/$m/BRMAC/"
  33:33:00:00:00:01 dev br1 self permanent
  BRMAC dev br1 master br1 permanent
  $ bridge -n sw fdb get $m br br1 | sed "s/$m/BRMAC/"
  BRMAC dev br1 master br1 permanent
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br1; bridge -n sw fdb show | sed "s/$m/BRMAC/"
  33:33:00:00:00:01 dev br1 self permanent
  33:33:00:00:00:01 dev q1 self permanent
  02:00:00:00:90:01 dev p1 master br1 permanent
  33:33:00:00:00:01 dev p1 self permanent
  $ ip -n sw link set br1 address 02:00:00:00:99:01; bridge -n sw fdb show br br1
  33:33:00:00:00:01 dev br1 self permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:90:01 dev p1 master br1 permanent
  33:33:00:00:00:01 dev p1 self permanent
  $ ip -n sw link add br2 address 02:00:00:00:99:02 type bridge; bridge -n sw fdb show br br2
  33:33:00:00:00:01 dev br2 self permanent
  02:00:00:00:99:02 dev br2 master br2 permanent
  $ sleep 0.3; kill %1; wait; sed "s/$m/BRMAC/" mon
  BRMAC dev br1 master br1 permanent
  02:00:00:00:90:01 dev p1 master br1 permanent
  Deleted BRMAC dev br1 master br1 permanent
  02:00:00:00:99:01 dev br1 master br1 permanent
  02:00:00:00:99:02 dev br2 master br2 permanent
  Deleted 02:00:00:00:99:02 dev br2 master br2 permanent
  02:00:00:00:99:02 dev br2 master br2 permanent
