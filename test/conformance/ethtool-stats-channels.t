ethtool -S, -i, -P, -l/-L of a veth and an ifb, link state, errors for missing devices, the unsupported hardware options.
  $ ip link add v0 type veth peer name v1
  $ ip link add ifb0 type ifb
  $ ethtool -S ifb0
  NIC statistics:
       rx_queue_0_packets: 0
       rx_queue_0_bytes: 0
       tx_queue_0_packets: 0
       tx_queue_0_bytes: 0
  $ ethtool -i lo; echo $?
  Cannot get driver information: Operation not supported
  71
  $ ethtool --driver v0
  driver: veth
  version: 1.0
  firmware-version: 
  expansion-rom-version: 
  bus-info: 
  supports-statistics: yes
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool -S v1
  NIC statistics:
       peer_ifindex: 3
       rx_queue_0_xdp_packets: 0
       rx_queue_0_xdp_bytes: 0
       rx_queue_0_drops: 0
       rx_queue_0_xdp_redirect: 0
       rx_queue_0_xdp_drops: 0
       rx_queue_0_xdp_tx: 0
       rx_queue_0_xdp_tx_errors: 0
       tx_queue_0_xdp_xmit: 0
       tx_queue_0_xdp_xmit_errors: 0
  $ ethtool --statistics v0 | head -3
  NIC statistics:
       peer_ifindex: 2
       rx_queue_0_xdp_packets: 0
  $ ethtool -P v0
  Permanent address: not set
  $ ip link set v0 address 02:00:00:00:00:01
  $ ethtool -P v0
  Permanent address: not set
  $ ethtool -L v0 rx 2
  $ ethtool -l v0
  Channel parameters for v0:
  Pre-set maximums:
  RX:		2
  TX:		2
  Other:		n/a
  Combined:	n/a
  Current hardware settings:
  RX:		2
  TX:		1
  Other:		n/a
  Combined:	n/a
  $ ethtool -L v0 rx 3
  netlink error: requested channel count exceeds maximum (offset 32)
  netlink error: Invalid argument
  [1]
  $ ethtool -L v0 combined 1
  netlink error: requested channel count exceeds maximum (offset 32)
  netlink error: Invalid argument
  [1]
  $ ethtool -L v0 tx 2 rx 1
  $ ethtool -l v0
  Channel parameters for v0:
  Pre-set maximums:
  RX:		2
  TX:		2
  Other:		n/a
  Combined:	n/a
  Current hardware settings:
  RX:		1
  TX:		2
  Other:		n/a
  Combined:	n/a
  $ ip link set v0 up; ip link set v1 up
  $ ethtool v0 | tail -2
  	MDI-X: Unknown
  	Link detected: yes
  $ ethtool -K v0 sg off
  Actual changes:
  tx-scatter-gather: off
  tx-scatter-gather-fraglist: off
  tx-generic-segmentation: off [not requested]
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  $ ethtool -K v1 sg off tso on
  Actual changes:
  tx-scatter-gather: off
  tx-scatter-gather-fraglist: off
  tx-generic-segmentation: off [not requested]
  tx-tcp-segmentation: off [requested on]
  tx-tcp-ecn-segmentation: off [requested on]
  tx-tcp-mangleid-segmentation: off [requested on]
  tx-tcp6-segmentation: off [requested on]
  $ ethtool -k v1 | head -16
  Features for v1:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: on
  scatter-gather: off
  	tx-scatter-gather: off
  	tx-scatter-gather-fraglist: off
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: off [requested on]
  $ ethtool -i nosuch
  Cannot get driver information: No such device
  [71]
  $ ethtool -S nosuch
  Cannot get stats strings information: No such device
  [96]
  $ ethtool -P nosuch
  netlink error: No such device
  [1]
  $ ethtool -k nosuch
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  [1]
  $ ethtool -l nosuch
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  [1]
  $ ethtool -s v0 speed 100
  netlink error: Operation not supported
  [75]
  $ ethtool -r v0
  Cannot restart autonegotiation: Operation not supported
  [255]
  $ ethtool -T v0
  Time stamping parameters for v0:
  Capabilities:
  	software-transmit
  	software-receive
  	software-system-clock
  PTP Hardware Clock: none
  Hardware Transmit Timestamp Modes: none
  Hardware Receive Filter Modes: none
  $ ethtool -a v0
  netlink error: Operation not supported
  [1]
  $ ethtool -c v0
  netlink error: Operation not supported
  [1]
  $ ethtool -m v0
  netlink error: Operation not supported
  [1]
  $ ethtool -e v0
  Cannot get EEPROM data: Operation not supported
  [74]
  $ ethtool -d v0
  Cannot get register dump: Operation not supported
  [74]
  $ ethtool --show-eee v0
  netlink error: Operation not supported
  [1]
  $ ethtool --show-fec v0
  netlink error: Operation not supported
  [1]
