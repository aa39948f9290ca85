UFO has no feature name on 6.18: the name is "bit name not found", the legacy ufo flag matches nothing.
  $ ip link add v0 type veth peer name v1
  $ ethtool -K v0 tx-udp-fragmentation on; echo $?
  netlink error: bit name not found (offset 52)
  netlink error: Operation not supported
  92
  $ ethtool --show-features v0 | grep -c .
  64
