ethtool -K: legacy flags and kernel names, netdev_fix_features() dependencies, "Actual changes", "Could not change any device features", fixed features, argument errors.
  $ ip link add v0 type veth peer name v1
  $ ethtool -K v0 tx off
  Actual changes:
  tx-checksum-ip-generic: off
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  tx-udp-segmentation: off [not requested]
  tx-checksum-sctp: off
  $ ethtool -k v0 | head -20
  Features for v0:
  rx-checksumming: on
  tx-checksumming: off
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: off
  	tx-checksum-ipv6: off [fixed]
  	tx-checksum-fcoe-crc: off [fixed]
  	tx-checksum-sctp: off
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
  large-receive-offload: off [fixed]
  $ ethtool -K v0 tx on
  Actual changes:
  tx-checksum-ipv4: off [requested on]
  tx-checksum-ip-generic: on
  tx-checksum-ipv6: off [requested on]
  tx-tcp-segmentation: on [not requested]
  tx-tcp-ecn-segmentation: on [not requested]
  tx-tcp-mangleid-segmentation: on [not requested]
  tx-tcp6-segmentation: on [not requested]
  tx-udp-segmentation: on [not requested]
  tx-checksum-fcoe-crc: off [requested on]
  tx-checksum-sctp: on
  $ ethtool -K v0 tso on
  $ ethtool -K v0 gso off
  $ ethtool -k v0 | grep -E "^generic|^tcp"
  tcp-segmentation-offload: on
  generic-segmentation-offload: off
  generic-receive-offload: off
  $ ethtool -K v0 gso on gro on
  $ ethtool -k v0 | grep -E "^generic|^tcp"
  tcp-segmentation-offload: on
  generic-segmentation-offload: on
  generic-receive-offload: on
  $ ethtool -K v0 gro off lro on
  Actual changes:
  rx-gro: off
  rx-lro: off [requested on]
  $ ethtool -K v0 highdma off
  $ ethtool -K v0 loopback on
  Could not change any device features
  Actual changes:
  loopback: off [requested on]
  [1]
  $ ethtool -K v0 rx off
  $ ethtool -k v0 | head -3
  Features for v0:
  rx-checksumming: off
  tx-checksumming: on
  $ ethtool -K v0 rx on tx-tcp-segmentation off
  Actual changes:
  tx-tcp-segmentation: off
  tx-tcp-mangleid-segmentation: off [not requested]
  rx-checksum: on
  $ ethtool -k v0 | grep tcp
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: on
  	tx-tcp-mangleid-segmentation: off [requested on]
  	tx-tcp6-segmentation: on
  	tx-tcp-accecn-segmentation: on
  $ ethtool -K v0 tx-tcp-segmentation on tso off
  $ ethtool -k v0 | grep tcp
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  	tx-tcp-ecn-segmentation: off
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off
  	tx-tcp-accecn-segmentation: off
  $ ethtool -K v0 tso
  ethtool (-K): flag '(null)' for parameter '(null)' is not followed by 'on' or 'off'
  [1]
  $ ethtool -K v0 tso maybe
  ethtool (-K): flag 'maybe' for parameter '(null)' is not followed by 'on' or 'off'
  [1]
  $ ethtool -K v0
  Could not change any device features
  [1]
  $ ethtool -K nosuch tso off
  netlink error: no device matches name (offset 24)
  netlink error: No such device
  [92]
  $ ethtool -K lo tso off
  $ ethtool -k lo | grep tcp
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off
  	tx-tcp-ecn-segmentation: off
  	tx-tcp-mangleid-segmentation: off
  	tx-tcp6-segmentation: off
  	tx-tcp-accecn-segmentation: off
  $ ethtool -K lo sg off
  Could not change any device features
  Actual changes:
  tx-scatter-gather: on [requested off]
  tx-scatter-gather-fraglist: on [requested off]
  [1]
  $ ethtool -K lo rx off
  Could not change any device features
  Actual changes:
  rx-checksum: on [requested off]
  [1]
  $ ethtool -K v0 txvlan off rxvlan off
  $ ethtool -k v0 | grep vlan
  rx-vlan-offload: off
  tx-vlan-offload: off
  rx-vlan-filter: off [fixed]
  vlan-challenged: off [fixed]
  tx-vlan-stag-hw-insert: on
  rx-vlan-stag-hw-parse: on
  rx-vlan-stag-filter: off [fixed]
  $ ethtool -K v0 ntuple on
  Could not change any device features
  Actual changes:
  rx-ntuple-filter: off [requested on]
  [1]
  $ ethtool -K v0 rxhash on
  Could not change any device features
  Actual changes:
  rx-hashing: off [requested on]
  [1]
  $ ethtool --offload v0 tso off; echo $?
  0
  $ ethtool --show-offload v0 | head -2
  Features for v0:
  rx-checksumming: on
  $ ethtool --features v0 | head -2
  Could not change any device features
  $ ethtool -k
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
  $ ethtool
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
  $ ethtool -x v0
  Cannot get RX ring count: Operation not supported
  [1]
  $ ethtool -Q v0
  ethtool: bad command line argument(s)
  For more information run ethtool -h
  [1]
