ip addr add with "brd +" or "brd -" but no address: ipaddr_modify() refuses it before the device lookup unless -4 made the request IPv4 ("Broadcast can be set only for IPv4 addresses", exit 1).

  $ ip link add d0 type veth peer name e0
  $ ip addr add brd + dev d0 label d0:1 valid_lft 100 preferred_lft 50; echo $?
  Broadcast can be set only for IPv4 addresses
  1
  $ ip addr add brd - dev d0; echo $?
  Broadcast can be set only for IPv4 addresses
  1
  $ ip addr add brd + dev nosuch; echo $?
  Broadcast can be set only for IPv4 addresses
  1
  $ ip addr add brd + ; echo $?
  Not enough information: "dev" argument is required.
  1
  $ ip addr replace brd + dev d0; echo $?
  Broadcast can be set only for IPv4 addresses
  1
  $ ip addr change broadcast - dev d0; echo $?
  Broadcast can be set only for IPv4 addresses
  1
  $ ip addr add brd 10.0.0.255 dev d0 2>&1; echo $?
  Error: ipv4: Local address is not supplied.
  2
  $ ip addr add 10.0.0.1/24 brd + dev d0; ip -4 addr show dev d0 | grep inet
      inet 10.0.0.1/24 brd 10.0.0.255 scope global d0
  $ ip addr del brd + dev d0 2>&1; echo $?
  RTNETLINK answers: Operation not supported
  2
