protodown on a macvlan (dev_change_proto_down(): macvlan_common_setup() sets change_proto_down): the carrier goes off (LOWERLAYERDOWN, NO-CARRIER) and ip link prints protodown on; off brings the carrier back; a veth refuses it; the lower's carrier events still reach the macvlan (netif_stacked_transfer_operstate() ignores proto_down); sysfs proto_down shows it.
  $ ip netns add n
  $ ip netns exec n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n n link add eth0 address 02:00:00:00:00:01 type veth peer name peer0 address 02:00:00:00:00:02
  $ ip -n n link add link eth0 name mv0 address 02:00:00:00:00:11 type macvlan mode bridge
  $ for d in eth0 peer0 mv0; do ip -n n link set $d up; done
  $ sleep 1
  $ ip -n n link set mv0 protodown on
  $ ip -n n link show mv0
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff protodown on 
  $ ip -n n -j link show mv0
  [{"ifindex":4,"link":"eth0","ifname":"mv0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"ff:ff:ff:ff:ff:ff","proto_down":true}]
  $ ip netns exec n cat /sys/class/net/mv0/proto_down /sys/class/net/mv0/carrier
  1
  0
  $ ip -n n -d link show mv0 | head -2
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff protodown on  promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n n link set eth0 protodown on
  Error: Protodown not supported by device.
  [2]
  $ ip -n n link set mv0 protodown off
  $ sleep 1
  $ ip -n n link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link set mv0 protodown on
  $ ip -n n link set peer0 down
  $ sleep 1
  $ ip -n n link set peer0 up
  $ sleep 1
  $ ip -n n link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff protodown on 
  $ ip -n n link set mv0 protodown off
  $ ip -n n link set mv0 protodown on protodown off
  $ ip -n n -br link show mv0
  mv0@eth0         UP             02:00:00:00:00:11 <BROADCAST,MULTICAST,UP,LOWER_UP> 
  $ ip -n n link set mv0 protodown maybe
  Error: argument of "protodown" must be one of "off", "on", not "maybe"
  [22]
  $ ip -n n link set mv0 protodown_reason 3 on
  $ ip -n n link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ffprotodown_reason <3>
  $ ip -n n link set mv0 protodown_reason 0x1f on protodown on
  $ ip -n n -j link show mv0
  [{"ifindex":4,"link":"eth0","ifname":"mv0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"mtu":1500,"qdisc":"noqueue","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"02:00:00:00:00:11","broadcast":"ff:ff:ff:ff:ff:ff","proto_down":true,"proto_down_reason":["3"]}]
  $ ip -n n link set mv0 protodown off
  Error: Cannot clear protodown, active reasons.
  [2]
  $ ip -n n link set mv0 protodown_reason 3 off
  $ ip -n n link show mv0
  4: mv0@eth0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff protodown on 
  $ ip -n n link set mv0 protodown_reason 31 off protodown off
  $ ip -n n link show mv0
  4: mv0@eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:11 brd ff:ff:ff:ff:ff:ff
  $ ip -n n link set mv0 protodown_reason 32 on
  Error: argument "32" is wrong: invalid protodown reason
  [255]
  $ ip -n n link set mv0 protodown_reason 1 maybe
  Error: argument of "protodown_reason" must be "on" or "off", not "maybe"
  [1]
  $ ip -n n link set mv0 carrier maybe
  Error: argument of "carrier" must be one of "off", "on", not "maybe"
  [22]
  $ ip -n n link set eth0 protodown_reason 1 on
  Error: Protodown not supported by device.
  [2]
