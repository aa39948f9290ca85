An ifb device has no ndo_set_mac_address: its address is set at creation (IFLA_ADDRESS) and never changed after (dev_set_mac_address(): EOPNOTSUPP, down or up, the same address too).

  $ ip link add if0 type ifb
  $ ip link set if0 address 02:00:00:00:01:15; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link add if1 address 02:00:00:00:01:16 type ifb; echo $?
  0
  $ ip link show if1 | grep -o "link/ether [0-9a-f:]*"
  link/ether 02:00:00:00:01:16
  $ ip link set if1 address 02:00:00:00:01:16; echo $?
  RTNETLINK answers: Operation not supported
  2
  $ ip link set if1 up; ip link set if1 address 02:00:00:00:01:17; echo $?
  RTNETLINK answers: Operation not supported
  2
