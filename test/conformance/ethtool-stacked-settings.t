ethtool settings and timestamping of stacked devices: a bridge takes its fastest running port's speed, a vxlan and a macvlan their lower device's.
  $ ip link add v0 type veth peer name v1
  $ ip link add brx type bridge
  $ ip link add vx0 type vxlan id 7 dstport 4789 dev v0
  $ ip link add mv0 link v0 type macvlan
  $ ip link add ifb0 type ifb
  $ ip link set v0 master brx; ip link set brx up
  RTNETLINK answers: Device or resource busy
  $ ethtool brx | grep -E "Speed|Duplex|Port|Link"
  	Speed: Unknown!
  	Duplex: Unknown! (255)
  	Port: Other
  	Link detected: yes
  $ ip link set v0 up; ip link set v1 up; sleep 1.2
  $ ethtool brx | grep -E "Speed|Duplex|Port|Link"
  	Speed: Unknown!
  	Duplex: Unknown! (255)
  	Port: Other
  	Link detected: yes
  $ ethtool vx0 | grep -E "Speed|Duplex|Port|MDI|Link"
  	Speed: 10000Mb/s
  	Duplex: Full
  	Port: Twisted Pair
  	MDI-X: Unknown
  	Link detected: no
  $ ip link set vx0 up; ip link set mv0 up
  $ ethtool vx0 | grep -E "Speed|Link"
  	Speed: 10000Mb/s
  	Link detected: yes
  $ ethtool mv0 | grep -E "Speed|Duplex|Port|Link"
  	Speed: 10000Mb/s
  	Duplex: Full
  	Port: Twisted Pair
  	Link detected: yes
  $ ip link set v1 down; sleep 1.2
  $ ethtool mv0 | grep -E "Link"
  	Link detected: no
  $ ethtool v0 | grep -E "Link"
  	Link detected: no
  $ ethtool brx | grep -E "Speed|Link"
  	Speed: Unknown!
  	Link detected: yes
  $ ethtool -T brx
  Time stamping parameters for brx:
  Capabilities:
  	software-receive
  	software-system-clock
  PTP Hardware Clock: none
  Hardware Transmit Timestamp Modes: none
  Hardware Receive Filter Modes: none
  $ ethtool -T lo | head -5
  Time stamping parameters for lo:
  Capabilities:
  	software-transmit
  	software-receive
  	software-system-clock
  $ ethtool -T mv0 | head -5
  Time stamping parameters for mv0:
  Capabilities:
  	software-transmit
  	software-receive
  	software-system-clock
  $ ethtool -T vx0 | head -5
  Time stamping parameters for vx0:
  Capabilities:
  	software-receive
  	software-system-clock
  PTP Hardware Clock: none
  $ ethtool -T ifb0 | head -5
  Time stamping parameters for ifb0:
  Capabilities:
  	software-receive
  	software-system-clock
  PTP Hardware Clock: none
  $ ethtool -T nosuch
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  [1]
  $ ip link add v2 type veth peer name v3
  $ ip link set v2 master brx; ip link set v2 up
  $ ethtool brx | grep -E "Speed|Duplex"
  	Speed: Unknown!
  	Duplex: Unknown! (255)
  $ ip link set v3 up; sleep 1.2
  $ ethtool brx | grep -E "Speed|Duplex"
  	Speed: 10000Mb/s
  	Duplex: Unknown! (255)
  $ ip netns add sx; ip link set v3 netns sx; sleep 1.2
  $ ethtool brx | grep -E "Speed|Link"
  	Speed: Unknown!
  	Link detected: no
  $ ip netns exec sx ethtool -S v3 | head -2
  NIC statistics:
       peer_ifindex: 9
  $ ip netns exec sx ethtool -i v3 | head -1
  driver: veth
