Random differential sequence (seed 6) of ethtool -K on veth, bridge ports, a bridge and a macvlan, with -k after each change.

  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link add brx type bridge
  $ ip link add mv0 link v1 type macvlan
  $ ethtool -K v0 tx-tcp-accecn-segmentation on gro on; echo $?
  0
  $ ip link set v2 nomaster; echo $?
  0
  $ ethtool -K v0 tx-gso-robust off tx-tcp-segmentation on; echo $?
  0
  $ ethtool -K mv0 tx-tcp-accecn-segmentation on tx-gso-partial off rx-all off; echo $?
  0
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
  $ ethtool -K v0 scatter-gather off; echo $?
  Actual changes:
  tx-scatter-gather: off
  tx-scatter-gather-fraglist: off
  tx-generic-segmentation: off [not requested]
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  0
  $ ethtool -K v0 tx-tcp-segmentation off rx-checksum on rx-gro on; echo $?
  0
  $ ethtool -K v1 highdma on tx-checksum-sctp on tx-generic-segmentation on; echo $?
  0
  $ ethtool -K lo tx-checksum-sctp off tx-tcp-segmentation off; echo $?
  Actual changes:
  tx-tcp-segmentation: off
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-checksum-sctp: on [requested off]
  0
  $ ethtool -K mv0 scatter-gather on; echo $?
  0
  $ ethtool -K v1 rx-checksum off; echo $?
  0
  $ ethtool -K lo rx-all off tx-checksum-sctp off rx-gro off; echo $?
  Actual changes:
  rx-gro: off
  tx-checksum-sctp: on [requested off]
  0
  $ ethtool -K brx ufo off; echo $?
  Could not change any device features
  1
  $ ethtool -k v0 | grep -v fixed
  Features for v0:
  rx-checksumming: on
  tx-checksumming: on
  	tx-checksum-ip-generic: on
  	tx-checksum-sctp: on
  scatter-gather: off
  	tx-scatter-gather: off
  	tx-scatter-gather-fraglist: off
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: off [requested on]
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: off [requested on]
  generic-receive-offload: on
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
  	tx-scatter-gather-fraglist: on
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
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: on
  generic-receive-offload: off
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
