bridge vni (iproute2 6.1 vni.c) against vxlans without vnifilter and other devices (kernel vxlan_vnifilter.c): argument errors, group and remote forms, ranges and lists, the dump of one device or all, -j and -s.
  $ ip netns add sw; ip netns exec sw sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n sw link add br0 address 02:00:00:00:99:99 type bridge
  $ ip -n sw link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1
  $ ip -n sw link add vx1 type vxlan id 43 dstport 4790 remote 10.0.0.2
  $ v() { bridge -n sw "$@"; echo "rc $?"; }
  $ v vni
  dev               vni              group/remote   
  rc 0
  $ v -j vni show
  []
  rc 0
  $ v -s vni show
  dev               vni              group/remote   
  rc 0
  $ v vni show dev lo
  Error: The device is not a vxlan device.
  Dump ternminated
  dev               vni              group/remote   
  rc 1
  $ v vni show dev br0
  Error: The device is not a vxlan device.
  Dump ternminated
  dev               vni              group/remote   
  rc 1
  $ v vni show dev nosuch
  Cannot find device "nosuch"
  rc 255
  $ v vni show dev vx0 dev vx1
  Error: duplicate "dev": "vx1" is the second value.
  rc 255
  $ v -j vni show dev vx1
  RTNETLINK answers: Invalid argument
  Dump ternminated
  [rc 1
  $ v vni add vni 5
  Device and VNI ID are required arguments.
  rc 255
  $ v vni add dev vx0
  Device and VNI ID are required arguments.
  rc 255
  $ v vni add dev vx0 vni 5 vni 6
  Error: argument "6" is wrong: duplicate vni
  rc 255
  $ v vni add dev vx0 vni 5 group 10.0.0.9
  Error: argument "10.0.0.9" is wrong: invalid group address
  rc 255
  $ v vni add dev vx0 vni 5 group 239.1.1.1
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni add dev vx0 vni 5 remote 10.0.0.9
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni add dev vx0 vni 5 group 239.1.1.1 remote 10.0.0.9
  Error: argument "remote" is wrong: duplicate group
  rc 255
  $ v vni add dev vx0 vni 5 remote bogus
  Error: any valid address is expected rather than "bogus".
  rc 1
  $ v vni add dev vx0 vni 5-10,20
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni add dev vx0 vni x
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni add dev nosuch vni 5
  Cannot find vxlan device "nosuch"
  rc 255
  $ v vni add dev lo vni 5
  Error: vxlan: The device is not a vxlan device.
  rc 255
  $ v vni delete dev vx1 vni 43
  RTNETLINK answers: Operation not supported
  rc 255
  $ v vni delete dev br0 vni 43
  Error: vxlan: The device is not a vxlan device.
  rc 255
  $ v vni del dev vx1 vni 43
  Command "del" is unknown, try "bridge vni help".
  rc 255
  $ v vni lst
  dev               vni              group/remote   
  rc 0
  $ v vni list dev vx0
  RTNETLINK answers: Invalid argument
  Dump ternminated
  dev               vni              group/remote   
  rc 1
  $ v vni sh
  Command "sh" is unknown, try "bridge vni help".
  rc 255
  $ v vni help
  Usage: bridge vni { add | del } vni VNI
  		[ { group | remote } IP_ADDRESS ]
  		[ dev DEV ]
         bridge vni { show }
  
  Where:	VNI	:= 0-16777215
  rc 255
  $ v vni add help
  Usage: bridge vni { add | del } vni VNI
  		[ { group | remote } IP_ADDRESS ]
  		[ dev DEV ]
         bridge vni { show }
  
  Where:	VNI	:= 0-16777215
  rc 255
  $ v vni add dev
  Command line is not complete. Try option "help"
  rc 255
