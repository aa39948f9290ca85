bridge vlan and vni commands on a kernel built without BRIDGE_VLAN_FILTERING: vlan add/del/show/set/global/tunnelshow, -s and -j forms, vni show/add on a bridge and a vxlan without vnifilter; what each answers.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip -n sw link set p1 master br0
  $ v() { bridge -n sw "$@"; echo "rc $?"; }
  $ v vlan add dev p1 vid 5
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vlan add dev p1 vid 5 pvid untagged
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vlan add dev br0 vid 5 self
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vlan add dev p1 vid 4095
  Error: bridge: Vlan id is invalid.
  rc 255
  $ v vlan add dev p1 vid 0
  Error: bridge: Vlan id is invalid.
  rc 255
  $ v vlan add dev p1 vid 3-2
  Invalid VLAN range "3-2"
  rc 255
  $ v vlan del dev p1 vid 1
  rc 0
  $ v vlan show
  port              vlan-id  
  rc 0
  $ v vlan show dev p1
  port              vlan-id  
  rc 0
  $ v -s vlan show
  port              vlan-id
  rc 0
  $ v -j vlan show
  []
  rc 0
  $ v -d vlan show
  RTNETLINK answers: Operation not supported
  Dump terminated
  port              vlan-id  
  rc 1
  $ v vlan tunnelshow
  port              vlan-id    tunnel-id
  rc 0
  $ v vlan global show
  RTNETLINK answers: Operation not supported
  Dump terminated
  port              vlan-id  
  rc 1
  $ v vlan global set dev br0 vid 1 mcast_snooping 1
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vlan set dev p1 vid 1 state 3
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vlan show dev nosuch
  Cannot find device "nosuch"
  rc 255
  $ v vlan frob
  Command "frob" is unknown, try "bridge vlan help".
  rc 255
  $ v vni show
  dev               vni              group/remote   
  rc 0
  $ v vni add dev br0 vni 5
  Error: vxlan: The device is not a vxlan device.
  rc 255
  $ ip -n sw link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1
  $ v vni show dev vx0
  RTNETLINK answers: Invalid argument
  Dump ternminated
  dev               vni              group/remote   
  rc 1
  $ v vni add dev vx0 vni 5
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni del dev vx0 vni 42
  Command "del" is unknown, try "bridge vni help".
  rc 255
