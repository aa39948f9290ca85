The lower device of a running macvlan (not passthru) holds the macvlan's MAC in its unicast list (dev_uc_add); a device without a unicast filter, as veth, goes promiscuous for it while it is up (promiscuity 1 in ip -d link, no PROMISC flag), and leaves it when the list empties.
  $ ip netns add h
  $ ip link add eth0 netns h address 02:00:00:00:08:01 type veth peer name o0 address 02:00:00:00:08:02
  $ ip -n h link add link eth0 name m0 address 02:00:00:00:08:10 type macvlan mode bridge
  $ ip -n h link add link eth0 name m1 address 02:00:00:00:08:11 type macvlan mode private
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set m0 up
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set eth0 up
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link show eth0
  2: eth0@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
  $ ip -n h link set m1 up
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set m0 down
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set m1 down
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set m1 up
  $ ip -n h link set eth0 down
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link del m1
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1  allmulti 0 minmtu 68 maxmtu 65535 
  $ ip -n h link set eth0 up
  $ ip -n h -d link show eth0 | sed -n 2p
      link/ether 02:00:00:00:08:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 
