Random differential sequence (seed 26) of ethtool -K on veth, bridge ports, a bridge and a macvlan, with -k after each change.

  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link add brx type bridge
  $ ip link add mv0 link v1 type macvlan
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
  $ ethtool -K mv0 sg on rxvlan on tx-sctp-segmentation off; echo $?
  Actual changes:
  rx-vlan-hw-parse: off [requested on]
  tx-sctp-segmentation: on [requested off]
  0
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
  $ ethtool -K v1 gso on tx-gso-partial on tx-tcp-ecn-segmentation on; echo $?
  Actual changes:
  tx-gso-partial: off [requested on]
  0
  $ ethtool -K brx tx-tcp-mangleid-segmentation on loopback on; echo $?
  Actual changes:
  loopback: off [requested on]
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
  $ ethtool -K v0 tso off tx-gso-list off rx-fcs off; echo $?
  0
  $ ethtool -K lo sg off; echo $?
  Could not change any device features
  Actual changes:
  tx-scatter-gather: on [requested off]
  tx-scatter-gather-fraglist: on [requested off]
  1
  $ ethtool -K mv0 highdma on rx-fcs on; echo $?
  Actual changes:
  rx-fcs: off [requested on]
  0
  $ ethtool -K v1 tx-vlan-stag-hw-insert on bogus-feature off gro on; echo $?
  netlink error: bit name not found (offset 88)
  netlink error: Operation not supported
  92
  $ ethtool -K v0 tx-scatter-gather on lro off tx-nocache-copy off; echo $?
  0
  $ ethtool -K v0 lro on generic-segmentation-offload on; echo $?
  Actual changes:
  rx-lro: off [requested on]
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
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: off
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off
  	tx-tcp-accecn-segmentation: off
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
  tx-gso-list: off
  tx-nocache-copy: off
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
  $ ethtool -k v1 | grep -v fixed
  Features for v1:
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
