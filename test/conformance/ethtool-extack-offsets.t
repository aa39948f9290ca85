ethtool extack offsets follow the request's layout: the device name's length, each bit entry before the unknown one.
  $ ip link add vethlongname0 type veth peer name v1
  $ ethtool -K vethlongname0 bogus on
  netlink error: bit name not found (offset 64)
  netlink error: Operation not supported
  [92]
  $ ethtool -K vethlongname0 tso off bogus on
  netlink error: bit name not found (offset 232)
  netlink error: Operation not supported
  [92]
  $ ethtool -K v1 sg on tx off bogus off
  netlink error: bit name not found (offset 272)
  netlink error: Operation not supported
  [92]
  $ ethtool -L vethlongname0 rx 9
  netlink error: requested channel count exceeds maximum (offset 44)
  netlink error: Invalid argument
  [1]
  $ ethtool -L vethlongname0 tx 1 rx 9
  netlink error: requested channel count exceeds maximum (offset 52)
  netlink error: Invalid argument
  [1]
  $ ethtool -L v1 other 1 rx 1
  netlink error: requested channel count exceeds maximum (offset 32)
  netlink error: Invalid argument
  [1]
  $ ethtool -L vethlongname0 rx 0 tx 1
  netlink error: requested channel counts would result in no RX or TX channel being configured (offset 44)
  netlink error: Invalid argument
  [1]
  $ ethtool -L v1 rx 1 tx 0
  netlink error: requested channel counts would result in no RX or TX channel being configured (offset 40)
  netlink error: Invalid argument
  [1]
  $ ethtool -l v1
  Channel parameters for v1:
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
