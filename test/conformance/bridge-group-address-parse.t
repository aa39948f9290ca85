The bridge's group_address goes through iproute2's ll_addr_a2n() (each byte sscanf("%x"), the bad byte named, exit 1), and the kernel checks its length and value (br_changelink(): EINVAL).
  $ ip link add br9 type bridge group_address 01:80:zz:00:00:00
  "zz" is invalid lladdr.
  [1]
  $ ip link add br9 type bridge group_address down
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add br9 type bridge group_address 01:80:c2:00:00:01
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add br9 type bridge group_address 1:80:c2:0:0:5
  $ ip -d link show br9 | grep -o 'group_address [^ ]*'
  group_address 01:80:c2:00:00:05
  $ ip link set br9 type bridge group_address 01:80:c2:00:00:0x
  $ ip -d link show br9 | grep -o 'group_address [^ ]*'
  group_address 01:80:c2:00:00:00
