Upper devices follow their lowers' features: a bridge recomputes from its ports, a macvlan from its lower device.
  $ ip link add v0 type veth peer name v1
  $ ip link add v2 type veth peer name v3
  $ ip link add brx type bridge
  $ ethtool -k brx | grep -E "gso-robust|fcoe-seg|nocache|highdma|^tcp|^scatter|tx-checksumming"
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: on
  highdma: on
  tx-gso-robust: on
  tx-fcoe-segmentation: on
  tx-nocache-copy: off
  $ ip link set v0 master brx
  $ ethtool -k brx | grep -E "gso-robust|fcoe-seg|nocache|highdma|^tcp|^scatter|tx-checksumming"
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: on
  highdma: on
  tx-gso-robust: off [requested on]
  tx-fcoe-segmentation: off [requested on]
  tx-nocache-copy: off
  $ ethtool -K v0 tso off
  $ ethtool -k brx | grep -E "^tcp|tx-tcp-seg"
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  $ ethtool -K v0 sg off
  Actual changes:
  tx-scatter-gather: off
  tx-scatter-gather-fraglist: off
  tx-generic-segmentation: off [not requested]
  $ ethtool -k brx | grep -E "^tcp|^scatter|tx-tcp-seg|generic-seg"
  scatter-gather: off
  tcp-segmentation-offload: off
  	tx-tcp-segmentation: off [requested on]
  generic-segmentation-offload: off [requested on]
  $ ip link set v2 master brx
  $ ethtool -k brx | grep -E "^tcp|^scatter|tx-tcp-seg|generic-seg"
  scatter-gather: on
  tcp-segmentation-offload: on
  	tx-tcp-segmentation: on
  generic-segmentation-offload: on
  $ ethtool -K v0 tx off
  Actual changes:
  tx-checksum-ip-generic: off
  tx-udp-segmentation: off [not requested]
  tx-checksum-sctp: off
  $ ethtool -k brx | grep -E "tx-checksumming|ip-generic"
  tx-checksumming: on
  	tx-checksum-ip-generic: on
  $ ethtool -K brx tso off
  $ ethtool -k brx | grep -E "^tcp"
  tcp-segmentation-offload: off
  $ ip link set v0 nomaster; ip link set v2 nomaster
  $ ethtool -k brx | grep -E "gso-robust|^tcp|^scatter|tx-checksumming"
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: off
  tx-gso-robust: on
  $ ip link add mv0 link v2 type macvlan
  $ ethtool -k mv0 | grep -E "^tcp|^scatter|tx-checksumming|generic-receive|large"
  tx-checksumming: on
  scatter-gather: on
  tcp-segmentation-offload: on
  generic-receive-offload: off [requested on]
  large-receive-offload: off
  $ ethtool -K v2 tx off
  Actual changes:
  tx-checksum-ip-generic: off
  tx-tcp-segmentation: off [not requested]
  tx-tcp-ecn-segmentation: off [not requested]
  tx-tcp-mangleid-segmentation: off [not requested]
  tx-tcp6-segmentation: off [not requested]
  tx-udp-segmentation: off [not requested]
  tx-checksum-sctp: off
  $ ethtool -k mv0 | grep -E "^tcp|^scatter|tx-checksumming|tx-checksum-ip"
  tx-checksumming: on
  	tx-checksum-ipv4: off [fixed]
  	tx-checksum-ip-generic: on [fixed]
  	tx-checksum-ipv6: off [fixed]
  scatter-gather: on
  tcp-segmentation-offload: on
  $ ethtool -K v2 gro on
  $ ethtool -k mv0 | grep -E "generic-receive"
  generic-receive-offload: on
  $ ethtool -K mv0 gro off
  Could not change any device features
  Actual changes:
  rx-gro: on [requested off]
  [1]
  $ ethtool -k mv0 | grep -E "generic-receive"
  generic-receive-offload: on [requested off]
  $ ethtool -K mv0 lro on
  Could not change any device features
  Actual changes:
  rx-lro: off [requested on]
  [1]
  $ ethtool -K mv0 tso off
  Could not change any device features
  Actual changes:
  tx-tcp-segmentation: on [requested off]
  tx-tcp-ecn-segmentation: on [requested off]
  tx-tcp-mangleid-segmentation: on [requested off]
  tx-tcp6-segmentation: on [requested off]
  tx-tcp-accecn-segmentation: on [requested off]
  [1]
  $ ip monitor link > /tmp/mon.txt & sleep 0.3; ethtool -K v3 tso off; sleep 0.3; kill %1; wait; grep -c v3 /tmp/mon.txt; rm -f /tmp/mon.txt
  1
