bridge fdb get in its forms (iproute2 6.1 fdb_get(), kernel rtnl_fdb_get()): 'to', br with dev, brport, self on the bridge and on a port or a plain veth, vni on a bridge, a duplicate address, a bad MAC, a missing device, an entry on the bridge device itself, -j and -d forms.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ bridge -n sw fdb add 02:00:00:00:00:01 dev p1 master static
  $ bridge -n sw fdb add 02:00:00:00:00:02 dev br0 self local
  $ bridge -n sw fdb add 02:00:00:00:00:03 dev q1 self permanent
  $ g() { bridge -n sw fdb get "$@"; echo "rc $?"; }
  $ g to 02:00:00:00:00:01 br br0
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 02:00:00:00:00:01 dev p1
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 02:00:00:00:00:01 brport p1 master
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 02:00:00:00:00:01 br br0 dev p1
  Error: Master and device are mutually exclusive.
  rc 254
  $ g 02:00:00:00:00:01 dev p1 self
  Error: Fdb get operation not supported by device.
  rc 254
  $ g 02:00:00:00:00:01 dev br0 self
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 02:00:00:00:00:02 dev br0 self
  02:00:00:00:00:02 dev br0 master br0 permanent
  rc 0
  $ g 02:00:00:00:00:02 br br0
  02:00:00:00:00:02 dev br0 master br0 permanent
  rc 0
  $ g 02:00:00:00:99:99 br br0
  02:00:00:00:99:99 dev br0 master br0 permanent
  rc 0
  $ g 02:00:00:00:90:01 br br0
  02:00:00:00:90:01 dev p1 master br0 permanent
  rc 0
  $ g 02:00:00:00:00:03 dev q1 self
  Error: Fdb get operation not supported by device.
  rc 254
  $ g 02:00:00:00:00:03 dev q1
  Error: Device is not a bridge port.
  rc 254
  $ g 02:00:00:00:00:01 br br0 vni 5
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 02:00:00:00:00:01 br br0 vni 16777216
  Error: argument "16777216" is wrong: invalid VNI
  
  rc 255
  $ g 02:00:00:00:00:01 02:00:00:00:00:02 br br0
  Error: either "to" is duplicate, or "02:00:00:00:00:02" is a garbage.
  rc 255
  $ g 02:00:00:00:00:0g br br0
  Error: Fdb entry not found.
  rc 254
  $ g 02:00:00:00:00:01
  Device or master and address are required arguments.
  rc 255
  $ g br br0
  Device or master and address are required arguments.
  rc 255
  $ g 02:00:00:00:00:01 br nosuch
  Cannot find bridge device "nosuch"
  rc 255
  $ g 02:00:00:00:00:01 dev nosuch
  Cannot find device "nosuch"
  rc 255
  $ g 02:00:00:00:00:01 br p1
  Error: Fdb get operation not supported by device.
  rc 254
  $ g 02:00:00:00:00:01 br br0 vlan 1 vlan 2
  Error: either "vlan" is duplicate, or "vlan" is a garbage.
  rc 255
  $ g 02:00:00:00:00:01 br br0 dynamic
  02:00:00:00:00:01 dev p1 master br0 static
  rc 0
  $ g 33:33:00:00:00:01 dev p1 self
  Error: Fdb get operation not supported by device.
  rc 254
  $ g 33:33:00:00:00:01 br br0
  Error: Fdb entry not found.
  rc 254
  $ bridge -n sw -j fdb get 02:00:00:00:00:01 br br0
  [{"mac":"02:00:00:00:00:01","ifname":"p1","flags":[],"master":"br0","state":"static"}]
  $ bridge -n sw -d -s fdb get 02:00:00:00:00:01 br br0 | sed -E 's/used [0-9]+\/[0-9]+/used X/'
  02:00:00:00:00:01 dev p1 used X master br0 static
  $ bridge -n sw -j -s fdb get 02:00:00:00:00:01 br br0 | sed -E 's/"(used|updated)":[0-9]+/"\1":X/g'
  [{"mac":"02:00:00:00:00:01","ifname":"p1","used":X,"updated":X,"flags":[],"master":"br0","state":"static"}]
