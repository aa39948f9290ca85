Alternative names (ip link property add/del altname): the kernel keeps them in the order they were added and finds the device by any of them (short ones through IFLA_IFNAME, long ones through IFLA_ALT_IFNAME); ip link, ip addr, -d, -s, -j, -o list them after everything else of the link (-br does not); what each side refuses: ip (check_altifname(), a missing dev, no operator) and the kernel (a name in use: EEXIST; deleting a primary or another device's name: EINVAL; an unknown one: ENOENT; 128 bytes: policy).
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link property add dev v0 altname longalternativename0 altname short0
  $ ip link show v0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname longalternativename0
      altname short0
  $ ip link show short0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname longalternativename0
      altname short0
  $ ip addr show dev longalternativename0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname longalternativename0
      altname short0
  $ ip -d link show v0 | sed -E 's/ numtxqueues.*//'
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
      veth addrgenmode eui64
      altname longalternativename0
      altname short0
  $ ip -s link show v0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      RX:  bytes packets errors dropped  missed   mcast           
               0       0      0       0       0       0 
      TX:  bytes packets errors dropped carrier collsns           
               0       0      0       0       0       0 
      altname longalternativename0
      altname short0
  $ ip -j link show v0
  [{"ifindex":3,"link":"v1","ifname":"v0","flags":["BROADCAST","MULTICAST","M-DOWN"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:01","broadcast":"ff:ff:ff:ff:ff:ff","altnames":["longalternativename0","short0"]}]
  $ ip -br link show v0
  v0@v1            DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip -o link show v0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff\    altname longalternativename0\    altname short0
  $ ip link property add dev v1 altname short0
  RTNETLINK answers: File exists
  [2]
  $ ip link property add dev v1 altname v0
  RTNETLINK answers: File exists
  [2]
  $ ip link property add dev v1 altname v1
  RTNETLINK answers: File exists
  [2]
  $ ip link property add dev v0 altname short0
  RTNETLINK answers: File exists
  [2]
  $ ip link property del dev v1 altname short0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link property del dev v0 altname v0
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link property del dev v0 altname nosuch
  RTNETLINK answers: No such file or directory
  [2]
  $ ip link property add dev v0 altname a:b
  $ ip link property add dev v0 altname a/b
  Error: argument "a/b" is wrong: not a valid altname
  [255]
  $ ip link property add dev v0 altname .
  $ ip link property add dev v0 altname ''
  Error: argument "" is wrong: not a valid altname
  [255]
  $ ip link property add dev v0 altname 'a b'
  Error: argument "a b" is wrong: not a valid altname
  [255]
  $ ip link property add dev v0 altname aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  $ ip link property add dev v0 altname aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  Error: Attribute failed policy validation.
  [2]
  $ ip link property add dev v0
  $ ip link property add altname x
  Not enough of information: "dev" argument is required.
  [255]
  $ ip link property foo dev v0
  Operator required
  [255]
  $ ip link property add dev nosuch altname x
  Cannot find device "nosuch"
  [1]
  $ ip link property add dev v0 altname
  Command line is not complete. Try option "help"
  [255]
  $ ip link property add dev v0 foo
  Error: either "dev" is duplicate, or "foo" is a garbage.
  [255]
  $ ip link property add v1 altname peer-of-v0 altname second-of-v1
  $ ip link property del dev second-of-v1 altname second-of-v1
  $ ip link property del dev v0 altname short0 altname nope altname a:b
  RTNETLINK answers: No such file or directory
  [2]
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: v1@v0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
      altname peer-of-v0
  3: v0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname longalternativename0
      altname a:b
      altname .
      altname aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  $ ip link set dev longalternativename0 up
  $ ip link set dev peer-of-v0 up mtu 1400
  $ ip link set dev a:b alias hello
  $ ip link show v0
  3: v0@v1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      alias hello
      altname longalternativename0
      altname a:b
      altname .
      altname aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  $ ip -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  v1@v0            UP             02:00:00:00:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  v0@v1            UP             02:00:00:00:00:01 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip link del peer-of-v0
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link property add dev lo altname loopback0
  $ ip -o addr show loopback0
  $ ip link property del dev loopback0 altname loopback0
  $ ip link show lo
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
