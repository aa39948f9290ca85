Device names with a %d pattern (dev_get_valid_name: the lowest free number; one %d and no other '%', else EINVAL) on add and rename, and the ifindex a failed creation uses up: only a veth whose own name is refused after its peer registered.
  $ ip link add name . type bridge; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b1 type bridge; ip -o link show b1 | cut -d: -f1
  2
  $ ip link add name . type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b2 type bridge; ip -o link show b2 | cut -d: -f1
  4
  $ ip link add name x0 type veth peer name .; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b3 type bridge; ip -o link show b3 | cut -d: -f1
  5
  $ ip link add name .. type veth peer name y0; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b4 type bridge; ip -o link show b4 | cut -d: -f1
  7
  $ ip link add name b4 type veth peer name y0; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add b5 type bridge; ip -o link show b5 | cut -d: -f1
  8
  $ ip link add name z0 type veth peer name b4; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add b6 type bridge; ip -o link show b6 | cut -d: -f1
  9
  $ ip link add name z0 mtu 50 type veth; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b7 type bridge; ip -o link show b7 | cut -d: -f1
  10
  $ ip link add name z0 type veth peer mtu 50; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b8 type bridge; ip -o link show b8 | cut -d: -f1
  11
  $ ip link add name z0 address 01:00:00:00:00:01 type veth; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link add b9 type bridge; ip -o link show b9 | cut -d: -f1
  12
  $ ip link add name z0 type veth peer address 01:00:00:00:00:01; echo $?
  RTNETLINK answers: Cannot assign requested address
  2
  $ ip link add b10 type bridge; ip -o link show b10 | cut -d: -f1
  13
  $ ip link add name z0 link nosuch type macvlan; echo $?
  Cannot find device "nosuch"
  1
  $ ip link add name z0 link b1 type macvlan; echo $?
  0
  $ ip link add b11 type bridge; ip -o link show b11 | cut -d: -f1
  15
  $ ip link add name . link b1 type macvlan; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b12 type bridge; ip -o link show b12 | cut -d: -f1
  16
  $ ip link add name b1 link lo type macvlan; echo $?
  RTNETLINK answers: File exists
  2
  $ ip link add b13 type bridge; ip -o link show b13 | cut -d: -f1
  17
  $ ip link add name . type vxlan id 5 dstport 4789; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add b14 type bridge; ip -o link show b14 | cut -d: -f1
  18
  $ ip link add name v1 type vxlan id 5 dstport 4789; ip link add name v2 type vxlan id 5 dstport 4789; echo $?
  Error: A VXLAN device with the specified VNI already exists.
  2
  $ ip link add b15 type bridge; ip -o link show b15 | cut -d: -f1
  20
  $ ip link add name 'x%d' type bridge; echo $?
  0
  $ ip link add name 'x%d%d' type bridge; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name '%d' type bridge; echo $?
  0
  $ ip -o link | cut -d' ' -f1-2
  1: lo:
  2: b1:
  4: b2:
  5: b3:
  7: b4:
  8: b5:
  9: b6:
  10: b7:
  11: b8:
  12: b9:
  13: b10:
  14: z0@b1:
  15: b11:
  16: b12:
  17: b13:
  18: b14:
  19: v1:
  20: b15:
  21: x0:
  22: 0:
  $ ip link add a0 type bridge
  $ ip link change dev . mtu 1400; echo $?
  Cannot find device "."
  1
  $ ip link change dev a/b mtu 1400; echo $?
  Error: argument "a/b" is wrong: "dev" not a valid ifname
  255
  $ ip link set dev . mtu 1400; echo $?
  Cannot find device "."
  1
  $ ip link set a0 name 'y%d'; echo $?
  0
  $ ip link set y0 name 'z%s'; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link set y0 name 'z%d%'; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link set y0 name 'z%'; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name 'q%x' type bridge; echo $?
  RTNETLINK answers: Invalid argument
  2
  $ ip link add name 'abcdefghijklm%d' type bridge; echo $?
  0
  $ ip link add name 'q%d' type veth peer name 'q%d'; echo $?
  0
  $ ip link add name 'r%d' type veth peer name 'r%dp'; echo $?
  0
  $ ip link add name 'm%d' link y0 type macvlan; echo $?
  0
  $ ip link add name 'vx%d' type vxlan id 7 dstport 4789; echo $?
  0
  $ ip -o link | cut -d' ' -f1-2
  1: lo:
  2: b1:
  4: b2:
  5: b3:
  7: b4:
  8: b5:
  9: b6:
  10: b7:
  11: b8:
  12: b9:
  13: b10:
  14: z0@b1:
  15: b11:
  16: b12:
  17: b13:
  18: b14:
  19: v1:
  20: b15:
  21: x0:
  22: 0:
  23: y0:
  24: abcdefghijklm0:
  25: q0@q1:
  26: q1@q0:
  27: r0p@r0:
  28: r0@r0p:
  29: m0@y0:
  30: vx0:
