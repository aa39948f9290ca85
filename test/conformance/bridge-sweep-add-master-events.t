ip monitor link and bridge monitor link while devices are created with master in the same request (ip link add ... master br0), and while such a request fails and the new device is taken back (rtnl_newlink_create out_unregister).
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add lower address 02:00:00:00:00:10 type veth peer name lp address 02:00:00:00:00:11
  $ ip link add mvx link lower address 02:00:00:00:00:30 type macvlan
  $ ip monitor link > mon & bridge monitor link > bmon & sleep 0.3
  $ ip link add p1 address 02:00:00:00:90:01 master br0 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add p2 address 02:00:00:00:90:02 master mvx type veth peer name q2 address 02:00:00:00:91:02
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link add br1 address 02:00:00:00:99:98 master br0 type bridge
  Error: Can not enslave a bridge to a bridge.
  [2]
  $ ip link add mv0 link lower address 02:00:00:00:00:20 master br0 type macvlan mode bridge
  $ sleep 0.2; kill %1 %2; wait
  $ cat mon
  6: q1@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:91:01 brd ff:ff:ff:ff:ff:ff
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default event FEATURE CHANGE 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state DOWN 
      link/ether 02:00:00:00:90:01
  8: q2@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:91:02 brd ff:ff:ff:ff:ff:ff
  9: p2@q2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  Deleted 9: p2@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:90:02 brd ff:ff:ff:ff:ff:ff
  Deleted 8: q2@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:91:02 brd ff:ff:ff:ff:ff:ff
  10: br1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:99:98 brd ff:ff:ff:ff:ff:ff
  Deleted 10: br1: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:99:98 brd ff:ff:ff:ff:ff:ff
  4: lower@lp: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:10 brd ff:ff:ff:ff:ff:ff
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:20 brd ff:ff:ff:ff:ff:ff
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:00:20 brd ff:ff:ff:ff:ff:ff
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master br0 state DOWN group default 
      link/ether 02:00:00:00:00:20 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default event FEATURE CHANGE 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state DOWN 
      link/ether 02:00:00:00:00:20
  $ cat bmon
  6: q1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  2: br0: <BROADCAST,MULTICAST> mtu 1500 
  7: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  8: q2@NONE: <BROADCAST,MULTICAST> mtu 1500 
  9: p2@if8: <BROADCAST,MULTICAST> mtu 1500 
  Deleted 9: p2@NONE: <BROADCAST,MULTICAST> mtu 1500 
  Deleted 8: q2@NONE: <BROADCAST,MULTICAST> mtu 1500 
  10: br1: <BROADCAST,MULTICAST> mtu 1500 
  Deleted 10: br1: <BROADCAST,MULTICAST> mtu 1500 
  4: lower@lp: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  2: br0: <BROADCAST,MULTICAST> mtu 1500 
  11: mv0@lower: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  $ ip -o link show | awk '{print $2}'
  lo:
  br0:
  lp@lower:
  lower@lp:
  mvx@lower:
  q1@p1:
  p1@q1:
  mv0@lower:
