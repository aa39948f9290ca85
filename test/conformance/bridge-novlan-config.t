The reference kernel is built without CONFIG_BRIDGE_VLAN_FILTERING: br_vlan_filter_toggle() is a stub that refuses any value, the vlan_protocol/vlan_default_pvid/vlan_stats attributes are skipped, and bridge vlan commands find no VLAN support.

  $ ip link add br0 type bridge vlan_filtering 1; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link add br0 type bridge vlan_filtering 0; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link show br0; echo $?
  Device "br0" does not exist.
  1
  $ ip link add br0 type bridge vlan_default_pvid 5; echo $?
  0
  $ ip link add br1 type bridge vlan_protocol 802.1ad vlan_stats_enabled 1; echo $?
  0
  $ ip link add br2 type bridge vlan_stats_per_port 1 mcast_vlan_snooping 1; echo $?
  Error: bridge: Cannot enable multicast vlan snooping with vlan filtering disabled.
  2
  $ ip link show br2; echo $?
  Device "br2" does not exist.
  1
  $ ip link set br0 type bridge vlan_filtering 0; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set br0 type bridge vlan_filtering 1 priority 100; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set br0 type bridge priority 100 vlan_filtering 1; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip -d link show br0 | grep -o 'priority [0-9]* vlan_filtering [0-9]*'
  priority 100 vlan_filtering 0
  $ ip -d link show br0 | grep -o 'vlan_[a-z_]* [^ ]*'
  vlan_filtering 0
  vlan_snooping 0
  $ ip link add p0 address 02:00:00:00:00:01 type veth peer name p1 address 02:00:00:00:00:02
  $ ip link set p0 master br0
  $ bridge vlan show; echo $?
  port              vlan-id  
  0
  $ bridge vlan add dev p0 vid 10; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge vlan add dev p0 vid 10 pvid untagged; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge vlan del dev p0 vid 1; echo $?
  0
  $ bridge vlan add dev br0 vid 10 self; echo $?
  RTNETLINK answers: Operation not supported
  255
  $ bridge -d vlan show; echo $?
  RTNETLINK answers: Operation not supported
  Dump terminated
  port              vlan-id  
  1
  $ bridge vlan show dev p0; echo $?
  port              vlan-id  
  0
  $ bridge -j vlan show; echo $?
  []
  0
  $ bridge vlan tunnelshow; echo $?
  port              vlan-id    tunnel-id
  0
  $ bridge fdb add 02:00:00:00:00:09 dev p0 vlan 10 master static; echo $?
  RTNETLINK answers: Invalid argument
  255
  $ bridge fdb show dev p0 | grep -v 33:33\|01:00; echo $?
  02:00:00:00:00:01 master br0 permanent
  33:33:00:00:00:01 self permanent
  0
  $ ip link set p0 type bridge_slave vlan_tunnel on; echo $?
  0
  $ ip -d link show p0 | grep -o 'vlan_tunnel [a-z]*'
  vlan_tunnel on
  $ ip link add link p0 name p0.10 type vlan id 10; echo $?
  Error: Unknown device type.
  2
