Error messages and exit codes of ip addr (iproute2 parse errors exit 255/1, kernel netlink errors exit 2).
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip addr add 10.0.0.1/24 dev a0
  $ ip addr add 10.0.0.1/24 dev a0
  Error: ipv4: Address already assigned.
  [2]
  $ ip addr add 10.0.0.1/16 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.0.1/24 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.0.1/16 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr add 10.0.0.2/24 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip addr add 10.0.0.2/24
  Not enough information: "dev" argument is required.
  [1]
  $ ip addr add dev a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr add 10.0.0.2/33 dev a0
  Error: any valid prefix is expected rather than "10.0.0.2/33".
  [1]
  $ ip addr add 10.0.0.2/-1 dev a0
  Error: any valid prefix is expected rather than "10.0.0.2/-1".
  [1]
  $ ip addr add 10.0.0.256/24 dev a0
  Error: any valid prefix is expected rather than "10.0.0.256/24".
  [1]
  $ ip addr add foo dev a0
  Error: any valid prefix is expected rather than "foo".
  [1]
  $ ip addr add 10.0.0.2/24 dev a0 scope foo
  Error: argument "foo" is wrong: invalid scope value.
  [255]
  $ ip addr add 10.0.0.2/24 dev a0 brd 10.0.0.300
  Error: inet address is expected rather than "10.0.0.300".
  [1]
  $ ip addr add 10.0.0.2/24 dev a0 bogus
  Error: either "local" is duplicate, or "bogus" is a garbage.
  [255]
  $ ip addr add 10.0.0.2/24 dev a0 dev b0
  $ ip -4 -o addr show dev b0
  2: b0    inet 10.0.0.2/24 scope global b0\       valid_lft forever preferred_lft forever
  $ ip addr del 10.0.0.9/24 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.0.0.1/25 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.0.0.1/24 dev nosuch
  Cannot find device "nosuch"
  [1]
  $ ip addr del 10.0.0.1/24
  Not enough information: "dev" argument is required.
  [1]
  $ ip addr del dev a0
  RTNETLINK answers: Operation not supported
  [2]
  $ ip addr show dev nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip addr show nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip addr show dev a0 bogus
  Error: either "dev" is duplicate, or "bogus" is a garbage.
  [255]
  $ ip addr frob
  Command "frob" is unknown, try "ip address help".
  [255]
