bridge monitor link: every link message (the general ones and the bridge's
per-port ones, br_ifinfo_notify()) printed as `bridge link` prints a port.
  $ sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip link add br0 address 02:00:00:00:99:99 type bridge forward_delay 0
  $ ip link set br0 up
  $ bridge monitor link > link & sleep 0.3
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:80:01
  $ ip link set p1 master br0
  $ ip link set q1 up
  $ ip link set p1 up
  $ sleep 0.2
  $ bridge link set dev p1 learning off
  $ bridge link set dev p1 cost 7
  $ ip link set p1 nomaster
  $ ip link del p1
  $ sleep 1.5; kill %1; wait; cat link
  3: q1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 
  4: p1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  3: q1@p1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 
  4: p1@q1: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 2 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 
  3: q1@p1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 
  2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state forwarding priority 32 cost 2 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state forwarding priority 32 cost 7 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 state disabled priority 32 cost 7 
  Deleted 4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 master br0 
  4: p1@q1: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 
  2: br0: <BROADCAST,MULTICAST,UP> mtu 1500 
  4: p1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  3: q1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  Deleted 4: p1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  Deleted 3: q1@NONE: <BROADCAST,MULTICAST> mtu 1500 
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 
  $ bridge monitor link fdb mdb > x & sleep 0.3; kill %1; wait; echo $?
  0
  $ bridge monitor bogus; echo $?
  Argument "bogus" is unknown, try "bridge monitor help".
  255
