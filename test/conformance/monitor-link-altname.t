ip monitor link and the link property changes: an altname added or deleted on a device that is up is announced (netdev_state_change(): RTM_NEWLINK, only for an up device) with the altname lines; on a device that is down, or a failed deletion, nothing; a device created at a chosen index and a rename are announced as usual.
  $ ip netns add n
  $ ip -n n link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip -n n link set v0 up
  $ ip -n n monitor link > mon.out & sleep 0.3
  $ ip -n n link property add dev v0 altname first-alt altname a2
  $ ip -n n link property del dev v0 altname a2
  $ ip -n n link property del dev v0 altname nope
  RTNETLINK answers: No such file or directory
  [2]
  $ ip -n n link add index 40 ifb4 address 02:00:00:00:00:04 type ifb
  $ ip -n n link set v1 name v1x
  $ sleep 0.3; kill $!; wait
  $ cat mon.out
  3: v0@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname first-alt
      altname a2
  3: v0@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default 
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname first-alt
  40: ifb4: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:04 brd ff:ff:ff:ff:ff:ff
  2: v1x@v0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default 
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  $ ip -n n monitor link > mon2.out & sleep 0.3
  $ ip -n n link property add dev v1x altname down-dev-alt
  $ ip -n n link property add dev v0 altname x1 altname first-alt altname x2
  RTNETLINK answers: File exists
  [2]
  $ sleep 0.3; kill $!; wait
  $ cat mon2.out
  $ ip -n n link show v0
  3: v0@v1x: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname first-alt
      altname x1
