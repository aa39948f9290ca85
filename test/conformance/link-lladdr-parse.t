ip link parses link-layer addresses with ll_addr_a2n() (each byte sscanf("%x"): 'b down' is broadcast 0d, 'up' is no byte), checks an address's length against the device (nl_get_ll_addr_len()) only once every word is read and only for an existing device, and leaves a broadcast address's length to the kernel (validate_linkmsg(): shorter is EINVAL, longer is cut).
  $ ip link set b down 2>&1
  Not enough information: "dev" argument is required.
  [255]
  $ ip link set b up 2>&1
  "up" is invalid lladdr.
  [1]
  $ ip link set br 1 2>&1
  Not enough information: "dev" argument is required.
  [255]
  $ ip link set addr zz dev lo 2>&1
  "zz" is invalid lladdr.
  [1]
  $ ip link set brd 1:2 dev lo 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set dev lo brd down 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set dev lo address 1:2 2>&1
  Invalid address length 2 - must be 6 bytes
  [1]
  $ ip link set dev lo address 1:2:3:4:5:6:7 2>&1
  Invalid address length 7 - must be 6 bytes
  [1]
  $ ip link set dev nosuch address 1:2 2>&1
  Cannot find device "nosuch"
  [1]
  $ ip link add v1 address 1:2 type veth 2>&1
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link set dev lo brd 1:2:3:4:5:6:7 2>&1
  $ ip link show lo
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 01:02:03:04:05:06
