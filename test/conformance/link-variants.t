ip link: set options, errors, show filters and output formats.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 2>/dev/null || true
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link add a0 type veth peer name c0
  RTNETLINK answers: File exists
  [2]
  $ ip link add a1 type veth peer name a0
  RTNETLINK answers: File exists
  [2]
  $ ip link add name x0 type dummy
  Error: Unknown device type.
  [2]
  $ ip link add name x1 type bogus
  Error: Unknown device type.
  [2]
  $ ip link set nosuch up
  Cannot find device "nosuch"
  [1]
  $ ip link set a0 mtu 100
  $ ip link set a0 mtu 67
  Error: mtu less than device minimum.
  [2]
  $ ip link set a0 mtu 68
  $ ip link set a0 mtu 65536
  Error: mtu greater than device maximum.
  [2]
  $ ip link set a0 mtu 9000
  $ ip link set a0 address 01:00:00:00:00:01
  RTNETLINK answers: Cannot assign requested address
  [2]
  $ ip link set a0 address zz
  "zz" is invalid lladdr.
  [1]
  $ ip link set a0 address 02:00:00:00:00:11
  $ ip link set a0 txqueuelen 500
  $ ip link set a0 alias "uplink port"
  $ ip link set a0 arp off
  $ ip link set a0 multicast off
  $ ip link set a0 promisc on
  $ ip link set a0 allmulticast on
  $ ip link set a0 up
  $ ip link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> mtu 9000 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
      alias uplink port
  $ ip -o link show a0
  3: a0@b0: <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> mtu 9000 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 500\    link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff\    alias uplink port
  $ ip -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  b0@a0            DOWN           02:00:00:00:00:02 <BROADCAST,MULTICAST> 
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> 
  $ ip -br link show up
  a0@b0            LOWERLAYERDOWN 02:00:00:00:00:11 <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> 
  $ ip link show up
  3: a0@b0: <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> mtu 9000 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
      alias uplink port
  $ ip link show type veth
  2: b0@a0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: a0@b0: <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,UP,M-DOWN> mtu 9000 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 500
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
      alias uplink port
  $ ip link show type dummy
  $ ip -j link show dev b0
  [{"ifindex":2,"link":"a0","ifname":"b0","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:02","broadcast":"ff:ff:ff:ff:ff:ff"}]
  $ ip link set a0 name a0new
  $ ip link set a0new name b0
  RTNETLINK answers: File exists
  [2]
  $ ip link set a0new down
  $ ip link set a0new name renamed
  $ ip link show renamed | head -1
  3: renamed@b0: <BROADCAST,NOARP,ALLMULTI,PROMISC,M-DOWN> mtu 9000 qdisc noqueue state DOWN mode DEFAULT group default qlen 500
  $ ip link set renamed arp on multicast on promisc off allmulticast off
  $ ip link show renamed | head -1
  3: renamed@b0: <BROADCAST,MULTICAST,M-DOWN> mtu 9000 qdisc noqueue state DOWN mode DEFAULT group default qlen 500
  $ ip link del renamed
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link del renamed
  Cannot find device "renamed"
  [1]
  $ ip link set lo down
  $ ip link show lo
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip link frob
  Command "frob" is unknown, try "ip link help".
  [255]
