Random differential sequence (seed 9) of ethtool -K on veth, bridge ports, a bridge and a macvlan, with -k after each change.

  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link add brx type bridge
  $ ip link add mv0 link v1 type macvlan
  $ ethtool -K v2 ufo on; echo $?
  Could not change any device features
  1
  $ ethtool -K brx rx on tx-scatter-gather-fraglist off tx-vlan-stag-hw-insert on; echo $?
  Actual changes:
  tx-scatter-gather-fraglist: off
  rx-checksum: off [requested on]
  0
  $ ip link set v2 nomaster; echo $?
  0
  $ ethtool -K v1 txvlan on; echo $?
  0
  $ ethtool -K mv0 scatter-gather off; echo $?
  Could not change any device features
  Actual changes:
  tx-scatter-gather: on [requested off]
  tx-scatter-gather-fraglist: on [requested off]
  1
  $ ip link set v0 nomaster; echo $?
  0
  $ ethtool -K v1 tx-nocache-copy on rx off tx-checksum-ip-generic off; echo $?
  Actual changes:
  tx-checksum-ip-generic: off
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  tx-udp-segmentation: off [not requested]
  rx-checksum: off
  tx-nocache-copy: on
  0
  $ ethtool -K v0 bogus-feature on; echo $?
  netlink error: bit name not found (offset 52)
  netlink error: Operation not supported
  92
  $ ethtool -k v0 | grep -v fixed
  Features for v0:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ip-generic: on
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
  rx-vlan-offload: on
  tx-vlan-offload: on
  highdma: on
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k brx | grep -v fixed
  Features for brx:
  tx-checksumming: on
  	tx-checksum-ip-generic: on
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: off
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: on
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: on
  tx-vlan-offload: on
  highdma: on
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
  tx-vlan-stag-hw-insert: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -K v1 txvlan on rx-fcs on; echo $?
  Actual changes:
  rx-fcs: off [requested on]
  0
  $ ethtool -k v0 | grep -v fixed
  Features for v0:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ip-generic: on
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
  rx-vlan-offload: on
  tx-vlan-offload: on
  highdma: on
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k v1 | grep -v fixed
  Features for v1:
  rx-checksumming: off
  tx-checksumming: on
  	tx-checksum-ip-generic: off
  	tx-checksum-sctp: on
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: off [requested on]
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: off
  rx-vlan-offload: on
  tx-vlan-offload: on
  highdma: on
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: off [requested on]
  tx-gso-list: on
  tx-nocache-copy: on
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k v2 | grep -v fixed
  Features for v2:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ip-generic: on
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
  rx-vlan-offload: on
  tx-vlan-offload: on
  highdma: on
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  tx-nocache-copy: off
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k brx | grep -v fixed
  Features for brx:
  tx-checksumming: on
  	tx-checksum-ip-generic: on
  scatter-gather: on
  	tx-scatter-gather: on
  	tx-scatter-gather-fraglist: off
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: on
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: on
  tx-vlan-offload: on
  highdma: on
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
  tx-vlan-stag-hw-insert: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k mv0 | grep -v fixed
  Features for mv0:
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: on
  generic-segmentation-offload: on
  generic-receive-offload: off [requested on]
  large-receive-offload: off
  tx-nocache-copy: off
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k lo | grep -v fixed
  Features for lo:
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: on
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
