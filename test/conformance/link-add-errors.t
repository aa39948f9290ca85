ip link add/del/show errors: duplicates, missing devices, bad types, bad names, and exit statuses.
  $ ip link add a0 address 02:00:00:00:00:a0 type veth peer name b0 address 02:00:00:00:00:b0
  $ ip link add a0 type veth peer name c0
  RTNETLINK answers: File exists
  [2]
  $ ip link add c0 type veth peer name b0
  RTNETLINK answers: File exists
  [2]
  $ ip link add a0
  Not enough information: "type" argument is required
  [1]
  $ ip link add name x0 type nosuchkind
  Error: Unknown device type.
  [2]
  $ ip link add x0 type veth peer name x0
  RTNETLINK answers: File exists
  [2]
  $ ip link add 0123456789abcdefgh type veth
  Error: Attribute failed policy validation.
  [2]
  $ ip link add "bad name" type veth
  Error: argument "bad name" is wrong: "dev" not a valid ifname
  [255]
  $ ip link add x0 type veth peer
  $ ip link set x0 address 02:00:00:00:00:98; ip link set veth0 address 02:00:00:00:00:97
  $ ip link add x0 mtu 100 type veth
  RTNETLINK answers: File exists
  [2]
  $ ip link add x0 txqueuelen 5 address 02:00:00:00:00:99 type veth peer name y0 mtu 1400
  RTNETLINK answers: File exists
  [2]
  $ ip -br link show type veth
  b0@a0            DOWN           02:00:00:00:00:b0 <BROADCAST,MULTICAST,M-DOWN> 
  a0@b0            DOWN           02:00:00:00:00:a0 <BROADCAST,MULTICAST,M-DOWN> 
  veth0@x0         DOWN           02:00:00:00:00:97 <BROADCAST,MULTICAST,M-DOWN> 
  x0@veth0         DOWN           02:00:00:00:00:98 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link show y0
  Device "y0" does not exist.
  [1]
  $ ip link del nosuch
  Cannot find device "nosuch"
  [1]
  $ ip link del dev lo
  RTNETLINK answers: Operation not supported
  [2]
  $ ip link del
  Not enough information: "dev" argument is required.
  [255]
  $ ip link del a0 type veth
  $ ip link show b0
  Device "b0" does not exist.
  [1]
  $ ip link show nosuch
  Device "nosuch" does not exist.
  [1]
  $ ip link show dev
  Command line is not complete. Try option "help"
  [255]
  $ ip link show up
  $ ip link show type nosuch
  $ ip link foo
  Command "foo" is unknown, try "ip link help".
  [255]
  $ ip link show a0 extra
  Error: either "dev" is duplicate, or "extra" is a garbage.
  [255]
  $ ip link xstats
  xstats: missing argument
  [1]
  $ ip link set x0 up down
  $ ip -br link show x0
  x0@veth0         DOWN           02:00:00:00:00:98 <BROADCAST,MULTICAST,M-DOWN> 
  $ ip link delete x0
  $ ip link add link nosuch name m0 type macvlan
  Cannot find device "nosuch"
  [1]
  $ ip link add m0 type macvlan
  RTNETLINK answers: Invalid argument
  [2]
  $ ip link add x0 type veth peer name y0 numtxqueues 0
  Error: Invalid number of transmit queues.
  [2]
  $ ip link add x0 numtxqueues 0 type veth
  Error: Invalid number of transmit queues.
  [2]
  $ ip link show group default
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000
      link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
  $ ip -o link
  1: lo: <LOOPBACK> mtu 65536 qdisc noop state DOWN mode DEFAULT group default qlen 1000\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
