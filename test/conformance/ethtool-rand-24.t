Random differential sequence (seed 24) of ethtool -K on veth, bridge ports, a bridge and a macvlan, with -k after each change.

  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link add brx type bridge
  $ ip link add mv0 link v1 type macvlan
  $ ethtool -K mv0 tx-tcp6-segmentation on; echo $?
  0
  $ ethtool -K lo rx off bogus-feature on ntuple off; echo $?
  netlink error: bit name not found (offset 72)
  netlink error: Operation not supported
  92
  $ ethtool -K lo txvlan on gso off tx-gre-segmentation off; echo $?
  Actual changes:
  tx-vlan-hw-insert: off [requested on]
  tx-generic-segmentation: off
  0
  $ ip link set v2 master brx; echo $?
  0
  $ ip link set v2 master brx; echo $?
  0
  $ ip link set v2 master brx; echo $?
  0
  $ ethtool -K v2 gro off tx-tcp6-segmentation on tx-scatter-gather off; echo $?
  Actual changes:
  tx-scatter-gather: off
  tx-generic-segmentation: off [not requested]
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [requested on]
  0
  $ ethtool -K lo ntuple off tx-gso-robust off tx-checksum-ipv4 on; echo $?
  Actual changes:
  tx-checksum-ipv4: off [requested on]
  0
  $ ethtool -K brx rx-checksum on; echo $?
  Could not change any device features
  Actual changes:
  rx-checksum: off [requested on]
  1
  $ ethtool -K v1 rx-fcs off rxvlan on tx-sctp-segmentation on; echo $?
  0
  $ ethtool -K v1 tx-scatter-gather on rx-checksum off; echo $?
  0
  $ ethtool -K v2 tx off tx-sctp-segmentation off; echo $?
  Actual changes:
  tx-checksum-ip-generic: off
  tx-sctp-segmentation: off
  tx-udp-segmentation: off [not requested]
  tx-checksum-sctp: off
  0
  $ ethtool -K v1 rx-vlan-stag-hw-parse on highdma off tx-scatter-gather-fraglist on; echo $?
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
  highdma: off
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
  tx-checksumming: off
  	tx-checksum-ip-generic: off
  	tx-checksum-sctp: off
  scatter-gather: on
  	tx-scatter-gather: off
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: off [requested on]
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: off [requested on]
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
  tx-sctp-segmentation: off
  tx-udp-segmentation: off [requested on]
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
  	tx-scatter-gather: off [requested on]
  	tx-scatter-gather-fraglist: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off [requested on]
  	tx-tcp-ecn-segmentation: off [requested on]
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: off [requested on]
  	tx-tcp-accecn-segmentation: on
  generic-segmentation-offload: off [requested on]
  generic-receive-offload: on
  tx-vlan-offload: on
  highdma: on
  tx-gso-robust: off [requested on]
  tx-fcoe-segmentation: off [requested on]
  tx-gre-segmentation: on
  tx-gre-csum-segmentation: on
  tx-ipxip4-segmentation: on
  tx-ipxip6-segmentation: on
  tx-udp_tnl-segmentation: on
  tx-udp_tnl-csum-segmentation: on
  tx-gso-partial: on
  tx-tunnel-remcsum-segmentation: on
  tx-sctp-segmentation: off [requested on]
  tx-esp-segmentation: on
  tx-udp-segmentation: off [requested on]
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
  generic-segmentation-offload: off
  generic-receive-offload: on
  tx-sctp-segmentation: on
  tx-udp-segmentation: on
  tx-gso-list: on
  rx-gro-list: off
  rx-udp-gro-forwarding: off
