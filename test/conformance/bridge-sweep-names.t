Bridge names at creation: no name (kind%d), name/dev keywords, a %d pattern, names too long, taken or invalid, and renaming a bridge and a port (sysfs brif/ and the port's master stay in step).
  $ ip link add type bridge 2>&1; echo "rc $?"
  rc 0
  $ ip link add type bridge 2>&1; echo "rc $?"
  rc 0
  $ ip link add name sw%d type bridge 2>&1; echo "rc $?"
  rc 0
  $ ip link add dev sw%d type bridge 2>&1; echo "rc $?"
  rc 0
  $ ip link add name x%dy%d type bridge 2>&1; echo "rc $?"
  RTNETLINK answers: Invalid argument
  rc 2
  $ ip link add name 0123456789abcdef type bridge 2>&1; echo "rc $?"
  Error: argument "0123456789abcdef" is wrong: "name" not a valid ifname
  rc 255
  $ ip link add name bridge0 type bridge 2>&1; echo "rc $?"
  RTNETLINK answers: File exists
  rc 2
  $ ip link add name "a b" type bridge 2>&1; echo "rc $?"
  Error: argument "a b" is wrong: "name" not a valid ifname
  rc 255
  $ ip link add name a/b type bridge 2>&1; echo "rc $?"
  Error: argument "a/b" is wrong: "name" not a valid ifname
  rc 255
  $ ip -o link show type bridge | awk '{print $2}'
  bridge0:
  bridge1:
  sw0:
  sw1:
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link set p1 master sw0
  $ ip link set sw0 name core0 2>&1; echo "rc $?"
  rc 0
  $ ip link set p1 name port1 2>&1; echo "rc $?"
  rc 0
  $ ip link show master core0 | head -1
  7: port1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop master core0 state DOWN mode DEFAULT group default qlen 1000
  $ bridge link show
  7: port1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master core0 state disabled priority 32 cost 2 
  $ ip link set sw0 up; ip link set core0 up; ip link set core0 name core1 2>&1; echo "rc $?"
  Cannot find device "sw0"
  rc 0
  $ ip link set core0 down; ip link set core0 name core1 2>&1; echo "rc $?"
  Cannot find device "core0"
  Cannot find device "core0"
  rc 1
  $ bridge link show
  7: port1@q1: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 master core1 state disabled priority 32 cost 2 
