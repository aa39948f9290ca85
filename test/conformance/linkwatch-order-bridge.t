ip monitor link while a bridge port comes up: the linkwatch work takes the devices in the order their carrier changed (the port, its veth peer), the bridge whose carrier follows its port last.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge forward_delay 0
  $ ip link set br0 up
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip link set p1 master br0
  $ ip link set q1 up
  $ sleep 1.5
  $ ip monitor link > m & sleep 0.3
  $ ip link set p1 up
  $ sleep 0.3; kill %1; wait; cat m
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state LOWERLAYERDOWN 
      link/ether 02:00:00:00:90:01
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state UP 
      link/ether 02:00:00:00:90:01
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state UP 
      link/ether 02:00:00:00:90:01
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master br0 state UP group default 
      link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff
  3: q1@p1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:80:01 brd ff:ff:ff:ff:ff:ff
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff
