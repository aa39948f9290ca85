Alternative names against the other names of a namespace: a new device, a veth peer or a rename to a name some device has as altname is EEXIST (own altname too); a "%d" pattern skips the numbers altnames use (__dev_alloc_name() scans them); a rename keeps the altnames; a move to another namespace takes them along and is refused (with the kernel's message) when one is in use there; the device is found by its altname in the namespace it went to, no longer in the old one; deleting a device frees its altnames; at most 496 (the property list's size).
  $ ip netns add n1
  $ ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
  $ ip link property add dev v0 altname uplink altname eth7 altname the-uplink-of-this-host
  $ ip link add uplink type veth peer name p9
  RTNETLINK answers: File exists
  [2]
  $ ip link add p9 type veth peer name eth7
  RTNETLINK answers: File exists
  [2]
  $ ip link show p9
  Device "p9" does not exist.
  [1]
  $ ip link set v1 name uplink
  RTNETLINK answers: File exists
  [2]
  $ ip link set v0 name eth7
  RTNETLINK answers: File exists
  [2]
  $ ip link set v0 name renamed0
  $ ip link show eth7
  3: renamed0@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname uplink
      altname eth7
      altname the-uplink-of-this-host
  $ ip link property del dev renamed0 altname eth7
  $ ip link set renamed0 name eth7
  $ ip link show the-uplink-of-this-host
  3: eth7@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname uplink
      altname the-uplink-of-this-host
  $ ip link add eth%d address 02:00:00:00:00:03 type veth peer name peer%d address 02:00:00:00:00:04
  $ ip link property add dev v1 altname peer0 altname peer1
  RTNETLINK answers: File exists
  [2]
  $ ip link add vx%d address 02:00:00:00:00:05 type veth peer name peer%d address 02:00:00:00:00:06
  $ ip link show
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  2: v1@eth7: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
  3: eth7@v1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
      altname uplink
      altname the-uplink-of-this-host
  4: peer0@eth0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:04 brd ff:ff:ff:ff:ff:ff
  5: eth0@peer0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:03 brd ff:ff:ff:ff:ff:ff
  6: peer1@vx0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:06 brd ff:ff:ff:ff:ff:ff
  7: vx0@peer1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:05 brd ff:ff:ff:ff:ff:ff
  $ ip -n n1 link add uplink address 02:00:00:00:01:01 type veth peer name n1p address 02:00:00:00:01:02
  $ ip link set dev eth7 netns n1
  Error: An interface with the altname uplink exists in the target netns.
  [2]
  $ ip -n n1 link set uplink name n1up
  $ ip -n n1 link add eth7 type veth peer name n1q
  $ ip link set dev eth7 netns n1
  Error: An interface with the same name exists in the target netns.
  [2]
  $ ip -n n1 link del eth7
  $ ip link set dev eth7 netns n1
  $ ip link show uplink
  Device "uplink" does not exist.
  [1]
  $ ip link show the-uplink-of-this-host
  Device "the-uplink-of-this-host" does not exist.
  [1]
  $ ip -n n1 link show the-uplink-of-this-host
  6: eth7@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      altname uplink
      altname the-uplink-of-this-host
  $ ip -n n1 link property add dev uplink altname n1alt
  $ ip -n n1 -br link show
  lo               DOWN           00:00:00:00:00:00 <LOOPBACK> 
  n1p@n1up         DOWN           02:00:00:00:01:02 <BROADCAST,MULTICAST,M-DOWN> 
  n1up@n1p         DOWN           02:00:00:00:01:01 <BROADCAST,MULTICAST,M-DOWN> 
  eth7@if2         DOWN           02:00:00:00:00:01 <BROADCAST,MULTICAST> 

  $ ip link property add dev v1 altname uplink
  $ ip netns add n2
  $ ip -n n2 link add w0 address 02:00:00:00:02:01 type veth peer name w1 address 02:00:00:00:02:02
  $ ip -n n2 link property add dev w1 altname n1alt
  $ ip -n n1 link set uplink netns n2
  Error: An interface with the altname n1alt exists in the target netns.
  [2]
  $ ip -n n2 link property del dev w1 altname n1alt
  $ ip -n n1 link set uplink netns n2
  $ ip -n n2 link show n1alt
  6: eth7@if2: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff link-netnsid 0
      altname uplink
      altname the-uplink-of-this-host
      altname n1alt
  $ ip -n n2 link del the-uplink-of-this-host
  $ ip link show v1
  Device "v1" does not exist.
  [1]
  $ ip link property add dev lo altname uplink altname the-uplink-of-this-host
  $ ip link show lo
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
      altname uplink
      altname the-uplink-of-this-host
  $ for i in $(seq 1 500); do ip link property add dev lo altname a$i 2>/dev/null || echo refused $i; done
  refused 495
  refused 496
  refused 497
  refused 498
  refused 499
  refused 500
  $ ip link property add dev lo altname one-more
  Error: effective property list too long.
  [2]
  $ ip link property del dev lo altname a1
  $ ip link property add dev lo altname one-more
  $ ip link show lo | grep -c altname
  496
