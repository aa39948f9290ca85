ethtool of each device kind (bridge, macvlan, vxlan, ifb): features, settings, driver, statistics, permanent address, channels.
  $ ip link add v0 type veth peer name v1
  $ ip link add brx type bridge
  $ ip link add mv0 link v0 type macvlan
  $ ip link add vx0 type vxlan id 5 dstport 4789 local 10.0.0.1
  $ ip link add ifb0 type ifb
  $ ethtool -k brx
  Features for brx:
  rx-checksumming: off [fixed]
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off [fixed]
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
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  rx-vlan-offload: off [fixed]
  tx-vlan-offload: on
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: on
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
  tx-gso-robust: on
  tx-fcoe-segmentation: on
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-gso-partial: on
  tx-tunnel-remcsum-segmentation: on
  tx-sctp-segmentation: on
  tx-esp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off
  loopback: off [fixed]
  rx-fcs: off [fixed]
  rx-all: off [fixed]
  tx-vlan-stag-hw-insert: on
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
  $ ethtool -k mv0
  Features for mv0:
  rx-checksumming: on [fixed]
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on [fixed]
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off [fixed]
  scatter-gather: on
  	tx-scatter-gather: on [fixed]
  	tx-scatter-gather-fraglist: on [fixed]
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on [fixed]
  	tx-tcp-ecn-segmentation: on [fixed]
  	tx-tcp-mangleid-segmentation: on [fixed]
  	tx-tcp6-segmentation: on [fixed]
  	tx-tcp-accecn-segmentation: on [fixed]
  generic-segmentation-offload: on
  generic-receive-offload: off [requested on]
  large-receive-offload: off
  rx-vlan-offload: off [fixed]
  tx-vlan-offload: off [fixed]
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: on [fixed]
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
  tx-gso-robust: on [fixed]
  tx-fcoe-segmentation: off [fixed]
  tx-gre-segmentation: on [fixed]
  tx-gre-csum-segmentation: on [fixed]
  tx-ipxip4-segmentation: on [fixed]
  tx-ipxip6-segmentation: on [fixed]
  tx-udp_tnl-segmentation: on [fixed]
  tx-udp_tnl-csum-segmentation: on [fixed]
  tx-gso-partial: off [fixed]
  tx-tunnel-remcsum-segmentation: off [fixed]
  tx-sctp-segmentation: on [fixed]
  tx-esp-segmentation: off [fixed]
  tx-udp-segmentation: on [fixed]
  tx-gso-list: on [fixed]
  tx-nocache-copy: off
  loopback: off [fixed]
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
  $ ethtool -k vx0
  Features for vx0:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off [fixed]
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
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  rx-vlan-offload: off [fixed]
  tx-vlan-offload: off [fixed]
  ntuple-filters: off [fixed]
  receive-hashing: off [fixed]
  highdma: off [fixed]
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
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
  tx-nocache-copy: off
  loopback: off [fixed]
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
  $ ethtool -k ifb0
  Features for ifb0:
  rx-checksumming: off [fixed]
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off [fixed]
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
  generic-receive-offload: on
  large-receive-offload: off [fixed]
  rx-vlan-offload: off [fixed]
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
  $ ethtool brx
  Settings for brx:
  	Supported ports: [  ]
  	Supported link modes:   Not reported
  	Supported pause frame use: No
  	Supports auto-negotiation: No
  	Supported FEC modes: Not reported
  	Advertised link modes:  Not reported
  	Advertised pause frame use: No
  	Advertised auto-negotiation: No
  	Advertised FEC modes: Not reported
  	Speed: Unknown!
  	Duplex: Unknown! (255)
  	Auto-negotiation: off
  	Port: Other
  	PHYAD: 0
  	Transceiver: internal
  	Link detected: no
  $ ethtool mv0
  Settings for mv0:
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
  $ ethtool vx0
  Settings for vx0:
  	Supported ports: [  ]
  	Supported link modes:   Not reported
  	Supported pause frame use: No
  	Supports auto-negotiation: No
  	Supported FEC modes: Not reported
  	Advertised link modes:  Not reported
  	Advertised pause frame use: No
  	Advertised auto-negotiation: No
  	Advertised FEC modes: Not reported
  	Speed: Unknown!
  	Duplex: Unknown! (255)
  	Auto-negotiation: off
  	Port: Other
  	PHYAD: 0
  	Transceiver: internal
  	Link detected: no
  $ ethtool ifb0
  No data available
  [75]
  $ ethtool -i brx
  driver: bridge
  version: 2.3
  firmware-version: N/A
  expansion-rom-version: 
  bus-info: N/A
  supports-statistics: no
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool -i mv0
  driver: macvlan
  version: 0.1
  firmware-version: 
  expansion-rom-version: 
  bus-info: 
  supports-statistics: no
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool -i vx0
  driver: vxlan
  version: 0.1
  firmware-version: 
  expansion-rom-version: 
  bus-info: 
  supports-statistics: no
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool -i ifb0
  driver: ifb
  version: 6.18.44-fc-* (glob)
  firmware-version: 
  expansion-rom-version: 
  bus-info: 
  supports-statistics: yes
  supports-test: no
  supports-eeprom-access: no
  supports-register-dump: no
  supports-priv-flags: no
  $ ethtool -S brx
  no stats available
  [94]
  $ ethtool -S lo
  no stats available
  [94]
  $ ethtool -S mv0
  no stats available
  [94]
  $ ethtool -P lo
  Permanent address: not set
  $ ethtool -P mv0
  Permanent address: not set
  $ ethtool -l lo
  netlink error: Operation not supported
  [1]
  $ ethtool -g lo
  netlink error: Operation not supported
  [1]
