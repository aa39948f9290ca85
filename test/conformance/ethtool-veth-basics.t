ethtool on veth and lo: settings, driver, features, statistics, channels, ring, permanent address; -K tso and sg and their dependencies; errors.
  $ ip link add v0 type veth peer name v1
  $ ethtool v0
  Settings for v0:
  	Supported ports: [  ]
  	Supported link modes:   Not reported
  	Supported pause frame use: No
  	Supports auto-negotiation: No
  	Supported FEC modes: Not reported
  	Advertised link modes:  Not reported
  	Advertised pause frame use: No
  	Advertised auto-negotiation: No
  	Advertised FEC modes: Not reported
  	Speed: 10000Mb/s
  	Duplex: Full
  	Auto-negotiation: off
  	Port: Twisted Pair
  	PHYAD: 0
  	Transceiver: internal
  	MDI-X: Unknown
  	Link detected: no
  $ ethtool -i v0
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
  $ ethtool -k v0
  Features for v0:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: on
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: on
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: off
  large-receive-offload: off [fixed]
  rx-vlan-offload: on
  tx-vlan-offload: on
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: on
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
  tx-gso-robust: off [fixed]
  tx-fcoe-segmentation: off [fixed]
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-gso-partial: off [fixed]
  tx-tunnel-remcsum-segmentation: off [fixed]
  tx-sctp-segmentation: on
  tx-esp-segmentation: off [fixed]
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off
  loopback: off [fixed]
  rx-fcs: off [fixed]
  rx-all: off [fixed]
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-vlan-stag-filter: off [fixed]
  l2-fwd-offload: off [fixed]
  hw-tc-offload: off [fixed]
  esp-hw-offload: off [fixed]
  esp-tx-csum-hw-offload: off [fixed]
  rx-udp_tunnel-port-offload: off [fixed]
  tls-hw-tx-offload: off [fixed]
  tls-hw-rx-offload: off [fixed]
  rx-gro-hw: off [fixed]
  tls-hw-record: off [fixed]
  rx-gro-list: off
  macsec-hw-offload: off [fixed]
  rx-udp-gro-forwarding: off
  hsr-tag-ins-offload: off [fixed]
  hsr-tag-rm-offload: off [fixed]
  hsr-fwd-offload: off [fixed]
  hsr-dup-offload: off [fixed]
  $ ethtool -S v0
  NIC statistics:
       peer_ifindex: 2
       rx_queue_0_xdp_packets: 0
       rx_queue_0_xdp_bytes: 0
       rx_queue_0_drops: 0
       rx_queue_0_xdp_redirect: 0
       rx_queue_0_xdp_drops: 0
       rx_queue_0_xdp_tx: 0
       rx_queue_0_xdp_tx_errors: 0
       tx_queue_0_xdp_xmit: 0
       tx_queue_0_xdp_xmit_errors: 0
  $ ethtool -l v0
  Channel parameters for v0:
  Pre-set maximums:
  RX:		2
  TX:		2
  Other:		n/a
  Combined:	n/a
  Current hardware settings:
  RX:		1
  TX:		1
  Other:		n/a
  Combined:	n/a
  $ ethtool -g v0
  netlink error: Operation not supported
  [1]
  $ ethtool -P v0
  Permanent address: not set
  $ ethtool -k lo
  Features for lo:
  rx-checksumming: on [fixed]
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on [fixed]
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: on [fixed]
  scatter-gather: on
  	tx-scatter-gather: on [fixed]
  	tx-scatter-gather-fraglist: on [fixed]
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: on
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  rx-vlan-offload: off [fixed]
  tx-vlan-offload: off [fixed]
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: on [fixed]
  rx-vlan-filter: off [fixed]
  vlan-challenged: on [fixed]
  tx-gso-robust: off [fixed]
  tx-fcoe-segmentation: off [fixed]
  tx-gre-segmentation: off [fixed]
  tx-gre-csum-segmentation: off [fixed]
  tx-ipxip4-segmentation: off [fixed]
  tx-ipxip6-segmentation: off [fixed]
  tx-udp_tnl-segmentation: off [fixed]
  tx-udp_tnl-csum-segmentation: off [fixed]
  tx-gso-partial: off [fixed]
  tx-tunnel-remcsum-segmentation: off [fixed]
  tx-sctp-segmentation: on
  tx-esp-segmentation: off [fixed]
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off [fixed]
  loopback: on [fixed]
  rx-fcs: off [fixed]
  rx-all: off [fixed]
  tx-vlan-stag-hw-insert: off [fixed]
  rx-vlan-stag-hw-parse: off [fixed]
  rx-vlan-stag-filter: off [fixed]
  l2-fwd-offload: off [fixed]
  hw-tc-offload: off [fixed]
  esp-hw-offload: off [fixed]
  esp-tx-csum-hw-offload: off [fixed]
  rx-udp_tunnel-port-offload: off [fixed]
  tls-hw-tx-offload: off [fixed]
  tls-hw-rx-offload: off [fixed]
  rx-gro-hw: off [fixed]
  tls-hw-record: off [fixed]
  rx-gro-list: off
  macsec-hw-offload: off [fixed]
  rx-udp-gro-forwarding: off
  hsr-tag-ins-offload: off [fixed]
  hsr-tag-rm-offload: off [fixed]
  hsr-fwd-offload: off [fixed]
  hsr-dup-offload: off [fixed]
  $ ethtool lo
  Settings for lo:
  	Link detected: no
  $ ethtool -i lo
  Cannot get driver information: Operation not supported
  [71]
  $ ethtool -K v0 tso off
  $ ethtool -k v0 | grep -i segm
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: off
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off
  	tx-tcp-accecn-segmentation: off
  generic-segmentation-offload: on
  tx-fcoe-segmentation: off [fixed]
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-tunnel-remcsum-segmentation: off [fixed]
  tx-sctp-segmentation: on
  tx-esp-segmentation: off [fixed]
  tx-udp-segmentation: on
  $ ethtool -K v0 sg off
  Actual changes:
  tx-scatter-gather: off
  tx-scatter-gather-fraglist: off
  tx-generic-segmentation: off [not requested]
  $ ethtool -k v0 | head -12
  Features for v0:
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
  tcp-segmentation-offload: off
  $ ethtool -K v0 foo off
  netlink error: bit name not found (offset 52)
  netlink error: Operation not supported
  [92]
  $ ethtool nosuch
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  No data available
  [75]
  $ ethtool --version
  ethtool version 6.1
