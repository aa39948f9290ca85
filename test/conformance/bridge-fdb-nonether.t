rtnl_fdb_add() and rtnl_fdb_del() on a device that is not Ethernet (lo): add checks the device type before the VLAN, del after it, and each names itself in the message; bulk deletes (flush) check the type first.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev lo self; echo $?
  Error: FDB add only supported for Ethernet devices.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev lo self vlan 0; echo $?
  Error: FDB add only supported for Ethernet devices.
  255
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev lo master vlan 4095; echo $?
  Error: FDB add only supported for Ethernet devices.
  255
  $ bridge -n sw fdb del 02:00:00:00:00:01 dev lo self; echo $?
  Error: FDB delete only supported for Ethernet devices.
  255
  $ bridge -n sw fdb del 02:00:00:00:00:01 dev lo self vlan 0; echo $?
  Error: invalid vlan id.
  255
  $ bridge -n sw fdb del 02:00:00:00:00:01 dev lo vlan 7; echo $?
  Error: FDB delete only supported for Ethernet devices.
  255
  $ bridge -n sw fdb append 02:00:00:00:00:01 dev lo; echo $?
  Error: FDB add only supported for Ethernet devices.
  255
  $ bridge -n sw fdb replace 02:00:00:00:00:01 dev lo self; echo $?
  Error: FDB add only supported for Ethernet devices.
  255
  $ bridge -n sw fdb flush dev lo self; echo $?
  Error: FDB delete only supported for Ethernet devices.
  255
  $ bridge -n sw fdb flush dev lo vlan 0; echo $?
  Error: FDB delete only supported for Ethernet devices.
  255
  $ bridge -n sw fdb flush dev br0 vlan 0; echo $?
  Error: integer out of range.
  255
  $ bridge -n sw fdb flush dev br0 self vlan 4094; echo $?
  0
  $ bridge -n sw fdb show dev lo; echo $?
  0
  $ bridge -n sw fdb get 02:00:00:00:00:01 dev lo self; echo $?
  Error: Fdb get operation not supported by device.
  254
