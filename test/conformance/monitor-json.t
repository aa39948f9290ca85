ip -j monitor (iproute2 6.1) prints the same text as without -j.
  $ ip -j monitor link address route > out & sleep 0.3
  $ ip link add d1 address 02:00:00:00:00:01 type veth peer name d2 address 02:00:00:00:00:02
  $ ip addr add 10.9.0.1/24 dev d1
  $ ip link set d1 up
  $ ip link set d2 up
  $ sleep 0.3; kill %1; wait; grep -v inet6 out | grep -v fe80
  2: d2@NONE: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: d1@d2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  3: d1    inet 10.9.0.1/24 scope global d1
         valid_lft forever preferred_lft forever
  local 10.9.0.1 dev d1 table local proto kernel scope host src 10.9.0.1 
  3: d1@d2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  10.9.0.0/24 dev d1 proto kernel scope link src 10.9.0.1 linkdown 
  broadcast 10.9.0.255 dev d1 table local proto kernel scope link src 10.9.0.1 linkdown 
  2: d2@d1: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  multicast ff00::/8 dev d2 table local proto kernel metric 256 pref medium
  2: d2@d1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  multicast ff00::/8 dev d1 table local proto kernel metric 256 pref medium
  3: d1@d2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
  $ ip -j -p monitor neigh > out2 & sleep 0.3
  $ ip neigh add 10.9.0.5 lladdr 02:00:00:00:00:05 dev d1
  $ sleep 0.3; kill %1; wait; cat out2
  10.9.0.5 dev d1 lladdr 02:00:00:00:00:05 PERMANENT 
